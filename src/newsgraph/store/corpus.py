"""Corpus entities: the same person or organisation across articles, merged conservatively.

A person merges on a full name (titles dropped: "Russian President Vladimir Putin" is
"vladimir putin"); a name with middle initials ("Donald J. Trump") also meets the same
name without them, unless another set of initials got there first (George W. and
George H. W. Bush stay two). A surname alone ("Putin") joins a full name only when the evidence
singles out one person with that surname (see `surnames`), whichever came first;
otherwise it stays its own entity, so two people who share a surname never merge.
Other types merge on their name or aliases.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from newsgraph.document import Document, Entity
from newsgraph.store.names import (
    display_name,
    given_name,
    is_full_name,
    name_key,
    plausible_person,
    surname,
    without_initials,
)
from newsgraph.store.schema import corpus_entities, corpus_entity_keys
from newsgraph.store.surnames import Chooser, Clue, clue, merge_strings

KeyRow = tuple[str, str, str]


@dataclass
class _Keys:
    """Lookup keys of one document entity."""

    entity: Entity
    full: set[str]
    single: str | None
    person: bool
    surnames: set[str] = field(default_factory=set)
    givens: set[str] = field(default_factory=set)

    @property
    def plain(self) -> set[str]:
        """A person's full names with middle initials, less the initials."""
        if not self.person:
            return set()
        return {p for k in self.full if (p := without_initials(k)) != k}


def _keys(entity: Entity) -> _Keys:
    person = entity.type == "PERSON"
    found = {name_key(n, person) for n in [entity.name, *entity.aliases]} - {""}
    full = {k for k in found if is_full_name(k)} if person else found
    single = None
    if person and not full and found:
        single = sorted(found, key=len, reverse=True)[0]
    names = [n for n in [entity.name, *entity.aliases] if person and plausible_person(n)]
    named = {name_key(n) for n in names} & full
    return _Keys(
        entity, full, single, person, {surname(k) for k in named}, set(map(given_name, named))
    )


def _wanted(keys: _Keys) -> set[KeyRow]:
    t = keys.entity.type
    rows = {(t, kind, k) for k in keys.full | keys.plain for kind in ("full", "plain")}
    rows |= {(t, "given", g) for g in keys.givens}
    for last in keys.surnames | ({keys.single} if keys.single else set()):
        rows |= {(t, kind, last) for kind in ("surname", "single", "given")}
    return rows


def _inflight(all_keys: list[_Keys], linked: dict[str, int]) -> dict[int, Clue]:
    """What this article says of each full-name person it names (not stored yet)."""
    out: dict[int, Clue] = {}
    for keys in all_keys:
        if keys.person and keys.full and keys.entity.id in linked:
            cid = linked[keys.entity.id]
            new = clue(keys.entity, linked.values())
            old = out.get(cid, new)
            out[cid] = Clue(old.roles | new.roles, old.genders | new.genders, new.company)
    return out


def _primary(keys: _Keys) -> KeyRow:
    """The key that names a new corpus entity: its own name's, else any of its keys."""
    t = keys.entity.type
    if keys.single is not None:
        return (t, "single", keys.single)
    own = name_key(keys.entity.name, keys.person)
    return (t, "full", own if own in keys.full else min(keys.full))


def _by_initials(keys: _Keys, lookup: dict[KeyRow, set[int]]) -> int | None:
    """The one person this name meets once middle initials are set aside, if only one.

    "Donald J. Trump" joins a stored "Donald Trump" unless that entity already took other
    initials; a plain "Donald Trump" joins the one stored name with initials it reduces to.
    """
    t = keys.entity.type
    found: set[int] = set()
    for plain in keys.plain:
        initialled = lookup.get((t, "plain", plain), set())
        found |= lookup.get((t, "full", plain), set()) - initialled
    for key in keys.full - keys.plain:
        found |= lookup.get((t, "plain", key), set())
    return found.pop() if len(found) == 1 else None


def _new_entity(entity: Entity) -> dict[str, Any]:
    return {
        "name": display_name(entity.name, entity.type == "PERSON"),
        "type": entity.type,
        "aliases": "[]",
        "roles": "[]",
        "mention_count": 0,
        "article_count": 0,
    }


class Linker:
    """Links one document's entities to corpus entities inside the ingest transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def link(self, doc: Document, independent: bool) -> dict[str, int]:
        """Full names first, then bare surnames (which may need them as context)."""
        all_keys = [k for k in map(_keys, doc.entities) if k.full or k.single]
        lookup = self._lookup(set().union(*(_wanted(k) for k in all_keys)))
        linked: dict[str, int] = {}
        new_rows: list[dict[str, Any]] = []
        chooser = Chooser(self.conn, {})
        for single in (False, True):
            phase = [k for k in all_keys if (k.single is not None) == single]
            chooser.inflight = _inflight(all_keys, linked)
            self._link_phase(phase, lookup, linked, chooser)
            for keys in phase:
                new_rows += self._new_keys(linked[keys.entity.id], keys, lookup)
        if new_rows:
            self.conn.execute(insert(corpus_entity_keys), new_rows)
        chooser.inflight = _inflight(all_keys, linked)
        self._reattach(all_keys, lookup, linked, chooser)
        self._record(doc, linked, independent)
        return linked

    def _reattach(
        self,
        all_keys: list[_Keys],
        lookup: dict[KeyRow, set[int]],
        linked: dict[str, int],
        chooser: Chooser,
    ) -> None:
        """Bare surnames stored before this article that it now ties to a person it names."""
        pairs = {
            (linked[k.entity.id], (k.entity.type, last)) for k in all_keys for last in k.surnames
        }
        for person, (t, last) in sorted(pairs):
            bare_ids = lookup.get((t, "single", last), set())
            candidates = lookup.get((t, "surname", last), set())
            given = lookup.get((t, "given", last), set())
            if (bare_ids or len(candidates) > 1) and not chooser.mostly_given(candidates, given):
                keep = set(linked.values())
                lookup[(t, "single", last)] = chooser.reattach(person, candidates, bare_ids, keep)

    def _link_phase(
        self,
        phase: list[_Keys],
        lookup: dict[KeyRow, set[int]],
        linked: dict[str, int],
        chooser: Chooser,
    ) -> None:
        """Resolve each entity; create the rest, one corpus entity per distinct name."""
        pending: dict[KeyRow, list[_Keys]] = defaultdict(list)
        context = set(linked.values())
        for keys in phase:
            corpus_id = self._resolve(keys, lookup, context, chooser)
            if corpus_id is None:
                pending[_primary(keys)].append(keys)
            else:
                linked[keys.entity.id] = corpus_id
        if not pending:
            return
        rows = [_new_entity(group[0].entity) for group in pending.values()]
        result = self.conn.execute(
            insert(corpus_entities).returning(corpus_entities.c.id, sort_by_parameter_order=True),
            rows,
        )
        for group, corpus_id in zip(pending.values(), result.scalars(), strict=True):
            for keys in group:
                linked[keys.entity.id] = corpus_id

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
        self,
        keys: _Keys,
        lookup: dict[KeyRow, set[int]],
        context: set[int],
        chooser: Chooser,
    ) -> int | None:
        t = keys.entity.type
        if keys.full:
            hits = set().union(*(lookup.get((t, "full", k), set()) for k in keys.full))
            own = lookup.get((t, "full", name_key(keys.entity.name, keys.person)), set())
            return min(own & hits or hits) if hits else _by_initials(keys, lookup)
        assert keys.single is not None
        people = lookup.get((t, "surname", keys.single), set())
        alone = lookup.get((t, "single", keys.single), set())
        given = lookup.get((t, "given", keys.single), set())
        if people and not chooser.mostly_given(people, given):
            found = chooser.choose(people, clue(keys.entity, context - people - alone))
            if found is not None:
                return found
        return min(alone) if alone else None

    def _new_keys(
        self, corpus_id: int, keys: _Keys, lookup: dict[KeyRow, set[int]]
    ) -> list[dict[str, Any]]:
        """Keys this entity adds to its corpus entity (noted in `lookup` at once)."""
        t = keys.entity.type
        rows = {(t, "full", k) for k in keys.full} | {(t, "given", g) for g in keys.givens}
        rows |= {(t, "surname", last) for last in keys.surnames}
        rows |= {(t, "plain", p) for p in keys.plain}
        if keys.single and not keys.full:
            people = lookup.get((t, "surname", keys.single), set())
            if corpus_id not in people:
                rows.add((t, "single", keys.single))
        new = [r for r in rows if corpus_id not in lookup.get(r, set())]
        for r in new:
            lookup[r].add(corpus_id)
        return [{"type": a, "kind": b, "key": c, "corpus_entity_id": corpus_id} for a, b, c in new]

    def _record(self, doc: Document, linked: dict[str, int], independent: bool) -> None:
        """Fold this article's names, roles and counts into its corpus entities."""
        if not linked:
            return
        by_corpus: dict[int, list[Entity]] = defaultdict(list)
        for entity in doc.entities:
            if entity.id in linked:
                by_corpus[linked[entity.id]].append(entity)
        c = corpus_entities.c
        query = select(corpus_entities).where(c.id.in_(by_corpus)).order_by(c.id).with_for_update()
        rows = [
            _updated(row, by_corpus[row["id"]], doc.published, independent)
            for row in self.conn.execute(query).mappings()
        ]
        self.conn.execute(_UPDATE, rows)


_UPDATE = (
    update(corpus_entities)
    .where(corpus_entities.c.id == bindparam("cid"))
    .values(
        aliases=bindparam("new_aliases"),
        roles=bindparam("new_roles"),
        mention_count=bindparam("new_mentions"),
        article_count=bindparam("new_articles"),
        first_seen=bindparam("new_first"),
        last_seen=bindparam("new_last"),
    )
)


def _updated(
    row: Any, group: list[Entity], published: dt.date | None, independent: bool
) -> dict[str, Any]:
    """A corpus entity's new aliases, roles and counts after one more article."""
    names = [n for e in group for n in [e.name, *e.aliases]]
    dates = [row["first_seen"], row["last_seen"], published if independent else None]
    known = [d for d in dates if d is not None]
    return {
        "cid": row["id"],
        "new_aliases": merge_strings(json.loads(row["aliases"]), names, exclude=row["name"]),
        "new_roles": merge_strings(json.loads(row["roles"]), [r for e in group for r in e.roles]),
        "new_mentions": row["mention_count"] + independent * sum(len(e.mentions) for e in group),
        "new_articles": row["article_count"] + independent,
        "new_first": min(known) if known else None,
        "new_last": max(known) if known else None,
    }
