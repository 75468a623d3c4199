"""Renderers: text (and, through the results models, JSON). They know nothing of the engine."""
