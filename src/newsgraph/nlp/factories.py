"""newsgraph's spaCy factories, in one place.

spaCy finds plugin factories by importing this module through the
`spacy_factories` entry point, so the decorators below register on import by
design; that is cheap (no model is loaded) and idempotent.
"""

from __future__ import annotations

from spacy.language import Language

from newsgraph.nlp.attribution import AttributionFinder
from newsgraph.nlp.coref import Coreference
from newsgraph.nlp.counts import CountTagger
from newsgraph.nlp.entities import EntityGrouper
from newsgraph.nlp.paragraphs import ParagraphBreaks
from newsgraph.nlp.times import TimeTagger


@Language.factory(
    "newsgraph_paragraphs",
    assigns=["token.is_sent_start"],
)
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks(nlp, name)


@Language.factory(
    "newsgraph_entities",
    assigns=["doc._.newsgraph_entities"],
    requires=["doc.ents"],
)
def make_entities(nlp: Language, name: str) -> EntityGrouper:
    return EntityGrouper(nlp, name)


@Language.factory(
    "newsgraph_times",
    assigns=["doc._.newsgraph_times"],
    requires=["doc.ents", "token.dep", "token.tag"],
)
def make_times(nlp: Language, name: str) -> TimeTagger:
    return TimeTagger(nlp, name)


@Language.factory(
    "newsgraph_counts",
    assigns=["doc._.newsgraph_counts"],
    requires=["doc.ents", "token.dep", "doc._.newsgraph_times"],
)
def make_counts(nlp: Language, name: str) -> CountTagger:
    return CountTagger(nlp, name)


@Language.factory(
    "newsgraph_attributions",
    assigns=["doc._.newsgraph_attributions"],
    requires=["token.dep", "token.lemma", "token.tag", "doc.ents"],
)
def make_attributions(nlp: Language, name: str) -> AttributionFinder:
    return AttributionFinder(nlp, name)


@Language.factory(
    "newsgraph_coref",
    assigns=["doc._.newsgraph_attributions"],
    requires=["doc._.newsgraph_entities", "doc._.newsgraph_attributions"],
)
def make_coref(nlp: Language, name: str) -> Coreference:
    return Coreference(nlp, name)
