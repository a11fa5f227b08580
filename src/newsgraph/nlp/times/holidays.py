"""Holidays news dates things by: fixed days, and the movable ones computed for any year."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from newsgraph.nlp.times.calendar import Anchor, Tense

Result = tuple[str, str | None]


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth (1-based; -1 for the last) given ISO weekday of a month."""
    if nth > 0:
        first = dt.date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + dt.timedelta(days=offset + 7 * (nth - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _election_day(year: int) -> dt.date:
    """US Election Day: the Tuesday after the first Monday of November."""
    return _nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)


def _after_easter(days: int) -> Callable[[int], dt.date]:
    return lambda year: easter(year) + dt.timedelta(days=days)


def _after_thanksgiving(days: int) -> Callable[[int], dt.date]:
    return lambda year: _nth_weekday(year, 11, 4, 4) + dt.timedelta(days=days)


HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "new year's day": lambda y: dt.date(y, 1, 1),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "easter": easter,
    "easter sunday": easter,
    "memorial day": lambda y: _nth_weekday(y, 5, 1, -1),
    "independence day": lambda y: dt.date(y, 7, 4),
    "the fourth of july": lambda y: dt.date(y, 7, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 1, 1),
    "halloween": lambda y: dt.date(y, 10, 31),
    "election day": _election_day,
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 4, 4),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "christmas": lambda y: dt.date(y, 12, 25),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 1, 3),
    "martin luther king jr. day": lambda y: _nth_weekday(y, 1, 1, 3),
    "presidents day": lambda y: _nth_weekday(y, 2, 1, 3),
    "presidents' day": lambda y: _nth_weekday(y, 2, 1, 3),
    "st. patrick's day": lambda y: dt.date(y, 3, 17),
    "st patrick's day": lambda y: dt.date(y, 3, 17),
    "good friday": _after_easter(-2),
    "easter monday": _after_easter(1),
    "father's day": lambda y: _nth_weekday(y, 6, 7, 3),
    "juneteenth": lambda y: dt.date(y, 6, 19),
    "columbus day": lambda y: _nth_weekday(y, 10, 1, 2),
    "bonfire night": lambda y: dt.date(y, 11, 5),
    "guy fawkes night": lambda y: dt.date(y, 11, 5),
    "veterans day": lambda y: dt.date(y, 11, 11),
    "remembrance day": lambda y: dt.date(y, 11, 11),
    "armistice day": lambda y: dt.date(y, 11, 11),
    "black friday": _after_thanksgiving(1),
    "cyber monday": _after_thanksgiving(4),
    "boxing day": lambda y: dt.date(y, 12, 26),
}


def holiday_names() -> str:
    """The holidays as one regular-expression alternation, longest first, either apostrophe."""
    names = sorted(HOLIDAYS, key=len, reverse=True)
    return "|".join(re.escape(name).replace("'", "['’]") for name in names)


_CLOSE = 21  # days: a holiday this near ahead is the one a past-tense story looks to
_HOLIDAY = re.compile(r"(?:(last|this|next) )?(.+?)(?:,? (\d{4}))?")


def holiday(text: str, anchor: Anchor) -> Result | None:
    """`Thanksgiving`, `last Christmas`, `Easter 2016`, `Election Day`, `Easter week`."""
    if text.endswith(" week") and text[:-5] in HOLIDAYS:
        found = holiday(text[:-5], Anchor(anchor.date, Tense.PRESENT))
        if found is None or found[1] is None:
            return found
        year, week, _ = dt.date.fromisoformat(found[1]).isocalendar()
        return "DATE", f"{year}-W{week:02d}"
    match = _HOLIDAY.fullmatch(text)
    if match is None or match.group(2) not in HOLIDAYS:
        return None
    day_of = HOLIDAYS[match.group(2)]
    if match.group(3):
        return "DATE", day_of(int(match.group(3))).isoformat()
    if anchor.date is None:
        return "DATE", None
    year = anchor.date.year
    candidates = [day_of(y) for y in (year - 1, year, year + 1)]
    relative = match.group(1)
    coming = min((d for d in candidates if d >= anchor.date), default=candidates[-1])
    if relative is None and anchor.tense is Tense.PAST and (coming - anchor.date).days <= _CLOSE:
        return "DATE", coming.isoformat()  # 'was ready to stay over Christmas', a week before
    if relative == "last" or (relative is None and anchor.tense is Tense.PAST):
        chosen = max((d for d in candidates if d <= anchor.date), default=candidates[0])
    elif relative == "next" or anchor.tense is Tense.FUTURE:
        chosen = coming
    else:
        chosen = day_of(year)
    return "DATE", chosen.isoformat()
