"""Cues: the words that attribute (said, told, according to, in a statement, a colon).

Every verb, noun, adjective, a copula stating a stance ("is critical of"), a
framing "in" ("in a statement"), a few prepositions and the colon are candidates;
the learned model (`model.py`) decides from the features below which of them
attribute. `cue_span` widens a chosen head to the cue as PARC marks it: with
its auxiliaries and negation ("has not said"), particles ("pointed out") and
"according to".
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.symbols import ADJ, ADP, AUX, NOUN, VERB
from spacy.tokens import Span, Token

from newsgraph.nlp.attribution.context import DASHES, DocContext, TokenRange
from newsgraph.nlp.attribution.lexicon import (
    DOCUMENT_HEADS,
    HEARING_BODIES,
    POLLS,
    classes_of,
    feature_classes_of,
)
from newsgraph.nlp.extensions import after_comma

CANDIDATE_WORDS = frozenset({"according", "per", ":", "as", "reportedly"})
_CANDIDATE_POS = frozenset({VERB, AUX, NOUN, ADJ, ADP})  # what is_candidate looks at
DASH_WORDS = DASHES | {"-", "--"}  # a dash as a word of its own, hyphen included
_NOMINAL_CHILDREN = frozenset({"poss", "prep", "ccomp", "acl", "relcl", "advcl", "xcomp", "agent"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_FRAME = frozenset(
    {"ccomp", "xcomp", "dobj", "dative", "prep", "agent", "nsubjpass", "advcl", "attr", "oprd"}
)
_SPAN_CHILDREN = frozenset({"aux", "auxpass", "neg", "prt"})
_PREDICATES = frozenset({"attr", "acomp"})
_COMPLEMENTS = frozenset({"prep", "ccomp", "xcomp", "acl"})
FRAME_PREPS = frozenset({"in"})
_WHEN_AND_HOW = frozenset({"prep", "npadvmod", "advmod", "punct"})
# the verbs a reporting clause set after what it reports is made of
_REPORTING = frozenset(
    {"say", "announce", "add", "warn", "claim", "confirm", "insist", "report", "state"}
    | {"write", "note", "argue", "explain", "declare", "reveal", "admit", "acknowledge"}
    | {"predict", "conclude", "estimate", "allege", "tweet", "believe", "fear", "suggest"}
)


def is_candidate(token: Token) -> bool:
    """Whether a token could head a cue at all (cheap: no features built).

    Verbs always; nouns and adjectives when they are attribution words or take
    a complement, an owner or a clause ("Trump's claim that", "critical of");
    a colon, a dash, "according", "per", "as" and "reportedly". Names almost never attribute.
    """
    pos = token.pos_
    if pos == "VERB":
        return not saying_idiom(token) and not _other_sense(token)
    if pos == "AUX":
        return not token.is_stop or is_stance(token)
    if pos in ("NOUN", "ADJ"):
        return bool(classes_of(token.lemma_.lower())) or any(
            child.dep_ in _NOMINAL_CHILDREN for child in token.children
        )
    if token.lower_ in CANDIDATE_WORDS or is_dash(token):
        return True
    return pos == "ADP" and frame_object(token) is not None


def candidate_positions(context: DocContext) -> list[int]:
    """Where `is_candidate` may hold, read from the doc's part-of-speech column and the
    context's lower-cased words: a Token for every word would cost more than the check."""
    tags = context.doc.to_array("POS").tolist()
    return [
        i
        for i, (tag, word) in enumerate(zip(tags, context.lowers, strict=True))
        if tag in _CANDIDATE_POS or word in CANDIDATE_WORDS or _a_dash(word)
    ]


# the words before "say" in a phrase that frames the writer's own point
_IDIOM_LEADS = frozenset(
    {
        ("let", "'s"),
        ("let", "’s"),
        ("let", "us"),
        ("needless", "to"),
        ("it", "to"),  # suffice it to say
        ("is", "to"),  # that is to say
        ("goes", "without"),  # it goes without saying
    }
)


# a word of saying with a particle that makes it mean something else
_OTHER_SENSES = frozenset(
    {("call", "off"), ("write", "off"), ("write", "down"), ("add", "up"), ("claim", "back")}
)


def _other_sense(token: Token) -> bool:
    """'Strike called off', 'wrote off the debt', 'the figures do not add up': no one
    is reported."""
    lemma = token.lemma_.lower()
    return any(
        (lemma, child.lower_) in _OTHER_SENSES for child in token.children if child.dep_ == "prt"
    )


def a_word_of_saying(token: Token) -> bool:
    """'said', 'told', 'announced': the lexicon's words of speech."""
    return "speech" in classes_of(token.lemma_.lower())


def gives_the_words(token: Token) -> bool:
    """A word of saying, or 'read' as a sign or a letter reads ('“Vote no,” read the
    leaflet'): a verb that may follow the words it gives."""
    return a_word_of_saying(token) or token.lemma_.lower() == "read"


def hearing_rule(token: Token) -> bool:
    """'Pryce had been gambling since his divorce, the court heard': court reporting's
    cue for what was said in evidence, by whoever gave it."""
    if token.lemma_.lower() != "hear" or not any(c.dep_ == "ccomp" for c in token.children):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in HEARING_BODIES for c in token.children)


def poll_rule(token: Token) -> bool:
    """'In a Harbour Post poll released Sunday, 41 percent of voters said they back the
    levy': a poll that opens its sentence, set off by a comma, is the source of what the
    sentence reports, the figures its respondents gave; unless a named pollster reports
    them ('…, the institute found that …')."""
    if token.lower_ != "in" or token.dep_ != "prep" or not token.is_sent_start:
        return False
    after = token.right_edge.i + 1
    if after >= len(token.doc) or token.doc[after].text != ",":
        return False
    return poll_framed_by(token) is not None and not _a_pollster_reports(token.head)


def poll_framed_by(token: Token) -> Token | None:
    """The poll of a framing 'in the latest poll': its source, and the cue of a poll rule."""
    frame = frame_object(token)
    return frame if frame is not None and frame.lemma_.lower() in POLLS else None


def _a_pollster_reports(verb: Token) -> bool:
    """A named pollster saying or finding something speaks for its own poll."""
    if not {"speech", "evidence"}.intersection(classes_of(verb.lemma_.lower())):
        return False
    subject = subject_of(verb)
    return subject is not None and subject.ent_type_ in ("ORG", "PERSON")


def trailing_according(token: Token) -> bool:
    """'…, according to two aides': a sourcing phrase set off by a comma after what it
    sources."""
    return token.lower_ == "according" and after_comma(token)


def trailing_report(token: Token) -> bool:
    """'Teachers have voted to strike, the country's largest union announced on Friday': a
    word of speech the parser joined to the main verb as a second verb, though its subject
    follows a comma and it takes nothing after it, reports the sentence before the comma."""
    if token.dep_ != "conj" or token.lemma_.lower() not in _REPORTING:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in token.children):
        return False  # 'may be opposites, but … they are speaking', '… he should have insisted'
    subject = subject_of(token)
    if subject is None or subject.i > token.i or token.head.i > subject.i:
        return False
    return after_comma(subject) and all(c.dep_ in _WHEN_AND_HOW for c in token.rights)


def saying_idiom(token: Token) -> bool:
    """'Having said that,', 'That said,', 'Let's say', 'needless to say': the writer's
    own turn of phrase, which reports no one."""
    if token.lemma_.lower() != "say":
        return False
    doc = token.doc
    before = tuple(t.lower_ for t in doc[max(0, token.i - 2) : token.i])
    after = [t.text for t in doc[token.i + 1 : token.i + 3]]
    if before[-2:] in _IDIOM_LEADS:
        return True
    if before[-1:] == ("having",) and after == ["that", ","]:
        return True
    lead = 1 if before[-1:] == ("that",) else 2 if before == ("that", "being") else 0
    return bool(lead) and after[:1] == [","] and bool(doc[token.i - lead].is_sent_start)


def predicate(token: Token) -> Token | None:
    """The noun or adjective a copula links its subject to ('is a supporter of', 'is critical')."""
    if token.lemma_.lower() != "be" or token.dep_ in ("aux", "auxpass"):
        return None
    for child in token.children:
        if child.dep_ in _PREDICATES and child.pos_ in ("NOUN", "ADJ"):
            return child
    return None


def is_stance(token: Token) -> bool:
    """A copula that may state a stance: 'is confident that', 'are opposed to', 'is a critic'.

    Its predicate is an attribution word or takes a complement (a clause, a
    preposition), or the copula itself takes a clause.
    """
    pred = predicate(token)
    if pred is None:
        return False
    return (
        bool(classes_of(pred.lemma_.lower()))
        or any(c.dep_ in _COMPLEMENTS for c in pred.children)
        or any(c.dep_ in ("ccomp", "xcomp") for c in token.children)
    )


def frame_object(token: Token) -> Token | None:
    """The noun of a framing phrase: 'in a statement', 'in an interview', 'in response to'."""
    if token.lower_ not in FRAME_PREPS or token.dep_ != "prep":
        return None
    for child in token.children:
        if child.dep_ != "pobj" or child.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = child.lemma_.lower()
        if (
            classes_of(lemma)
            or lemma in DOCUMENT_HEADS
            or any(c.dep_ == "prep" for c in child.children)
        ):
            return child
    return None


def _complements(token: Token) -> list[str]:
    """What a predicate takes: 'prep:of', 'ccomp' (a that-clause), 'xcomp' (to + verb)."""
    return sorted(
        {
            f"prep:{c.lower_}" if c.dep_ == "prep" else c.dep_
            for c in token.children
            if c.dep_ in _COMPLEMENTS
        }
    )


def _predicate_features(token: Token, kind: str, quotes: str) -> list[str]:
    """A copula's predicate ('supporter', 'confident') and a framing phrase's noun."""
    feats = []
    pred = predicate(token)
    if pred is not None:
        lemma = pred.lemma_.lower()
        comps = _complements(pred) + [
            f"be:{c.dep_}" for c in token.children if c.dep_ in ("ccomp", "xcomp")
        ]
        feats += [f"pred={lemma}", f"pred|p={pred.pos_}", f"pred|s={kind}", f"pred|q={quotes}"]
        feats += [f"pred|l|s={lemma}|{kind}", f"pred|l|q={lemma}|{quotes}"]
        for comp in comps or ["-"]:
            feats += [f"pred|c={comp}", f"pred|l|c={lemma}|{comp}", f"pred|s|c={kind}|{comp}"]
        for cls in feature_classes_of(lemma) or ("-",):
            feats += [f"pred-x={cls}", f"pred-x|s={cls}|{kind}", f"pred-x|q={cls}|{quotes}"]
            feats += [f"pred-x|c={cls}|{comp}" for comp in comps or ["-"]]
    obj = frame_object(token)
    if obj is not None:
        lemma = obj.lemma_.lower()
        comps = _complements(obj)
        feats += [f"fobj={lemma}", f"fobj|q={lemma}|{quotes}", f"fobj|hd={token.head.pos_}"]
        feats += [f"fobj|c={comp}" for comp in comps]
        feats += [f"fobj|l|c={lemma}|{comp}" for comp in comps]
        feats += [f"fobj-x={cls}" for cls in feature_classes_of(lemma)]
        if lemma in DOCUMENT_HEADS:
            feats.append("fobj-doc")
    return feats


def is_dash(token: Token) -> bool:
    """A dash on its own or glued to a closing quote ('”―')."""
    return _a_dash(token.text)


def _a_dash(word: str) -> bool:
    text = word.lstrip("\"”'’")
    return bool(text) and (set(text) <= DASHES or text == "--")


def spaced_dash(token: Token) -> bool:
    """A dash with a space after it, alone or ending its token ("WASHINGTON—", "--"):
    what ends a dateline or sets off an aside, unlike a hyphen inside a word."""
    text = token.text
    return bool(token.whitespace_) and (text in DASH_WORDS or text.endswith(("--", *DASHES)))


def glued_dash(token: Token) -> int:
    """Where the word starts in a closing quote, a dash and a word run together ('”—Mayor');
    0 for any other token."""
    text = token.text
    rest = text.lstrip("\"”'’")
    word = rest.lstrip("―—–")
    if len(word) < len(rest) and word[:1].isalpha():
        return len(text) - len(word)
    return 0


def subject_of(token: Token) -> Token | None:
    """The verb's subject; of two, the one nearest before it ("the reasons that Trump
    refuses": Trump; "Breitbart's Raheem Kassam will call": Kassam)."""
    return _nearest_subject(token, token.children)


def _nearest_subject(token: Token, children: Iterable[Token]) -> Token | None:
    subjects = [child for child in children if child.dep_ in SUBJECTS]
    before = [child for child in subjects if child.i < token.i]
    if before:
        return before[-1]
    return subjects[0] if subjects else None


def name_read_as_modal(token: Token) -> bool:
    """A name the parser took for a modal ("May said", "Will wrote"): a capitalised
    auxiliary that is tagged a proper noun, or a modal before a verb that is not in its
    base form, is the verb's subject."""
    if token.dep_ != "aux" or not token.text[:1].isupper() or token.i > token.head.i:
        return False
    return token.tag_ in ("NNP", "NNPS") or (token.tag_ == "MD" and token.head.tag_ != "VB")


def _quote_sides(token: Token, sentence: Span, in_quote: list[int]) -> str:
    """Whether the token sits in a quote, a quote closes just before its clause, and one
    opens just after it, as three digits."""
    i = token.i
    own = in_quote[i]
    before = any(
        in_quote[k] >= 0 and in_quote[k] != own for k in range(max(sentence.start, i - 4), i)
    )
    after = any(
        in_quote[k] >= 0 and in_quote[k] != own for k in range(i + 1, min(sentence.end, i + 4))
    )
    return f"{int(own >= 0)}{int(before)}{int(after)}"


def cue_features(token: Token, context: DocContext) -> list[str]:
    """Sparse features of one candidate token (each attribute read once: spaCy builds a
    new object on every access, and this runs for every candidate)."""
    lemma = token.lemma_.lower()
    pos, dep = token.pos_, token.dep_
    head = token.head
    sentence = context.sentence(token)
    feats = [
        "bias",
        f"l={lemma}",
        f"w={token.lower_}",
        f"p={pos}",
        f"t={token.tag_}",
        f"d={dep}",
        f"l|d={lemma}|{dep}",
        f"l|t={lemma}|{token.tag_}",
        f"p|d={pos}|{dep}",
        f"hd={head.dep_}|{dep}",
        f"hl={head.lemma_.lower()}|{dep}",
    ]
    children = list(token.children)
    for child in children:
        child_dep = child.dep_
        feats += [f"c={child_dep}", f"l|c={lemma}|{child_dep}"]
        if child_dep in ("prep", "agent", "prt", "mark", "advmod"):
            feats += [f"cw={child.lower_}", f"l|cw={lemma}|{child.lower_}"]
        if child_dep == "ccomp":
            marks = [g.lower_ for g in child.children if g.dep_ == "mark"]
            feats.append(f"l|ccomp-mark={lemma}|{marks[0] if marks else '-'}")
    subject = _nearest_subject(token, children)
    kind = "none" if subject is None else (subject.ent_type_ or subject.pos_)
    feats += [f"s={kind}", f"l|s={lemma}|{kind}"]
    if subject is not None:
        feats.append(f"sw={subject.lower_}" if subject.pos_ == "PRON" else "sw=-")
    quotes = _quote_sides(token, sentence, context.in_quote)
    feats += [f"q={quotes}", f"l|q={lemma}|{quotes}"]
    frame = "+".join(sorted({c.dep_ for c in children if c.dep_ in _FRAME}))
    feats += [f"frame={frame}", f"l|frame={lemma}|{frame}"]
    for cls in feature_classes_of(lemma) or ("-",):
        feats += [f"x={cls}", f"x|d={cls}|{dep}", f"x|frame={cls}|{frame}"]
        feats += [f"x|s={cls}|{kind}", f"x|q={cls}|{quotes}", f"x|p={cls}|{pos}"]
    governor = _governor(token)
    if governor is not None:
        governs = governor.lemma_.lower()
        feats += [f"gov={governs}", f"l|gov={lemma}|{governs}"]
        feats += [f"gov-x={cls}" for cls in feature_classes_of(governs)]
    quoted = context.quoted(token.left_edge.i, token.right_edge.i + 1) > 0
    feats.append(f"sq={int(quoted)}")
    feats += _conjunctions(token, head, sentence, lemma, (kind, quotes, frame))
    feats += _arguments(children, lemma)
    feats += _predicate_features(token, kind, quotes)
    if context.sentence_of[token.i] == 0:
        feats.append("first-sentence")
    words = context.lowers
    prev = words[token.i - 1] if token.i > 0 else "<s>"
    nxt = words[token.i + 1] if token.i + 1 < len(words) else "</s>"
    feats += [f"w-1={prev}", f"w+1={nxt}", f"l|w+1={lemma}|{nxt}", f"l|w-1={lemma}|{prev}"]
    feats += _window(token.i, sentence, context.words)
    return feats


def _window(i: int, sentence: Span, words: list[str | None]) -> list[str]:
    """The words around the token, by side: 'percent of voters said', 'told reporters'."""
    start, end = max(sentence.start, i - 4), min(sentence.end, i + 5)
    return [f"winL={words[k]}" for k in range(start, i) if words[k] is not None] + [
        f"winR={words[k]}" for k in range(i + 1, end) if words[k] is not None
    ]


def _conjunctions(
    token: Token, head: Token, sentence: Span, lemma: str, clause: tuple[str, str, str]
) -> list[str]:
    """Pairs of the word with its clause (its subject type, the quotes around, its
    frame): which verbs attribute depends on all at once."""
    subject, quotes, frame = clause
    dep = token.dep_
    first = token.i - sentence.start <= 2
    last = sentence.end - token.i <= 3
    where = "start" if first else ("end" if last else "mid")
    feats = [
        f"l|d|frame={lemma}|{dep}|{frame}",
        f"l|s|q={lemma}|{subject}|{quotes}",
        f"l|where={lemma}|{where}",
        f"where|q={where}|{quotes}",
        f"hd2={head.head.dep_}|{head.dep_}|{dep}",
    ]
    for cls in feature_classes_of(lemma):
        feats += [f"x|d|frame={cls}|{dep}|{frame}", f"x|s|q={cls}|{subject}|{quotes}"]
    return feats


def _arguments(children: list[Token], lemma: str) -> list[str]:
    """The words the token takes: 'take aim at', 'make the case that', 'would say'."""
    feats = []
    for child in children:
        if child.dep_ in ("aux", "neg"):
            feats.append(f"aux={child.lower_}")
        elif child.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") and child.pos_ == "NOUN":
            argument = child.lemma_.lower()
            feats += [f"arg={child.dep_}|{argument}", f"l|arg={lemma}|{child.dep_}|{argument}"]
            feats += [f"arg-x={child.dep_}|{cls}" for cls in feature_classes_of(argument)]
        elif child.dep_ == "prep":
            objects = [g.lemma_.lower() for g in child.children if g.dep_ == "pobj"]
            if objects:
                feats.append(f"l|prep-obj={lemma}|{child.lower_}|{objects[0]}")
    return feats


def _governor(token: Token) -> Token | None:
    """The nearest verb above the token's clause (for 'he said he plans': said)."""
    for _ in range(3):
        if token.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "relcl", "acl"):
            return None
        token = token.head
        if token.pos_ == "VERB":
            return token
    return None


# what one does to put a document out: 'issued a statement saying …'
_PUBLISHING = frozenset(
    {"issue", "release", "put", "send", "publish", "post", "circulate", "distribute", "file"}
    | {"submit", "write", "sign", "draft", "deliver", "present", "share", "email", "tweet"}
)


def document_participle(verb: Token) -> Token | None:
    """'issued a statement saying …', 'released a letter on Friday stating that …': the
    speech participle telling what the document the verb puts out says, with a clause of
    its own; not a document the verb speaks of ('noted reports alleging that …')."""
    if verb.lemma_ not in _PUBLISHING:
        return None
    documents = [c for c in verb.rights if c.dep_ == "dobj" and c.lemma_ in DOCUMENT_HEADS]
    if not documents:
        return None
    heads = (documents[0], verb)
    for participle in (c for head in heads for c in head.rights if c.dep_ in ("acl", "advcl")):
        said = any(c.dep_ == "ccomp" for c in participle.rights)
        if participle.tag_ == "VBG" and a_word_of_saying(participle) and said:
            return participle
    return None


def _publisher(participle: Token) -> Token | None:
    """The verb whose document the participle speaks for ('issued' of 'issued a statement
    saying')."""
    head = participle.head
    verb = head.head if participle.dep_ == "acl" and head.dep_ == "dobj" else head
    found = document_participle(verb)
    return verb if found is not None and found.i == participle.i else None


def cue_span(token: Token) -> TokenRange:
    """The cue as written around its head: auxiliaries, negation, particles, 'according to';
    from the verb for a document's 'saying' ('issued a statement saying')."""
    publisher = _publisher(token) if token.tag_ == "VBG" else None
    if publisher is not None:
        token_range = cue_span(publisher)
        if not any(t.is_punct for t in token.doc[token_range[0] : token.i]):
            return token_range[0], token.i + 1
    start = end = token.i
    for child in token.children:
        if (
            child.dep_ in _SPAN_CHILDREN
            and abs(child.i - token.i) <= 3
            and not name_read_as_modal(child)
        ):
            start, end = min(start, child.i), max(end, child.i)
    doc = token.doc
    if token.lower_ in ("according", "due") and token.i + 1 < len(doc):
        end = max(end, token.i + 1)
    for i in range(start, end + 1):  # only a contiguous run counts
        if doc[i].is_punct:
            return token.i, token.i + 1
    return start, end + 1
