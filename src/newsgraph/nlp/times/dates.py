"""Calendar dates, weekdays, clock times and decades written out in full or in part."""

from __future__ import annotations

import datetime as dt
import re

from newsgraph.nlp.numbers import parse_number, parse_ordinal
from newsgraph.nlp.times import calendar as cal
from newsgraph.nlp.times.calendar import Anchor, Tense

Result = tuple[str, str | None]

_MONTH = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_WEEKDAY = r"(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?,? ?)"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"('?\d{2}|\d{4})"
_PART = r"(morning|afternoon|evening|night)"
_ZONE = r"(?: (?:est|edt|cst|cdt|pst|pdt|gmt|utc|et|bst|cet|local time))?"
_NUMERIC = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})|(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})")
_MONTH_DAY = re.compile(
    rf"{_WEEKDAY}?(?:the )?(?:{_MONTH} {_DAY}|{_DAY} (?:of )?{_MONTH})(?:,? {_YEAR})?"
)
# 'July 2023', 'July', and the year first as in 'the 2023 July heatwave'
_MONTH_YEAR = re.compile(rf"{_MONTH},? (?:of )?{_YEAR}|{_MONTH}|(\d{{4}}) {_MONTH}")
_YEAR_ONLY = re.compile(r"(?:fiscal |calendar |the year |year )?(\d{4})|'(\d{2})|fiscal (\d{2})")
_SEASON = re.compile(r"(?:the )?(spring|summer|fall|autumn|winter)(?:,? (?:of )?(\d{4}))?")
_CLOCK = re.compile(
    r"(?:(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})? ?([ap])\.? ?m\.?|(\d{1,2}):(\d{2})"
    rf"|(noon|midday|midnight)|(\d{{1,2}}) (?:o'clock|in the {_PART}))(?: hours)?{_ZONE}"
)


def absolute(text: str, anchor: Anchor) -> Result | None:
    """Dates written with at least a month, a year or a weekday."""
    for parse in (_numeric, _month_day, _month_year, _year_only, _season, _weekday):
        result = parse(text, anchor)
        if result is not None:
            return result
    return None


def _numeric(text: str, anchor: Anchor) -> Result | None:
    match = _NUMERIC.fullmatch(text)
    if not match:
        return None
    if match.group(1):
        year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
    else:
        month, day, year = int(match.group(4)), int(match.group(5)), _full_year(match.group(6))
    return "DATE", _valid(year, month, day)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _full_year(text: str) -> int:
    digits = int(text.lstrip("'"))
    if len(text.lstrip("'")) == 4:
        return digits
    return 1900 + digits if digits >= 30 else 2000 + digits


def _month_day(text: str, anchor: Anchor) -> Result | None:
    match = _MONTH_DAY.fullmatch(text)
    if not match:
        return None
    month = cal.month_of(match.group(2) or match.group(5)) or 0
    day = int(match.group(3) or match.group(4))
    if match.group(6):
        year: int | None = _full_year(match.group(6))
    else:
        year = cal.nearest_year(anchor, month, day)
    if year is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    return "DATE", _valid(year, month, day)


def _month_year(text: str, anchor: Anchor) -> Result | None:
    match = _MONTH_YEAR.fullmatch(text)
    if not match:
        return None
    month = cal.month_of(match.group(1) or match.group(3) or match.group(5)) or 0
    if match.group(2) or match.group(4):
        return "DATE", cal.month_value(_full_year(match.group(2) or match.group(4)), month)
    year = cal.nearest_year(anchor, month)
    return "DATE", f"XXXX-{month:02d}" if year is None else cal.month_value(year, month)


def _year_only(text: str, anchor: Anchor) -> Result | None:
    match = _YEAR_ONLY.fullmatch(text)
    if not match:
        words = parse_year_words(text)
        return ("DATE", str(words)) if words else None
    if match.group(1):
        year = int(match.group(1))
        return ("DATE", str(year)) if 1000 <= year <= 2200 else None
    return "DATE", str(_full_year(match.group(2) or match.group(3)))


def parse_year_words(text: str) -> int | None:
    """`nineteen ninety-six` → 1996, `the year two thousand` → 2000."""
    text = re.sub(r"^(?:the )?year ", "", text)
    words = text.replace("-", " ").split()
    if text == "two thousand":
        return 2000
    if len(words) >= 2 and words[0] in {"nineteen", "eighteen", "twenty"}:
        century = parse_number(words[:1])
        rest = parse_number(words[1:])
        if century is not None and rest is not None and rest < 100:
            return int(century * 100 + rest)
    return None


def _season(text: str, anchor: Anchor) -> Result | None:
    match = _SEASON.fullmatch(text)
    if not match:
        return None
    code = cal.SEASONS[match.group(1)]
    if match.group(2):
        return "DATE", f"{match.group(2)}-{code}"
    if anchor.date is None:
        return "DATE", f"XXXX-{code}"
    months = cal.SEASON_MONTHS.get(code)  # winter straddles two years: the anchor's
    middle = (months[0] + months[1]) // 2 if months else None
    year = cal.nearest_year(anchor, middle) if middle else anchor.date.year
    return "DATE", f"{year}-{code}"  # 'will restore two lines in the spring', in November


def _weekday(text: str, anchor: Anchor) -> Result | None:
    match = re.fullmatch(rf"(\w+?)s?(?: {_PART})?", text)
    if not match or cal.weekday_of(match.group(1)) is None or len(match.group(1)) < 3:
        return None
    if text.split()[0].lower().endswith("days"):  # 'on Fridays': every Friday
        part = cal.PARTS_OF_DAY.get(match.group(2) or "", "")
        return "SET", f"XXXX-WXX-{cal.weekday_of(match.group(1))}" + (f"T{part}" if part else "")
    return weekday_phrase(match.group(1), anchor, 0, match.group(2))


def weekday_phrase(word: str, anchor: Anchor, by: int, part: str | None = None) -> Result:
    """A weekday resolved by tense (`by` 0), or the previous/next one (`by` -1/+1)."""
    weekday = cal.weekday_of(word) or 1
    if by:
        anchor = Anchor(anchor.date, Tense.PAST if by < 0 else Tense.FUTURE)
    date = cal.nearest_weekday(anchor, weekday)
    if date is not None and by and date == anchor.date:
        date += dt.timedelta(days=7 * by)
    value = f"XXXX-WXX-{weekday}" if date is None else date.isoformat()
    if part and date is None:
        return "TIME", f"{value}T{cal.PARTS_OF_DAY[part]}"
    return "DATE", value


def clock(text: str, anchor: Anchor) -> Result | None:
    """`3 p.m.`, `10:35 a.m. Monday`, `noon yesterday`, `5 p.m. EST, Nov. 9`."""
    match = _CLOCK.search(text)
    if not match:
        return None
    time = _clock_value(match)
    if time is None:
        return None
    rest = (text[: match.start()] + " " + text[match.end() :]).strip(" ,")
    rest = re.sub(r"^(?:at|on|by|about|around|of) |,", " ", rest).strip()
    day = _day_of(rest, anchor)
    if day is None:
        return None
    return "TIME", f"{day}T{time}"


def _clock_value(match: re.Match[str]) -> str | None:
    if match.group(6):
        return {"noon": "12:00", "midday": "12:00"}.get(match.group(6), "24:00")
    if match.group(7):
        hour = int(match.group(7)) + (12 if match.group(8) in {"afternoon", "evening"} else 0)
        return f"{hour:02d}:00"
    hour = int(match.group(1) or match.group(4))
    minute = int(match.group(2) or match.group(5) or 0)
    if match.group(3) == "p" and hour < 12:
        hour += 12
    if match.group(3) == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}" if hour <= 24 and minute < 60 else None


def _day_of(rest: str, anchor: Anchor) -> str | None:
    story = anchor.story_day
    if not rest and story is not None and anchor.date and abs((story - anchor.date).days) <= 7:
        return story.isoformat()
    if not rest or rest in {"today", "this morning", "this afternoon", "this evening", "tonight"}:
        return anchor.date.isoformat() if anchor.date else "XXXX-XX-XX"
    if rest in {"yesterday", "tomorrow"}:
        if anchor.date is None:
            return "XXXX-XX-XX"
        return cal.shift(anchor.date, "day", -1 if rest == "yesterday" else 1)
    result = absolute(rest, anchor)
    if result and result[1] and re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}|XXXX-WXX-\d", result[1]):
        return result[1]
    return None


def decade(text: str, anchor: Anchor) -> Result | None:
    """`the 1990s` → 199, `the '80s` → 198, `the 20th century` → 19, `this century`."""
    match = re.fullmatch(r"(?:the )?(?:early |late |mid-?)?(\d{3})0'?s|(?:the )?'(\d)0s", text)
    if match:
        return "DATE", match.group(1) or f"19{match.group(2)}"
    match = re.fullmatch(r"(?:the )?(\w+) century", text)
    if match:
        if match.group(1) in {"this", "last", "next"} and anchor.date:
            by = {"this": 0, "last": -1, "next": 1}[match.group(1)]
            return "DATE", cal.shift(anchor.date, "century", by)
        ordinal = parse_ordinal(match.group(1))
        return ("DATE", f"{ordinal - 1:02d}") if ordinal and ordinal > 0 else None
    return None
