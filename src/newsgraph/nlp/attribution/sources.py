"""Sources: who a cue credits, chosen among the noun phrases the parse links to it.

Candidates: the cue's subject, the subject it inherits from the clause it
continues ("…, adding that"), the agent of a passive ("was reported by X"), the
object of "according to" / "per", the owner of a nominal cue ("Trump's claim",
"a statement from the union", "a Trump tweet"), the person or organisation nearest in the
sentence, the nearest subject before the cue (for a verb the parser cut off from
its own), the noun of a framing phrase ("in a new poll"), and no source at all.
The learned ranker picks one; `source_span` widens the chosen head to its whole
noun phrase, as PARC marks sources, and `source_core` gives the name or
description inside it that coreference reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.nlp.attribution.content import is_quote_mark, open_bracket, trim
from newsgraph.nlp.attribution.context import DocContext, TokenRange
from newsgraph.nlp.attribution.cues import (
    SUBJECTS,
    a_word_of_saying,
    frame_object,
    name_read_as_modal,
    poll_framed_by,
    spaced_dash,
    subject_of,
)
from newsgraph.nlp.attribution.lexicon import (
    DOCUMENT_HEADS,
    ORGANISATION_HEADS,
    PERSON_HEADS,
    PHRASE_PRONOUNS,
)
from newsgraph.nlp.extensions import word_start
from newsgraph.nlp.times.recognize import TIME_LABELS

_INHERITING = frozenset(
    {"xcomp", "conj", "advcl", "acl", "pcomp", "ccomp", "prep", "pobj", "relcl"}
)
_NOUN_SOURCES = frozenset({"by", "from", "of"})
_CLAUSES = frozenset({"relcl", "acl", "advcl"})
_REPORTED = frozenset({"ccomp", "parataxis"})
_OPENING = frozenset({"“", "‘", "«", "„"})
_SOURCE_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_PLACE_PREPOSITIONS = frozenset({"outside", "inside", "behind", "beyond"})


@dataclass(frozen=True)
class SourceCandidate:
    """A head token (None: no source) and how it relates to the cue."""

    head: Token | None
    way: str


def _subject_of(token: Token) -> Token | None:
    """The verb's subject, or a surname the parser read as its modal ("May said")."""
    subject = subject_of(token)
    if subject is None:
        return next((c for c in token.children if name_read_as_modal(c)), None)
    return _past_fronted_place(_past_dateline(_past_fronted_participle(subject)))


def _past_fronted_participle(head: Token) -> Token:
    """'Writing on Facebook, the shadow health secretary, Daniel Acheson, accused': the
    parser may take the participle a sentence opens with for the subject and the speaker
    for an apposition inside it."""
    if head.tag_ != "VBG" or head.left_edge.i != head.i:
        return head
    doc = head.doc
    return next(
        (
            t
            for t in head.subtree
            if t.dep_ == "appos"
            and t.pos_ in ("NOUN", "PROPN")
            and doc[t.left_edge.i - 1].text == ","
        ),
        head,
    )


def _past_fronted_place(head: Token) -> Token:
    """'Outside court, the council's chief executive, Ruth Allardyce, said': the parser
    may take the place a sentence opens with for the subject and the speaker for its
    apposition."""
    doc = head.doc
    opener = doc[head.left_edge.i]
    fronted = opener.tag_ == "IN" or opener.lower_ in _PLACE_PREPOSITIONS
    if not fronted or head.i + 1 >= len(doc) or doc[head.i + 1].text != ",":
        return head
    return next((c for c in head.children if c.dep_ == "appos" and c.i > head.i + 1), head)


def _past_dateline(head: Token) -> Token:
    """'WASHINGTON -- President Obama, …, said': the parser may take the dateline for the
    subject and the name after its dash for an apposition or a second subject; the name
    is the speaker."""
    doc = head.doc
    if not (head.is_upper and head.i + 1 < len(doc) and _breaks(doc[head.i + 1])):
        return head
    appositions = [c for c in head.children if c.dep_ == "appos"]
    subjects = [c for c in head.head.children if c.dep_ in SUBJECTS]
    return next((c for c in appositions + subjects if c.i > head.i + 1), head)


def _inherited(cue: Token) -> SourceCandidate | None:
    """The subject of the clause this cue continues, up to three clauses up.

    A participle that reports ("…, adding that") continues the reporting clause;
    when the parser hangs it on the reported one instead, that clause's subject
    is not the speaker, so none is inherited (the speaker above is a candidate).
    """
    token, path = cue, []
    for _ in range(3):
        if token.dep_ not in _INHERITING:
            return None
        path.append(token.dep_)
        token = token.head
        subject = _subject_of(token)
        if subject is not None:
            continues_report = cue.tag_ == "VBG" or not _could_speak(subject)
            if _reported(token) and continues_report and a_word_of_saying(cue):
                return None  # 'said the offer was fair and warned that …': not the offer
            return SourceCandidate(subject, "up:" + ">".join(path))
    return None


def _could_speak(subject: Token) -> bool:
    """A pronoun, a name, or a word for people, bodies or documents; not 'the offer'."""
    lemma = subject.lemma_.lower()
    return (
        subject.pos_ in ("PRON", "PROPN")
        or subject.ent_type_ in _SOURCE_ENTS
        or lemma in PERSON_HEADS | ORGANISATION_HEADS | DOCUMENT_HEADS
    )


def _reported(clause: Token) -> bool:
    """A clause that is what a speech verb reports."""
    return clause.dep_ == "ccomp" and a_word_of_saying(clause.head)


def _speaker_above(cue: Token) -> Token | None:
    """The subject of the nearest speech verb above the cue: in "X states that A is B,
    adding that C", the parser often hangs "adding" on "is"; X still speaks. The root is
    its own head, so a cue that is the root offers its own subject."""
    token = cue
    for _ in range(4):
        token = token.head
        if a_word_of_saying(token):
            return _subject_of(token)
    return None


def _objects(token: Token, preps: frozenset[str]) -> list[Token]:
    found = []
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            found += [g for g in child.children if g.dep_ == "pobj"]
    return found


def source_candidates(cue: Token, context: DocContext) -> list[SourceCandidate]:
    poll = poll_framed_by(cue)
    if poll is not None:
        return [SourceCandidate(poll, "frame")]  # 'In the latest Harbour Post poll, …'
    found = [SourceCandidate(None, "none")]
    subject = _unquoted(_subject_of(cue), cue, context)
    if subject is not None:
        found.append(SourceCandidate(subject, "subj"))
    else:
        inherited = _inherited(cue)
        if inherited is not None:
            found.append(inherited)
        speaker = _speaker_above(cue)
        if speaker is not None and (inherited is None or _other(speaker, inherited.head)):
            found.append(SourceCandidate(speaker, "speaker-above"))
    found += [SourceCandidate(t, "agent") for t in _objects(cue, frozenset({"by"}))]
    if cue.lower_ in ("according", "per", "as"):
        targets = _objects(cue, frozenset({"to"})) + [c for c in cue.children if c.dep_ == "pobj"]
        found += [SourceCandidate(t, "according") for t in targets]
    if cue.pos_ in ("NOUN", "PROPN"):
        found += [SourceCandidate(c, "poss") for c in cue.children if c.dep_ == "poss"]
        found += [SourceCandidate(c, "compound") for c in _names_before(cue)]
        found += [SourceCandidate(t, "noun-of") for t in _objects(cue, _NOUN_SOURCES)]
    if cue.dep_ == "relcl" and subject is None:
        found.append(SourceCandidate(cue.head, "antecedent"))
    taken = {c.head.i for c in found if c.head is not None}
    nearest = _nearest_entity(cue, context, taken)
    if nearest is not None:
        found.append(SourceCandidate(nearest, "nearest"))
        taken.add(nearest.i)
    before = _subject_before(cue, context, taken)
    if before is not None:
        found.append(SourceCandidate(before, "subj-before"))
    obj = frame_object(cue)  # 'in a new poll'
    if obj is not None and all(_other(obj, c.head) for c in found):
        found.append(SourceCandidate(obj, "frame"))
    return found


def _other(token: Token, head: Token | None) -> bool:
    """Not that candidate's head (spaCy makes a new Token each time: compare positions)."""
    return head is None or head.i != token.i


def _unquoted(subject: Token | None, cue: Token, context: DocContext) -> Token | None:
    """'“… Full panic mode,” said Leslie Wimes': of a cue's two subjects, the quoted words
    the parser took for one are not its speaker when the other stands outside the quote;
    nor when the parser set the speaker beside them ('“A fine engineer,” Hartley, the
    former mayor, said')."""
    if subject is None or context.in_quote[subject.i] < 0 or context.in_quote[cue.i] >= 0:
        return subject
    outside = [c for c in cue.children if c.dep_ in SUBJECTS and context.in_quote[c.i] < 0]
    beside = [c for c in subject.rights if c.dep_ == "appos" and context.in_quote[c.i] < 0]
    return (outside or beside or [subject])[0]


def _names_before(cue: Token) -> list[Token]:
    """A name set before a nominal cue ("a Trump tweet"), or before a verb the tagger took
    for a noun ("Trump charges that …")."""
    return [c for c in cue.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < cue.i]


def _subject_before(cue: Token, context: DocContext, taken: set[int]) -> Token | None:
    """The nearest subject before the cue in its sentence, outside quotes: the speaker of
    a verb the parser cut off from its subject ("Trump summed her up as weak, denounced
    her record and said …")."""
    for i in range(cue.i - 1, context.sentence(cue).start - 1, -1):
        token = cue.doc[i]
        if token.dep_ in SUBJECTS and i not in taken and context.in_quote[i] < 0:
            return token
    return None


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
    """The whole noun phrase a source head stands for, as PARC marks it.

    Appositives, relative and participial clauses, prepositional modifiers and
    conjuncts stay ("Jane Doe, who chairs the board,"; "a poll released on
    Monday"); a clause that itself reports is the cue's, not the source's. An
    appositive keeps its closing comma and a bracket or quote opened inside is
    closed; a quoted sentence before the head, a dateline before a dash, a
    headline after a colon and stray punctuation at the edges ("”― Jane Doe",
    "Ellis: “") are left out.
    """
    antecedent = _relative_antecedent(head)
    if antecedent is not None:
        return _noun_phrase(antecedent, _not_modifier)[0], head.i + 1
    start, end = _noun_phrase(head, _not_modifier)
    title = _title_before(head)
    if title is not None:
        start = min(start, title)
    doc = head.doc
    return _without_an_open_bracket((word_start(doc, start), max(end, _with_conjuncts(head))), doc)


def _without_an_open_bracket(source: TokenRange, doc: Doc) -> TokenRange:
    """'according to exit polls (a wide margin, but …)': a span the parse ended inside a
    bracketed aside stops before the bracket; a closed one stays ('Sen. Jo Tate (D-Ore.)',
    'People (mostly men)'), as PARC mostly keeps it."""
    start, end = source
    opening = open_bracket(doc, start, end)
    return source if opening is None or opening == start else trim(doc, start, opening)


def _title_before(head: Token) -> int | None:
    """'… frontrunner Hillary Clinton said', parsed as two subjects: the title right
    before the name is the name's."""
    if head.dep_ not in SUBJECTS:
        return None
    doc = head.doc
    for other in head.head.lefts:
        if other.dep_ not in SUBJECTS or other.pos_ not in ("NOUN", "PROPN"):
            continue
        words = doc[other.left_edge.i : head.left_edge.i + 1]
        if other.right_edge.i + 1 == head.left_edge.i and not any(t.is_punct for t in words):
            return other.left_edge.i
    return None


def _personal_pronoun(head: Token) -> bool:
    """'she', 'they', 'it': a pronoun that stands alone, unlike 'some' or 'those', which
    head a phrase ('some of her aides')."""
    return head.pos_ == "PRON" and head.lower_ not in PHRASE_PRONOUNS


def _with_conjuncts(head: Token) -> int:
    """A pronoun keeps those it is joined with ("she and her aides"), as PARC marks them."""
    if not _personal_pronoun(head):
        return head.i + 1
    conjuncts = [c for c in head.rights if c.dep_ == "conj"]
    return conjuncts[-1].right_edge.i + 1 if conjuncts else head.i + 1


def _relative_antecedent(head: Token) -> Token | None:
    """The noun a relative "that" stands for ("a company that declared bankruptcy"):
    the source runs from it to "that", so the span names who speaks."""
    clause = head.head
    if head.lower_ == "that" and head.tag_ == "WDT" and clause.dep_ == "relcl":
        return clause.head if clause.head.pos_ in ("NOUN", "PROPN") else None
    return None


def source_core(head: Token) -> TokenRange:
    """The head's name or description without any clause: what the source resolves by."""
    return _noun_phrase(
        head, lambda child: child.dep_ in _CLAUSES and not name_read_as_clause(child)
    )


def name_read_as_clause(child: Token) -> bool:
    """'another group, Keep Kids Learning,': a name the parser read as a clause."""
    return child.ent_type_ in ("ORG", "PERSON")


def _noun_phrase(head: Token, cut: Callable[[Token], bool]) -> TokenRange:
    if head.tag_ in ("WP", "WDT") or _personal_pronoun(head):
        return head.i, head.i + 1
    start, end = head.left_edge.i, head.right_edge.i + 1
    for child in head.rights:
        if cut(child):
            end = min(end, child.left_edge.i)
    for child in head.lefts:
        if cut(child) or _stray_before_a_plural(child, head):
            start = max(start, child.right_edge.i + 1)
    for above in head.ancestors:  # a modifier the parse hung across the verb
        if head.i < above.i < end:
            end = above.i
        elif start <= above.i < head.i:
            start = above.i + 1
    return _tidied(head, _after_quoted(head, start), max(end, head.i + 1))


def _stray_before_a_plural(child: Token, head: Token) -> bool:
    """'a measure supporters say will save …': 'a' cannot go with a plural subject, so the
    singular noun the parse hung before it belongs to the phrase before ('according to a
    fact sheet lawmakers released', where the plural is no subject, stays whole)."""
    if head.tag_ != "NNS" or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if child.dep_ != "compound" or child.tag_ != "NN":
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def _not_modifier(child: Token) -> bool:
    """What the source's phrase leaves out: the cue's own clause (one that holds a quote
    or a "that" clause), a clause before the head or set off as an aside ("Ms. Doe,
    facing a recount, said"), a subject the parse hung on the head, and a date."""
    if child.dep_ in ("advcl", "nsubj") or (child.dep_ in _CLAUSES and child.i < child.head.i):
        return True
    if name_read_as_clause(child):
        return False
    if child.dep_ == "acl" and child.doc[child.left_edge.i - 1].text == ",":
        return True
    if child.dep_ == "prep" and any(t.ent_type_ in TIME_LABELS for t in child.children):
        return True  # "Trump on Thursday": when, not who
    if child.dep_ not in _CLAUSES:
        return False
    return any(t.dep_ in _REPORTED or is_quote_mark(t) for t in child.subtree)


def _after_quoted(head: Token, start: int) -> int:
    """Past a quoted sentence the parse hung before the head ('“No,” aide Jane Doe')."""
    doc = head.doc
    for i in range(head.i - 1, start, -1):
        if is_quote_mark(doc[i]) and doc[i - 1].is_punct and not is_quote_mark(doc[i - 1]):
            return i + 1
    return start


def _tidied(head: Token, start: int, end: int) -> TokenRange:
    doc = head.doc
    start = max([start] + [i + 1 for i in range(start, head.i) if _breaks(doc[i])])
    end = min([end] + [i for i in range(head.i + 1, end) if doc[i].text == ":"])
    while start < head.i and _stray(doc, start, end, leading=True):
        start += 1
    while end - 1 > head.i and (doc[end - 1].dep_ == "cc" or _stray(doc, end - 1, end, False)):
        end -= 1
    return start, _closed(doc, start, end)


def _breaks(token: Token) -> bool:
    """A colon, or a dash with a space after it: what stands before it is a dateline
    ("WASHINGTON— President Obama") or a headline, not part of the name."""
    return token.text == ":" or spaced_dash(token)


def _stray(doc: Doc, i: int, end: int, leading: bool) -> bool:
    """Edge punctuation that is not the source's: all but an opening quote closed inside."""
    token = doc[i]
    opens = leading and token.text in _OPENING and any(_closing(t) for t in doc[i + 1 : end])
    return token.is_space or (token.is_punct and token.text != "%" and not opens)


def _closing(token: Token) -> bool:
    return is_quote_mark(token) and token.text not in _OPENING


def _closed(doc: Doc, start: int, end: int) -> int:
    """Past the bracket, quote or appositive comma the phrase opened, as PARC keeps them."""
    words = [t.text for t in doc[start:end]]
    if words.count("(") > words.count(")"):
        return _past(doc, end, lambda t: t.text == ")")
    if sum(w in _OPENING for w in words) > sum(_closing(t) for t in doc[start:end]):
        return _past(doc, end, _closing)
    if end < len(doc) and doc[end].text == "," and "," in words:
        return end + 1
    return end


def _past(doc: Doc, end: int, closes: Callable[[Token], bool]) -> int:
    """Just past the closing mark, when only punctuation stands before it."""
    for i in range(end, min(end + 3, len(doc))):
        if closes(doc[i]):
            return i + 1
        if not doc[i].is_punct:
            break
    return end


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
