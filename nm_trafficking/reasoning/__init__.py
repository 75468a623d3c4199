"""The legal reasoning between the rules engine and the results: each act in its context
(``acts``, ``ages``), three-valued verdicts (``verdicts``), explanations on demand
(``explain``), counts and grades (``counts``, ``grading``), notes (``notes``) and observed
indicators as evidence (``evidence``). It knows nothing of durable_rules (``nm_trafficking.rules``
does) nor of rendering (``nm_trafficking.render`` does)."""
