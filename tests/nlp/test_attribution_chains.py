"""The sourcing chain: attributions nested in another's content, on a hand-built parse
(no model) and end to end on our own paragraphs."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.analyze import Analyzer
from newsgraph.nlp.attribution.chains import nest
from newsgraph.nlp.attribution.rules import Found
from newsgraph.read import RawDocument
from tests.conftest import assert_standoff
from tests.nlp.hand_parse import Row, parsed

_SENTENCE = (
    "The paper reported that the minister told aides that officials had said "
    "the line would close and that unions oppose it ."
)
_LEMMAS = {"reported": "report", "told": "tell", "said": "say", "oppose": "oppose"}


def _reported() -> Doc:
    rows: list[Row] = [
        (word, 2, "ROOT" if i == 2 else "dep", "VERB", _LEMMAS.get(word, word.lower()))
        for i, word in enumerate(_SENTENCE.split(" "))
    ]
    return parsed(rows)


def _at(doc: Doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


def test_each_attribution_nests_in_the_innermost_content_that_holds_it() -> None:
    doc = _reported()
    end = len(doc) - 1
    paper = Found(doc[2], (3, end), (0, 2), 0.9)
    minister = Found(doc[_at(doc, "told")], (8, end), (4, 6), 0.8)
    officials = Found(doc[_at(doc, "said")], (13, 17), (9, 10), 0.7)
    nest([paper], [officials, minister])
    assert paper.nested == [minister]
    assert minister.nested == [officials]


def test_only_sourced_sure_words_of_saying_nest() -> None:
    doc = _reported()
    end = len(doc) - 1
    paper = Found(doc[2], (3, end), (0, 2), 0.9)
    stance = Found(doc[_at(doc, "oppose")], (_at(doc, "it"), end), (19, 20), 0.9)
    unsourced = Found(doc[_at(doc, "said")], (13, 17), None, 0.9)
    unsure = Found(doc[_at(doc, "told")], (8, end), (4, 6), 0.3)
    nest([paper], [stance, unsourced, unsure])
    assert paper.nested == []


def test_a_cue_outside_every_content_does_not_nest() -> None:
    doc = _reported()
    minister = Found(doc[_at(doc, "told")], (8, 17), (4, 6), 0.8)
    paper = Found(doc[2], (3, 7), (0, 2), 0.9)
    nest([minister], [paper])
    assert minister.nested == []


@pytest.mark.model
def test_according_to_a_newspaper_holds_what_the_minister_told_a_meeting(
    analyzer: Analyzer,
) -> None:
    text = (
        "According to the Harrowgate Examiner, the deputy minister, Alan Petrie, told a "
        'closed meeting that "the money simply is not there this year".'
    )
    doc = analyzer.analyze(RawDocument(id="chain", text=text))
    assert_standoff(doc)
    names = {e.id: e.name for e in doc.entities}
    [outer] = doc.attributions
    assert outer.source is not None and names[outer.source.entity or ""] == "Harrowgate Examiner"
    [inner] = outer.nested
    assert inner.cue is not None and inner.cue.text == "told"
    assert inner.source is not None and names[inner.source.entity or ""] == "Alan Petrie"
    assert inner.kind in ("direct", "mixed")  # with or without the 'that' before the quote
    assert inner.content.text.endswith('"the money simply is not there this year"')
    assert "Examiner" not in inner.content.text


@pytest.mark.model
def test_a_stance_inside_a_report_is_the_reporters_claim(analyzer: Analyzer) -> None:
    text = (
        "The farmers' union said on Thursday that most growers oppose the new water "
        "charges and fear for their harvests."
    )
    doc = analyzer.analyze(RawDocument(id="stance", text=text))
    [outer] = doc.attributions
    assert outer.cue is not None and outer.cue.text == "said"
    assert outer.nested == []


@pytest.mark.model
def test_a_saying_credited_according_to_someone_nests_in_that_sourcing(
    analyzer: Analyzer,
) -> None:
    text = (
        "Health minister Priya Nair said on Thursday she would ask the regulator to review "
        "the trust, according to her office."
    )
    doc = analyzer.analyze(RawDocument(id="office", text=text))
    [outer] = doc.attributions
    assert outer.cue is not None and outer.cue.text == "according to"
    assert outer.source is not None and outer.source.text == "her office"
    [inner] = outer.nested
    names = {e.id: e.name for e in doc.entities}
    assert inner.source is not None and names[inner.source.entity or ""] == "Priya Nair"
    assert inner.content.text == "she would ask the regulator to review the trust"
