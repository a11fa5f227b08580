"""Document entities: spaCy's mentions grouped into one entity per real-world name."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.nlp.extensions import attribute, register_extensions

REPORTED_TYPES = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)


def mention_bounds(span: Span) -> tuple[int, int]:
    """Character bounds of a mention without a leading 'the' or a trailing possessive."""
    tokens = list(span)
    while tokens and (tokens[-1].text in {"'s", "’s", "'", "’"} or tokens[-1].is_punct):
        tokens.pop()
    while tokens and tokens[0].lower_ == "the":
        tokens.pop(0)
    if not tokens:
        return span.start_char, span.start_char
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def name_key(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).lower()


class EntityGrouper:
    """Group mentions by name; a surname alone joins the one full name that ends with it."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        groups: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        text = doc.text  # built from every token on each access: read it once
        for ent in doc.ents:
            if ent.label_ not in REPORTED_TYPES:
                continue
            start, end = mention_bounds(ent)
            if end > start:
                groups[(name_key(text[start:end]), ent.label_)].append((start, end))
        doc._.set(attribute("entities"), self._entities(text, groups))
        return doc

    def _entities(
        self, text: str, groups: dict[tuple[str, str], list[tuple[int, int]]]
    ) -> list[dict[str, Any]]:
        merged = _merge_surnames(groups)
        out = []
        for number, ((_, label), mentions) in enumerate(merged.items(), start=1):
            forms = sorted({text[s:e] for s, e in mentions}, key=len, reverse=True)
            out.append(
                {
                    "id": f"E{number}",
                    "name": forms[0],
                    "type": label,
                    "aliases": forms[1:],
                    "roles": [],
                    "mentions": [{"start": s, "end": e} for s, e in sorted(mentions)],
                }
            )
        return out


def _merge_surnames(
    groups: dict[tuple[str, str], list[tuple[int, int]]],
) -> dict[tuple[str, str], list[tuple[int, int]]]:
    people = [key for key, label in groups if label == "PERSON" and " " in key]
    merged: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for (key, label), mentions in groups.items():
        target = (key, label)
        if label == "PERSON" and " " not in key:
            fuller = [p for p in people if p.split()[-1] == key]
            if len(fuller) == 1:
                target = (fuller[0], label)
        merged.setdefault(target, []).extend(mentions)
    return merged
