"""Content: what a cue attributes, chosen among candidate spans around it.

Candidates come from the parse (the cue's clausal or nominal complement, the
clause the cue hangs from, what "according to" modifies, its subject: "The plan
was denounced by the mayor" attributes the plan), from the quotes next
to the cue (with the quote that follows a "…," she said. chain, and a quote the
sentence splitter cut off: "“Is it over?” she asked.") and from the
sentence either side of the cue (the whole sentence where the cue interrupts it,
and the words before the cue run on into a quote after it); "per X", and an
"according to X" set inside its sentence, take their content by rule. The same
span found several ways is one candidate carrying every way as a feature. The
learned ranker (`model.py`) picks one; PARC's content is contiguous, so a quote
interrupted by its cue ("A," he said, "B.") is one span from A to B.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.attribution.context import BREAKS, DocContext, TokenRange
from newsgraph.nlp.attribution.cues import frame_object, gives_the_words, predicate

_NOT_CONTENT = frozenset(
    {"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg", "punct", "cc", "mark", "det", "prt"}
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})  # what a passive or stance cue may attribute
_LEADS = frozenset({"that", "to", "whether", "if", "how", "what", "why", "when", "about", "of"})
_FRAME = frozenset({"ccomp", "xcomp", "dobj", "dative", "prep", "agent", "advcl", "attr", "oprd"})
_QUOTE_TAGS = frozenset({"``", "''"})
_QUOTE_CHARS = frozenset("\"“”«»„'‘’`")
_ASIDE_MARKS = BREAKS | {","}


@dataclass
class Candidate:
    """A token range and every feature that describes it."""

    start: int
    end: int
    ways: set[str] = field(default_factory=set)


def is_quote_mark(token: Token) -> bool:
    """A quotation mark; not the apostrophe of a plural's possessive ('residents' ')."""
    if token.tag_ == "POS" and token.i > 0:
        before = token.doc[token.i - 1]
        if not before.whitespace_ and before.text[-1:] in ("s", "S"):
            return False
    return token.tag_ in _QUOTE_TAGS or (token.is_punct and token.text[0] in _QUOTE_CHARS)


def open_bracket(doc: Doc, start: int, end: int) -> int | None:
    """Where a bracket opens in the range that does not close before its end."""
    last = next((t for t in reversed(doc[start:end]) if t.text in ("(", ")")), None)
    return last.i if last is not None and last.text == "(" else None


def trim(doc: Doc, start: int, end: int) -> TokenRange:
    """Drop edge spaces and punctuation, keeping quotation marks and a closing '%'."""
    while start < end and (
        doc[start].is_space or (doc[start].is_punct and not is_quote_mark(doc[start]))
    ):
        start += 1
    while end > start and (doc[end - 1].is_space or _a_loose_mark(doc[end - 1])):
        end -= 1
    return start, end


def _a_loose_mark(token: Token) -> bool:
    """Punctuation that closes nothing it belongs to: not a quotation mark, nor the '%'
    of '4%'."""
    return token.is_punct and not is_quote_mark(token) and token.text != "%"


def subtree_range(token: Token) -> TokenRange:
    return token.left_edge.i, token.right_edge.i + 1


class _Collector:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.found: dict[TokenRange, Candidate] = {}

    def add(self, start: int, end: int, way: str) -> None:
        start, end = trim(self.doc, start, end)
        if end - start < 1:
            return
        candidate = self.found.setdefault((start, end), Candidate(start, end))
        candidate.ways.add(way)


def _minus(outer: TokenRange, inner: TokenRange) -> TokenRange:
    """The outer range without the inner one when it sits at an edge (else whole)."""
    if inner[0] <= outer[0] and inner[1] < outer[1]:
        return inner[1], outer[1]
    if inner[1] >= outer[1] and inner[0] > outer[0]:
        return outer[0], inner[0]
    return outer


def _syntactic(cue: Token, found: _Collector) -> None:
    for child in cue.children:
        if child.dep_ in _SUBJECTS:
            found.add(*subtree_range(child), f"subj:{child.dep_}")
        if child.dep_ in _NOT_CONTENT:
            continue
        found.add(*subtree_range(child), f"child:{child.dep_}")
        if child.dep_ in ("prep", "agent"):
            for object_ in child.children:
                if object_.dep_ in ("pobj", "pcomp"):
                    found.add(*subtree_range(object_), f"pobj:{child.lower_}")
    _complements(cue, found)
    if cue.dep_ != "ROOT":
        head_range = _minus(subtree_range(cue.head), subtree_range(cue))
        found.add(*head_range, f"head:{cue.dep_}")
        if cue.head.dep_ != "ROOT" and cue.dep_ in ("prep", "advcl", "conj"):
            found.add(*_minus(subtree_range(cue.head.head), subtree_range(cue)), "head2")


def _complements(cue: Token, found: _Collector) -> None:
    """What a copula's predicate or a framing noun takes: 'is critical of X', 'is confident
    that X', 'in response to X'."""
    for way, word in (("pred", predicate(cue)), ("frame", frame_object(cue))):
        if word is None:
            continue
        for child in word.children:
            if child.dep_ in ("ccomp", "xcomp", "acl"):
                found.add(*subtree_range(child), f"{way}:{child.dep_}")
            elif child.dep_ == "prep":
                for object_ in child.children:
                    if object_.dep_ in ("pobj", "pcomp"):
                        found.add(*subtree_range(object_), f"{way}-pobj:{child.lower_}")


def _sentence(
    cue: Token, context: DocContext, found: _Collector, chained: TokenRange | None
) -> None:
    sentence = context.sentence(cue)
    left = min([cue.i] + [c.left_edge.i for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")])
    found.add(sentence.start, left, "sent:before")
    found.add(cue.i + 1, sentence.end, "sent:after")
    found.add(cue.i + 1, _before_aside(cue, sentence.end), "after:to-aside")
    if _interrupts(cue, left, sentence):
        found.add(sentence.start, sentence.end, "sent:around")
    if (
        chained is not None
        and left > sentence.start
        and context.in_quote[sentence.start] < 0
        and not _says_more(cue)
    ):
        found.add(sentence.start, chained[1], "sent:before+chain")  # 'X, she said. "Y."'
    last = sentence[-1] if not sentence[-1].is_space else sentence[max(0, len(sentence) - 2)]
    nxt = context.sentence_of[cue.i] + 1
    if last.text == ":" and nxt < len(context.sentences):
        following = context.sentences[nxt]
        found.add(following.start, following.end, "sent:colon")


def _says_more(cue: Token) -> bool:
    """Words after the cue that are its own (a clause or an object: 'Outside court, Price
    said the ruling was overdue.'), so what comes before it only sets the scene."""
    return any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > cue.i for c in cue.children)


def _interrupts(cue: Token, left: int, sentence: Span) -> bool:
    """'The middle fifth paid 8.9 percent, the agency said in a June report, and the
    bottom fifth …': a subject and its cue set off by commas inside the sentence."""
    doc = cue.doc
    if left <= sentence.start + 1 or doc[left - 1].text != ",":
        return False
    comma = next((t.i for t in doc[cue.i + 1 : sentence.end] if t.text == ","), None)
    if comma is None or comma - cue.i > 8:
        return False
    return any(t.is_alpha for t in doc[comma + 1 : sentence.end])


def _before_aside(cue: Token, end: int) -> int:
    """Where the words after the cue meet a clause of its own set off by a comma, a
    semicolon or a dash (", arguing that …", ", and then …"), or the end of its phrase."""
    doc = cue.doc
    for child in cue.rights:
        if child.dep_ in ("advcl", "conj", "xcomp", "npadvmod", "parataxis") and (
            doc[child.left_edge.i - 1].text in _ASIDE_MARKS
        ):
            return child.left_edge.i - 1
    return min(end, cue.right_edge.i + 1)


def _quotes_near(
    cue: Token, context: DocContext, found: _Collector, chained: TokenRange | None
) -> None:
    sentence = context.sentence(cue)
    own = context.in_quote[cue.i]
    if own >= 0:  # a speaker quoting someone: the quotes nested in this one
        outer_start, outer_end = context.quotes[own]
        quotes = [q for q in context.nested if outer_start <= q[0] and q[1] <= outer_end]
    else:
        quotes = context.quotes
    before = [q for q in quotes if sentence.start < q[1] <= cue.i + 1]
    after = [q for q in quotes if cue.i < q[0] < sentence.end]
    prev_q = before[-1] if before else None
    next_q = after[0] if after else None
    if prev_q is None:
        ended = _quote_ending_before(sentence.start, context)
        if ended is not None:
            found.add(*ended, "q:prev-sent")
    if next_q is None:
        next_q = _quote_after_colon(cue, context)
        if next_q is not None:
            found.add(*next_q, "q:colon")
    introduced = _quote_after_later_colon(cue, context)
    if introduced is not None:
        found.add(*introduced, "q:colon-later")
        chain = quote_opening_next(introduced[1], context)
        if chain is not None:
            found.add(introduced[0], chain[1], "q:colon-later+chain")
    if prev_q:
        found.add(*prev_q, "q:prev")
        if next_q:
            found.add(prev_q[0], next_q[1], "q:both")
        if chained and not next_q:
            found.add(prev_q[0], chained[1], "q:prev+chain")
    if next_q:
        found.add(*next_q, "q:next")
        if chained and next_q[1] <= sentence.end + 1:
            found.add(next_q[0], chained[1], "q:next+chain")
        if prev_q and chained:
            found.add(prev_q[0], chained[1], "q:both+chain")


def _quote_ending_before(start: int, context: DocContext) -> TokenRange | None:
    """A quote the sentence splitter cut off from its cue: '“Is it over?” she asked.'"""
    doc = context.doc
    i = start
    while i > 0 and (doc[i - 1].is_space or doc[i - 1].is_punct) and not is_quote_mark(doc[i - 1]):
        i -= 1
    for end in (i, start):
        quote = context.quote_closing_at(end)
        if quote is not None and context.paragraph_of[quote[0]] == context.paragraph_of[start]:
            return quote
    return None


def _quote_after_colon(cue: Token, context: DocContext) -> TokenRange | None:
    """'He said:' and the quote that opens the next sentence or paragraph."""
    doc = cue.doc
    i = cue.i + 1
    while i < len(doc) and (doc[i].is_space or doc[i].text in (":", ",")):
        i += 1
    return context.quote_opening_at(i) if i > cue.i + 1 else None


def _quote_after_later_colon(cue: Token, context: DocContext) -> TokenRange | None:
    """The whole quote a colon further on introduces: 'issued a statement: "A. B."',
    also when the quote opens the next sentence or runs over several."""
    doc = cue.doc
    colon = context.colon_within(cue.i + 2, context.sentence(cue).end)
    if colon is None or context.in_quote[colon] >= 0:
        return None
    i = colon + 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return context.quote_opening_at(i)


def quote_opening_next(end: int, context: DocContext) -> TokenRange | None:
    """A quote that opens the sentence right after `end`, in the same paragraph."""
    doc = context.doc
    i = end
    while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    last = end - 1
    while last > 0 and doc[last].is_space:  # a sentence may end in the paragraph's break
        last -= 1
    if i < len(doc) and context.paragraph_of[i] != context.paragraph_of[last]:
        return None
    return context.quote_opening_at(i)


def _quote_going_on(end: int, context: DocContext) -> TokenRange | None:
    """The quote opening the next sentence, which carries on a '“A,” she said.' chain;
    not one with a cue of its own ('“A,” Okafor said. “B,” she said.')."""
    quote = quote_opening_next(end, context)
    if quote is None or cued_after(quote[1], context):
        return None
    return quote


def cued_after(end: int, context: DocContext) -> bool:
    """A word of saying right after a closing quote, before its sentence ends; not after a
    quote that closes its own sentence ('“B.” He added, “C.”': that cue is C's)."""
    doc = context.doc
    if end >= 2 and doc[end - 2].text == ".":
        return False
    for token in doc[end : min(len(doc), end + _CUE_REACH)]:
        if token.text in _STOPS or "\n" in token.text or context.in_quote[token.i] >= 0:
            return False
        if token.pos_ == "VERB" and gives_the_words(token):
            return True
    return False


# '” she said', '”, Mayor Jane Okafor of Lakeside said': how far after a quote its cue sits
_CUE_REACH = 8
_STOPS = BREAKS | {".", "!", "?"}


def _may_hold_cue(ways: set[str]) -> bool:
    """Spans that run over their own cue: a quote it interrupts, the clause it sits in."""
    held = ("q:both", "q:prev+", "head", "sent:around", "sent:before+")
    return any(way.startswith(held) for way in ways)


def _sourcing_content(cue: Token, context: DocContext) -> TokenRange | None:
    """What 'according to X' or 'per X' attributes where the ranker is not to be trusted.

    Set off by commas inside its sentence ('Turnout, according to election officials,
    reached 71 percent'), the phrase attributes the whole sentence, as PARC marks it;
    the ranker, which sees it mostly at a sentence's edge, would take the words before
    it. 'Per X', too rare in training to learn from, attributes the rest of its
    sentence; so does a phrase that opens its sentence, or follows a colon, with a comma
    after it (the ranker stops at a dash or the end of a parse it misread), with all of
    a quote opening after that comma. None leaves the choice to the ranker.
    """
    if cue.lower_ not in ("according", "per"):
        return None
    objects = [c for c in cue.subtree if c.dep_ == "pobj"]
    if not objects:
        return None
    doc = cue.doc
    sentence = context.sentence(cue)
    whole = trim(doc, sentence.start, sentence.end)
    phrase = (cue.i, with_apposed_name(doc, objects[0].right_edge.i + 1, sentence.end))
    words_before = any(not t.is_punct for t in doc[whole[0] : phrase[0]])
    words_after = any(not t.is_punct for t in doc[phrase[1] : whole[1]])
    set_off = (
        cue.i > 0
        and doc[cue.i - 1].text == ","
        and phrase[1] < len(doc)
        and doc[phrase[1]].text == ","
    )
    if words_after and cue.i > 0 and doc[cue.i - 1].text == ":":  # 'It shows: according to …'
        return trim(doc, phrase[1], whole[1])
    if words_before and words_after:  # inside its sentence
        return whole if set_off or cue.lower_ == "per" else None
    if cue.lower_ == "per" and (words_before or words_after):  # at an edge
        return trim(doc, *((whole[0], phrase[0]) if words_before else (phrase[1], whole[1])))
    if words_after and phrase[1] < len(doc) and doc[phrase[1]].text == ",":  # opening it
        quote = context.quote_opening_at(phrase[1] + 1)
        return trim(doc, phrase[1], max(whole[1], quote[1] if quote else 0))
    return None


def with_apposed_name(doc: Doc, end: int, sentence_end: int) -> int:
    """'according to its chairwoman, Jean Pritchard.', 'according to its humanitarian
    office, OCHA, only …': a name set off by a comma after the object, closing the sentence
    or followed by another comma, is the object's apposition, wherever the parser hung it."""
    if end >= sentence_end or doc[end].text != ",":
        return end
    name_end = end + 1
    while name_end < sentence_end and doc[name_end].ent_type_ in ("PERSON", "ORG"):
        name_end += 1
    rest = trim(doc, name_end, sentence_end)
    closed = rest[1] <= rest[0] or doc[name_end].text == ","
    return name_end if name_end > end + 1 and closed else end


def content_candidates(cue: Token, context: DocContext) -> list[Candidate]:
    sourced = _sourcing_content(cue, context)
    if sourced is not None:
        return [Candidate(*sourced, {"sourcing"})]
    found = _Collector(cue.doc)
    _syntactic(cue, found)
    chained = _quote_going_on(context.sentence(cue).end, context)
    _sentence(cue, context, found, chained)
    _quotes_near(cue, context, found, chained)
    return [
        c for c in found.found.values() if not c.start <= cue.i < c.end or _may_hold_cue(c.ways)
    ]


def _bucket(n: int) -> str:
    for limit in (1, 2, 4, 8, 16, 32, 64):
        if n <= limit:
            return str(limit)
    return "more"


def _edge(doc: Doc, i: int) -> str:
    if i < 0 or i >= len(doc):
        return "<>"
    token = doc[i]
    return token.lower_ if token.is_punct or token.is_stop else token.pos_


def _words_outside_quotes(start: int, end: int, context: DocContext) -> int:
    words, in_quote = context.words, context.in_quote
    return sum(1 for i in range(start, end) if in_quote[i] < 0 and words[i] is not None)


@dataclass(frozen=True)
class _CueView:
    """What every candidate's features read about the cue, gathered once per cue."""

    lemma: str
    dep: str
    frame: str
    sentence: Span
    parts: list[tuple[int, str, str]]  # (index, dependency, word) of dependents a content may take

    @classmethod
    def of(cls, cue: Token, context: DocContext) -> _CueView:
        children = list(cue.children)
        parts = [
            (c.i, c.dep_, c.lower_ if c.dep_ in ("prep", "advmod", "agent") else c.pos_)
            for c in children
            if c.dep_ not in _NOT_CONTENT
        ]
        return cls(
            lemma=cue.lemma_.lower(),
            dep=cue.dep_,
            frame="+".join(sorted({c.dep_ for c in children if c.dep_ in _FRAME})),
            sentence=context.sentence(cue),
            parts=parts,
        )


def content_features(cue: Token, candidate: Candidate, context: DocContext) -> list[str]:
    return content_feature_rows(cue, [candidate], context)[0]


def content_feature_rows(
    cue: Token, candidates: list[Candidate], context: DocContext
) -> list[list[str]]:
    """Each candidate's sparse features (what the cue adds is read once for all)."""
    view = _CueView.of(cue, context)
    return [_features(cue.i, view, candidate, context) for candidate in candidates]


def _features(at: int, view: _CueView, candidate: Candidate, context: DocContext) -> list[str]:
    doc = context.doc
    lemma = view.lemma
    start, end = candidate.start, candidate.end
    first, last = doc[start], doc[end - 1]
    where = "before" if end <= at else ("after" if start > at else "around")
    size = _bucket(end - start)
    sentences = context.sentence_of[end - 1] - context.sentence_of[start] + 1
    quoted = context.quoted(start, end) / (end - start)
    shape = (
        "q"
        if is_quote_mark(first) and is_quote_mark(last)
        else ("Q" if quoted > 0.5 else ("x" if quoted > 0 else "-"))
    )
    sentence = view.sentence
    feats = [
        "bias",
        f"where={where}",
        f"size={size}",
        f"sents={_bucket(sentences)}",
        f"shape={shape}",
    ]
    feats += [
        f"first={first.lower_ if first.lower_ in _LEADS else first.pos_}",
        f"last={last.pos_}",
    ]
    feats += [
        f"where|shape={where}|{shape}",
        f"size|shape={size}|{shape}",
        f"l|where={lemma}|{where}",
    ]
    feats.append(f"paras={context.paragraph_of[end - 1] - context.paragraph_of[start]}")
    after = _edge(doc, end) if end < sentence.end else "</s>"
    before = _edge(doc, start - 1) if start > sentence.start else "<s>"
    gap = start - at - 1 if where == "after" else at - end if where == "before" else 0
    feats += [f"next={after}", f"prev={before}", f"gap={_bucket(gap)}"]
    tail = (
        _words_outside_quotes(context.sentence_of_end(end), end, context) if shape in "qQ" else -1
    )
    feats.append(f"tail={_bucket(tail) if tail >= 0 else '-'}")
    frame = view.frame
    for way in candidate.ways:
        feats += [
            f"g={way}",
            f"g|l={way}|{lemma}",
            f"g|size={way}|{size}",
            f"g|shape={way}|{shape}",
            f"g|d={way}|{view.dep}",
        ]
        feats += [f"g|next={way}|{after}", f"g|frame={way}|{frame}", f"g|tail={way}|{tail > 0}"]
    feats.append(f"n-ways={len(candidate.ways)}")
    feats += _parts_taken(view, start, end)
    feats += context.asides_within(start + 1, end)
    return feats


def _parts_taken(view: _CueView, start: int, end: int) -> list[str]:
    """Which of the cue's own dependents the span takes: PARC's content keeps the
    object and the clause but leaves out a second verb ("and urged …") and the
    when and where ("in a tweet on Monday")."""
    feats = []
    for i, dep, word in view.parts:
        if start <= i < end:
            feats += [f"takes={dep}|{word}", f"takes|l={view.lemma}|{dep}"]
    return feats
