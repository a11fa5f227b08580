"""Titles and descriptions the text attaches to a person's name, read off the parse.

Three shapes cover most of news prose: a title before the name ("Russia's Chief
Rabbi Berel Lazar", "council member Jane Doe"), an apposition after it ("Jane
Doe, the mayor of Springfield, said") and one before it ("the mayor of
Springfield, Jane Doe, said").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.attribution.lexicon import KIN_GROUPS
from newsgraph.nlp.entity_repair import HONORIFICS, POST_NOMINALS, TITLES, Mention, apposed_to
from newsgraph.nlp.extensions import word_start

PREMODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "case", "punct"})
LEADING = frozenset({"the", "a", "an"})
MAX_ROLE_TOKENS = 12


def roles_of(doc: Doc, mentions: Iterable[Mention]) -> list[str]:
    """Every distinct role the text gives these mentions, in order of appearance."""
    roles: dict[str, str] = {}
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        for role in (_title_before(span), _apposition_after(span), _apposition_before(span)):
            if role:
                roles.setdefault(role.lower(), role)
    return list(roles.values())


def _title_before(span: Span) -> str | None:
    """Words left of the name that hang off it: `Russian President`, `Russia's Chief Rabbi`."""
    doc = span.doc
    inside = set(range(span.start, span.end))
    first = span.start
    i = span.start - 1
    while i >= 0:
        token = doc[i]
        if "\n" in token.text or token.dep_ not in PREMODIFIERS or token.pos_ == "DET":
            break
        if token.dep_ == "punct" and token.text not in {"-", "'s", "’s"}:
            break
        if token.dep_ == "case" and i > 0 and token.head.i == i - 1:
            token = token.head
        if not _attached(token, inside):
            break
        inside.update(range(token.i, i + 1))
        first = token.i
        i = token.i - 1
    if first < span.start and doc[first].text == "-":
        first = word_start(doc, first + 1)  # 'four-star Gen.', '27-year-old nurse'
    return _role_text(list(doc[first : span.start]))


def _attached(token: Token, inside: set[int]) -> bool:
    """True when the token's chain of heads reaches the name or the title gathered so far."""
    node = token
    for _ in range(6):
        if node.head.i in inside:
            return True
        if node.head.i == node.i or node.head.i < token.i:
            return False
        node = node.head
    return False


def _apposition_after(span: Span) -> str | None:
    """`Jane Doe, the mayor of Springfield, said` → `mayor of Springfield`, also where a
    relative clause follows the role (`…, a chemist at Westbrook who was not involved,`)."""
    doc = span.doc
    for child in span.root.children:
        if doc[child.left_edge.i - 1].text == "(":
            continue  # '(D-Ore.)' is a party and a state, not a title
        if child.dep_ == "appos" and child.i >= span.end and child.ent_type_ != "PERSON":
            if _names_its_holder(child):
                continue
            clauses = [c.left_edge.i for c in child.rights if c.dep_ == "relcl"]
            end = min(clauses, default=child.right_edge.i + 1)  # 'who was not involved'
            return _role_text(_until_comma(list(doc[child.left_edge.i : end])))
    return None


def _with_post_nominal(span: Span) -> Token:
    """'His barrister, Neil Ostrow KC,': the parser may make the letters after the name
    its head, and so the apposition."""
    root = span.root
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.text in POST_NOMINALS and root.head.i == after.i:
        return after
    return root


def _names_its_holder(role: Token) -> bool:
    """'a letter to Paul Whitcombe, the union's general secretary, Denise Akande,': the
    role has its own name set beside it, so it is hers, not his."""
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in role.children)


def _apposition_before(span: Span) -> str | None:
    """`the mayor of Springfield, Jane Doe, said` → `mayor of Springfield`."""
    root = _with_post_nominal(span)
    if root.dep_ != "appos" or root.head.i >= span.start:
        return None
    # 'the mayor of Springfield, Jane Doe', not 'with his chief of staff, Ricardo Lemos'
    head = apposed_to(root)
    if head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if head.ent_type_ == "PERSON" or head.lemma_.lower() in KIN_GROUPS:
        return None  # 'the family of one of the victims, Amira Haddad': not her role
    if head.tag_ in ("NNS", "NNPS"):
        return None  # 'Two members, Piotr Lasko and Ines Moreau,': a group, not his title
    if head.lemma_.lower() == "name":
        return None  # 'who gave only her first name, Aisha,
    if any(t.text == ":" for t in span.doc[head.i : span.start]):
        return None  # 'MODERATOR: Ms. Doe, …' labels who speaks; it is not her title
    start = word_start(span.doc, head.left_edge.i)  # 'Its co-founder, Jane Doe'
    tokens = list(span.doc[start : root.left_edge.i])
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    return _role_text(tokens)


def _until_comma(tokens: list[Token]) -> list[Token]:
    out = []
    for token in tokens:
        if token.text in {",", ";", "(", ")"} or "\n" in token.text:
            break
        out.append(token)
    return out


def _title(token: Token) -> bool:
    return token.lower_.rstrip(".") in TITLES


def _age(token: Token) -> bool:
    """A word of '27-year-old': how old someone is, not what they are."""
    return token.ent_type_ == "DATE"


def _after_auxiliary(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].pos_ == "AUX"


def _role_text(tokens: Sequence[Token]) -> str | None:
    """The role as written, without a leading article or honorific; None if not a role."""
    words = list(tokens)
    while words and (words[0].lower_ in LEADING or words[0].lower_ in HONORIFICS or _age(words[0])):
        words = words[1:]
    while words and words[-1].lower_ in HONORIFICS:
        words = words[:-1]  # "chief executive Dr Nadia Ferreira"
    if words and words[0].tag_ in ("VBN", "VBD") and _after_auxiliary(words[0]):
        words = words[1:]  # 'have sacked manager Colin Aske': the verb the parser took in
    if words and words[0].tag_ == "PRP$":
        words = words[1:]  # 'his lawyer': whose lawyer is the name the role belongs to
    elif len(words) > 2 and words[0].pos_ == "NOUN" and words[1].tag_ == "POS":
        words = words[2:]  # 'the company's chief financial officer', not 'Russia's …'
    if any(w.tag_ in ("VBZ", "VBP", "VBD") for w in words):
        return None  # a clause the parser hung on the name, not a title
    while words and words[-1].is_punct:
        words = words[:-1]
    if not words or len(words) > MAX_ROLE_TOKENS:
        return None
    if not any(w.pos_ in {"NOUN", "PROPN"} and (not w.ent_type_ or _title(w)) for w in words):
        return None
    return words[0].doc[words[0].i : words[-1].i + 1].text
