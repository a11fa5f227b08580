"""Sources: who a cue credits, chosen among the noun phrases the parse links to it.

Candidates: the cue's subject, the subject it inherits from the clause it
continues ("…, adding that"), the agent of a passive ("was reported by X"), the
object of "according to" / "per", the owner of a nominal cue ("Trump's claim",
"a statement from the union"), the person or organisation nearest in the
sentence, and no source at all. The learned ranker picks one; `source_span`
widens the chosen head to its noun phrase without relative clauses.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.nlp.attribution.content import trim
from newsgraph.nlp.attribution.context import DocContext, TokenRange
from newsgraph.nlp.attribution.cues import SUBJECTS
from newsgraph.nlp.attribution.lexicon import classes_of

_INHERITING = frozenset(
    {"xcomp", "conj", "advcl", "acl", "pcomp", "ccomp", "prep", "pobj", "relcl"}
)
_NOUN_SOURCES = frozenset({"by", "from", "of"})
_CUT = frozenset({"relcl", "acl", "advcl"})
_SOURCE_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


@dataclass(frozen=True)
class SourceCandidate:
    """A head token (None: no source) and how it relates to the cue."""

    head: Token | None
    way: str


def _subject_of(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in SUBJECTS:
            return child
    return None


def _inherited(cue: Token) -> SourceCandidate | None:
    """The subject of the clause this cue continues, up to three clauses up.

    A participle that reports ("…, adding that") continues the reporting clause;
    when the parser hangs it on the reported one instead, that clause's subject
    is not the speaker, so none is inherited (the speaker above is a candidate).
    """
    token, path = cue, []
    for _ in range(3):
        if token.dep_ not in _INHERITING or token.head is token:
            return None
        path.append(token.dep_)
        token = token.head
        subject = _subject_of(token)
        if subject is not None:
            if (
                _reported(token)
                and cue.tag_ == "VBG"
                and "speech" in classes_of(cue.lemma_.lower())
            ):
                return None
            return SourceCandidate(subject, "up:" + ">".join(path))
    return None


def _reported(clause: Token) -> bool:
    """A clause that is what a speech verb reports."""
    return clause.dep_ == "ccomp" and "speech" in classes_of(clause.head.lemma_.lower())


def _speaker_above(cue: Token) -> Token | None:
    """The subject of the nearest speech verb above the cue: in "X states that A is B,
    adding that C", the parser often hangs "adding" on "is"; X still speaks."""
    token = cue
    for _ in range(4):
        if token.head is token:
            return None
        token = token.head
        if "speech" in classes_of(token.lemma_.lower()):
            return _subject_of(token)
    return None


def _objects(token: Token, preps: frozenset[str]) -> list[Token]:
    found = []
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            found += [g for g in child.children if g.dep_ == "pobj"]
    return found


def source_candidates(cue: Token, context: DocContext) -> list[SourceCandidate]:
    found = [SourceCandidate(None, "none")]
    subject = _subject_of(cue)
    if subject is not None:
        found.append(SourceCandidate(subject, "subj"))
    else:
        inherited = _inherited(cue)
        if inherited is not None:
            found.append(inherited)
        speaker = _speaker_above(cue)
        if speaker is not None and (inherited is None or speaker is not inherited.head):
            found.append(SourceCandidate(speaker, "speaker-above"))
    found += [SourceCandidate(t, "agent") for t in _objects(cue, frozenset({"by"}))]
    if cue.lower_ in ("according", "per", "as"):
        targets = _objects(cue, frozenset({"to"})) + [c for c in cue.children if c.dep_ == "pobj"]
        found += [SourceCandidate(t, "according") for t in targets]
    if cue.pos_ in ("NOUN", "PROPN"):
        found += [SourceCandidate(c, "poss") for c in cue.children if c.dep_ == "poss"]
        found += [SourceCandidate(t, "noun-of") for t in _objects(cue, _NOUN_SOURCES)]
    if cue.dep_ == "relcl" and subject is None:
        found.append(SourceCandidate(cue.head, "antecedent"))
    taken = {c.head.i for c in found if c.head is not None}
    nearest = _nearest_entity(cue, context, taken)
    if nearest is not None:
        found.append(SourceCandidate(nearest, "nearest"))
    return found


def _nearest_entity(cue: Token, context: DocContext, taken: set[int]) -> Token | None:
    options = [
        ent.root
        for ent in context.entities[context.sentence_of[cue.i]]
        if ent.label_ in _SOURCE_ENTS
        and ent.root.i not in taken
        and context.in_quote[ent.root.i] < 0
    ]
    return min(options, key=lambda t: abs(t.i - cue.i), default=None)


def source_span(head: Token) -> TokenRange:
    """The noun phrase a source head stands for, without clauses hung on it.

    As PARC marks it: an appositive stays with its closing comma ("Jane Doe, a
    spokeswoman, said"), and a bracket opened inside is closed ("(R-Utah)").
    """
    if head.tag_ in ("WP", "WDT") or head.pos_ == "PRON":
        return head.i, head.i + 1
    doc = head.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    for child in head.rights:
        if child.dep_ in _CUT:
            end = min(end, child.left_edge.i)
    for child in head.lefts:
        if child.dep_ in _CUT:
            start = max(start, child.right_edge.i + 1)
    start, end = trim(doc, start, max(end, head.i + 1))
    if not start <= head.i < end:
        return head.i, head.i + 1
    if end < len(doc) and _closes(doc[end].text, [t.text for t in doc[start:end]]):
        end += 1
    return start, end


def _closes(following: str, words: list[str]) -> bool:
    """The bracket or appositive comma the phrase opened, which PARC keeps with it."""
    if following == ")":
        return words.count("(") > words.count(")")
    return following == "," and "," in words


def _bucket(n: int) -> str:
    for limit in (0, 1, 2, 4, 8, 16):
        if n <= limit:
            return str(limit)
    return "far"


def source_features(cue: Token, candidate: SourceCandidate, context: DocContext) -> list[str]:
    lemma = cue.lemma_.lower()
    way = candidate.way
    feats = [f"r={way}", f"r|l={way}|{lemma}", f"r|d={way}|{cue.dep_}", f"r|p={way}|{cue.pos_}"]
    head = candidate.head
    if head is None:
        subject = _subject_of(cue)
        feats += [f"none|l={lemma}", f"none|d={cue.dep_}", f"none|subj={subject is not None}"]
        feats.append(f"none|t={cue.tag_}")
        return feats
    kind = head.ent_type_ or head.pos_
    feats += [f"k={kind}", f"r|k={way}|{kind}", f"dist={_bucket(abs(head.i - cue.i))}"]
    feats += [f"side={'L' if head.i < cue.i else 'R'}", f"hd={head.dep_}"]
    if head.pos_ == "PRON" or head.tag_ in ("WP", "WDT"):
        feats += [f"pron={head.lower_}", f"r|pron={way}|{head.lower_}"]
    else:
        feats.append(f"hl={head.lemma_.lower()}")
    feats.append(f"inq={context.in_quote[head.i] >= 0}")
    return feats
