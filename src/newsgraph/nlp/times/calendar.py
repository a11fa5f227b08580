"""Calendar arithmetic and TIMEX3 value formats, with underspecified forms for no anchor."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}
WEEKDAY_ABBREVIATIONS = {"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4}
WEEKDAY_ABBREVIATIONS |= {"fri": 5, "sat": 6, "sun": 7}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# first and last month of each season that falls in one year (winter straddles two)
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}
PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "tonight": "NI",
}
# TIMEX3 duration letters of each calendar unit, and its date granularity.
UNIT_CODES = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "weekend": "WE",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}
CLOCK_UNITS = frozenset({"second", "minute", "hour"})
# The next unit down and how many of it make one: for fractions ("two and a half years").
_SMALLER = {
    "year": ("month", 12),
    "month": ("day", 30),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("second", 60),
}


class Tense(Enum):
    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


@dataclass(frozen=True)
class Anchor:
    """What relative expressions resolve against: the publication date, the verb's
    tense, the day the story last named ("that day", "at 10:35 a.m.") and the year
    it last wrote out ("later that year")."""

    date: dt.date | None
    tense: Tense = Tense.PAST
    story_day: dt.date | None = None
    story_year: int | None = None
    # no later than publication: "since March", or "knew in January", a past verb's own date
    not_after: bool = False
    game: bool = False  # the story reports a match: 'the first half' is the game's


def month_of(word: str) -> int | None:
    word = word.lower().rstrip(".")
    return MONTHS.get(word) or MONTH_ABBREVIATIONS.get(word)


def weekday_of(word: str) -> int | None:
    word = word.lower().rstrip(".")
    return WEEKDAYS.get(word) or WEEKDAY_ABBREVIATIONS.get(word)


def day_value(date: dt.date) -> str:
    return date.isoformat()


def week_value(date: dt.date) -> str:
    year, week, _ = date.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def quarter_of(date: dt.date) -> tuple[int, int]:
    return date.year, (date.month - 1) // 3 + 1


def shift_months(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def shift_quarters(year: int, quarter: int, by: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + by
    return index // 4, index % 4 + 1


def shift(date: dt.date, unit: str, by: int) -> str:
    """The value `by` units away from `date`, at that unit's granularity."""
    if unit == "day":
        return day_value(date + dt.timedelta(days=by))
    if unit in {"week", "weekend"}:
        suffix = "-WE" if unit == "weekend" else ""
        return week_value(date + dt.timedelta(weeks=by)) + suffix
    if unit == "month":
        return month_value(*shift_months(date.year, date.month, by))
    if unit == "quarter":
        year, quarter = shift_quarters(*quarter_of(date), by)
        return f"{year}-Q{quarter}"
    if unit == "decade":
        return str(date.year // 10 + by)
    if unit == "century":
        return str(date.year // 100 + by)
    return str(date.year + by)


def unknown(unit: str) -> str:
    """The underspecified value of a unit when nothing anchors it."""
    return {
        "day": "XXXX-XX-XX",
        "week": "XXXX-WXX",
        "weekend": "XXXX-WXX-WE",
        "month": "XXXX-XX",
        "quarter": "XXXX-QX",
        "decade": "XXX",
        "century": "XX",
    }.get(unit, "XXXX")


def nearest_weekday(anchor: Anchor, weekday: int) -> dt.date | None:
    """The weekday meant by a bare name: the next one for future tense, else the last one.

    News reports what happened: a present-tense "Monday" is the last one too.
    """
    if anchor.date is None:
        return None
    delta = weekday - anchor.date.isoweekday()
    if delta == 0:
        return anchor.date
    if anchor.tense is not Tense.FUTURE:
        return anchor.date + dt.timedelta(days=delta - 7 if delta > 0 else delta)
    return anchor.date + dt.timedelta(days=delta if delta > 0 else delta + 7)


def nearest_year(anchor: Anchor, month: int, day: int = 15) -> int | None:
    """The year of a date written without one: the closest to publication, leaning by tense.

    A past-tense "Dec. 7" in late October is still this December if nothing else
    fits better; the tense costs a wrong-direction date nine months, so a past-tense
    "January" in late November is the January gone, not the one to come (six months
    had it two months ahead; timebank and aquaint values gain 0.2 and 0.1).
    """
    if anchor.date is None:
        return None
    best: tuple[int, int] | None = None
    for year in (anchor.date.year - 1, anchor.date.year, anchor.date.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            candidate = dt.date(year, month, 28)
        days = (candidate - anchor.date).days
        if anchor.not_after and days > 0:
            continue
        cost = abs(days)
        if (anchor.tense is Tense.PAST and days > 0) or (anchor.tense is Tense.FUTURE and days < 0):
            cost += 270
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1] if best else None


def duration(number: float | None, unit: str) -> str:
    """`P3M`, `PT4H`, `PXY` for an unknown number, `P20Y` for two decades.

    Decades are counted in years, so "for decades" is some number of years, `PXY`.
    """
    if unit == "decade":
        number, unit = (None if number is None else number * 10), "year"
    if unit == "century" and number is not None:
        number, unit = number * 100, "year"
    if unit == "weekend":
        return "P2D" if number is None else f"P{_amount(number * 2)}D"
    if unit == "quarter" and number is not None:
        number, unit = number * 3, "month"
    if number is not None and not float(number).is_integer() and unit in _SMALLER:
        return _mixed(number, unit)
    amount = "X" if number is None else _amount(number)
    prefix = "PT" if unit in CLOCK_UNITS else "P"
    return f"{prefix}{amount}{UNIT_CODES[unit]}"


def _mixed(number: float, unit: str) -> str:
    """TIMEX3 writes a fraction in the next unit down: 2.5 years is `P2Y6M`, 5.5 hours `PT5H30M`."""
    smaller, per = _SMALLER[unit]
    whole = int(number)
    part = round((number - whole) * per)
    if part == 0 or not float((number - whole) * per).is_integer():
        return f"{'PT' if unit in CLOCK_UNITS else 'P'}{_amount(number)}{UNIT_CODES[unit]}"
    head = f"{whole}{UNIT_CODES[unit]}" if whole else ""
    tail = f"{part}{UNIT_CODES[smaller]}"
    if unit in CLOCK_UNITS:
        return f"PT{head}{tail}"
    return f"P{head}T{tail}" if smaller in CLOCK_UNITS else f"P{head}{tail}"


def _amount(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"
