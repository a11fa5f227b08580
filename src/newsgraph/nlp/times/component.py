"""The `newsgraph_times` component: TIMEX3 times anchored on the publication date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from itertools import pairwise
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.nlp.extensions import attribute, doc_text, register_extensions
from newsgraph.nlp.times.calendar import Anchor, weekday_of
from newsgraph.nlp.times.normalize import normalize
from newsgraph.nlp.times.recognize import (
    BARE_DAY,
    DAY_MONTH,
    candidates,
    dated_by_past_verb,
    is_rate,
    tense_at,
)

_EXPLICIT_QUARTER = re.compile(r"^(?!.*(?:ago|earlier|before|year-)).*quarter", re.I)
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_YEAR = re.compile(r"\d{4}(?:$|-)")
_WORD_STARTS = re.compile(r"(?:^|(?<=\s))\S")
_OF_THE_UNIT = re.compile(r" of the (?:year|month|week|day)\b")
_PREPOSITION = re.compile(r"(?:of|for|in|on|at|by|to|from) ")
_SINCE = re.compile(r"\b[Ss]ince\s+$")
_YEAR_MONTH = re.compile(r"\d{4}-\d\d")
_MONTH_TO_MONTH = re.compile(r"\s*(?:and|to|until|through|-|–)\s*")
# between the days of a range, with the clock time of the second: ' until 9am on '
_DAY_TO_DAY = re.compile(
    r"\s*(?:to|until|till|through|-|–)\s*(?:\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?,?\s*(?:on\s+)?)?"
)
_WEEKDAY = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_SOME = frozenset({"a", "an", "one", "any"})  # 'on a Friday night'
_CLOCK_ON = re.compile(r",? (?:on )?")  # '6am on Monday', '9.30pm, Friday'
# '3 and 17 March': the date a bare day takes its month from
_LED_DAY = re.compile(rf"(?:between |from )?({BARE_DAY.pattern})")
_DATE_AFTER = re.compile(rf"{_MONTH_TO_MONTH.pattern}({DAY_MONTH.pattern}(?: \d{{4}})?)")
# what a match report says: its 'first half' is the game's, not the calendar's
_MATCH_REPORT = re.compile(
    r"\b(?:half-?time|kick-?off|stoppage time|injury time|\d+(?:st|nd|rd|th) minute"
    r"|\d{1,2}-\d{1,2} (?:home |away )?(?:defeat|win|victory|draw|loss)"
    r"|(?:beat|lost|drew|won) \d{1,2}-\d{1,2})\b",
    re.I,
)
_DATED_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT")  # a clock time on a known day


def published_date(doc: Doc) -> dt.date | None:
    value = doc._.get(attribute("published"))
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


class TimeTagger:
    """Find time expressions and give each its TIMEX3 type and value."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(attribute("times"), self.times(doc))
        return doc

    def times(self, doc: Doc) -> list[dict[str, Any]]:
        published = published_date(doc)
        out: list[dict[str, Any]] = []
        previous: str | None = None
        day: dt.date | None = None
        year: int | None = None
        text = doc_text(doc)
        game = _MATCH_REPORT.search(text) is not None
        for start, end in candidates(doc, text):
            span = doc.char_span(start, end, alignment_mode="expand")
            since = _SINCE.search(text, max(0, start - 8), start) is not None
            not_after = since or dated_by_past_verb(span)
            anchor = Anchor(published, tense_at(span), day, year, not_after, game)
            if _some_weekday(span):
                anchor = replace(anchor, date=None, story_day=None)  # 'on a Friday night'
            found = (
                resolve(text, start, end, anchor, previous)
                or _second_day(text, start, end, out)
                or _first_day(text, start, end, anchor)
            )
            if found is None:
                continue
            start, end, kind, value = found
            if kind == "DURATION" and _is_rate(doc, start, end):
                kind = "SET"
            if value and "-Q" in value and _EXPLICIT_QUARTER.search(text[start:end]):
                previous = value
            day = _named_day(value) or day
            year = _named_year(value, text[start:end]) or year
            out.append({"start": start, "end": end, "type": kind, "value": value})
        _months_in_order(text, out)
        _days_in_order(text, out)
        _clocks_on_days(text, out)
        return out


def _clocks_on_days(text: str, out: list[dict[str, Any]]) -> None:
    """'until 6am on Monday': the clock time is on the day written after it, not on the
    day named before."""
    for clock, day in pairwise(out):
        clock_value, day_value = clock["value"] or "", day["value"] or ""
        if not (_DATED_CLOCK.match(clock_value) and _DAY.fullmatch(day_value)):
            continue
        if _CLOCK_ON.fullmatch(text, clock["end"], day["start"]):
            clock["value"] = day_value + clock_value[10:]


def _months_in_order(text: str, out: list[dict[str, Any]]) -> None:
    """'between December and February' runs forward: a first month the tense put after
    the second is the one a year before ('disrupted between December and February', in
    late November, began last December)."""
    for first, second in pairwise(out):
        values = (first["value"] or "", second["value"] or "")
        if not all(_YEAR_MONTH.fullmatch(v) for v in values) or values[0] <= values[1]:
            continue
        if _MONTH_TO_MONTH.fullmatch(text, first["end"], second["start"]):
            year, month = values[0].split("-")
            first["value"] = f"{int(year) - 1:04d}-{month}"


def _days_in_order(text: str, out: list[dict[str, Any]]) -> None:
    """'from 6pm on Thursday until 9am on Friday' runs forward: a first weekday the tense
    put a week or more before the second is the one in the week before it."""
    days = [
        t
        for t in out
        if _DAY.fullmatch(t["value"] or "") and _WEEKDAY.search(text, t["start"], t["end"])
    ]
    for first, second in pairwise(days):
        if not _DAY_TO_DAY.fullmatch(text, first["end"], second["start"]):
            continue
        begin = dt.date.fromisoformat(first["value"])
        until = dt.date.fromisoformat(second["value"])
        if (until - begin).days > 6:
            begin += dt.timedelta(days=7 * ((until - begin).days // 7))
            first["value"] = begin.isoformat()


def _second_day(
    text: str, start: int, end: int, out: list[dict[str, Any]]
) -> tuple[int, int, str, str | None] | None:
    """The "25" of "April 24 and 25": the month and year of the date just before it."""
    if not out or not BARE_DAY.fullmatch(text[start:end]) or start - out[-1]["end"] > 6:
        return None
    value = _on_day(_named_day(out[-1]["value"]), text[start:end])
    return (start, end, "DATE", value) if value else None


def _first_day(
    text: str, start: int, end: int, anchor: Anchor
) -> tuple[int, int, str, str | None] | None:
    """The "3" of "between 3 and 17 March": the month and year of the date just after it."""
    day = _LED_DAY.fullmatch(text, start, end)
    after = _DATE_AFTER.match(text, end)
    if day is None or after is None:
        return None
    found = resolve(text, *after.span(1), anchor, None)
    value = _on_day(_named_day(found[3]) if found else None, day.group(1))
    return (day.start(1), end, "DATE", value) if value else None


def _on_day(date: dt.date | None, written: str) -> str | None:
    """The date's month and year on the day written ('25', '3rd'); None if there is none."""
    if date is None:
        return None
    try:
        return date.replace(day=int(written.rstrip("stndrh"))).isoformat()
    except ValueError:
        return None


def _some_weekday(span: Span | None) -> bool:
    """'on a Friday night last month': a weekday no date pins down ('a Sunday night
    memorial service' is one service, on the Sunday the story means)."""
    if span is None or not len(span) or weekday_of(span[0].text) is None:
        return False
    return any(c.dep_ == "det" and c.lower_ in _SOME for t in span for c in t.children)


def _is_rate(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and is_rate(span[-1])


def _named_year(value: str | None, written: str) -> int | None:
    """The year a story last named outright ("in June 1998"), for "later that year"."""
    if value and _YEAR.match(value) and re.search(r"\d{4}", written):
        return int(value[:4])
    return None


def _named_day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value and _DAY.match(value) else None
    except ValueError:
        return None


def resolve(
    text: str, start: int, end: int, anchor: Anchor, previous: str | None
) -> tuple[int, int, str, str | None] | None:
    """Normalise a candidate; if that fails, the span before "of the year" ("ten months of
    the year" → "ten months"), else its tail ("coup d'etat last year" → "last year")."""
    unit = _OF_THE_UNIT.search(text, start, end)
    try:
        for stop in (end, unit.start()) if unit and unit.end() == end else (end,):
            result = normalize(text[start:stop], anchor, previous)
            if result is not None:
                return start, stop, result[0], result[1]
        for shrink in list(_WORD_STARTS.finditer(text[start:end]))[1:]:
            if _PREPOSITION.match(text, start + shrink.start()):
                continue  # 'an average of 12 years' is '12 years', not 'of 12 years'
            result = normalize(text[start + shrink.start() : end], anchor, previous)
            if result is not None and result[1] is not None:
                return start + shrink.start(), end, result[0], result[1]
            if len(text[start:end].split()) > 6:
                break
    except (ValueError, OverflowError):  # a date past the calendar's ends
        return None
    return None
