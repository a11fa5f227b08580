"""The NLP layer: spaCy plus newsgraph's own components (see `factories`)."""

from newsgraph.nlp.loading import build_pipeline

__all__ = ["build_pipeline"]
