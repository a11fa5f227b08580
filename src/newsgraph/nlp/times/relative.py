"""Relative and deictic expressions: `yesterday`, `last week`, `two days ago`, `that day`.

Each resolves against the anchor: the publication date, the tense of the verb,
and the day the story last named.
"""

from __future__ import annotations

import re

from newsgraph.nlp.numbers import parse_number
from newsgraph.nlp.times import calendar as cal
from newsgraph.nlp.times.calendar import Anchor, Tense
from newsgraph.nlp.times.dates import weekday_phrase

Result = tuple[str, str | None]

UNIT = r"(second|minute|hour|day|week|weekend|month|quarter|year|decade|century|centurie)s?"

NUMBER = (
    r"(?:\d+ [13]/[24]|\d+(?:\.\d+)?|a|an|one|a few|a couple of|several|some|many|"
    r"\w+ (?:and )?a half|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]?\w*|\w+teen|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|hundreds of)"
)

_SHORT_UNITS = frozenset({"second", "minute", "hour", "day", "week"})
_STORY_DAY = re.compile(
    r"(?:earlier |later )?(?:that|the same|that same|the next|the following|the previous|"
    r"the preceding) (?:day|morning|afternoon|evening|night)|the day (?:before|after)"
)

DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

RELATIVE_WORDS = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "this past": -1,
    "this": 0,
    "current": 0,
    "the current": 0,
    "next": 1,
    "coming": 1,
    "the coming": 1,
    "the next": 1,
    "this coming": 1,
    "the past": -1,
    "the last": -1,
    "the previous": -1,
    "the same": 0,
    "the following": 1,
    "the": 0,
}

# "The following year" counts from the year the story wrote out, not from publication.
_ANAPHORIC = frozenset({"the following", "the previous"})
_RELATIVE = "|".join(sorted(RELATIVE_WORDS, key=len, reverse=True))


def deictic_day(text: str, anchor: Anchor) -> Result | None:
    match = re.fullmatch(
        r"(today|tonight|yesterday|tomorrow|last night|this (morning|afternoon|evening)"
        r"|(yesterday|tomorrow) (morning|afternoon|evening|night))",
        text,
    )
    if not match:
        return None
    words = text.split()
    offset = DEICTIC_DAYS.get(words[0], -1 if words[0] == "last" else 0)
    part = cal.PARTS_OF_DAY.get(words[-1])
    if anchor.date is None:
        return ("TIME" if part else "DATE"), "XXXX-XX-XX" + (f"T{part}" if part else "")
    day = cal.shift(anchor.date, "day", offset)
    return ("TIME", f"{day}T{part}") if part else ("DATE", day)


def relative_unit(text: str, anchor: Anchor) -> Result | None:
    """`last week`, `this month`, `next year`, `the coming weekend`, `last fall`, `last April`."""
    match = re.fullmatch(rf"({_RELATIVE}) (\w+)", text)
    if not match:
        return None
    by, word = RELATIVE_WORDS[match.group(1)], match.group(2)
    if match.group(1) == "the" and word != "weekend":
        return None
    if word in cal.SEASONS:
        return _season(anchor, cal.SEASONS[word], by if match.group(1) != "this past" else 0)
    month = cal.month_of(word)
    if month is not None and len(word) > 3:
        return _relative_month(anchor, month, by)
    weekday = cal.weekday_of(word)
    if weekday is not None:
        return weekday_phrase(word, anchor, by)
    unit = word
    if unit not in cal.UNIT_CODES or unit in cal.CLOCK_UNITS:
        return None
    if unit == "year" and anchor.story_year and match.group(1) in _ANAPHORIC:
        return "DATE", str(anchor.story_year + by)
    if anchor.date is None:
        return "DATE", cal.unknown(unit)
    if unit == "weekend" and anchor.tense is Tense.PAST and by == 0:
        by = -1 if anchor.date.isoweekday() < 6 else 0
    if unit == "day" or _ten_years_back(match.group(1), unit):
        return "DURATION", cal.duration(1, unit)
    return "DATE", cal.shift(anchor.date, unit, by)


def _ten_years_back(relative: str, unit: str) -> bool:
    """ "Over the past decade" is the ten years up to now, which in 1998 are mostly not
    the 1980s: a duration, unlike "last decade" or "the past year"."""
    return unit in {"decade", "century"} and relative in {"the past", "the last"}


def _season(anchor: Anchor, code: str, by: int) -> Result:
    """'last summer' written in November is the summer just gone, in the same year; 'next
    spring' written in January is this year's (winter, straddling two years, counts by
    year)."""
    if anchor.date is None:
        return "DATE", f"XXXX-{code}"
    year, month = anchor.date.year, anchor.date.month
    months = cal.SEASON_MONTHS.get(code)
    if months is not None and by < 0 and month > months[1]:
        by += 1
    elif months is not None and by > 0 and month < months[0]:
        by -= 1
    return "DATE", f"{year + by}-{code}"


def _relative_month(anchor: Anchor, month: int, by: int) -> Result:
    if anchor.date is None:
        return "DATE", f"XXXX-{month:02d}"
    year = anchor.date.year
    if by < 0 and month >= anchor.date.month:
        year -= 1
    if by > 0 and month <= anchor.date.month:
        year += 1
    return "DATE", cal.month_value(year, month)


def offset_phrase(text: str, anchor: Anchor) -> Result | None:
    """`two days ago`, `a year earlier`, `three weeks from now`.

    "Ago" and "from now" count from publication. "Three days later" counts from
    some event in the story, so a short one is kept as the duration it names; "a year
    later" counts from the year the story last wrote out.
    """
    match = re.fullmatch(
        rf"({NUMBER}) {UNIT} (ago|earlier|before|later|after|from now|hence)", text
    )
    if not match:
        return None
    number = parse_number([match.group(1)])
    unit = match.group(2).replace("centurie", "century")
    if match.group(3) in {"earlier", "before", "later", "after"} and unit in _SHORT_UNITS:
        return "DURATION", cal.duration(number, unit)
    if number is None or not number.is_integer():
        return "DATE", "PAST_REF" if match.group(3) in {"ago", "earlier", "before"} else None
    by = int(number) * (-1 if match.group(3) in {"ago", "earlier", "before"} else 1)
    if unit in cal.CLOCK_UNITS:
        return "TIME", None
    if unit == "year" and by > 0 and anchor.story_year is not None:
        return "DATE", str(anchor.story_year + by)  # 'in 2019 … a year later': 2020
    if anchor.date is None:
        return "DATE", cal.unknown(unit)
    return "DATE", cal.shift(anchor.date, unit, by)


def story_day(text: str, anchor: Anchor) -> Result | None:
    """`that day`, `the next day`, `the day before`: counted from the day the story last named."""
    match = _STORY_DAY.fullmatch(text)
    if match is None:
        return None
    if anchor.story_day is None:
        return "DATE", "XXXX-XX-XX"
    words = text.split()
    by = 1 if words[-1] in {"after", "later"} or words[1] in {"next", "following"} else 0
    by = -1 if words[-1] in {"before", "earlier"} or words[1] in {"previous", "preceding"} else by
    return "DATE", cal.shift(anchor.story_day, "day", by)


def month_relative_year(text: str, anchor: Anchor) -> Result | None:
    """`June last year`, `January this year`, `March next year`."""
    match = re.fullmatch(r"(\w+) (last|this|next) year", text)
    month = cal.month_of(match.group(1)) if match else None
    if match is None or month is None:
        return None
    if anchor.date is None:
        return "DATE", f"XXXX-{month:02d}"
    by = RELATIVE_WORDS[match.group(2)]
    return "DATE", cal.month_value(anchor.date.year + by, month)
