"""Attributions no cue word marks, found by rule after the model has run.

- An epigraph: a quote followed by a dash and a name, as pull quotes and
  reader-comment round-ups print them (“…” ― Jane Doe).
- A carried quote: a quote that makes up whole sentences, with no cue of its
  own, in the paragraph of a quote just attributed (or the one right after), or
  of reported words just attributed: it goes to that speaker; right after that
  quote's cue and source ("“A,” Kim said. “B …”") it extends that quote's content
  instead, as it does for a quote a few of the writer's words lead into in the next
  sentence ("“A,” Kim said. Unless they quit, “B.”").
- A quote inside a quote, right after a word of saying the speaker quotes ("“She
  told me, ‘This will not fix itself,’” Kim said"): the inner speaker's words, which
  PolNeAR leaves unmarked and the model so never picks.
- A quote after a name and a colon that a dash or "from" sets off, as news digests
  print them ("Polls closed early - Dana Reyes: “…”", "More from the survey: “…”"),
  or that opens its line, as hearings are written up ("Sen. Ruth Calder (D-Ore.): “…”").
- "So" standing for a claim made before it ("the treasurer says so", "few will
  say so publicly"): PARC marks the "so" as the content.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.attribution.context import DocContext, TokenRange, shared_tokens
from newsgraph.nlp.attribution.cues import (
    DASH_WORDS,
    a_word_of_saying,
    cue_span,
    glued_dash,
    is_dash,
    subject_of,
)
from newsgraph.nlp.attribution.lexicon import DOCUMENT_HEADS, classes_of
from newsgraph.nlp.attribution.sources import source_span
from newsgraph.nlp.extensions import tokens_among


@dataclass
class Found:
    """One attribution as token ranges, before it becomes plain data."""

    cue: Token | None
    content: TokenRange
    source: TokenRange | None
    confidence: float
    verbatim: bool = False  # a transcript's words, direct speech without quotation marks
    speaker: TokenRange | None = None  # whom a label source stands for (an interview's 'A')
    nested: list[Found] = field(default_factory=list)  # attributions inside its content

    def own_tokens(self) -> set[int]:
        """Its cue's and source's tokens: what its content is said around."""
        own = set(range(*self.source)) if self.source else set()
        if self.cue is not None:
            own.update(range(*cue_span(self.cue)))
        return own


def _covered(span: TokenRange, found: list[Found]) -> bool:
    return any(shared_tokens(span, item.content) > (span[1] - span[0]) / 2 for item in found)


def epigraphs(context: DocContext, found: list[Found]) -> list[Found]:
    """'“…” ― Jane Doe': the quote, the dash as cue, the name up to the line's end as source."""
    doc = context.doc
    out = []
    for start, end in context.quotes:
        dash = end if end < len(doc) and _dash(doc[end]) else end - 1
        if dash >= len(doc) or not _dash(doc[dash]) or _covered((start, end), found):
            continue
        name_end = _line_end(doc, dash + 1)
        names = [t for t in doc[dash + 1 : name_end] if t.pos_ == "PROPN"]
        glued = glued_dash(doc[dash])
        if glued and doc[dash].text[glued].isupper():
            names.append(doc[dash])  # '”—Mayor Jane Doe': the name starts inside the dash's token
        if names and name_end - dash - 1 <= 12:
            name_start = dash if glued else dash + 1
            out.append(Found(doc[dash], (start, min(end, dash + 1)), (name_start, name_end), 1.0))
    return out


def introduced_quotes(context: DocContext, found: list[Found]) -> list[Found]:
    """'Turnout fell again - Dana Reyes: “…”': a digest's quote after the name that
    introduces it; the colon is the cue. A cue before the name does not claim the quote
    ('Pollsters agree - Dana Reyes: “…”' is Reyes's)."""
    doc = context.doc
    out = []
    for start, end in context.quotes:
        colon = start - 1
        name = (
            _introducing_name(context, colon) if colon > 0 and doc[colon].text in _COLONS else None
        )
        if name is None:
            continue
        after = [item for item in found if item.cue is None or item.cue.i >= name[0]]
        if not _covered((start, end), after):
            out.append(Found(doc[colon], (start, end), name, 1.0))
    return out


_COLONS = frozenset({":", "):"})  # the parse glues a tag's bracket to its colon


def _a_name(token: Token) -> bool:
    return token.ent_type_ in ("PERSON", "ORG") or token.pos_ == "PROPN"


def _introducing_name(context: DocContext, colon: int) -> TokenRange | None:
    """The names ending at the colon ('Jo Lee and Sam Ng') or a document ('the report'),
    set off by a dash or an opening 'from' before them; or a name opening its paragraph."""
    doc = context.doc
    tagged = _before_a_tag(doc, colon)
    first = tagged if tagged is not None else colon
    while first > 0 and (
        _a_name(doc[first - 1])
        or (doc[first - 1].lower_ == "and" and first < colon and _a_name(doc[first]))
    ):
        first -= 1
    if first == colon and doc[colon - 1].lemma_.lower() in DOCUMENT_HEADS:
        first = doc[colon - 1].left_edge.i
    if first in (colon, tagged):
        return None
    if context.paragraphs[context.paragraph_of[first]][0] == first:
        return _a_speakers_line(doc, first, colon, tagged)
    if tagged is not None:
        return None
    before = doc[first - 1]
    return (first, colon) if before.text in DASH_WORDS or _opening_from(before) else None


def _before_a_tag(doc: Doc, colon: int) -> int | None:
    """Where a bracketed tag closing at the colon opens ('(D-Ore.)', '(R)'): a short one,
    with no space in it."""
    close = colon if doc[colon].text == "):" else colon - 1
    if close < 1 or not doc[close].text.startswith(")"):
        return None
    for opening in range(close - 1, max(-1, close - 7), -1):
        if doc[opening].text == "(":
            inside = doc[opening + 1 : close]
            return opening if len(inside) and not any(t.is_space for t in inside) else None
    return None


def _a_speakers_line(doc: Doc, first: int, colon: int, tagged: int | None) -> TokenRange | None:
    """'Sen. Ruth Calder (D-Ore.): “…”', as hearings are written up: a person's name
    opening the paragraph, its party tag kept unless the parse glued the tag's bracket to
    the colon ('):')."""
    if not any(t.ent_type_ == "PERSON" for t in doc[first:colon]):
        return None
    return (first, tagged) if tagged is not None and doc[colon].text != ":" else (first, colon)


def _opening_from(token: Token) -> bool:
    """'From the report:', 'More from Reyes:', not 'said she was from Ohio:'."""
    opener = token.i == token.sent.start or token.doc[token.i - 1].lower_ == "more"
    return token.lower_ == "from" and opener


def _line_end(doc: Doc, start: int) -> int:
    """Where a signature ends: at the line's end, before any full stop or comma
    closing it ("― Jane Doe." signs as "Jane Doe")."""
    end = start
    while end < len(doc) and not doc[end].is_space and "\n" not in doc[end].text:
        end += 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text in ".,;":
        end -= 1
    return end


def _dash(token: Token) -> bool:
    return is_dash(token) or bool(glued_dash(token))


def _claimed(quote: TokenRange, found: list[Found]) -> bool:
    """Something inside the quote is attributed already: a cue, or a content that starts
    within it (a transcript's '"PENCE: …' paragraphs, reopened quotes run together)."""
    start, end = quote
    return any(
        start < item.content[0] < end or (item.cue is not None and start <= item.cue.i < end)
        for item in found
    )


def _whole_sentences(span: TokenRange, context: DocContext) -> bool:
    """Nothing but the quote in the sentences it spans (bar punctuation)."""
    start, end = span
    first = context.sentences[context.sentence_of[start]]
    last = context.sentences[context.sentence_of[end - 1]]
    return all(start <= i < end or context.words[i] is None for i in range(first.start, last.end))


def carried_quotes(context: DocContext, found: list[Found]) -> list[Found]:
    """Cue-less whole-sentence quotes, credited to the speaker of the quote before them."""
    out: list[Found] = []
    ordered = sorted(found, key=lambda f: f.content)
    for quote in context.quotes:
        if _covered(quote, found) or _claimed(quote, found):
            continue
        if not _whole_sentences(quote, context):
            _led_into(quote, ordered, context)
            continue
        before = [f for f in ordered + out if f.content[1] <= quote[0] and f.source is not None]
        if not before:
            continue
        previous = max(before, key=lambda f: f.content)  # a carried quote may come later
        paragraph = context.paragraph_of[quote[0]]
        if paragraph - context.paragraph_of[previous.content[1] - 1] > 1:
            continue
        if (
            context.in_quote[previous.content[0]] < 0
            and context.in_quote[previous.content[1] - 1] < 0
            and context.paragraph_of[previous.content[1] - 1] != paragraph
        ):
            continue  # the speaker before was reported, not quoted, in another paragraph
        if _resumed(previous, quote, context):
            previous.content = (previous.content[0], quote[1])
            continue
        out.append(Found(None, quote, previous.source, previous.confidence))
    return out


LEAD_MAX = 6  # the writer's words leading into a quote that goes on ('Unless they quit, “…”')


def _led_into(quote: TokenRange, ordered: list[Found], context: DocContext) -> None:
    """'“A,” said Kim, the party's strategist. Unless the others quit, “B.”': a quote in the
    sentence after the cue's, led into by the writer's words but with no cue of its own,
    goes on with that speaker's quote; PARC marks one content across both."""
    before = [f for f in ordered if f.content[1] <= quote[0] and f.cue is not None]
    if before:
        previous = max(before, key=lambda f: f.content)
        if _goes_on(previous, quote, context):
            previous.content = (previous.content[0], quote[1])


def _goes_on(previous: Found, quote: TokenRange, context: DocContext) -> bool:
    """The quote opens the sentence right after the one the previous quote's cue is in,
    in the same paragraph."""
    said = _cue_sentence(previous, quote, context)
    if said is None:
        return False
    after = context.sentence_of[previous.content[1] - 1] <= said
    after = after and context.sentence_of[quote[0]] == said + 1
    return after and _led_in(context.sentences[said + 1], quote, context)


def _led_in(sentence: Span, quote: TokenRange, context: DocContext) -> bool:
    """A few words of the writer's and then the quote to the sentence's end; no verb of
    the writer's takes the quote ('The council voted to “pause …”'), no label ('Bush: “…”')."""
    lead = [t for t in sentence if t.i < quote[0] and not t.is_punct]
    closes = all(t.is_punct or t.is_space for t in sentence if t.i >= quote[1])
    writers_verb = sentence.root.i < quote[0] and sentence.root.pos_ == "VERB"
    labelled = context.colon_within(sentence.start, quote[0]) is not None
    return closes and len(lead) <= LEAD_MAX and not (writers_verb or labelled)


def _resumed(previous: Found, quote: TokenRange, context: DocContext) -> bool:
    """'“A,” Kim said at the hearing. “B …”': the quote resumes, in the same paragraph, the
    one its speaker just interrupted, and PARC marks one content across both; only the
    rest of the cue's sentence and punctuation lie between them."""
    said = _cue_sentence(previous, quote, context)
    if said is None:
        return False
    own = previous.own_tokens()
    return all(
        i in own or context.words[i] is None or context.sentence_of[i] == said
        for i in range(previous.content[1], quote[0])
    )


def _cue_sentence(previous: Found, quote: TokenRange, context: DocContext) -> int | None:
    """The sentence of the previous attribution's cue, where its content is a quote in the
    quote's paragraph (a new paragraph's quote is a new one, credited on its own)."""
    start, end = previous.content
    if previous.cue is None or context.in_quote[end - 1] < 0 or context.in_quote[start] < 0:
        return None
    if context.paragraph_of[quote[0]] != context.paragraph_of[end - 1]:
        return None
    return context.sentence_of[previous.cue.i]


def quoted_sayings(context: DocContext) -> list[Found]:
    """'“She told me, ‘This will not fix itself,’” …': the saying a speaker quotes."""
    doc = context.doc
    out = []
    for start, end in context.nested:
        i = start - 1
        while i > 0 and (doc[i].text in (",", ":") or doc[i].is_space):
            i -= 1
        verb = _saying_before(doc[i], start)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
        if verb is None or subject is None:
            continue
        source = (subject.left_edge.i, subject.right_edge.i + 1)
        out.append(Found(verb, (start, end), source, 1.0))
    return out


def _saying_before(word: Token, quote_start: int) -> Token | None:
    """The word of saying that ends just before a quote ('told me,'), or its head."""
    for token in (word, word.head):
        if token.i < quote_start and a_word_of_saying(token):
            return token
    return None


def sayings_of_so(context: DocContext, found: list[Found]) -> list[Found]:
    """'The plan will fail, and the treasurer says so': 'so' is the claim, said again."""
    out = []
    for so in tokens_among(context.doc, ("so",)):  # not a Token for every word
        verb = so.head
        if not _said_or_thought(verb):
            continue
        if so.i < verb.i or any(t.pos_ != "PRON" for t in so.doc[verb.i + 1 : so.i]):
            continue  # 'said so', 'told me so'; not 'and so, to a lesser extent, does'
        if context.in_quote[so.i] >= 0 or not _closes_the_clause(so):
            continue
        if any(item.cue == verb or item.content[0] <= so.i < item.content[1] for item in found):
            continue
        subject = subject_of(verb)
        source = source_span(subject) if subject is not None else None
        out.append(Found(verb, (so.i, so.i + 1), source, 0.5))
    return out


def _said_or_thought(verb: Token) -> bool:
    return verb.pos_ == "VERB" and bool({"speech", "cognition"} & set(classes_of(verb.lemma_)))


def _closes_the_clause(so: Token) -> bool:
    """'says so.', 'say so publicly', not 'said so many times' or 'thinks so too much'."""
    after = so.nbor(1) if so.i + 1 < len(so.doc) else None
    return after is None or after.is_punct or (after.pos_ == "ADV" and after.head != so)
