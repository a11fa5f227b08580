"""Corpus entities: the same person or organisation across articles, merged conservatively.

A person merges on a full name (titles dropped: "Russian President Vladimir Putin" is
"vladimir putin"). A surname alone ("Putin") joins a full name only when exactly one
person with that surname is known *and* the article backs it (a shared role or a
co-occurring entity); otherwise it stays its own entity, so two people who share a
surname never merge. Other types merge on their name or aliases.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from newsgraph.document import Document, Entity
from newsgraph.store.names import display_name, is_full_name, name_key, surname
from newsgraph.store.schema import corpus_entities, corpus_entity_keys, entities

MAX_LIST = 30
KeyRow = tuple[str, str, str]


@dataclass
class _Keys:
    """Lookup keys of one document entity."""

    entity: Entity
    full: set[str]
    single: str | None
    person: bool
    rows: set[KeyRow] = field(default_factory=set)


def _keys(entity: Entity) -> _Keys:
    person = entity.type == "PERSON"
    found = {name_key(n, person) for n in [entity.name, *entity.aliases]} - {""}
    full = {k for k in found if is_full_name(k)} if person else found
    single = None
    if person and not full and found:
        single = sorted(found, key=len, reverse=True)[0]
    return _Keys(entity, full, single, person)


def _wanted(keys: _Keys) -> set[KeyRow]:
    t = keys.entity.type
    rows = {(t, "full", k) for k in keys.full}
    rows |= {(t, "surname", surname(k)) for k in keys.full if keys.person}
    if keys.single:
        rows |= {(t, "surname", keys.single), (t, "single", keys.single)}
    return rows


class Linker:
    """Links one document's entities to corpus entities inside the ingest transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def link(self, doc: Document, entity_ids: dict[str, int], independent: bool) -> None:
        all_keys = [_keys(e) for e in doc.entities]
        lookup = self._lookup(set().union(*(_wanted(k) for k in all_keys)))
        linked: dict[str, int] = {}
        for keys in sorted(all_keys, key=lambda k: k.single is not None):
            corpus_id = self._resolve(keys, lookup, set(linked.values()))
            if corpus_id is None:
                corpus_id = self._create(keys.entity)
            linked[keys.entity.id] = corpus_id
            self._add_keys(corpus_id, keys, lookup)
        self._record(doc, entity_ids, linked, independent)

    def _lookup(self, wanted: set[KeyRow]) -> dict[KeyRow, set[int]]:
        found: dict[KeyRow, set[int]] = defaultdict(set)
        if not wanted:
            return found
        c = corpus_entity_keys.c
        query = select(c.type, c.kind, c.key, c.corpus_entity_id).where(
            c.key.in_({k for _, _, k in wanted})
        )
        for type_, kind, key, corpus_id in self.conn.execute(query):
            if (type_, kind, key) in wanted:
                found[(type_, kind, key)].add(corpus_id)
        return found

    def _resolve(
        self, keys: _Keys, lookup: dict[KeyRow, set[int]], context: set[int]
    ) -> int | None:
        t = keys.entity.type
        if keys.full:
            hits = set().union(*(lookup.get((t, "full", k), set()) for k in keys.full))
            own = lookup.get((t, "full", name_key(keys.entity.name, keys.person)), set())
            return min(own & hits or hits) if hits else None
        assert keys.single is not None
        people = lookup.get((t, "surname", keys.single), set())
        if len(people) == 1 and self._backed(next(iter(people)), keys.entity, context):
            return next(iter(people))
        alone = lookup.get((t, "single", keys.single), set())
        return min(alone) if alone else None

    def _backed(self, corpus_id: int, entity: Entity, context: set[int]) -> bool:
        """Does the article support reading a bare surname as this known person?"""
        row = self.conn.execute(
            select(corpus_entities.c.roles).where(corpus_entities.c.id == corpus_id)
        ).scalar_one()
        roles = {r.lower() for r in json.loads(row)}
        if roles & {r.lower() for r in entity.roles}:
            return True
        if not context:
            return False
        mine = entities.alias("mine")
        query = (
            select(entities.c.corpus_entity_id)
            .join(mine, mine.c.article_id == entities.c.article_id)
            .where(mine.c.corpus_entity_id == corpus_id, entities.c.corpus_entity_id.in_(context))
            .limit(1)
        )
        return self.conn.execute(query).first() is not None

    def _create(self, entity: Entity) -> int:
        row = {
            "name": display_name(entity.name, entity.type == "PERSON"),
            "type": entity.type,
            "aliases": "[]",
            "roles": "[]",
            "mention_count": 0,
            "article_count": 0,
        }
        return int(
            self.conn.execute(
                insert(corpus_entities).returning(corpus_entities.c.id), row
            ).scalar_one()
        )

    def _add_keys(self, corpus_id: int, keys: _Keys, lookup: dict[KeyRow, set[int]]) -> None:
        t = keys.entity.type
        rows = {(t, "full", k) for k in keys.full}
        rows |= {(t, "surname", surname(k)) for k in keys.full if keys.person}
        if keys.single and not keys.full:
            people = lookup.get((t, "surname", keys.single), set())
            if corpus_id not in people:
                rows.add((t, "single", keys.single))
        new = [r for r in rows if corpus_id not in lookup.get(r, set())]
        if new:
            self.conn.execute(
                insert(corpus_entity_keys),
                [
                    {"type": a, "kind": b, "key": c, "corpus_entity_id": corpus_id}
                    for a, b, c in new
                ],
            )
            for r in new:
                lookup[r].add(corpus_id)

    def _record(
        self, doc: Document, entity_ids: dict[str, int], linked: dict[str, int], independent: bool
    ) -> None:
        if not linked:
            return
        self.conn.execute(
            update(entities)
            .where(entities.c.id == bindparam("eid"))
            .values(corpus_entity_id=bindparam("cid")),
            [{"eid": entity_ids[local], "cid": cid} for local, cid in linked.items()],
        )
        by_corpus: dict[int, list[Entity]] = defaultdict(list)
        for entity in doc.entities:
            by_corpus[linked[entity.id]].append(entity)
        for corpus_id, group in by_corpus.items():
            self._update_entity(corpus_id, group, doc.published, independent)

    def _update_entity(
        self, corpus_id: int, group: list[Entity], published: dt.date | None, independent: bool
    ) -> None:
        c = corpus_entities.c
        row = self.conn.execute(select(corpus_entities).where(c.id == corpus_id)).mappings().one()
        names = [n for e in group for n in [e.name, *e.aliases]]
        values: dict[str, Any] = {
            "aliases": _merge(json.loads(row["aliases"]), names, exclude=row["name"]),
            "roles": _merge(json.loads(row["roles"]), [r for e in group for r in e.roles]),
        }
        if independent:
            values["mention_count"] = row["mention_count"] + sum(len(e.mentions) for e in group)
            values["article_count"] = row["article_count"] + 1
            if published:
                values["first_seen"] = min(filter(None, [row["first_seen"], published]))
                values["last_seen"] = max(filter(None, [row["last_seen"], published]))
        self.conn.execute(update(corpus_entities).where(c.id == corpus_id).values(**values))


def _merge(current: list[str], new: list[str], exclude: str | None = None) -> str:
    """Add new distinct strings (case-insensitively) up to a cap; JSON for the column."""
    seen = {s.lower() for s in current} | ({exclude.lower()} if exclude else set())
    out = list(current)
    for item in new:
        if item.lower() not in seen and len(out) < MAX_LIST:
            out.append(item)
            seen.add(item.lower())
    return json.dumps(out)
