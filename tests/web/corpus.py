"""A small corpus we wrote: four local news stories and one full of HTML tricks.

Documents are built by hand (entities, quotes, dates and counts located by search in
the text) so the web tests need no model; `store_corpus` writes them through the
store's own API.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.document import (
    Attribution,
    AttributionKind,
    Count,
    CountKind,
    Document,
    Entity,
    Source,
    Time,
    TimeType,
)
from newsgraph.store import open_store
from newsgraph.store.ingest import add_documents
from tests.store.conftest import _span

BROOK_QUOTE = "This wall will protect four thousand homes from the winter storms"
TRICKS = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'


@dataclass
class Story:
    """One article: a headline and paragraphs, with marks added by the text they cover."""

    id: str
    headline: str
    paragraphs: list[str]
    published: dt.date
    site_name: str
    entities: list[Entity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join([self.headline, *self.paragraphs])

    def entity(self, name: str, type: str, *aliases: str, roles: tuple[str, ...] = ()) -> str:
        local = f"E{len(self.entities) + 1}"
        mentions = [_span(self.text, form) for form in (name, *aliases)]
        self.entities.append(
            Entity(
                id=local,
                name=name,
                type=type,
                aliases=list(aliases),
                roles=list(roles),
                mentions=sorted(mentions, key=lambda s: s.start),
            )
        )
        return local

    def quote(self, speaker: str, cue: str, content: str, entity: str | None) -> None:
        at = _span(self.text, content)
        after = self.text.find(speaker, at.end)
        source = _span(self.text, speaker, at.end if after >= 0 else 0)
        self.attributions.append(
            Attribution(
                kind=AttributionKind.DIRECT,
                source=Source(**source.model_dump(), entity=entity),
                cue=_span(self.text, cue, at.start),
                content=at,
            )
        )

    def sourced(self, source: str, cue: str, content: str, kind: AttributionKind) -> Attribution:
        """An unnamed source and its cue before the content ('According to a memo, …'),
        found from the paragraph that holds the content."""
        at = _span(self.text, content)
        paragraph = self.text.rfind("\n", 0, at.start) + 1
        return Attribution(
            kind=kind,
            source=Source(**_span(self.text, source, paragraph).model_dump(), anonymous=True),
            cue=_span(self.text, cue, paragraph),
            content=at,
        )

    def time(self, words: str, value: str) -> None:
        self.times.append(
            Time(**_span(self.text, words).model_dump(), type=TimeType.DATE, value=value)
        )

    def count(self, words: str, value: float, unit: str, kind: CountKind = CountKind.COUNT) -> None:
        span = _span(self.text, words)
        self.counts.append(Count(**span.model_dump(), kind=kind, value=value, unit=unit))

    def build(self) -> Document:
        text = self.text
        paragraphs, after = [], len(self.headline)
        for paragraph in self.paragraphs:
            paragraphs.append(_span(text, paragraph, after))
            after = paragraphs[-1].end
        return Document(
            id=self.id,
            title=self.headline,
            published=self.published,
            site_name=self.site_name,
            text=text,
            headline=_span(text, self.headline),
            paragraphs=paragraphs,
            entities=self.entities,
            attributions=self.attributions,
            times=self.times,
            counts=self.counts,
        )


def _harbour_vote() -> Document:
    story = Story(
        "gazette-harbour-vote",
        "Council approves a new harbour wall after a long night",
        [
            "The city council voted on Monday to spend 12 million dollars on a new harbour wall.",
            f'"{BROOK_QUOTE}," said Mayor Elena Brook after the vote.',
            'Councillor Tom Reyes voted against the plan. "We are borrowing money we do not '
            'have for a wall we have not designed," Reyes said.',
        ],
        dt.date(2025, 3, 3),
        "Harbour Gazette",
    )
    brook = story.entity("Elena Brook", "PERSON", roles=("mayor",))
    reyes = story.entity("Tom Reyes", "PERSON", "Reyes", roles=("councillor",))
    story.quote("Mayor Elena Brook", "said", BROOK_QUOTE, brook)
    story.quote(
        "Reyes",
        "said",
        "We are borrowing money we do not have for a wall we have not designed",
        reyes,
    )
    story.time("on Monday", "2025-03-03")
    story.count("12 million dollars", 12_000_000, "USD", CountKind.MONEY)
    return story.build()


def _harbour_wire() -> Document:
    story = Story(
        "coastal-harbour-wall",
        "Harbour wall wins council backing",
        [
            f'"{BROOK_QUOTE}," Elena Brook told reporters on Tuesday.',
            "According to a council memo, the harbour master told staff that work on the wall "
            "would start in the autumn.",
        ],
        dt.date(2025, 3, 4),
        "Coastal Times",
    )
    brook = story.entity("Elena Brook", "PERSON")
    story.quote("Elena Brook", "told", BROOK_QUOTE, brook)
    work = "that work on the wall would start in the autumn"
    memo = story.sourced(
        "a council memo",
        "According to",
        f"the harbour master told staff {work}",
        AttributionKind.SOURCING,
    )
    memo.nested.append(story.sourced("the harbour master", "told", work, AttributionKind.INDIRECT))
    story.attributions.append(memo)
    story.time("on Tuesday", "2025-03-04")
    return story.build()


def _ferry_fares() -> Document:
    story = Story(
        "gazette-ferry-fares",
        "Mayor defends ferry fare rise",
        [
            "Mayor Elena Brook defended a 15 percent rise in ferry fares on Thursday.",
            '"Tom Reyes has never once offered a better way to pay for the ferries," Brook said.',
            "About 300 commuters signed a petition against the rise.",
        ],
        dt.date(2025, 3, 13),
        "Harbour Gazette",
    )
    brook = story.entity("Elena Brook", "PERSON", "Brook", roles=("mayor",))
    story.entity("Tom Reyes", "PERSON")
    story.quote(
        "Brook",
        "said",
        "Tom Reyes has never once offered a better way to pay for the ferries",
        brook,
    )
    story.time("on Thursday", "2025-03-13")
    story.count("15 percent", 15, "percent", CountKind.PERCENT)
    story.count("About 300 commuters", 300, "commuters")
    return story.build()


def _tricks() -> Document:
    """An article whose every field tries to inject markup: none of it may run."""
    story = Story(
        "ledger-tricks",
        f"Budget row {TRICKS}",
        [
            f"Councillor Dana <b>Whit</b> posted {TRICKS} on the council forum on Friday.",
            "\"I only wanted to test the forum's filters </span></p><script>window.pwned = 3"
            '</script>," said Dana <b>Whit</b>.',
            'A reader wrote "><svg onload="window.pwned = 4"> and {{ 7 * 7 }} in reply.',
        ],
        dt.date(2025, 3, 14),
        'Evening "Ledger" <i>',
    )
    whit = story.entity("Dana <b>Whit</b>", "PERSON", roles=("councillor <script>",))
    story.quote(
        "Dana <b>Whit</b>",
        "said",
        "I only wanted to test the forum's filters </span></p><script>window.pwned = 3</script>",
        whit,
    )
    story.time("on Friday", "2025-03-14")
    return story.build()


def documents() -> list[Document]:
    return [_harbour_vote(), _harbour_wire(), _ferry_fares(), _tricks()]


def store_corpus(path: Path) -> str:
    """Write the corpus into a fresh SQLite file; returns its path for `--db`."""
    with open_store(str(path)) as store:
        add_documents(store, documents())
    return str(path)
