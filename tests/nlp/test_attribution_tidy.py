"""The last step of attribution finding on a hand-built parse (no model): one content,
one attribution."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.nlp.attribution.component import tidy
from newsgraph.nlp.attribution.context import DocContext
from newsgraph.nlp.attribution.rules import Found
from tests.nlp.hand_parse import Row, parsed


def _responded() -> Doc:
    """'The mayor responded , saying that the budget will balance .'"""
    rows: list[Row] = [
        ("The", 1, "det", "DET"),
        ("mayor", 2, "nsubj", "NOUN"),
        ("responded", 2, "ROOT", "VERB"),
        (",", 2, "punct", "PUNCT"),
        ("saying", 2, "advcl", "VERB"),
        ("that", 9, "mark", "SCONJ"),
        ("the", 7, "det", "DET"),
        ("budget", 9, "nsubj", "NOUN"),
        ("will", 9, "aux", "AUX"),
        ("balance", 4, "ccomp", "VERB"),
        (".", 2, "punct", "PUNCT"),
    ]
    return parsed(rows)


def test_two_cues_claiming_mostly_the_same_words_make_one_attribution() -> None:
    doc = _responded()
    outer = Found(doc[2], (4, 10), (0, 2), 0.6)  # responded: "saying that the budget will balance"
    inner = Found(doc[4], (5, 10), (0, 2), 0.9)  # saying: "that the budget will balance"
    kept = tidy([outer, inner], DocContext.of(doc))
    assert [item.cue for item in kept] == [doc[4]]


def test_cues_with_different_contents_are_all_kept() -> None:
    doc = _responded()
    first = Found(doc[2], (0, 2), None, 0.5)  # a short span before the cue
    second = Found(doc[4], (5, 10), (0, 2), 0.9)
    kept = tidy([first, second], DocContext.of(doc))
    assert [item.cue for item in kept] == [doc[2], doc[4]]


def test_a_source_of_punctuation_alone_is_no_source() -> None:
    """'… Which ? said the rise would hurt .': the splitter leaves the source a '?'."""
    rows: list[Row] = [
        ("?", 2, "nsubj", "PUNCT"),
        ("They", 2, "nsubj", "PRON"),
        ("said", 2, "ROOT", "VERB"),
        ("it", 4, "nsubj", "PRON"),
        ("hurt", 2, "ccomp", "VERB"),
        (".", 2, "punct", "PUNCT"),
    ]
    doc = parsed(rows)
    mark = Found(doc[2], (3, 5), (0, 1), 0.9)
    [kept] = tidy([mark], DocContext.of(doc))
    assert kept.source is None
    named = Found(doc[2], (3, 5), (1, 2), 0.9)
    [kept] = tidy([named], DocContext.of(doc))
    assert kept.source == (1, 2)


def test_a_list_of_speakers_the_parser_split_in_two_subjects_is_one_source() -> None:
    """'His widow , friends and former colleagues have been calling for an inquiry .', as
    spaCy parses it: 'widow' and 'friends' both subjects of 'calling'."""
    rows: list[Row] = [
        ("His", 1, "poss", "PRON"),
        ("widow", 9, "nsubj", "NOUN"),
        (",", 9, "punct", "PUNCT"),
        ("friends", 9, "nsubj", "NOUN"),
        ("and", 3, "cc", "CCONJ"),
        ("former", 6, "amod", "ADJ"),
        ("colleagues", 3, "conj", "NOUN"),
        ("have", 9, "aux", "AUX"),
        ("been", 9, "aux", "AUX"),
        ("calling", 9, "ROOT", "VERB"),
        ("for", 9, "prep", "ADP"),
        ("an", 12, "det", "DET"),
        ("inquiry", 10, "pobj", "NOUN"),
        (".", 9, "punct", "PUNCT"),
    ]
    doc = parsed(rows)
    [kept] = tidy([Found(doc[9], (10, 13), (3, 7), 0.9)], DocContext.of(doc))
    assert kept.source == (0, 7)


def test_a_content_never_stops_inside_a_hyphenated_word() -> None:
    """'The mayor endorsed the re-election of the council .', the parse reading three
    objects: a content cut after 're' runs on to the end of the word."""
    rows: list[Row] = [
        ("The", 1, "det", "DET"),
        ("mayor", 2, "nsubj", "NOUN"),
        ("endorsed", 2, "ROOT", "VERB"),
        ("the", 4, "det", "DET"),
        ("re_", 2, "dobj", "NOUN"),
        ("-_", 2, "dobj", "NOUN"),
        ("election", 2, "dobj", "NOUN"),
        ("of", 6, "prep", "ADP"),
        ("the", 9, "det", "DET"),
        ("council", 7, "pobj", "NOUN"),
        (".", 2, "punct", "PUNCT"),
    ]
    doc = parsed(rows)
    [kept] = tidy([Found(doc[2], (3, 5), (0, 2), 0.8)], DocContext.of(doc))
    assert doc[kept.content[0] : kept.content[1]].text == "the re-election"
    [kept] = tidy([Found(doc[2], (6, 10), (0, 2), 0.8)], DocContext.of(doc))
    assert doc[kept.content[0] : kept.content[1]].text == "the re-election of the council"


def test_a_content_of_a_mark_alone_says_nothing() -> None:
    """'… he added , " the talks are over . "' with the content cut down to the mark."""
    rows: list[Row] = [
        ("he", 1, "nsubj", "PRON"),
        ("added", 1, "ROOT", "VERB"),
        (",", 1, "punct", "PUNCT"),
        ('"_', 6, "punct", "PUNCT"),
        ("the", 5, "det", "DET"),
        ("talks", 6, "nsubj", "NOUN"),
        ("are", 1, "ccomp", "AUX"),
        ("over_", 6, "advmod", "ADV"),
        (".", 1, "punct", "PUNCT"),
    ]
    doc = parsed(rows)
    assert tidy([Found(doc[1], (3, 4), (0, 1), 0.8)], DocContext.of(doc)) == []
    [kept] = tidy([Found(doc[1], (3, 8), (0, 1), 0.8)], DocContext.of(doc))
    assert "the talks are over" in doc[kept.content[0] : kept.content[1]].text
