"""A surname alone ("Putin"): which known person it means, decided the same in either order.

A bare surname joins a full-name person only when the evidence singles that person out
among everyone known with the surname: a shared role first, else an entity both appear
with; a clash of courtesy titles ("Mr." against "Mrs.") rules a person out. The test runs
when a bare surname arrives (against the people stored) and again when a person gains an
article (against the bare surnames stored that this article newly backs), so an article
that says only "Putin" ends the same whether it came before "Vladimir Putin" or after.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import Connection, delete, func, insert, select, update

from newsgraph.document import Entity
from newsgraph.store.names import display_name, honorifics, is_full_name, name_key, shouted
from newsgraph.store.schema import articles, corpus_entities, corpus_entity_keys, entities

MAX_LIST = 30


@dataclass(frozen=True)
class Clue:
    """What an article says of a person: roles, courtesy-title genders, entities around."""

    roles: frozenset[str]
    genders: frozenset[str]
    company: frozenset[int]
    shouted: bool = False


def clue(entity: Entity, company: Iterable[int]) -> Clue:
    names = [entity.name, *entity.aliases, *(m.text for m in entity.mentions)]
    roles = frozenset(r.lower() for r in entity.roles)
    return Clue(roles, honorifics(names), frozenset(company), shouted(entity.name))


@dataclass(frozen=True)
class Bare:
    """A stored bare-surname entity row that may move to a person."""

    row_id: int
    corpus_id: int
    entity: Entity
    clue: Clue


def merge_strings(current: list[str], new: list[str], exclude: str | None = None) -> str:
    """Add new distinct strings (case-insensitively) up to a cap; JSON for the column."""
    seen = {s.lower() for s in current} | ({exclude.lower()} if exclude else set())
    out = list(current)
    for item in new:
        if item.lower() not in seen and len(out) < MAX_LIST:
            out.append(item)
            seen.add(item.lower())
    return json.dumps(out)


def _clash(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b and not a & b)


def _pick(found: list[int]) -> int | None:
    return found[0] if len(found) == 1 else None


def _decide(bare: Clue, known: dict[int, Clue]) -> int | None:
    """A shared role first, else shared company; a courtesy-title clash rules out."""
    if bare.shouted:
        return None
    fit = [c for c in sorted(known) if not _clash(bare.genders, known[c].genders)]
    by_role = [c for c in fit if bare.roles & known[c].roles]
    if by_role:
        return _pick(by_role)
    return _pick([c for c in fit if bare.company & known[c].company])


def _open(bare: Clue, known: dict[int, Clue], person: int) -> bool:
    """Could `person` still win this bare surname, given the people asked so far?"""
    if bare.shouted or _clash(bare.genders, known[person].genders):
        return False
    if bare.roles:
        return True
    fit = [k for k in known.values() if not _clash(bare.genders, k.genders)]
    backers = sum(bool(bare.company & k.company) for k in fit)
    return bool(bare.company & known[person].company) and backers < 2


class Chooser:
    """Decides bare surnames inside one article's linking; `inflight` is that article."""

    def __init__(self, conn: Connection, inflight: dict[int, Clue]) -> None:
        self.conn = conn
        self.inflight = inflight

    def choose(self, candidates: set[int], bare: Clue) -> int | None:
        """The one candidate the evidence singles out, else None (ambiguous or unbacked)."""
        return _decide(bare, self.known(candidates, bare.company))

    def mostly_given(self, candidates: set[int], given: set[int]) -> bool:
        """Is the word more often someone's first name ("Donald") than these surnames?"""
        others = given - candidates
        if not others:
            return False
        c = corpus_entities.c
        query = select(c.id, c.article_count).where(c.id.in_(others | candidates))
        sizes: dict[int, int] = {i: n for i, n in self.conn.execute(query)}
        return sum(sizes.get(i, 0) for i in others) >= sum(sizes.get(i, 0) for i in candidates)

    def known(self, candidates: set[int], company: Iterable[int]) -> dict[int, Clue]:
        """Each candidate's roles and titles, and which of `company` it has appeared with."""
        c = corpus_entities.c
        query = select(c.id, c.name, c.aliases, c.roles).where(c.id.in_(candidates))
        met = self.met(candidates, company)
        out = {}
        for cid, name, aliases, roles in self.conn.execute(query):
            now = self.inflight.get(cid, Clue(frozenset(), frozenset(), frozenset()))
            out[cid] = Clue(
                frozenset(r.lower() for r in json.loads(roles)) | now.roles,
                honorifics([name, *json.loads(aliases)]) | now.genders,
                frozenset(met[cid]) | now.company,
            )
        return out

    def met(self, people: set[int], company: Iterable[int]) -> dict[int, set[int]]:
        """Which of `company` each person appears with in a stored article."""
        wanted = set(company)
        met: dict[int, set[int]] = defaultdict(set)
        for person in people if wanted else ():
            theirs = select(entities.c.article_id).where(entities.c.corpus_entity_id == person)
            query = (
                select(entities.c.corpus_entity_id)
                .distinct()
                .where(entities.c.corpus_entity_id.in_(wanted), entities.c.article_id.in_(theirs))
            )
            met[person] = set(self.conn.execute(query).scalars())
        return met

    def reattach(
        self, person: int, candidates: set[int], bare_ids: set[int], keep: set[int]
    ) -> set[int]:
        """Re-decide the stored bare surnames this article's evidence about `person` touches.

        Only rows whose article shares an entity `person` had never appeared with before
        (or a role it gains here) are looked at: the rest were decided on the evidence
        they would be now. A namesake's row that `person` now also backs goes back to
        the bare surname; a bare row `person` alone backs moves to it. Returns the
        bare-surname entities afterwards (emptied ones removed, never one in `keep`).
        """
        now = self.inflight[person]
        fresh = now.company - candidates - bare_ids
        fresh -= self.met({person}, fresh)[person]
        bare_ids = bare_ids | self._detach(person, candidates, bare_ids, fresh)
        every = bool(now.roles) and self._new_role(person, bare_ids)
        rows = _bare_rows(self.conn, bare_ids, None if every else fresh)
        loaded = self._loaded(rows, candidates | bare_ids)
        mine = self._won(person, candidates, loaded) if loaded else []
        return bare_ids - (move(self.conn, mine, person, keep) if mine else set())

    def _loaded(self, rows: list[_Row], skip: set[int]) -> list[Bare]:
        if not rows:
            return []
        return _load(self.conn, rows, _company(self.conn, {r.article for r in rows}, skip))

    def _detach(
        self, person: int, candidates: set[int], bare_ids: set[int], fresh: AbstractSet[int]
    ) -> set[int]:
        """Namesakes' bare-surname rows that `person` now also backs return to the bare
        surname (created if it is gone); returns that entity's id, if any moved."""
        others = candidates - {person}
        if not others or not fresh:
            return set()
        rows = [r for r in _bare_rows(self.conn, others, fresh) if r.bare]
        loaded = self._loaded(rows, candidates | bare_ids)
        if not loaded:
            return set()
        held = {b.corpus_id for b in loaded}
        known = self.known(held | {person}, set().union(*(b.clue.company for b in loaded)))
        lost = [b for b in loaded if _decide(b.clue, _pair(known, b.corpus_id, person)) is None]
        if not lost:
            return set()
        home = min(bare_ids) if bare_ids else _new_bare(self.conn, lost[0].entity)
        move(self.conn, lost, home, set())
        return {home}

    def _won(self, person: int, candidates: set[int], rows: list[Bare]) -> list[Bare]:
        """The rows `person` wins; the most-seen namesakes are asked first, so rows that
        two people share company with (the common case) are dropped after few queries."""
        known: dict[int, Clue] = {}
        for candidate in [person, *self._by_size(candidates - {person})]:
            company = set().union(*(b.clue.company for b in rows))
            known |= self.known({candidate}, company)
            rows = [b for b in rows if _open(b.clue, known, person)]
            if not rows:
                return []
        return [b for b in rows if _decide(b.clue, known) == person]

    def _by_size(self, ids: set[int]) -> list[int]:
        c = corpus_entities.c
        query = select(c.id).where(c.id.in_(ids)).order_by(c.article_count.desc(), c.id)
        return list(self.conn.execute(query).scalars())

    def _new_role(self, person: int, bare_ids: set[int]) -> bool:
        """Does this article give `person` a role that some bare surname also carries?"""
        c = corpus_entities.c
        query = select(c.id, c.roles).where(c.id.in_(bare_ids | {person}))
        roles = {cid: {r.lower() for r in json.loads(rs)} for cid, rs in self.conn.execute(query)}
        new = self.inflight[person].roles - roles.pop(person, set())
        return any(new & r for r in roles.values())


class _Row(NamedTuple):
    id: int
    corpus_id: int
    article: int
    local_id: str
    name: str

    @property
    def bare(self) -> bool:
        """Was it written as a surname alone (not a full name that linked here)?"""
        return not is_full_name(name_key(self.name))


def _pair(known: dict[int, Clue], held: int, person: int) -> dict[int, Clue]:
    return {held: known[held], person: known[person]}


def _new_bare(conn: Connection, entity: Entity) -> int:
    """A fresh bare-surname entity for rows no person can be singled out for any more."""
    row = {
        "name": display_name(entity.name),
        "type": entity.type,
        "aliases": "[]",
        "roles": "[]",
        "mention_count": 0,
        "article_count": 0,
    }
    new = conn.execute(insert(corpus_entities).returning(corpus_entities.c.id), row)
    corpus_id = int(new.scalar_one())
    key = {"corpus_entity_id": corpus_id, "type": entity.type, "kind": "single"}
    conn.execute(insert(corpus_entity_keys), key | {"key": name_key(entity.name)})
    return corpus_id


def _bare_rows(
    conn: Connection, bare_ids: set[int], company: AbstractSet[int] | None
) -> list[_Row]:
    """Rows of the bare-surname entities: all, or those in articles with `company`."""
    if not bare_ids:
        return []
    e = entities.c
    query = select(e.id, e.corpus_entity_id, e.article_id, e.local_id, e.name).where(
        e.corpus_entity_id.in_(bare_ids)
    )
    if company is not None:
        if not company:
            return []
        near = select(entities.c.article_id).where(entities.c.corpus_entity_id.in_(company))
        query = query.where(entities.c.article_id.in_(near))
    return [_Row(*r) for r in conn.execute(query)]


def _company(conn: Connection, ids: set[int], skip: set[int]) -> dict[int, set[int]]:
    """The corpus entities of each article, less the surname's own people."""
    company: dict[int, set[int]] = defaultdict(set)
    query = select(entities.c.article_id, entities.c.corpus_entity_id).where(
        entities.c.article_id.in_(ids), entities.c.corpus_entity_id.is_not(None)
    )
    for article, cid in conn.execute(query):
        if cid not in skip:
            company[article].add(cid)
    return company


def _load(conn: Connection, rows: list[_Row], company: dict[int, set[int]]) -> list[Bare]:
    """The rows' document entities, read back from their articles' stored documents."""
    if not rows:
        return []
    ids = {r.article for r in rows}
    query = select(articles.c.id, articles.c.document).where(articles.c.id.in_(ids))
    docs: dict[int, str] = {article: doc for article, doc in conn.execute(query)}
    out = []
    for row in rows:
        found = [e for e in json.loads(docs[row.article])["entities"] if e["id"] == row.local_id]
        entity = Entity.model_validate(found[0])
        out.append(Bare(row.id, row.corpus_id, entity, clue(entity, company[row.article])))
    return out


def move(conn: Connection, rows: list[Bare], target: int, keep: set[int]) -> set[int]:
    """Relink bare rows (their mentions and quotes follow) and fold names, roles, counts."""
    sources = {b.corpus_id for b in rows}
    _lock(conn, sources | {target})
    conn.execute(
        update(entities)
        .where(entities.c.id.in_([b.row_id for b in rows]))
        .values(corpus_entity_id=target)
    )
    _fold(conn, target, [b.entity for b in rows])
    for cid in sources | {target}:
        recount(conn, cid)
    left = select(entities.c.corpus_entity_id).where(entities.c.corpus_entity_id.in_(sources))
    gone = sources - keep - set(conn.execute(left).scalars())
    if gone:
        conn.execute(
            delete(corpus_entity_keys).where(corpus_entity_keys.c.corpus_entity_id.in_(gone))
        )
        conn.execute(delete(corpus_entities).where(corpus_entities.c.id.in_(gone)))
    return gone


def _lock(conn: Connection, ids: set[int]) -> None:
    """Hold these rows until commit (PostgreSQL), in id order so lockers queue, not deadlock."""
    c = corpus_entities.c
    conn.execute(select(c.id).where(c.id.in_(ids)).order_by(c.id).with_for_update()).all()


def _fold(conn: Connection, target: int, moved: list[Entity]) -> None:
    c = corpus_entities.c
    name, aliases, roles = conn.execute(
        select(c.name, c.aliases, c.roles).where(c.id == target)
    ).one()
    names = [n for e in moved for n in [e.name, *e.aliases]]
    conn.execute(
        update(corpus_entities)
        .where(c.id == target)
        .values(
            aliases=merge_strings(json.loads(aliases), names, exclude=name),
            roles=merge_strings(json.loads(roles), [r for e in moved for r in e.roles]),
        )
    )


def recount(conn: Connection, corpus_id: int) -> None:
    """Counts and dates from the stored rows: articles that are not wire copies."""
    e, a = entities.c, articles.c
    articles_n, mentions_n, first, last = conn.execute(
        select(
            func.count(func.distinct(e.article_id)),
            func.coalesce(func.sum(e.mention_count), 0),
            func.min(a.published),
            func.max(a.published),
        )
        .select_from(entities.join(articles, e.article_id == a.id))
        .where(e.corpus_entity_id == corpus_id, a.duplicate_of.is_(None))
    ).one()
    conn.execute(
        update(corpus_entities)
        .where(corpus_entities.c.id == corpus_id)
        .values(
            article_count=articles_n, mention_count=mentions_n, first_seen=first, last_seen=last
        )
    )
