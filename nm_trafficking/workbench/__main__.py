"""``python -m nm_trafficking.workbench serve [--host H] [--port P] [--workers N]``."""

from nm_trafficking.workbench.cli import main

raise SystemExit(main())
