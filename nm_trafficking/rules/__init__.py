"""The rules: normalised facts (``atoms``), the statute compiled to durable_rules (``compile``),
the engine behind one lock (``engine``), and three-valued verdicts (``verdicts``)."""
