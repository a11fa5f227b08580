"""Mentions over time as plain SVG geometry: bars a template draws, no JavaScript needed."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.store.models import TimelinePoint

WIDTH, HEIGHT, PAD, WIDEST = 600, 160, 24, 24.0


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: list[Bar]
    first: str
    last: str
    peak: int


def timeline_chart(points: list[TimelinePoint]) -> Chart | None:
    """One bar per publication date, height by mentions; None when nothing is dated."""
    dated = [(p.date, p) for p in points if p.date is not None]
    if not dated:
        return None
    first, last = dated[0][0], dated[-1][0]
    peak = max(p.mentions for _, p in dated) or 1
    slot = (WIDTH - 2 * PAD) / ((last - first).days + 1)
    bars = []
    for day, point in dated:
        height = (HEIGHT - 2 * PAD) * point.mentions / peak
        bars.append(
            Bar(
                x=round(PAD + (day - first).days * slot, 1),
                y=round(HEIGHT - PAD - height, 1),
                width=round(min(max(slot * 0.8, 2.0), WIDEST), 1),
                height=round(height, 1),
                label=f"{day.isoformat()}: {point.mentions} mentions in {point.articles} articles",
            )
        )
    return Chart(WIDTH, HEIGHT, bars, first.isoformat(), last.isoformat(), peak)
