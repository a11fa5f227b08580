"""The article renderer: marks nest properly, the text survives intact, nothing is raw HTML."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape

from newsgraph.document import Document
from newsgraph.web.render import Links, Mark, blocks, markup
from tests.web.corpus import TRICKS, documents


class _Checker(HTMLParser):
    """Collects tags and text; fails on a close tag that does not match the open one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (self.stack, tag)
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(fragment: str) -> _Checker:
    checker = _Checker()
    checker.feed(fragment)
    checker.close()
    assert checker.stack == []
    return checker


def _story(doc_id: str) -> Document:
    return next(d for d in documents() if d.id == doc_id)


def test_quote_source_and_cue_are_marked_in_distinct_styles() -> None:
    doc = _story("gazette-harbour-vote")
    body = "".join(b.html for b in blocks(doc))
    assert '<span class="quote quote-direct" data-quote="0"' in body
    assert '<span class="source" data-quote="0">Mayor <span class="entity entity-person"' in body
    assert '<span class="cue" data-quote="1">said</span>' in body


def test_mentions_link_to_corpus_entities_only_when_linked() -> None:
    doc = _story("gazette-harbour-vote")
    brook = next(e.id for e in doc.entities if e.name == "Elena Brook")
    body = "".join(b.html for b in blocks(doc, Links(entities={brook: 7})))
    assert 'href="/entity/7"' in body
    assert body.count("<a ") == 1


def test_dates_and_counts_are_marked_with_their_values() -> None:
    body = "".join(b.html for b in blocks(_story("gazette-ferry-fares")))
    assert '<span class="time" title="DATE: 2025-03-13">on Thursday</span>' in body
    assert '<span class="count" title="percent: 15.0 percent">15 percent</span>' in body


def test_every_block_keeps_its_text_and_headline_stands_apart() -> None:
    for doc in documents():
        rendered = blocks(doc)
        assert [b.kind for b in rendered] == ["paragraph"] * len(doc.paragraphs)
        for block, paragraph in zip(rendered, doc.paragraphs, strict=True):
            assert "".join(_parse(block.html).text) == paragraph.text


def test_markup_in_the_text_comes_out_as_text() -> None:
    doc = _story("ledger-tricks")
    body = "".join(b.html for b in blocks(doc))
    checker = _parse(body)
    assert "script" not in checker.tags and "img" not in checker.tags and "svg" not in checker.tags
    assert set(checker.tags) <= {"span", "a"}
    assert TRICKS in "".join(checker.text)
    assert str(escape(TRICKS)) in body


def test_overlapping_marks_close_and_reopen() -> None:
    text = "alpha beta gamma delta"
    found = [
        Mark(0, 10, "span", (("class", "quote"),)),
        Mark(6, 16, "span", (("class", "time"),), 2),
    ]
    fragment = markup(text, 0, len(text), found)
    assert fragment == (
        '<span class="quote">alpha <span class="time">beta</span></span>'
        '<span class="time"> gamma</span> delta'
    )


_spans = st.tuples(st.integers(0, 30), st.integers(0, 30)).map(sorted)


@given(
    text=st.text(alphabet='ab <>&"\n', min_size=1, max_size=30),
    spans=st.lists(st.tuples(_spans, st.integers(0, 2)), max_size=8),
)
def test_any_marks_give_well_formed_html_over_the_same_text(
    text: str, spans: list[tuple[list[int], int]]
) -> None:
    found = [
        Mark(min(lo, len(text)), min(hi, len(text)), "span", (("class", f"m{rank}"),), rank)
        for (lo, hi), rank in spans
    ]
    checker = _parse(markup(text, 0, len(text), found))
    assert "".join(checker.text) == text


def test_a_first_line_that_repeats_the_title_is_not_shown_twice() -> None:
    doc = _story("coastal-harbour-wall").model_copy(update={"headline": None, "paragraphs": []})
    shown = [_parse(b.html).text for b in blocks(doc)]
    assert "".join(shown[0]).startswith('"This wall')
    assert len(shown) == 2
