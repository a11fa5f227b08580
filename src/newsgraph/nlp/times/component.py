"""The `newsgraph_times` component: TIMEX3 times anchored on the publication date."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp.extensions import attribute, register_extensions
from newsgraph.nlp.times.calendar import Anchor
from newsgraph.nlp.times.normalize import normalize
from newsgraph.nlp.times.recognize import candidates, tense_at

_EXPLICIT_QUARTER = re.compile(r"^(?!.*(?:ago|earlier|before|year-)).*quarter", re.I)
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_WORD_STARTS = re.compile(r"(?:^|(?<=\s))\S")


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
        text = doc.text  # rebuilt from every token on each access: read it once
        for start, end in candidates(doc, text):
            anchor = Anchor(published, tense_at(doc, start, end), day)
            found = resolve(text, start, end, anchor, previous)
            if found is None:
                continue
            start, end, kind, value = found
            if value and "-Q" in value and _EXPLICIT_QUARTER.search(text[start:end]):
                previous = value
            day = _named_day(value) or day
            out.append({"start": start, "end": end, "type": kind, "value": value})
        return out


def _named_day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value and _DAY.match(value) else None
    except ValueError:
        return None


def resolve(
    text: str, start: int, end: int, anchor: Anchor, previous: str | None
) -> tuple[int, int, str, str | None] | None:
    """Normalise a candidate; if that fails, its tail ("coup d'etat last year" → "last year")."""
    for shrink in _WORD_STARTS.finditer(text[start:end]):
        try:
            result = normalize(text[start + shrink.start() : end], anchor, previous)
        except (ValueError, OverflowError):  # a date past the calendar's ends
            return None
        if result is not None and (shrink.start() == 0 or result[1] is not None):
            return start + shrink.start(), end, result[0], result[1]
        if shrink.start() > 0 and len(text[start:end].split()) > 6:
            break
    return None
