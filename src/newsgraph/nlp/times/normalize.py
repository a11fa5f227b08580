"""From the text of a time expression to its TIMEX3 type and value.

Rules are tried in order, most specific first; each reads the lower-cased
expression and the anchor (publication date and tense). Deictic expressions
without an anchor get underspecified values (`XXXX-WXX-1`), never guesses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from newsgraph.nlp.numbers import ORDINALS, parse_number, parse_ordinal
from newsgraph.nlp.times import calendar as cal
from newsgraph.nlp.times.calendar import Anchor, Tense
from newsgraph.nlp.times.dates import absolute, clock, decade
from newsgraph.nlp.times.holidays import holiday
from newsgraph.nlp.times.relative import (
    NUMBER,
    UNIT,
    deictic_day,
    month_relative_year,
    offset_phrase,
    relative_unit,
    story_day,
)

Result = tuple[str, str | None]
Rule = Callable[[str, Anchor], Result | None]

_DURATION = re.compile(rf"(?:({NUMBER})[ -])?(?:(?:more|full|straight|consecutive) )?{UNIT}")
# words that never merely describe a length: 'a third straight quarter' is no quarter long
_NOT_DESCRIBING = (
    "of|the|and|or|in|to|a|an|"
    + "|".join(sorted(ORDINALS))
    + "|\\d+(?:st|nd|rd|th)|"
    + UNIT.replace("(", "(?:", 1)
)
# 'two very hard years', 'three long months': words that say what the time was like
_DESCRIBED = re.compile(rf"^({NUMBER}) (?:(?!(?:{_NOT_DESCRIBING})\b)[a-z]+ ){{1,3}}?({UNIT})$")
_SPAN_WORDS = re.compile(r"^(?:the )?(?:past|last|next|first|coming|previous|final|other) ")
_YEAR_END = re.compile(
    r"(?:the )?(?:year[- ]end|year's end|end of the year|full year|calendar year)"
)
_AGE = re.compile(r"\d+-year-old|years? old|-old$|-month-old|-week-old")
_HEDGES = re.compile(
    r"^(?:about|around|approximately|roughly|nearly|almost|some|more than|less than|"
    r"fewer than|at least|at most|up to|only|just|over|under|barely|fully|since|until|"
    r"by|in|on|at|for|from|during|within|through|throughout|of|after|before) "
)
_EDGES = re.compile(
    r"^(?:early|late|the end of|the beginning of|the start of|the middle of|the rest of|"
    r"the remainder of|the latter part of|the first part of|earlier|later|end of|start of|"
    r"the mid-|mid-|mid |late-|early-|the early|the late|the mid)(?:[ -]|\b)"
)
FUZZY = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "present": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "recently": "PAST_REF",
    "recent": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "once": "PAST_REF",
    "earlier": "PAST_REF",
    "in the past": "PAST_REF",
    "the future": "FUTURE_REF",
    "future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the years ahead": "FUTURE_REF",
    "eventually": "FUTURE_REF",
    "later": "FUTURE_REF",
}
ADVERB_SETS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "quarterly": "P1Q",
    "annually": "P1Y",
    "yearly": "P1Y",
    "annual": "P1Y",
    "hourly": "PT1H",
}
_BARE_HALF = re.compile(r"(?:the )?\w+[- ]half")  # no year, no 'this', no 'fiscal'


def clean(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'").replace("–", "-")
    text = re.sub(r"\s+", " ", text).strip(" ,.;:'\"")
    text = re.sub(r"'s?$", "", text)
    text = re.sub(r"^(?:pre|post)-(?=\d{4}$)", "", text)
    return re.sub(r"^the (?=\d|'\d)", "", text)


def strip_hedges(text: str) -> str:
    while True:
        stripped = _HEDGES.sub("", text)
        if stripped == text:
            return text
        text = stripped


def normalize(text: str, anchor: Anchor, previous: str | None = None) -> Result | None:
    """The (type, value) of a time expression, or None when it is not one."""
    core = strip_hedges(clean(text)).replace("fiscal ", "")
    quarterly = _quarter_relative(core, previous)
    if quarterly is not None:
        return quarterly
    for rule in RULES:
        result = rule(core, anchor)
        if result is not None:
            return result
    edged = re.sub(r"^the (?=(?:week|month|year|decade|century)$)", "this ", _EDGES.sub("", core))
    if edged and edged != core:
        for rule in RULES:
            result = rule(edged, anchor)
            if result is not None:
                return result
    return _anaphoric(core, previous)


def around_a_date(text: str, anchor: Anchor) -> Result | None:
    """`the week of March 6` is that date's week; `the day before last Tuesday` its eve."""
    match = re.fullmatch(r"(?:the )?(?:(week) of|day (before|after)) (.+)", text)
    if match is None:
        return None
    inner = normalize(match.group(3), anchor)
    day = inner[1] if inner else None
    if day is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        return None
    date = dt.date.fromisoformat(day)
    if match.group(1):
        return "DATE", cal.week_value(date)
    return "DATE", cal.shift(date, "day", 1 if match.group(2) == "after" else -1)


def fuzzy(text: str, anchor: Anchor) -> Result | None:
    value = FUZZY.get(text)
    return ("DATE", value) if value else None


def sets(text: str, anchor: Anchor) -> Result | None:
    if text == "quarterly":
        return "SET", "P3M"
    if text in ADVERB_SETS:
        return "SET", ADVERB_SETS[text]
    match = re.fullmatch(rf"(?:every|each|per|once a|twice a|once an) (other )?(\w+ )?{UNIT}", text)
    if match:
        number = parse_number([match.group(2)]) if match.group(2) else 1.0
        if number is None:
            return None
        step = number * (2 if match.group(1) else 1)
        return "SET", cal.duration(step, match.group(3))
    match = re.fullmatch(r"(?:every|each) (\w+?)s?(?: (morning|afternoon|evening|night))?", text)
    weekday = cal.weekday_of(match.group(1)) if match else None
    if match and weekday:
        part = cal.PARTS_OF_DAY.get(match.group(2) or "", "")
        return "SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else "")
    return None


def period_of_year(text: str, anchor: Anchor) -> Result | None:
    """`the third quarter`, `third-quarter`, `the first half of 1989`, `the 1990 quarter`,
    `the second half of next year`."""
    match = re.fullmatch(
        r"(?:(?:this|last|next|the|fiscal|(?:last|this|next) year's|year-ago|year-earlier|"
        r"(\d{4})'?s?) )*(?:fiscal )?(\w+)[- ](quarter|half)"
        r"(?: of (?:fiscal )?(?:the year|(\d{4})|(this|last|next) year))?",
        text,
    )
    if not match:
        return None
    ordinal = parse_ordinal(match.group(2))
    if ordinal is None or (anchor.game and _bare_half(match)):
        return None
    relative = match.group(5)  # 'the second half of next year'
    year = _year_of(match.group(1) or match.group(4), anchor, f"{relative} " if relative else text)
    code = "Q" if match.group(3) == "quarter" else "H"
    if ordinal < 0:
        ordinal = 4 if code == "Q" else 2
    if anchor.date and year == str(anchor.date.year) and not re.match(r"this|next|\d", text):
        current = cal.quarter_of(anchor.date)[1] if code == "Q" else (anchor.date.month + 5) // 6
        if ordinal > current and anchor.tense is not Tense.FUTURE:
            year = str(anchor.date.year - 1)
    return "DATE", f"{year}-{code}{ordinal}"


def _bare_half(match: re.Match[str]) -> bool:
    """'the first half', with no year, no 'this' or 'fiscal' ('the first half of 2025',
    'next year's second half'): in a match report, the game's half."""
    return match.group(3) == "half" and _BARE_HALF.fullmatch(match.group(0)) is not None


def _year_of(explicit: str | None, anchor: Anchor, text: str) -> str:
    if explicit:
        return explicit
    if anchor.date is None:
        return "XXXX"
    if text.startswith("next"):
        return str(anchor.date.year + 1)
    past = text.startswith("last") or "year-ago" in text or "year-earlier" in text
    return str(anchor.date.year - (1 if past else 0))


def vague_plural(text: str, anchor: Anchor) -> Result | None:
    """`coming weeks`, `future quarters`, `the past several years`: fuzzy, not a duration."""
    match = re.fullmatch(
        rf"(?:the )?(coming|future|past|recent|last|next)(?: (?:several|few|many))? {UNIT}s", text
    )
    if not match:
        return None
    if match.group(1) == "future":
        return "DATE", "FUTURE_REF"
    return "DURATION", cal.duration(None, match.group(2))


def durations(text: str, anchor: Anchor) -> Result | None:
    """`two weeks`, `the past six months`, `10-year`, `a minute and a half`, `years`."""
    if _AGE.search(text):
        return None
    modified = _SPAN_WORDS.match(text) is not None
    modified = modified or text.endswith("-long")
    text = re.sub(r"-long$", "", _SPAN_WORDS.sub("", text))
    match = _DURATION.fullmatch(text) or _DURATION.fullmatch(_DESCRIBED.sub(r"\1 \2", text))
    if not match:
        return None
    if not match.group(1) and not text.endswith("s") and not modified:
        return None
    unit = match.group(2).replace("centurie", "century")
    number = parse_number([match.group(1)]) if match.group(1) else None
    if match.group(1) and match.group(1).endswith("a half") and number is None:
        number = _and_a_half(match.group(1))
    fraction = re.fullmatch(r"(\d+) ([13])/([24])", match.group(1) or "")
    if fraction:
        number = int(fraction.group(1)) + int(fraction.group(2)) / int(fraction.group(3))
    if number is None and not text.endswith("s"):
        number = 1.0
    if match.group(1) in {"a few", "several", "some", "many", "dozens of", "hundreds of"}:
        number = None
    return "DURATION", cal.duration(number, unit)


def _and_a_half(words: str) -> float | None:
    number = parse_number(words.split()[:1])
    return None if number is None else number + 0.5


def year_end(text: str, anchor: Anchor) -> Result | None:
    """`year-end`, `the end of the year`, `the full year`: the publication year."""
    if re.fullmatch(
        r"(?:the )?(?:year[- ]end|year's end|end of the year|full year|calendar year)", text
    ):
        return "DATE", str(anchor.date.year) if anchor.date else "XXXX"
    return None


def year_phrase(text: str, anchor: Anchor) -> Result | None:
    """`the year`, `that month`, `the same week`: in news, most often a span of that length.

    "That year" after a year written out ("in June 1998 ... later that year") is that year.
    """
    match = re.fullmatch(
        r"(?:the|that|same|the same|that same) (year|month|week|quarter|weekend)", text
    )
    if not match or match.group(1) == "quarter":
        return None
    if anchor.story_year and re.fullmatch(r"that (?:same )?year|the same year", text):
        return "DATE", str(anchor.story_year)
    return "DURATION", cal.duration(1, match.group(1))


def _quarter_relative(text: str, previous: str | None) -> Result | None:
    """In an earnings report, "a year ago" and "the year-earlier period" mean a quarter."""
    if previous is None or "-Q" not in previous or not previous[:4].isdigit():
        return None
    year, quarter = int(previous[:4]), previous[5:]
    if re.fullmatch(r"(?:the|that) (?:same |comparable )?(?:quarter|period)", text):
        return "DATE", previous
    explicit = re.fullmatch(r"(?:the )?(\d{4}) (?:quarter|period)", text)
    if explicit:
        return "DATE", f"{explicit.group(1)}-{quarter}"
    if re.fullmatch(
        r"(?:a|one) year (?:ago|earlier|before)|(?:the )?(?:comparable )?year-(?:ago|earlier)"
        r"(?: \w+)?(?: quarter| period)?|last year's (?:quarter|period)"
        r"|the (?:corresponding|same|comparable) (?:quarter|period) (?:a year ago|last year)",
        text,
    ):
        return "DATE", f"{year - 1}-{quarter}"
    return None


def _anaphoric(text: str, previous: str | None) -> Result | None:
    """ "The quarter" with no quarter named before it: a date we cannot place."""
    if text in {"the quarter", "the latest quarter", "the latest period"}:
        return "DATE", None
    return None


def latest_quarter(text: str, anchor: Anchor) -> Result | None:
    """`the latest quarter`: the last one completed before publication."""
    if text not in {"the latest quarter", "the latest period", "the most recent quarter"}:
        return None
    if anchor.date is None:
        return "DATE", "XXXX-QX"
    return "DATE", cal.shift(anchor.date, "quarter", -1)


RULES: tuple[Rule, ...] = (
    around_a_date,
    fuzzy,
    latest_quarter,
    sets,
    deictic_day,
    holiday,
    story_day,
    clock,
    absolute,
    relative_unit,
    month_relative_year,
    year_end,
    offset_phrase,
    period_of_year,
    decade,
    year_phrase,
    vague_plural,
    durations,
)
