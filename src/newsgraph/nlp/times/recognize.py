"""Where the time expressions are: spaCy's DATE/TIME entities, repaired, plus words it misses.

TIMEX3 marks "now", "recently", "the future", "daily" and bare plurals such as
"for years", which spaCy's entity recogniser rarely tags; and it keeps
coordinated dates ("Monday and Tuesday") and ranges apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.times.calendar import Tense

TIME_LABELS = frozenset({"DATE", "TIME"})
_MISSED = re.compile(
    r"\b(?:now|currently|recently|nowadays|lately|daily|weekly|monthly|hourly|overnight|"
    r"current|recent|today|tonight|yesterday|tomorrow|"
    r"(?:last |this |next )?(?:thanksgiving|christmas|election|new year's|labor|memorial|"
    r"independence|valentine's) day|(?:last |this |next )?(?:thanksgiving|christmas|easter)|"
    r"the (?:near |distant )?future|the past|recent (?:years|months|weeks|days)|"
    r"(?:every|each) (?:other )?(?:\w+ )?(?:day|week|month|year|quarter|morning|night|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?)\b",
    re.IGNORECASE,
)
# Dates spelled with a capitalised month or weekday that spaCy left untagged.
_CALENDAR = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|"
    r"May|June|July|August|September|October|November|December) \d{1,2}\b(?:, \d{4})?"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:January|February|April|June|July|August|September|October|November|December)\b"
)
# "Now, officials say...": a discourse marker at the head of a sentence, not a time.
_DISCOURSE = re.compile(r"(?:now|currently),", re.IGNORECASE)
_PLURAL_UNITS = re.compile(
    r"\b(?:for|in|over|within|took|takes|after) (years|months|weeks|days|decades|hours)\b",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r",? (?:and|or|to|through|until|till)(?: |$)| (?:ended|ending|beginning|starting|from) "
    r"|\s*[-–]\s*(?=[A-Z\d])|(?<=\b\d{4}), (?=\d{4}\b)"
)
_PART_AFTER = re.compile(r" (?:morning|afternoon|evening|night)\b")
_NOT_TIME = re.compile(r"[^\w]*|.*(?:\d+|\w+-)(?:year|month|week|day)s?[- ]old.*", re.IGNORECASE)
FREQUENCY_ADJECTIVES = frozenset({"quarterly", "annual", "weekly", "monthly", "yearly"})
PLANNING = frozenset(
    {"schedule", "plan", "expect", "intend", "due", "slate", "aim", "hope", "prepare"}
)
_LOOKING_AHEAD = re.compile(r"\b(?:until|till|as soon as|as early as)\s*$", re.IGNORECASE)
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})


def candidates(doc: Doc, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) character spans of likely time expressions, in text order.

    `text` is `doc.text`, read once by the caller (spaCy rebuilds it on each access).
    """
    found: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ in TIME_LABELS:
            found.extend(_split(ent))
    for pattern in (_MISSED, _PLURAL_UNITS, _CALENDAR):
        for match in pattern.finditer(text):
            start, end = match.span(match.lastindex or 0)
            if _DISCOURSE.match(text, start) and _sentence_start(text, start):
                continue
            if not any(start < e and end > s for s, e in found):
                found.append((start, end))
    for start, end in sorted(found):
        if not _NOT_TIME.fullmatch(text[start:end]) and not _frequency_adjective(doc, start, end):
            part = _PART_AFTER.match(text, end)
            yield start, part.end() if part else end


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \"'“‘")
    return not before or before[-1] in ".!?\n"


def _frequency_adjective(doc: Doc, start: int, end: int) -> bool:
    """ "quarterly dividend", "annual meeting": a kind of thing, not a time expression."""
    span = doc.char_span(start, end)
    return (
        span is not None
        and len(span) == 1
        and span[0].lower_ in FREQUENCY_ADJECTIVES
        and span[0].dep_ == "amod"
    )


def _split(ent: Span) -> list[tuple[int, int]]:
    """An entity's pieces: "Monday and Tuesday" → two, "1990-91" → two."""
    text = ent.text
    pieces, last = [], 0
    for match in _SPLIT.finditer(text):
        pieces.append((last, match.start()))
        last = match.end()
    pieces.append((last, len(text)))
    if len(pieces) > 1 and any(_too_short(text[s:e]) for s, e in pieces):
        pieces = [(0, len(text))]
    return [(ent.start_char + s, ent.start_char + e) for s, e in pieces if e > s]


def _too_short(piece: str) -> bool:
    return len(piece.split()) == 1 and not re.search(r"\d{4}|day$", piece, re.IGNORECASE)


def tense_at(doc: Doc, start: int, end: int) -> Tense:
    """The tense of the verb governing the expression, which decides "Monday" past or next."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return Tense.PAST
    token = span.root
    if token.dep_ == "poss":
        return Tense.PAST
    if _LOOKING_AHEAD.search(doc[max(0, span.start - 3) : span.start].text):
        return Tense.FUTURE
    return _governing_tense(token)


def _governing_tense(token: Token) -> Tense:
    for _ in range(8):
        if token.pos_ in {"VERB", "AUX"}:
            tense = _finite_tense(token)
            if tense is not None:
                return tense
        if token.head is token:
            break
        token = token.head
    return Tense.PAST


def _finite_tense(verb: Token) -> Tense | None:
    """The tense a verb and its auxiliaries mark; None for a participle or infinitive alone."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    lowers = {a.lower_ for a in auxiliaries}
    if "had" in lowers:
        return Tense.PAST
    if lowers & FUTURE_AUX or verb.lower_ in FUTURE_AUX or "going" in lowers:
        return Tense.FUTURE
    past = verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries)
    if _plans(verb):
        return Tense.FUTURE
    if "to" in lowers:
        return Tense.FUTURE if _plans(verb.head) else None
    if verb.tag_ == "VBN" and not auxiliaries:
        return Tense.PAST
    if past:
        return Tense.PAST
    if any(a.lemma_ == "have" for a in auxiliaries):
        return Tense.PAST
    if verb.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} for a in auxiliaries):
        return Tense.PRESENT
    return None


def _plans(verb: Token) -> bool:
    """ "scheduled for", "expected to", "set to resume": the event lies ahead."""
    if verb.lemma_ in PLANNING:
        return True
    return verb.lemma_ == "set" and any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children
    )
