"""``python -m nm_trafficking.cases PATH...``: the ``nm-trafficking test`` command."""

from nm_trafficking.cases.cli import main

raise SystemExit(main())
