"""Quotation marks: which open, which close, across paragraphs and styles (no model)."""

from __future__ import annotations

from newsgraph.nlp.attribution.quotes import Quote, find_quotes


def _texts(text: str, nested: bool = False) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text) if q.nested == nested]


def test_typographic_straight_and_doubled_apostrophe_quotes() -> None:
    text = "He said “yes” and ''no'' and \"maybe\" before leaving."
    assert _texts(text) == ["“yes”", "''no''", '"maybe"']


def test_a_quote_interrupted_by_its_speaker_is_two_quotes() -> None:
    text = '"The budget is balanced," the mayor said. "The deficit is gone."'
    assert _texts(text) == ['"The budget is balanced,"', '"The deficit is gone."']


def test_a_quote_continued_in_the_next_paragraph_is_one_quote() -> None:
    text = "“We promised a park.\n\n“What we lack is money,” she said.\n\nThe vote is on Monday."
    [quote] = find_quotes(text)
    assert text[quote.start : quote.end] == "“We promised a park.\n\n“What we lack is money,”"
    assert quote.closed


def test_an_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "“We will rebuild the library, the mayor said.\n\nThe council agreed."
    [quote] = find_quotes(text)
    assert quote == Quote(0, text.index("\n"), closed=False)


def test_single_quotes_count_only_inside_double_quotes() -> None:
    text = "“He told me ‘the shop is not for sale,’ and left,” said Tomas Novak. It’s ‘odd’."
    assert _texts(text, nested=True) == ["‘the shop is not for sale,’"]
    assert _texts(text) == ["“He told me ‘the shop is not for sale,’ and left,”"]


def test_apostrophes_inside_a_quote_are_not_nested_quotes() -> None:
    text = "“We don’t know, and the union’s lawyers can’t say,” she said."
    assert _texts(text, nested=True) == []


def test_a_headline_quotes_in_single_marks_the_body_does_not() -> None:
    text = "Mayor: ‘The bridge stays shut’\n\nThe mayor’s ‘plan’ is odd, said Tomas Novak.\n"
    assert _texts(text) == ["‘The bridge stays shut’"]
    assert _texts(text.split("\n")[0]) == []  # a lone line is no headline
