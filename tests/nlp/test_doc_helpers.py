"""The helpers our components share to read a doc cheaply, and the paragraph breaks."""

from __future__ import annotations

import spacy

from newsgraph.analyze import analyze
from newsgraph.nlp.extensions import doc_text, remember_text, space_tokens, tokens_among
from newsgraph.nlp.paragraphs import ParagraphBreaks

STORY = (
    "Harbour Fees Rise Again\n\n"
    "The port authority raised berthing fees for a third year, citing dredging costs.\n"
    "shippers had expected it.\n"
    "Two carriers said the route's future was in doubt at $40 a day."
)


def test_doc_text_is_built_once_and_never_stale() -> None:
    nlp = spacy.blank("en")
    doc = nlp.make_doc(STORY)
    assert doc_text(doc) == STORY
    remember_text(doc, "x" * len(STORY))  # what a caller that made the doc would record
    assert doc_text(doc) == "x" * len(STORY)
    other = nlp.make_doc("Ports close.")
    other.user_data.update(doc.user_data)  # a cache left from a doc of other tokens
    assert doc_text(other) == "Ports close."


def test_tokens_among_and_space_tokens_find_what_a_full_scan_finds() -> None:
    doc = spacy.blank("en").make_doc(STORY)
    wanted = {"year", "day", "future"}
    assert tokens_among(doc, wanted) == [t for t in doc if t.lower_ in wanted]
    assert [t.i for t in space_tokens(doc)] == [t.i for t in doc if t.is_space]
    assert tokens_among(doc, ["tariff"]) == []


def test_paragraph_breaks_start_sentences_unless_a_lower_case_line_runs_on() -> None:
    nlp = spacy.blank("en")
    doc = ParagraphBreaks(nlp, "paragraphs")(nlp.make_doc(STORY))
    starts = [t.text for t in doc if t.is_sent_start and t.i > 0]
    assert starts == ["The", "Two"]  # "shippers" continues the sentence before it


def test_no_sentence_starts_right_after_a_word() -> None:
    """The parser may split 'Brightwell | Foods, the grocer, said' after a headline; a
    sentence only starts after punctuation or a line break."""
    nlp = spacy.blank("en")
    text = "Brightwell Profit Falls\n\nBrightwell Foods, the grocer, said sales rose. Then it fell."
    doc = ParagraphBreaks(nlp, "paragraphs")(nlp.make_doc(text))
    allowed = [t.text for t in doc if t.i > 0 and not t.is_space and t.is_sent_start is not False]
    assert allowed == ["Brightwell", "the", "said", "Then"]  # after a break or punctuation
    assert doc[4].is_sent_start is True  # the paragraph's first word starts a sentence


def test_analysis_finds_the_rate_and_the_future_through_the_array_lookups() -> None:
    found = analyze(STORY, "2026-03-02")
    times = {t.text: (t.type, t.value) for t in found.times}
    assert times["a day"] == ("SET", "P1D")
    assert times["future"] == ("DATE", "FUTURE_REF")
