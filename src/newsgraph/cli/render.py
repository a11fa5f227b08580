"""The readable report `analyze --format pretty` prints."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsgraph.document import Attribution, BoilerplateKind, Count, Document

_CLIP = 160


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _CLIP else text[: _CLIP - 1] + "…"


def _speaker(doc: Document, attribution: Attribution) -> str:
    source = attribution.source
    if source is None:
        return "(no source)"
    names = {entity.id: entity.name for entity in doc.entities}
    if source.entity in names:
        return names[source.entity]
    return f"{source.text} (anonymous)" if source.anonymous else source.text


def _header(doc: Document) -> RenderableType:
    lines = Text()
    lines.append(doc.title or "(untitled)", style="bold")
    details = [str(doc.published or "date unknown")]
    details += [value for value in (doc.site_name, doc.author, doc.url) if value]
    credits = [b.text for b in doc.boilerplate if b.kind is BoilerplateKind.CREDIT]
    if credits:
        details.append("credit: " + ", ".join(dict.fromkeys(credits)))
    lines.append("\n" + " · ".join(details), style="dim")
    return Panel(lines, title=doc.id, title_align="left")


def _with_outer(
    doc: Document, attributions: list[Attribution], outer: str | None = None
) -> Iterator[tuple[Attribution, str | None]]:
    """Every attribution with the speaker of the one whose content holds it, if any."""
    for attribution in attributions:
        yield attribution, outer
        yield from _with_outer(doc, attribution.nested, _speaker(doc, attribution))


def _quotes(doc: Document) -> RenderableType | None:
    by_speaker: dict[str, list[tuple[Attribution, str | None]]] = defaultdict(list)
    for attribution, outer in _with_outer(doc, doc.attributions):
        by_speaker[_speaker(doc, attribution)].append((attribution, outer))
    if not by_speaker:
        return None
    table = Table(title="Who said what", show_lines=True, expand=True)
    table.add_column("speaker", style="bold cyan", ratio=1)
    table.add_column("kind", ratio=1)
    table.add_column("content", ratio=5)
    for speaker, items in by_speaker.items():
        for index, (item, outer) in enumerate(items):
            cue = f" ({item.cue.text})" if item.cue else ""
            via = f"\naccording to {outer}" if outer else ""
            table.add_row(
                speaker if index == 0 else "",
                item.kind.value + cue + via,
                _clip(item.content.text),
            )
    return table


def _entities(doc: Document) -> RenderableType | None:
    if not doc.entities:
        return None
    table = Table(title="Entities", expand=True)
    for column in ("name", "type", "mentions", "roles / aliases"):
        table.add_column(column)
    ranked = sorted(doc.entities, key=lambda e: len(e.mentions), reverse=True)
    for entity in ranked:
        extra = "; ".join(entity.roles + entity.aliases)
        table.add_row(entity.name, entity.type, str(len(entity.mentions)), _clip(extra))
    return table


def _count_value(count: Count) -> str:
    """`75`, `10–15` for a range, `>300` / `<50` for a hedged number, `?` if unknown."""
    if count.value is None:
        if count.low is not None and count.high is not None:
            return f"{count.low:g}–{count.high:g}"
        return "?"
    if count.low is not None and count.high is None:
        return f">{count.value:g}"
    if count.high is not None and count.low is None:
        return f"<{count.value:g}"
    return f"{count.value:g}"


def _times_and_counts(doc: Document) -> list[RenderableType]:
    out: list[RenderableType] = []
    if doc.times:
        table = Table(title="Dates and times", expand=True)
        for column in ("as written", "type", "value"):
            table.add_column(column)
        for time in doc.times:
            table.add_row(time.text, time.type.value, time.value or "?")
        out.append(table)
    if doc.counts:
        table = Table(title="Counts", expand=True)
        for column in ("as written", "kind", "value", "what"):
            table.add_column(column)
        for count in doc.counts:
            value = _count_value(count)
            what = " ".join([*count.modifiers, count.unit or ""]).strip()
            table.add_row(count.text, count.kind.value, value, what)
        out.append(table)
    return out


def render(doc: Document, console: Console) -> None:
    parts = [_header(doc), _quotes(doc), _entities(doc), *_times_and_counts(doc)]
    console.print(Group(*(part for part in parts if part is not None)))
