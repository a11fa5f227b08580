"""Where the time expressions are: spaCy's DATE/TIME entities, repaired, plus words it misses.

TIMEX3 marks "now", "recently", "the future", "daily" and bare plurals such as
"for years", which spaCy's entity recogniser rarely tags, and rates such as
"$1 billion a year"; it keeps coordinated dates ("Monday and Tuesday", "April 24
and 25") and ranges apart, and a clock time with its day ("9 a.m. EST Tuesday") together.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.extensions import tokens_among
from newsgraph.nlp.numbers import YEAR
from newsgraph.nlp.times.calendar import Tense, month_of, weekday_of
from newsgraph.nlp.times.holidays import holiday_names

# 'the business daily', 'the weekly Expresso', 'the Dutch daily De Volkskrant'
_PAPERS = frozenset({"daily", "dailies", "weekly", "weeklies", "monthly", "monthlies"})
BARE_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")
DAY_MONTH = re.compile(rf"{BARE_DAY.pattern} [A-Z][a-z]+")  # '17 March'
TIME_LABELS = frozenset({"DATE", "TIME"})
_HOLIDAY_NAMES = holiday_names()
_MISSED = re.compile(
    r"\b(?:now|currently|recently|nowadays|lately|daily|weekly|monthly|hourly|overnight|"
    r"current|recent|today|tonight|yesterday|tomorrow|"
    rf"(?:last |this |next )?(?:{_HOLIDAY_NAMES})(?: week)?(?!(?-i: [A-Z]))|"
    r"(?:\w+-)?(?:hour|day|week|month|year|decade)s?-long|(?:pre|post)-\d{4}|"
    r"the (?:near |distant )?future|the past|recent (?:years|months|weeks|days)|"
    r"(?:every|each) (?:other )?(?:\w+ )?(?:day|week|month|year|quarter|morning|night|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?)\b",
    re.IGNORECASE,
)
# 'Boxing Day', which spaCy may take for a person's name
_HOLIDAY = re.compile(_HOLIDAY_NAMES, re.IGNORECASE)
# 'the Good Friday Agreement', 'Black Friday Deals': a name goes on, so no day
_HOLIDAY_IN_A_NAME = re.compile(rf"\b(?:{_HOLIDAY_NAMES})(?-i: [A-Z]\w*)+", re.IGNORECASE)
# Dates spelled with a capitalised month or weekday that spaCy left untagged.
_CALENDAR = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|"
    r"May|June|July|August|September|October|November|December) \d{1,2}\b(?:, \d{4})?"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:January|February|April|June|July|August|September|October|November|December)\b"
)
# "Now, officials say...": a discourse marker at the head of a sentence, not a time.
_DISCOURSE = re.compile(r"(?:now|currently),", re.IGNORECASE)
# Amounts spaCy reads as quantities: "5 1/2 hours", "two more weeks".
_COUNTED = re.compile(
    r"\b(?:\d+ [13]/[24]|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several) "
    r"(?:more|additional|full|straight|consecutive)) (?:years|months|weeks|days|hours|minutes)\b",
    re.IGNORECASE,
)
# A clock time and the day it falls on, written as one: "9 a.m. EST Tuesday".
_CLOCK_END = re.compile(r"(?:\d ?[ap]\.?m\.?|noon|midnight)(?: [A-Z]{2,4})?$", re.IGNORECASE)
_DAY_START = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)
_THE_DAY = re.compile(r"(?:[Tt]he )?day")
# A capitalised unit after a number names a show or a book: "CBS's 60 Minutes".
_TITLE = re.compile(r"\d+ (?:Seconds|Minutes|Hours|Days|Weeks|Months|Years)")
# '10.40am', which spaCy takes for a number
_DOTTED_CLOCK = re.compile(r"(?<![\w.])\d{1,2}\.[0-5]\d ?[ap]\.?m\b\.?")
_SHOW_DAY = re.compile(r"Today|Tonight|Tomorrow|Yesterday")
_SHOW_AFTER = re.compile(r" (?:programme|program|show|podcast|newspaper|presenter)\b")
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
RATE_UNITS = frozenset({"day", "week", "month", "year"})
NOT_RATE_AFTER = frozenset({"ago", "earlier", "later", "before", "after", "or", "and", "to"})
CLOCK_PLURALS = frozenset({"hour", "minute", "second", "time"})
FREQUENCY_ADJECTIVES = frozenset({"quarterly", "annual", "weekly", "monthly", "yearly"})
PLANNING = frozenset(
    {"schedule", "plan", "expect", "intend", "due", "slate", "aim", "hope", "prepare"}
)
_LOOKING_AHEAD = re.compile(
    r"\b(?:until|till|as soon as|as early as)(?: [\d.:]+ ?(?:[ap]\.?m\.?) on)?\s*$", re.IGNORECASE
)
_YEAR_TO_YEAR = re.compile(
    rf"\b({YEAR.pattern})(?: to | through | until | and |[-–])({YEAR.pattern})\b"
)
# events held on a date set in advance: 'Tuesday's match' may be to come, a ruling not
_SCHEDULED = frozenset(
    {"match", "game", "vote", "meeting", "hearing", "election", "debate", "race", "final"}
    | {"summit", "talks", "fixture", "trial", "session", "ballot", "show", "concert", "launch"}
)
_TIME_PREPOSITIONS = frozenset(
    {"by", "in", "since", "until", "till", "before", "after", "from", "through", "during"}
)
_NAMES = frozenset({"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "LAW"})
# what may be a time or a share ('a quarter', 'half'), and what changes by a share
_SHARES = frozenset({"quarter", "quarters", "half", "halves", "third", "thirds"})
_CALENDAR_NOUNS = frozenset({"year", "century", "decade", "month", "day", "season", "hour"})
_CHANGES = frozenset(
    {"rise", "fall", "grow", "drop", "increase", "decrease", "cut", "reduce", "shrink"}
    | {"climb", "decline", "raise", "lower", "boost", "slash", "jump", "plunge", "soar"}
)
# 'waited more than a year', 'at least a day': a length, not a rate
_NOT_RATE_BEFORE = frozenset({"than", "least", "about", "nearly", "almost", "around", "over"})
# 'urged both sides to resume talks by Friday': what one is told to do lies ahead
_DIRECTIVES = frozenset({"urge", "order", "instruct", "tell", "ask", "press", "encourage"})
_DEADLINES = frozenset({"until", "till", "by", "to", "through"})
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})


def _in_a_name(text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """Inside a name, but for a holiday spaCy named as a whole ('Boxing Day' as a person)."""
    return any(
        s <= start and end <= e and not ((s, e) == (start, end) and _HOLIDAY.fullmatch(text, s, e))
        for s, e in names
    )


def candidates(doc: Doc, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) character spans of likely time expressions, in text order.

    `text` is `doc.text`, read once by the caller (spaCy rebuilds it on each access).
    """
    found: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ in TIME_LABELS:
            found.extend(_split(_without_lead_in(ent)))
    for pattern in (_MISSED, _COUNTED, _PLURAL_UNITS, _CALENDAR, _DOTTED_CLOCK):
        for match in pattern.finditer(text):
            start, end = match.span(match.lastindex or 0)
            if _DISCOURSE.match(text, start) and _sentence_start(text, start):
                continue
            _add(found, start, end)
    for start, end in [*_frequencies(doc), *_futures(doc), *_years_after_prepositions(doc)]:
        _add(found, start, end)
    for match in _YEAR_TO_YEAR.finditer(text):
        if match.span(1) in found:  # spaCy tags 'from 2012' and leaves out 'to 2022'
            _add(found, *match.span(2))
    names = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _NAMES]
    names += [m.span() for m in _HOLIDAY_IN_A_NAME.finditer(text)]
    for start, end in _join_clock_and_day(text, sorted(found)):
        if _NOT_TIME.fullmatch(text[start:end]) or _title(text, start, end):
            continue
        if _in_a_name(text, start, end, names):
            continue  # 'Clean Pensions Now', 'Nine Months Later': part of a name
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and (_a_share(span) or _a_record(span)):
            continue
        if not _frequency_adjective(doc, start, end):
            part = _PART_AFTER.match(text, end)
            yield start, part.end() if part else end


def _a_share(span: Span) -> bool:
    """'fell by a quarter', 'a quarter of the staff': a share of something, not a time."""
    if not len(span) or span[-1].lower_ not in _SHARES:
        return False
    word = span[-1]
    if any((c.dep_ == "amod" and c.tag_ != "JJR") or c.lower_ == "the" for c in word.children):
        return False  # 'the third quarter of 1989', 'the first half'
    whole = [g for c in word.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if whole:
        return not any(g.ent_type_ in TIME_LABELS or g.lemma_ in _CALENDAR_NOUNS for g in whole)
    head = word.head
    return word.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in _CHANGES


def _a_record(span: Span) -> bool:
    """'minutes of the meeting', 'minutes published alongside the decision': a record, not
    a time."""
    if len(span) != 1 or span[0].lower_ != "minutes":
        return False
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if following is not None and following.lower_ == "of":
        return True
    return any(c.dep_ == "acl" and c.tag_ == "VBN" for c in span[0].children)


def _title(text: str, start: int, end: int) -> bool:
    """ "on CBS's ''60 Minutes''" and "BBC Radio 4's Today programme" name shows; in a
    title-case headline they are still times."""
    if _SHOW_DAY.fullmatch(text, start, end):
        return bool(_SHOW_AFTER.match(text, end)) or text[:start].endswith(("'s ", "’s "))
    if not _TITLE.fullmatch(text, start, end):
        return False
    before = text[max(0, start - 30) : start].rstrip()
    words = before.split()
    return before.endswith(("'", '"', "“", "‘")) or bool(words and words[-1][:1].islower())


def _add(found: list[tuple[int, int]], start: int, end: int) -> None:
    if not any(start < e and end > s for s, e in found):
        found.append((start, end))


def _join_clock_and_day(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "9 a.m. EST Tuesday" is one time: the clock and the day it names; so is
    "the day before last Tuesday"."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _belong_together(text, joined[-1], start):
            joined[-1] = (joined[-1][0], end)
            continue
        joined.append((start, end))
    return joined


def _belong_together(text: str, first: tuple[int, int], start: int) -> bool:
    gap = text[first[1] : start]
    if _CLOCK_END.search(text, *first):
        return gap in {" ", ", "} and _DAY_START.match(text, start) is not None
    return gap in {" before ", " after "} and _THE_DAY.fullmatch(text, *first) is not None


def _futures(doc: Doc) -> list[tuple[int, int]]:
    """ "The boy's future": someone's time ahead, FUTURE_REF ("futures" are contracts)."""
    return [
        (t.idx, t.idx + len(t.text))
        for t in tokens_among(doc, ["future"])
        if t.pos_ == "NOUN" and any(c.dep_ == "poss" for c in t.children)
    ]


def _years_after_prepositions(doc: Doc) -> list[tuple[int, int]]:
    """'could double by 2040': a year the tagger took for a number, where a preposition
    of time takes it."""
    numbers = (ent[0] for ent in doc.ents if ent.label_ == "CARDINAL" and len(ent) == 1)
    return [
        (t.idx, t.idx + len(t.text))
        for t in numbers
        if YEAR.fullmatch(t.text) and t.dep_ == "pobj" and t.head.lower_ in _TIME_PREPOSITIONS
    ]


def _frequencies(doc: Doc) -> list[tuple[int, int]]:
    """The rate in "$1 billion a year", "hundreds of interviews a day": a set, P1Y, P1D."""
    return [
        (t.nbor(-1).idx, t.idx + len(t.text)) for t in tokens_among(doc, RATE_UNITS) if is_rate(t)
    ]


def is_rate(token: Token) -> bool:
    return (
        token.lower_ in RATE_UNITS
        and token.dep_ == "npadvmod"
        and token.i > 0
        and token.nbor(-1).lower_ in {"a", "an", "per"}
        and (token.i < 2 or token.nbor(-2).lower_ not in _NOT_RATE_BEFORE)
        and (token.i + 1 == len(token.doc) or token.nbor().lower_ not in NOT_RATE_AFTER)
        and token.head.lemma_ not in RATE_UNITS | CLOCK_PLURALS
    )


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \"'“‘")
    return not before or before[-1] in ".!?\n"


def _frequency_adjective(doc: Doc, start: int, end: int) -> bool:
    """ "quarterly dividend", "annual meeting", "the sports daily A Bola": a kind of
    thing, or a paper, not a time expression."""
    span = doc.char_span(start, end)
    if span is None or len(span) != 1:
        return False
    token = span[0]
    if token.lower_ in FREQUENCY_ADJECTIVES and token.dep_ == "amod":
        return True
    return _a_paper(token)


def _a_paper(token: Token) -> bool:
    """'the sports daily A Bola', 'the Dutch daily', 'a weekly': a paper, not a time ('meets
    weekly' and 'the daily briefing' are times)."""
    if token.lower_ not in _PAPERS:
        return False
    if token.tag_ in ("NN", "NNS") and token.dep_ != "npadvmod":
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    named = before is not None and (before.lower_ == "the" or before.pos_ == "NOUN")
    describes = token.dep_ == "amod" and token.head.pos_ == "NOUN"  # 'the daily briefing'
    return named and not describes


def _without_lead_in(ent: Span) -> Span:
    """The tagger's DATE can start with a word of the clause around it: the verb in "to
    last six weeks", the preposition in "optimistic about the fourth quarter"."""
    start = ent.start
    while start < ent.end - 1 and _lead_in(ent.doc[start], ent):
        start += 1
    return ent.doc[start : ent.end]


def _lead_in(token: Token, ent: Span) -> bool:
    if token.pos_ in ("VERB", "AUX"):
        return token.tag_ != "VBG"  # "in coming weeks" keeps its adjective
    about_the = token.lower_ == "about" and token.nbor().lower_ == "the"
    return about_the and token.dep_ == "prep" and not ent.start <= token.head.i < ent.end


def _split(ent: Span) -> list[tuple[int, int]]:
    """An entity's pieces: "Monday and Tuesday" → two, "1990-91" → two."""
    text = ent.text
    pieces, last = [], 0
    for match in _SPLIT.finditer(text):
        pieces.append((last, match.start()))
        last = match.end()
    pieces.append((last, len(text)))
    first, final = (text[s:e] for s, e in (pieces[0], pieces[-1]))
    if len(pieces) > 1 and any(_too_short(text[s:e], first, final) for s, e in pieces):
        pieces = [(0, len(text))]
    return [(ent.start_char + s, ent.start_char + e) for s, e in pieces if e > s]


def _too_short(piece: str, first: str, final: str) -> bool:
    """A lone word is no date of its own, except the day in "April 24 and 25" or "3 and 17
    March" and a month ("between June and September")."""
    if BARE_DAY.fullmatch(piece) and (
        re.search(r"[A-Za-z]\.? \d{1,2}$", first) or DAY_MONTH.match(final)
    ):
        return False
    if month_of(piece.strip()) is not None:
        return False
    return len(piece.split()) == 1 and not re.search(r"\d{4}|day$", piece, re.IGNORECASE)


def tense_at(span: Span | None) -> Tense:
    """The tense of the verb governing the expression, which decides "Monday" past or next."""
    if span is None or len(span) == 0:
        return Tense.PAST
    doc = span.doc
    token = span.root
    if token.dep_ == "poss":
        return _possessed_tense(token.head)
    if _a_day_for_an_event(token):
        return Tense.FUTURE
    if _after_past_verb(span):
        return Tense.PAST  # 'said on Monday it would cut': the day is the saying's
    tense = _governing_tense(token)
    if _LOOKING_AHEAD.search(doc[max(0, span.start - 5) : span.start].text):
        return Tense.PAST if tense is Tense.PAST and _past_perfect(token) else Tense.FUTURE
    return tense


def dated_by_past_verb(span: Span | None) -> bool:
    """'Officials knew about the findings in January': a month a verb in the simple past
    dates itself, not through an infinitive ('decided to admit them in March') or a
    word ('payable Dec. 7'), is behind the story, however close the next one is."""
    if span is None or len(span) == 0:
        return False
    word = span.root
    if word.dep_ == "pobj" and word.head.lower_ in _DEADLINES:
        return False  # 'extended its offer until Nov. 9'
    verb = word.head.head if word.dep_ == "pobj" else word.head
    if verb.tag_ != "VBD" or _condition_ahead(verb):
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _condition_ahead(verb: Token) -> bool:
    """'would seek a review if the board approved the closure on 14 January': a past form
    in a condition of what would or will happen speaks of time to come."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children
    ):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _AHEAD_MODALS for c in verb.head.children)


_AHEAD_MODALS = frozenset({"would", "will", "'ll", "could", "might", "should"})


def _possessed_tense(event: Token) -> Tense:
    """'Wednesday's ruling' is mostly one a story reports; 'ahead of Sunday's vote', 'for
    Saturday's home game' and an event held on a date that a verb in the future governs
    ('will take charge of Tuesday's match') are to come."""
    prep = event.head
    if event.dep_ == "pobj" and prep.lower_ in ("for", "until"):
        return Tense.FUTURE
    if event.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in ("ahead", "eve"):
        return Tense.FUTURE
    if event.lemma_ in _SCHEDULED and _governing_tense(event) is Tense.FUTURE:
        return Tense.FUTURE  # 'will take charge of Tuesday's match', not '… ruling'
    return Tense.PAST


def _a_day_for_an_event(day: Token) -> bool:
    """'have organised a protest for Saturday', 'called a strike for Tuesday': the day an
    event is set for lies ahead, unless the story tells of the plan as overtaken ('a rally
    planned for Saturday was cancelled')."""
    prep = day.head
    if weekday_of(day.text) is None or day.dep_ != "pobj" or prep.lower_ != "for":
        return False
    return _plan_overtaken(prep.head, day) is None


def _after_past_verb(span: Span) -> bool:
    """The expression follows a verb in the past tense, right after it or after 'on'."""
    doc, i = span.doc, span.start - 1
    if i > 0 and doc[i].lower_ == "on":
        i -= 1
    return i >= 0 and doc[i].tag_ == "VBD"


def _past_perfect(token: Token) -> bool:
    """ "Until Thursday, they had not called him a suspect": a deadline already behind us."""
    verb = next((t for t in [token, *token.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and any(c.lower_ == "had" for c in verb.children)


def _governing_tense(token: Token) -> Tense:
    start = token
    for _ in range(8):
        if token.pos_ in {"VERB", "AUX"}:
            tense = _plan_overtaken(token, start) or _finite_tense(token)
            if tense is not None:
                return tense
        if token.head.i == token.i:
            break
        token = token.head
    return Tense.PAST


def _plan_overtaken(verb: Token, time: Token) -> Tense | None:
    """A plan's date told by the clause around it: "a rally planned for Saturday was
    cancelled" is past; "On Friday, the government planned to pay" dates the planning."""
    if not _plans(verb) or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i != verb.i:
        outer = next((t for t in verb.head.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        return _finite_tense(outer) if outer is not None else None
    if verb.tag_ == "VBD" and time.i < verb.i:
        return Tense.PAST
    return None


def _finite_tense(verb: Token) -> Tense | None:
    """The tense a verb and its auxiliaries mark; None for a participle or infinitive alone."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    lowers = {a.lower_ for a in auxiliaries}
    if "had" in lowers:
        return Tense.PAST
    if lowers & FUTURE_AUX or verb.lower_ in FUTURE_AUX or "going" in lowers:
        return Tense.FUTURE
    if any(a.tag_ == "MD" for a in auxiliaries):  # 'could take place in May': the nearest
        return Tense.PAST if any(a.lemma_ == "have" for a in auxiliaries) else Tense.PRESENT
    past = verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries)
    if _plans(verb):
        return Tense.FUTURE
    if "to" in lowers:
        ahead = _plans(verb.head) or (verb.dep_ == "xcomp" and verb.head.lemma_ in _DIRECTIVES)
        return Tense.FUTURE if ahead else None
    if verb.tag_ == "VBN" and not auxiliaries:
        return None if _bare_form_noun(verb) else Tense.PAST
    if past:
        return Tense.PAST
    if any(a.lemma_ == "have" for a in auxiliaries):
        return Tense.PAST
    if verb.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} for a in auxiliaries):
        return Tense.PRESENT
    if _imperative(verb, auxiliaries):
        return Tense.FUTURE  # 'Ask me in March.'
    return None


def _bare_form_noun(verb: Token) -> bool:
    """'signals cut in spring': a participle spelt like its base form ('cut', 'set', 'hit')
    hung on a noun with no 'by' is as likely the noun, and tells no tense."""
    return (
        verb.dep_ == "acl"
        and verb.lower_ == verb.lemma_.lower()
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _imperative(verb: Token, auxiliaries: list[Token]) -> bool:
    """A bare verb with no subject heading its sentence or opening a quote ('“Ask me …')."""
    subjects = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
    opens_quote = verb.i > 0 and verb.doc[verb.i - 1].is_quote and verb.dep_ == "ccomp"
    heads = verb.dep_ == "ROOT" or opens_quote
    return verb.tag_ == "VB" and heads and not auxiliaries and not subjects


def _plans(verb: Token) -> bool:
    """ "scheduled for", "expected to", "set to resume": the event lies ahead."""
    if verb.lemma_ in PLANNING:
        return True
    return verb.lemma_ == "set" and any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children
    )
