"""The mentions-over-time chart: bars placed by date, sized by mentions."""

from __future__ import annotations

import datetime as dt

from newsgraph.store.models import TimelinePoint
from newsgraph.web.chart import HEIGHT, PAD, WIDEST, timeline_chart


def _point(day: int | None, mentions: int) -> TimelinePoint:
    date = dt.date(2025, 3, day) if day else None
    return TimelinePoint(date=date, articles=1, mentions=mentions)


def test_bars_follow_dates_and_mentions() -> None:
    chart = timeline_chart([_point(None, 9), _point(1, 2), _point(3, 4)])
    assert chart is not None
    assert (chart.first, chart.last, chart.peak) == ("2025-03-01", "2025-03-03", 4)
    low, high = chart.bars
    assert low.x < high.x
    assert high.height == HEIGHT - 2 * PAD
    assert low.height == high.height / 2
    assert high.label == "2025-03-03: 4 mentions in 1 articles"


def test_one_date_gives_one_narrow_bar() -> None:
    chart = timeline_chart([_point(5, 1)])
    assert chart is not None and len(chart.bars) == 1
    assert chart.bars[0].width == WIDEST


def test_nothing_dated_gives_no_chart() -> None:
    assert timeline_chart([_point(None, 3)]) is None
    assert timeline_chart([]) is None
