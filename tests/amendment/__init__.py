"""A synthetic later text of § 30-52-1 — SYNTHETIC TEST TEXT, not law — that proves an amendment
is one folder (``v2030/``, shaped like ``nm_trafficking/statute/v2008/``) registered in one place
(``conftest.py``: ``statute.enacted``), and the tests that run it through every surface."""
