"""Page furniture in plain-text news: headline, byline, repeated captions, glued credits.

Nothing is deleted. The layout marks spans, and `analysis_text` masks boilerplate
with spaces (same length), so every offset the NLP layer produces still indexes
the text the user gave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from newsgraph.document import Boilerplate, BoilerplateKind, Span

AGENCIES = (
    "Reuters",
    "AP",
    "AFP",
    "Getty Images",
    "Getty",
    "EPA",
    "EPA-EFE",
    "Associated Press",
    "Bloomberg",
    "Xinhua",
    "TASS",
    "Sputnik",
    "Anadolu",
    "Shutterstock",
    "Alamy",
    "PA",
    "PA Wire",
    "PA Media",
    "dpa",
    "DPA",
    "ANP",
)
AGENCY_PATTERN = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
# A caption's last word runs straight into the agency name: "...Jewish MuseumReuters".
_GLUED_CREDIT = re.compile(rf"(?<=[a-z0-9.)\]’”'\"])(?:{AGENCY_PATTERN})(?:/[\w .-]+)?\s*$")
_CREDIT_LINE = re.compile(
    rf"^\s*[(\[]?\s*(?:(?:photo|image|picture|photograph|credit|source)s?\s*(?:credit)?\s*[:/]"
    rf"|(?:{AGENCY_PATTERN})\s*(?:photo|images?)\b|image copyright\b).*$",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|der|den|van|von|da|di|del|du|la|le|al|bin))*"
_NOT_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "then"}
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "now", "today", "tonight", "early", "late", "noon"}
)
# "By Jane Doe", "BY JANE DOE AND JOHN ROE", "By Jane Doe, Reuters", "By Jane Doe | Energy editor"
_BYLINE = re.compile(
    rf"^(?:By|BY)\s+(?P<names>{_NAME}(?:\s*(?:,|and|AND|&)\s*{_NAME})*?)"
    rf"(?:\s*(?:[,|]|\s[-–—]\s)\s*[^.!?]{{0,60}})?$"
)
_BYLINE_LINES = 4  # a byline sits right under the headline
# "(Reporting by Jane Doe in Nairobi; Editing by John Roe)": a wire story's last line,
# each part a task and the names who did it
_WIRE_CREDIT = re.compile(
    rf"(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|research)"
    rf"(?:\s+and\s+[a-z]+)?\s+by)\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
    rf"(?:\s+in\s+{_NAME})?"
)
_WIRE_CREDIT_LINES = 3  # it closes the story
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff\u2028\u2029]")
_WORD = re.compile(r"\w+")
_HEADLINE_MAX_WORDS = 30


@dataclass
class Line:
    start: int
    end: int
    text: str


@dataclass
class Layout:
    """Where the headline, paragraphs and boilerplate of a text are."""

    headline: Span | None = None
    paragraphs: list[Span] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    author: str | None = None  # the names in the byline


def _lines(text: str) -> list[Line]:
    """Non-empty lines with offsets, trimmed of surrounding white space."""
    lines = []
    for match in re.finditer(r"[^\r\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if stripped:
            start = match.start() + len(raw) - len(raw.lstrip())
            lines.append(Line(start, start + len(stripped), stripped))
    return lines


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _looks_like_headline(line: Line, title: str | None, n_lines: int) -> bool:
    if title and _words(title) == _words(line.text):
        return True
    words = line.text.split()
    if n_lines < 2 or len(words) > _HEADLINE_MAX_WORDS:
        return False
    capitalised = sum(w[:1].isupper() for w in words if len(w) > 3)
    long_words = sum(len(w) > 3 for w in words) or 1
    return not line.text.endswith((".", ",", ";")) or capitalised / long_words >= 0.6


def _repeats(line: Line, headline: Line) -> bool:
    """A caption or headline line printed again: same words, maybe with more glued on."""
    head, other = _words(headline.text), _words(line.text)
    if not head or len(other) < len(head):
        return False
    return other[: len(head)] == head or (
        len(set(head) & set(other)) >= 0.8 * len(set(head)) and len(other) <= 2 * len(head)
    )


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _mark(text: str, start: int, end: int, kind: BoilerplateKind) -> Boilerplate:
    return Boilerplate(start=start, end=end, text=text[start:end], kind=kind)


def _caption_marks(text: str, line: Line, kind: BoilerplateKind) -> list[Boilerplate]:
    """The caption itself, and the credit glued to it reported on its own."""
    glued = _GLUED_CREDIT.search(line.text)
    if not glued:
        return [_mark(text, line.start, line.end, kind)]
    credit_start = line.start + glued.start()
    marks = [_mark(text, credit_start, line.end, BoilerplateKind.CREDIT)]
    if credit_start > line.start:
        marks.insert(0, _mark(text, line.start, credit_start, kind))
    return marks


def _is_repeat(line: Line, index: int, headline: Line | None, previous: Line | None) -> bool:
    """The headline printed again near the top, or any line printed twice in a row."""
    if headline is not None and index <= 3 and _repeats(line, headline):
        return True
    return previous is not None and _words(line.text) == _words(previous.text)


def byline_names(line: str) -> str | None:
    """The author names a byline gives ('By Jane Doe and John Roe, Reuters')."""
    found = _BYLINE.match(line)
    if found is None or found.group("names").split()[0].lower() in _NOT_NAMES:
        return None  # "By Monday, Talks Had Collapsed" is a deck, not a byline
    return " ".join(found.group("names").split())


def _furniture(text: str, lines: list[Line], headline: Line | None) -> list[Boilerplate]:
    marks: list[Boilerplate] = []
    previous: Line | None = None
    for index, line in enumerate(lines):
        if line is headline:
            previous = line
            continue
        if index < _BYLINE_LINES and byline_names(line.text):
            marks.append(_mark(text, line.start, line.end, BoilerplateKind.BYLINE))
        elif _is_repeat(line, index, headline, previous):
            marks += _caption_marks(text, line, BoilerplateKind.HEADLINE_REPEAT)
        elif _GLUED_CREDIT.search(line.text) and len(line.text.split()) <= 60:
            marks += _caption_marks(text, line, BoilerplateKind.CAPTION)
        elif _a_credit(line.text, closing=index >= len(lines) - _WIRE_CREDIT_LINES):
            marks.append(_mark(text, line.start, line.end, BoilerplateKind.CREDIT))
        previous = line
    return marks


def _a_credit(line: str, closing: bool) -> bool:
    """A photo credit ('Photo: Jane Doe/Reuters'), or a wire story's closing credits."""
    if _CREDIT_LINE.match(line) and len(line.split()) <= 25:
        return True
    if not closing or len(line.split()) > 40:
        return False
    parts = line.strip().strip("()[]").split(";")
    return all(_WIRE_CREDIT.fullmatch(p.strip()) for p in parts)


def _blank_between(text: str, before: Line, after: Line) -> bool:
    gap = text[before.end : after.start].replace("\r\n", "\n").replace("\r", "\n")
    return gap.count("\n") >= 2


def _paragraphs(text: str, lines: list[Line], skipped: list[Line]) -> list[Span]:
    """Body paragraphs: lines run together up to a blank line (or every line is one,
    when the text has no blank lines); the headline and boilerplate stand apart."""
    has_blank = any(_blank_between(text, a, b) for a, b in pairwise(lines))
    groups: list[list[Line]] = []
    for line in lines:
        if any(line is other for other in skipped):
            groups.append([])
            continue
        last = groups[-1] if groups else []
        if last and not (has_blank and _blank_between(text, last[-1], line)):
            last.append(line)
        else:
            groups.append([line])
        if not has_blank:
            groups.append([])
    return [_span(text, g[0].start, g[-1].end) for g in groups if g]


def layout(text: str, title: str | None = None) -> Layout:
    """Find the headline, paragraphs and boilerplate of a plain-text article."""
    lines = _lines(text)
    headline = None
    if lines and _looks_like_headline(lines[0], title, len(lines)):
        headline = lines[0]
    marks = _furniture(text, lines, headline)
    skipped = [line for line in lines if line is headline or covered(line.start, line.end, marks)]
    bylines = [m.text for m in marks if m.kind == BoilerplateKind.BYLINE]
    return Layout(
        headline=_span(text, headline.start, headline.end) if headline else None,
        paragraphs=_paragraphs(text, lines, skipped),
        boilerplate=marks,
        author=byline_names(bylines[0]) if bylines else None,
    )


def analysis_text(text: str, boilerplate: list[Boilerplate]) -> str:
    """The text the NLP layer reads: same length, boilerplate blanked, odd spaces plain."""
    chars = list(_SPACES.sub(" ", text).replace("\r\n", " \n").replace("\r", "\n"))
    for mark in boilerplate:
        for i in range(mark.start, mark.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def covered(start: int, end: int, boilerplate: list[Boilerplate]) -> bool:
    """Whether a span overlaps boilerplate (and so must not be reported)."""
    return any(start < mark.end and end > mark.start for mark in boilerplate)
