"""Build the pipeline: the spaCy model with newsgraph's components added."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.errors import NewsgraphError
from newsgraph.settings import Settings

COMPONENTS = (
    "newsgraph_entities",
    "newsgraph_times",
    "newsgraph_counts",
    "newsgraph_attributions",
    "newsgraph_coref",
)


def build_pipeline(settings: Settings) -> Language:
    """Load the model named in the settings and add every newsgraph component."""
    import spacy

    import newsgraph.nlp.factories  # noqa: F401  (registers the factories)

    try:
        nlp = spacy.load(settings.model)
    except OSError:
        raise NewsgraphError(
            f"spaCy model {settings.model!r} is not installed; run `make install`"
        ) from None
    nlp.add_pipe("newsgraph_paragraphs", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
