"""The `newsgraph_attributions` component: cue, content and source for every attribution.

For each candidate cue the model says whether it attributes; for each cue that
does, the model picks its content and its source among the candidates the
parse and the quotes offer. Quotes no cue accounts for go to the speaker of the
quote before them in the same or the previous paragraph. The result is written
to `doc._.newsgraph_attributions` as plain dicts with character offsets; the
`newsgraph_coref` component resolves each source to a document entity.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.document import AttributionKind
from newsgraph.nlp.attribution.chains import nest, own_cues
from newsgraph.nlp.attribution.content import is_quote_mark, trim
from newsgraph.nlp.attribution.context import DocContext, TokenRange, same_content
from newsgraph.nlp.attribution.cues import (
    cue_span,
    glued_dash,
    is_dash,
    subject_of,
    trailing_according,
)
from newsgraph.nlp.attribution.detect import Reading, Scored, cues, ends_content
from newsgraph.nlp.attribution.headlines import headline_attributions
from newsgraph.nlp.attribution.mending import (
    SOURCING_CUES,
    closed_quote,
    has_words,
    headline_passive,
    in_whole_words,
    mended,
    quote_run_on,
    without_stray_marks,
)
from newsgraph.nlp.attribution.model import AttributionModel
from newsgraph.nlp.attribution.rules import (
    Found,
    carried_quotes,
    epigraphs,
    introduced_quotes,
    quoted_sayings,
    sayings_of_so,
)
from newsgraph.nlp.attribution.transcripts import interview_answers, speaker_labels
from newsgraph.nlp.extensions import attribute, register_extensions

_QUOTE_MARKS = "\"”'’"


def kind_of(found: Found, context: DocContext) -> AttributionKind:
    """Direct: all quoted (but for its own source and cue), or a transcript's words; mixed:
    partly quoted."""
    start, end = found.content
    own = found.own_tokens()
    words = [i for i in range(start, end) if i not in own and context.words[i] is not None]
    quoted = sum(context.in_quote[i] >= 0 for i in words)
    if found.verbatim or (words and (quoted == len(words) or _framed(found, words, context))):
        return AttributionKind.DIRECT
    if quoted:
        return AttributionKind.MIXED
    if found.cue is not None and found.cue.lower_ in SOURCING_CUES:
        return AttributionKind.SOURCING
    return AttributionKind.INDIRECT


def _framed(found: Found, words: list[int], context: DocContext) -> bool:
    """'“A,” Kim told the chamber. “B”': one content of two quotes, whose unquoted words
    all sit in the sentence of its cue, after the first quote and before the second."""
    unquoted = [i for i in words if context.in_quote[i] < 0]
    if found.cue is None or context.in_quote[found.content[0]] < 0:
        return False
    sentence = context.sentence_of[found.cue.i]
    if any(context.sentence_of[i] != sentence for i in unquoted):
        return False
    after = range(max(unquoted), context.sentences[sentence].end)
    return not any(context.in_quote[i] >= 0 and context.words[i] is not None for i in after)


def tidy(found: list[Found], context: DocContext) -> list[Found]:
    """Whole quotes, continuations split off, one attribution per content (the one the
    model is surer of, or an 'according to' over the other's cue), closing quotation
    marks kept."""
    found = mended(found, context)
    for item in found:
        _split_continuation(item, found, context.doc)
    found = headline_attributions(context, found)
    for item in found:
        if headline_passive(item):
            item.source = None  # '…, inquiry told': its hearer; 'X accused of': the accused
    found = speaker_labels(context, found)
    found = interview_answers(context, found)
    found = found + epigraphs(context, found)
    found = found + introduced_quotes(context, found)
    found = found + carried_quotes(context, found)
    found = found + sayings_of_so(context, found)
    kept: list[Found] = []
    for item in sorted(found, key=lambda f: -f.confidence):
        clash = [k for k, other in enumerate(kept) if same_content(item.content, other.content)]
        if not clash:
            kept.append(item)
        elif len(clash) == 1 and _sources_it(item, kept[clash[0]]):
            kept[clash[0]] = item
    for item in kept:  # only now: a longer content would change which of two is kept
        item.content = without_stray_marks(closed_quote(item.content, context), context)
        item.content = quote_run_on(item.content, context)
        item.content = in_whole_words(item, context.doc)
    said = [item for item in kept if has_words(context.doc, item.content)]  # not a lone '<'
    return sorted(said, key=lambda f: f.content)


def _sources_it(outer: Found, inner: Found) -> bool:
    """'“…,” Obama said, according to a pool report': PARC credits the sentence to the
    'according to' phrase whose content holds the other cue, and the saying nests in it;
    not where the phrase is part of what the other reports, with more of it after the
    phrase ('The AP reported that, according to an analysis, 85 of …')."""
    if outer.cue is None or inner.cue is None or outer.cue.lower_ not in ("according", "per"):
        return False
    start, end = outer.content
    phrase_end = outer.source[1] if outer.source else outer.cue.i + 2
    within = inner.content[0] <= outer.cue.i < inner.content[1] and inner.content[1] > phrase_end
    return start <= inner.cue.i < end and not within


def _continuation(item: Found, found: list[Found]) -> Found | None:
    """The attribution whose cue continues this one's content: 'X said that A, adding that B';
    also the 'according to' that sources the whole sentence after a comma ('Senators
    acknowledged that A, according to two aides')."""
    for other in found:
        cue = other.cue
        if other is item or cue is None:
            continue
        if not (cue.dep_ in ("advcl", "conj") or trailing_according(cue)):
            continue
        if ends_content(cue, item.cue.i if item.cue is not None else None, item.content):
            return other
    return None


def _before_conjunction(doc: Doc, start: int, end: int) -> TokenRange:
    """The content up to the follower's clause, without the 'and' or 'but' that joins
    the two ("she would pass sentence on 14 March and warned …")."""
    start, end = trim(doc, start, end)
    while end > start and doc[end - 1].pos_ == "CCONJ":
        start, end = trim(doc, start, end - 1)
    return start, end


def _split_continuation(item: Found, found: list[Found], doc: Doc) -> None:
    """A's content stops where 'adding' begins; a participle with no subject of its own
    ('adding', 'saying') speaks for the main clause's source, wherever the parser hung it."""
    follower = _continuation(item, found)
    if follower is None or follower.cue is None:
        return
    item.content = _before_the_speaker(
        item, _before_conjunction(doc, item.content[0], follower.cue.left_edge.i)
    )
    cue = follower.cue
    if _shares_the_subject(cue, item) and item.source is not None:
        follower.source = item.source


def _shares_the_subject(cue: Token, item: Found) -> bool:
    """A participle with no subject of its own ('adding', 'saying'), or a second verb of
    the item's cue ('called him a liar and urged him to resign')."""
    if subject_of(cue) is not None or trailing_according(cue):
        return False
    second = cue.dep_ == "conj" and item.cue is not None and cue.head.i == item.cue.i
    return cue.tag_ == "VBG" or second


def _before_the_speaker(item: Found, content: TokenRange) -> TokenRange:
    """'“…,” Chaffetz said in a statement, adding that …': once the follower is cut off,
    a content said around its speaker keeps only the quote before the speaker, when no
    quote is left after the cue."""
    start, end = content
    cue, source = item.cue, item.source
    if cue is None or source is None or not start < source[0] <= cue.i < end:
        return content
    doc = cue.doc
    if any(is_quote_mark(t) for t in doc[cue.i + 1 : end]):
        return content
    return trim(doc, start, source[0])


def _chars(doc: Doc, span: TokenRange) -> dict[str, int]:
    start, end = span
    return {"start": doc[start].idx, "end": doc[end - 1].idx + len(doc[end - 1].text)}


def _split_glued(doc: Doc, found: Found) -> tuple[dict[str, int], dict[str, int] | None]:
    """Content and cue offsets, parting a closing quote glued to a dash ('”―'), and a dash
    glued to the name after it ('”—Mayor')."""
    content = _chars(doc, found.content)
    cue = _chars(doc, cue_span(found.cue)) if found.cue is not None else None
    glued = doc[found.content[1] - 1]
    word = glued_dash(glued)
    if (is_dash(glued) or word) and glued.text[0] in _QUOTE_MARKS:
        mark = len(glued.text) - len(glued.text.lstrip(_QUOTE_MARKS))
        content["end"] = glued.idx + mark
        if cue is not None and cue["start"] == glued.idx:
            cue["start"] += mark
            if word:
                cue["end"] = glued.idx + word
    return content, cue


def _found(cue: Token, confidence: float, reading: Reading) -> Found:
    return Found(cue, (reading.content.start, reading.content.end), reading.span, confidence)


class AttributionFinder:
    """Finds attributions with the learned model shipped in the package."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        threshold: float | None = None,
        model: AttributionModel | None = None,
    ) -> None:
        """`model` defaults to the shipped one; training passes its own to score held-out folds."""
        self.name = name
        self.model = AttributionModel.load() if model is None else model
        self.threshold = self.model.threshold if threshold is None else threshold
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        context = DocContext.of(doc)
        found = cues(self.model, context, self.threshold)
        return self.annotate(context, found.kept, found.sure)

    def annotate(
        self, context: DocContext, kept: list[Scored], sure: list[Scored] | None = None
    ) -> Doc:
        """Set the attributions the kept cues give, each with those inside its content that
        the sure cues give; training passes the gold cues, to measure how far content and
        source choice go when the cues are right."""
        found = tidy([_found(*scored) for scored in kept], context)
        taken = own_cues(found)
        loose = [scored for scored in sure or [] if scored[0].i not in taken]  # may nest
        inner = mended([_found(*scored) for scored in loose], context)
        nest(found, inner + quoted_sayings(context))
        doc = context.doc
        doc._.set(attribute("attributions"), [self._as_dict(f, context) for f in found])
        return doc

    def _as_dict(self, found: Found, context: DocContext) -> dict[str, Any]:
        doc = context.doc
        source: dict[str, Any] | None = None
        if found.source is not None:
            chars = _chars(doc, found.source)
            chars["start"] += glued_dash(doc[found.source[0]])  # '”—Mayor Jane Doe'
            source = chars | {"entity": None, "anonymous": False}
            if found.speaker is not None:  # read by coreference, which drops it
                source["speaks_for"] = _chars(doc, found.speaker)
        content, cue = _split_glued(doc, found)
        return {
            "kind": kind_of(found, context).value,
            "source": source,
            "cue": cue,
            "content": content,
            "nested": [self._as_dict(inner, context) for inner in found.nested],
        }
