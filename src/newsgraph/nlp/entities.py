"""Document entities: repaired mentions grouped into one entity per real-world name.

Output shape (read by attribution and coreference, keep it stable):
`{id, name, type, aliases, roles, mentions: [{start, end}]}`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import dropwhile, takewhile
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.nlp.attribution.lexicon import gender_of_name, gender_of_word
from newsgraph.nlp.entity_repair import Mention, first_line_end, name_key, repaired_mentions
from newsgraph.nlp.entity_roles import roles_of
from newsgraph.nlp.extensions import attribute, doc_text, register_extensions

# what spaCy calls a surname written alone ("Mendes told …" as a product); never a place,
# so "Washington" after "George Washington" stays the city
_SURNAME_MISREAD = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW"})
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? $")
_ACRONYM_SKIPPED = frozenset({"of", "the", "and", "for", "in", "on", "at", "&", "de", "du", "la"})


@dataclass
class Cluster:
    """Mentions of one entity, in text order, and the type they agree on."""

    label: str
    mentions: list[Mention] = field(default_factory=list)

    def forms(self, text: str) -> list[str]:
        """Distinct forms as written, fullest first (the canonical name leads); of two
        spellings, the one in running text ('Lisbon', not the dateline's 'LISBON')."""
        seen: dict[str, str] = {}
        for mention in self.mentions:
            written = " ".join(text[mention.start : mention.end].split())
            key = name_key(written)
            if key not in seen or (seen[key].isupper() and not written.isupper()):
                seen[key] = written
        return sorted(seen.values(), key=lambda form: (-len(form.split()), -len(form)))


class EntityGrouper:
    """Group repaired mentions: same name, a surname into its full name, an acronym into
    its expansion; then attach the titles and descriptions the text gives each one."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        clusters = cluster_mentions(text, repaired_mentions(doc, text))
        doc._.set(attribute("entities"), entity_dicts(doc, text, clusters))
        return doc


def cluster_mentions(text: str, mentions: list[Mention]) -> list[Cluster]:
    """One cluster per name; short forms join a full form met earlier in the text."""
    by_key: dict[tuple[str, str], Cluster] = {}
    order: list[Cluster] = []
    for mention in mentions:
        key = (mention.key(text), mention.label)
        cluster = by_key.get(key)
        if cluster is not None and not _fits(text, mention, cluster):
            cluster = None  # 'Mr Fairweather' after 'Mrs Fairweather'
        cluster = cluster or _fuller(text, mention, order)
        if cluster is None:
            cluster = Cluster(mention.label)
            order.append(cluster)
        by_key.setdefault(key, cluster)
        cluster.mentions.append(mention)
    return _surnames_named_first(text, order)


def _surnames_named_first(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """A surname or a company's first word the headline writes before the story gives the
    full name ('Okafor completes move' above 'Emeka Okafor has joined'; 'Veltrax to cut
    jobs' above 'Veltrax Semiconductor') is that one person or organisation, when only
    one has it. In the body, a surname before any full name stays apart."""
    headline_end = first_line_end(text)
    out = list(clusters)
    for short in clusters:
        if short.label not in ("PERSON", "ORG") or not 0 <= short.mentions[0].start < headline_end:
            continue
        forms = short.forms(text)
        if any(" " in name_key(f) for f in forms):
            continue
        key = name_key(forms[0])
        if _acronym(forms[0]):  # 'EU summit opens' above 'European Union leaders'
            fuller = [c for c in out if c is not short and _spelled_by(forms[0], short, c, text)]
        else:
            fuller = [c for c in out if c is not short and _full_form_of(text, key, short, c)]
        if len(fuller) == 1:
            short.mentions = sorted(short.mentions + fuller[0].mentions, key=lambda m: m.start)
            out.remove(fuller[0])
    return out


def _spelled_by(acronym: str, short: Cluster, cluster: Cluster, text: str) -> bool:
    """The name whose initials the acronym is ('DNC' is not 'DNC Rules Committee')."""
    key = name_key(acronym)
    return cluster.label == short.label and any(
        _stands_for(acronym, key, form, short.label, cluster.label) for form in cluster.forms(text)
    )


def _full_form_of(text: str, key: str, short: Cluster, cluster: Cluster) -> bool:
    if cluster.label != short.label:
        return False
    forms = cluster.forms(text)
    if short.label == "ORG":
        return any(len(name_key(f).split()) > 1 and _stands_in(f, key, False) for f in forms)
    return any(_stands_for(key, key, form, "PERSON", "PERSON") for form in forms)


def _fuller(text: str, mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """The entity a short form stands for: the nearest earlier full name it ends,
    or the name an acronym spells. Two people sharing a surname each keep theirs:
    the surname goes to the one named most recently."""
    written = text[mention.start : mention.end]
    key = name_key(written)
    if mention.label == "ORG" and " " not in key:
        found = _organisation_by_word(text, key, clusters, _definite(text, mention))
        if found is not None:
            return found
    surname = " " not in key and mention.label in _SURNAME_MISREAD
    if not (surname or _acronym(written)):  # only these can stand for a fuller name
        return None
    addressed = _addressed_as(text, mention)
    best: tuple[int, Cluster] | None = None
    for cluster in clusters:
        for form in cluster.forms(text):
            if not _stands_for(written, key, form, mention.label, cluster.label):
                continue
            if addressed is not None and gender_of_name(form) not in (None, addressed):
                continue  # 'Mrs Fairweather' is not Alan Fairweather
            last = max(m.start for m in cluster.mentions)
            if best is None or last > best[0]:
                best = (last, cluster)
    if best is None and surname and addressed is not None:
        paired = _named_with_another(text, written, addressed, clusters)
        if paired is not None:
            return paired
    if best is None and mention.label == "PERSON":
        return _first_named(text, key, clusters)
    return best[1] if best else None


def _fits(text: str, mention: Mention, cluster: Cluster) -> bool:
    """A surname after 'Mr' is not the woman's whose it was after 'Mrs', nor the reverse."""
    addressed = _addressed_as(text, mention)
    if addressed is None:
        return True
    known = {_addressed_as(text, m) for m in cluster.mentions}
    known |= {gender_of_name(f) for f in cluster.forms(text)}
    return not (known - {None, addressed})


def _addressed_as(text: str, mention: Mention) -> str | None:
    """'m' or 'f' for a surname after 'Mr' or 'Mrs', 'Ms', 'Miss'."""
    before = _HONORIFIC_BEFORE.search(text, max(0, mention.start - 6), mention.start)
    return gender_of_word(before.group(1)) if before else None


def _named_with_another(
    text: str, surname: str, addressed: str, clusters: list[Cluster]
) -> Cluster | None:
    """'Margaret and Alan Fairweather … Mrs Fairweather': the first name set before
    another's full name shares the surname, and the title says which of the two it is."""
    for cluster in clusters:
        if cluster.label != "PERSON":
            continue
        for form in cluster.forms(text):
            if " " in form or gender_of_name(form) != addressed:
                continue  # a first name the title fits; 'Clinton and Donald Trump' pairs none
            if f"{form} and " not in text:
                continue  # the search below is costly; most names are never paired so
            together = rf"\b{re.escape(form)} and [A-Z][\w'’-]+ {re.escape(surname)}\b"
            if re.search(together, text):
                return cluster
    return None


def _first_named(text: str, key: str, clusters: list[Cluster]) -> Cluster | None:
    """'since before Tom had a shop': a first name alone is the one person named in full
    with it, when only one is."""
    found = [
        cluster
        for cluster in clusters
        if cluster.label == "PERSON"
        and any(len(w := name_key(f).split()) > 1 and w[0] == key for f in cluster.forms(text))
    ]
    return found[0] if len(found) == 1 else None


def _definite(text: str, mention: Mention) -> bool:
    """'the Commission', 'the Times'."""
    return _THE_BEFORE.search(text[max(0, mention.start - 6) : mention.start]) is not None


def _organisation_by_word(
    text: str, key: str, clusters: list[Cluster], definite: bool
) -> Cluster | None:
    """'the Commission' after 'the European Commission', 'the Federation' after 'the
    Federation of Jewish Communities', 'Nordhalle' after 'Nordhalle Semiconductor',
    'United' after 'Ravenport United': the one organisation named with that head noun or
    (without 'the') first word; none when two are, as 'United' after two clubs of that name."""
    if key == "house":  # alone it names a chamber of parliament, never the White House
        return None
    found = [
        cluster
        for cluster in clusters
        if cluster.label == "ORG"
        and any(_stands_in(form, key, definite) for form in cluster.forms(text))
    ]
    return found[0] if len(found) == 1 else None


def _stands_in(form: str, key: str, definite: bool) -> bool:
    words = name_key(form).split()
    first = not definite and len(words) >= 2 and words[0] == key
    return first or (_head_noun(form) == key and (definite or words[-1] == key))


def _head_noun(form: str) -> str | None:
    """The noun a name of several words is built on: its last word before 'of', 'for' …"""
    words = list(dropwhile(lambda w: w in _ACRONYM_SKIPPED, name_key(form).split()))
    own = list(takewhile(lambda w: w not in _ACRONYM_SKIPPED, words))
    return own[-1] if len(words) >= 2 and own else None


def _stands_for(written: str, key: str, form: str, label: str, target: str) -> bool:
    words = name_key(form).split()
    if len(words) < 2:
        return False
    if target == "PERSON" and label in _SURNAME_MISREAD and " " not in key:
        return words[-1] == key
    if _acronym(written):
        initials = "".join(w[0] for w in words if w not in _ACRONYM_SKIPPED)
        capitals = "".join(w[0] for w in form.split() if w[:1].isupper()).lower()
        return key in (initials, capitals) and target in {"ORG", "GPE", "LOC", "FAC", "NORP"}
    return False


def _acronym(written: str) -> bool:
    return written.isupper() and 2 <= len(written) <= 6 and written.isalpha()


def entity_dicts(doc: Doc, text: str, clusters: list[Cluster]) -> list[dict[str, Any]]:
    out = []
    for number, cluster in enumerate(clusters, start=1):
        forms = cluster.forms(text)
        out.append(
            {
                "id": f"E{number}",
                "name": forms[0],
                "type": cluster.label,
                "aliases": forms[1:],
                "roles": roles_of(doc, cluster.mentions) if cluster.label == "PERSON" else [],
                "mentions": [{"start": m.start, "end": m.end} for m in cluster.mentions],
            }
        )
    return out
