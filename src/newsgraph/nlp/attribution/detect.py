"""Which candidate tokens are cues, in two passes.

The first pass scores every candidate on its own. PARC annotators mostly leave
an attribution nested in another one's content unmarked ("he said he plans"),
so the second pass rescores each candidate knowing how likely the contents
around it are to be attributed, and what it would attribute: its content, how
sure the content model is of that, and its source. A few sourcing cues that news uses but PolNeAR
rarely shows ("per the ministry", "reportedly" on a verb that says nothing) are kept by
rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.attribution.content import (
    Candidate,
    content_candidates,
    content_feature_rows,
    open_bracket,
    trim,
)
from newsgraph.nlp.attribution.context import DocContext, TokenRange
from newsgraph.nlp.attribution.cues import (
    DASH_WORDS,
    a_word_of_saying,
    candidate_positions,
    cue_features,
    hearing_rule,
    is_candidate,
    poll_rule,
    predicate,
    subject_of,
    trailing_according,
    trailing_report,
)
from newsgraph.nlp.attribution.lexicon import (
    DOCUMENT_HEADS,
    ORGANISATION_HEADS,
    PERSON_HEADS,
    classes_of,
)
from newsgraph.nlp.attribution.model import AttributionModel
from newsgraph.nlp.attribution.sources import (
    SourceCandidate,
    source_candidates,
    source_features,
    source_span,
)
from newsgraph.nlp.extensions import after_comma
from newsgraph.nlp.times.recognize import TIME_LABELS

NESTING_FLOOR = 0.3  # first-pass cues below this do not count as covering others
READING_FLOOR = 0.1  # nor are their content and source looked at before the second pass
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_SAYERS = DOCUMENT_HEADS | ORGANISATION_HEADS | PERSON_HEADS


@dataclass
class Reading:
    """What the content and source models make of one likely cue: the content it takes,
    how sure the content ranker is of it, and the source it credits, with the tokens
    that source spans (None for no source)."""

    content: Candidate
    certainty: float
    source: SourceCandidate
    span: TokenRange | None


def read(model: AttributionModel, cue: Token, context: DocContext) -> Reading | None:
    """The cue's source, and its content among the spans outside the source's phrase
    ('Nobody answered' attributes nothing to 'Nobody')."""
    if _asks_not_to_be_named(cue):
        return None
    sources = source_candidates(cue, context)
    source = sources[model.source.best([source_features(cue, s, context) for s in sources])]
    if source.head is not None and _asks_the_reader(cue, source.head, context):
        return None
    span = _apart_from(source.head, cue) if source.head is not None else None
    contents = _outside(content_candidates(cue, context), span)
    if not contents:
        return None
    best, certainty = model.content.choose(content_feature_rows(cue, contents, context))
    if _its_own_predicate(cue, contents[best]):
        return None
    return Reading(contents[best], certainty, source, span)


def _asks_not_to_be_named(cue: Token) -> bool:
    """'a nurse, who asked not to be named,': why a source is anonymous, not what it says."""
    if cue.lemma_.lower() != "ask":
        return False
    return any(
        c.dep_ == "xcomp"
        and c.lemma_.lower() in _NAMING
        and any(g.dep_ == "neg" for g in c.children)
        for c in cue.children
    )


_NAMING = frozenset({"name", "identify", "quote"})


def _asks_the_reader(cue: Token, source: Token, context: DocContext) -> bool:
    """'Do you support the harbour plan?' outside any quote asks the reader; no one has
    said anything."""
    if source.lower_ != "you" or context.in_quote[cue.i] >= 0:
        return False
    last = next((t for t in reversed(context.sentence(cue)) if not t.is_space), None)
    return last is not None and last.text == "?"


def _its_own_predicate(cue: Token, content: Candidate) -> bool:
    """'Analysts were less surprised': a copula attributes what its predicate takes ('is
    critical of X', 'unclear as to who'), never a predicate that takes nothing."""
    word = predicate(cue)
    if word is None or (word.left_edge.i, word.right_edge.i + 1) != (content.start, content.end):
        return False
    return not any(c.dep_ in _TAKEN for c in word.children)


_TAKEN = frozenset({"prep", "ccomp", "xcomp", "advcl", "acl", "relcl"})


def _apart_from(head: Token, cue: Token) -> TokenRange:
    """The source's phrase without a cue the parse hung on its edge ("Said Ellis:" names
    Ellis); a cue inside the phrase ("voters worried about …") is left to the content
    choice, which keeps out of it."""
    start, end = source_span(head)
    if cue.i == start and cue.i < head.i:
        return start + 1, end
    if cue.i == end - 1 and cue.i > head.i:
        return start, end - 1
    return start, end


def _outside(contents: list[Candidate], span: TokenRange | None) -> list[Candidate]:
    if span is None:
        return contents
    start, end = span
    return [c for c in contents if not (start <= c.start and c.end <= end)]


def first_pass(model: AttributionModel, context: DocContext) -> list[tuple[Token, float]]:
    """Every candidate cue with the probability the context-free model gives it."""
    doc = context.doc
    return [
        (token, model.cue.probability(cue_features(token, context)))
        for token in (doc[i] for i in candidate_positions(context))
        if is_candidate(token)
    ]


def nesting(
    model: AttributionModel, context: DocContext, first: list[tuple[Token, float]]
) -> tuple[list[float], dict[int, Reading | None]]:
    """For each token, the highest first-pass probability of a cue whose content covers it;
    and the reading of each cue the first pass finds at all likely."""
    cover = [0.0] * len(context.doc)
    readings: dict[int, Reading | None] = {}
    for cue, p in first:
        if p < READING_FLOOR:
            continue
        reading = readings[cue.i] = read(model, cue, context)
        if reading is None or p < NESTING_FLOOR:
            continue
        for i in range(reading.content.start, reading.content.end):
            if i != cue.i and cover[i] < p:
                cover[i] = p
    return cover, readings


def context_features(
    token: Token, p: float, cover: list[float], reading: Reading | None
) -> list[str]:
    """The first pass's probability, the cues around, and what the cue would attribute:
    a content the ranker hesitates over, or no source, makes a cue less likely."""
    lemma = token.lemma_.lower()
    first = f"{min(9, int(p * 10))}"
    nested = f"{min(9, int(cover[token.i] * 10))}"
    feats = [
        "bias",
        f"p={first}",
        f"n={nested}",
        f"p|n={first}|{nested}",
        f"l|n={lemma}|{nested}",
        f"l|p={lemma}|{first}",
    ]
    if reading is None:
        return [*feats, "way=none"]
    content = reading.content
    size = min(6, (content.end - content.start) // 4)
    feats += [f"size={size}", f"size|p={size}|{first}"]
    feats += [f"sure={min(9, int(reading.certainty * 10))}", f"source={reading.source.way}"]
    for way in content.ways:
        feats += [f"way={way}", f"way|p={way}|{first}"]
    return feats


def _reports_a_that_clause(token: Token, cover: list[float], context: DocContext) -> bool:
    """'would require the council to recognize that the levy has failed': a verb of saying
    or thinking with a that-clause reports it, in the writer's words (not inside a quote)
    and where no likely cue's content holds it; the first pass, trained mostly on plain
    'X said that', can miss it under another verb. Not the writer's 'you can bet that',
    nor a clause with a colon after it in its sentence (what follows may be another's)."""
    if token.pos_ != "VERB" or context.in_quote[token.i] >= 0 or cover[token.i] >= NESTING_FLOOR:
        return False
    if not {"speech", "cognition"} & set(classes_of(token.lemma_.lower())):
        return False
    subject = subject_of(token)
    if subject is not None and subject.lower_ == "you":
        return False
    return any(_a_that_clause(clause, context) for clause in token.children)


def _with_the_controller(token: Token, reading: Reading) -> Reading:
    """'would require the council to recognize that …', 'the board came to suspect
    that …': a verb with no subject of its own is its controller's, the object of the verb
    it hangs on, or else that verb's subject."""
    if reading.source.head is not None or token.dep_ != "xcomp" or subject_of(token):
        return reading
    verb = token.head
    controller = next((c for c in verb.children if c.dep_ == "dobj"), None) or subject_of(verb)
    if controller is None or controller.pos_ not in ("NOUN", "PROPN", "PRON"):
        return reading
    if controller.lower_ in _PLACEHOLDERS:
        return reading  # 'it is worth remembering that …': nobody in particular
    source = SourceCandidate(controller, "controller")
    return Reading(reading.content, reading.certainty, source, _apart_from(controller, token))


_PLACEHOLDERS = frozenset({"it", "that", "this", "there"})


def _a_that_clause(clause: Token, context: DocContext) -> bool:
    if clause.dep_ != "ccomp" or not any(
        m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
    ):
        return False
    return context.colon_within(clause.left_edge.i, context.sentence(clause).end) is None


def _reportedly(token: Token, context: DocContext) -> bool:
    """'The fund is reportedly spending $2 million': the writer passes on what others
    report, with no one named; not a verb of saying or thinking that 'reportedly' hedges
    ('reportedly argued that …'), which is the cue itself."""
    if token.lower_ != "reportedly" or token.dep_ != "advmod" or context.in_quote[token.i] >= 0:
        return False
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX") or classes_of(verb.lemma_.lower()):
        return False
    return subject_of(verb) is not None


def _the_hedged_clause(token: Token, reading: Reading, context: DocContext) -> Reading:
    """What 'reportedly' hedges: its verb's clause from the subject on, up to a participle
    or relative clause set off by a comma ('…, leaving many fearful')."""
    verb = token.head
    subject = subject_of(verb)
    start = subject.left_edge.i if subject is not None else verb.left_edge.i
    end = verb.right_edge.i + 1
    doc = context.doc
    for child in verb.rights:
        comma = child.left_edge.i - 1
        participle = child.dep_ == "advcl" and child.tag_ in ("VBG", "VBN")
        if doc[comma].text == "," and (participle or child.dep_ == "relcl"):
            end = comma
            break
    start, end = trim(doc, start, end)
    return Reading(Candidate(start, end, {"hedged"}), 1.0, reading.source, reading.span)


def sourcing_rule(token: Token) -> bool:
    """'…, per the ministry', 'Per two officials, …': a sourcing 'per' set off by a comma or
    opening its sentence, whose object names who says so ('$50 per person' is a rate)."""
    if token.lower_ != "per" or token.dep_ != "prep":
        return False
    if not (token.is_sent_start or after_comma(token)):
        return False
    for child in token.children:
        if child.dep_ == "pobj" and (child.ent_type_ in _NAMED or child.lemma_.lower() in _SAYERS):
            return True
    return False


Scored = tuple[Token, float, Reading]


@dataclass
class Cues:
    """The cues kept, and the sure ones: every cue the first pass is sure of on its own,
    with that probability. The second pass leaves out most cues inside another cue's
    content, since PolNeAR marks only the outer attribution; the sure ones among them
    give the sourcing chain ('According to the paper, the minister told a meeting …')."""

    kept: list[Scored]
    sure: list[Scored]


def cues(model: AttributionModel, context: DocContext, threshold: float) -> Cues:
    """The cues kept, with their confidence and reading: the probability the second pass
    gives them, or certainty for a sourcing cue kept by rule, which then claims its
    content before a cue nested in it ("The union warned of strikes, per a memo")."""
    first = first_pass(model, context)
    cover, readings = nesting(model, context, first)
    found = Cues([], [])
    for token, p in first:
        reading = readings.get(token.i)
        q = model.cue_in_context.probability(context_features(token, p, cover, reading))
        trailing = trailing_report(token)
        hedged = _reportedly(token, context)
        by_rule = sourcing_rule(token) or hearing_rule(token) or poll_rule(token) or trailing
        by_rule = by_rule or hedged
        reports = q < threshold and _reports_a_that_clause(token, cover, context)
        kept = q >= threshold or by_rule or reports
        if not kept and p < threshold:
            continue
        if token.i not in readings:
            reading = read(model, token, context)
        if reading is None:
            continue
        if trailing or trailing_according(token):
            reading = _reported_before(token, reading, context)
        elif hedged:
            reading = _the_hedged_clause(token, reading, context)
        elif reports:
            reading = _with_the_controller(token, reading)
        if kept:
            found.kept.append((token, 1.0 if by_rule else max(q, threshold), reading))
        if p >= threshold:
            found.sure.append((token, p, reading))
    found.kept += _followers(found)
    return found


def _reported_before(token: Token, reading: Reading, context: DocContext) -> Reading:
    """A trailing reporting clause's or sourcing phrase's content: its sentence up to the
    comma before it."""
    subject = subject_of(token)
    comma = subject.left_edge.i - 1 if subject is not None else token.i
    sentence = context.sentence(token)
    if trailing_according(token) and _runs_on(token, reading.span, sentence):
        comma = sentence.end  # 'A, according to the CBO, and B': PARC's content runs over it
    opening = _quote_open_at(sentence.start, context)
    start, end = trim(context.doc, _inside_a_bracket(context.doc, opening, comma), comma)
    return Reading(Candidate(start, end, {"reported"}), 1.0, reading.source, reading.span)


def _quote_open_at(start: int, context: DocContext) -> int:
    """Where the sentence holding the opening of the quote a sentence starts inside begins
    ('“We waited. When will it end?” the judge said, according to the Post' is one
    sentence to PARC); else the sentence start."""
    quote = context.in_quote[start]
    run_on = start > 0 and context.doc[start].is_lower  # '…?” the judge said' read apart
    if quote < 0 and run_on and context.in_quote[start - 1] >= 0:
        quote = context.in_quote[start - 1]
    if quote < 0:
        return start
    opening = context.doc[context.quotes[quote][0]]
    return min(start, context.sentence(opening).start)


def _inside_a_bracket(doc: Doc, start: int, comma: int) -> int:
    """'… (the real figure is closer to 15 percent, according to the census)': a phrase set
    inside brackets sources what the bracket holds, not the sentence around it."""
    opening = open_bracket(doc, start, comma)
    return start if opening is None else opening + 1


_SET_BESIDE = frozenset({"while", "whereas"})


def _followers(found: Cues) -> list[Scored]:
    """Sure cues the second pass left out as nested that follow a kept cue's content
    rather than sit in it: the same speaker's second verb ('said A but blamed B', 'declined
    to say A, telling reporters B'), another speaker set beside it ('said A, while the
    union accused B') or a sourcing phrase after it ('acknowledged A, according to two
    aides')."""
    kept = {token.i for token, _, _ in found.kept}
    outer = [(token, reading.content) for token, _, reading in found.kept]
    followers = []
    for token, p, reading in found.sure:
        follows = _second_verb(token, kept) or _set_beside(token) or _participle(token)
        follows = follows or trailing_according(token)
        if token.i in kept or not follows:
            continue
        if any(ends_content(token, cue.i, (c.start, c.end)) for cue, c in outer):
            followers.append((token, p, reading))
    return followers


def ends_content(follower: Token, cue: int | None, content: TokenRange) -> bool:
    """The follower's clause opens inside the content, after its cue, and runs to its end:
    cut there, the content leaves the follower its own ('X said that A, adding that B')."""
    start, end = content
    left = follower.left_edge.i
    return start < left < end and (cue is None or cue < left) and _runs_to(follower, end)


def _runs_to(cue: Token, end: int) -> bool:
    """The follower's clause runs to the content's end; a participle's ('…, saying that the
    rebels were "rearming."') up to a closing quote the parse hung on the main verb."""
    last = cue.right_edge.i + 1
    if cue.dep_ == "advcl":
        doc = cue.doc
        while end > last and doc[end - 1].is_punct:
            end -= 1
    return last >= end


def _second_verb(token: Token, kept: set[int]) -> bool:
    return token.dep_ == "conj" and token.head.i in kept and subject_of(token) is None


def _runs_on(token: Token, source: TokenRange | None, sentence: Span) -> bool:
    """The sentence goes on after the sourcing phrase, and not with the writer's comment."""
    after = _after_phrase(token, source, sentence.end)
    return _words_after(token.doc, after, sentence.end) and not _a_comment(token, after, sentence)


def _words_after(doc: Doc, start: int, end: int) -> bool:
    """Words after the phrase, but for a name the parser hung elsewhere ('…, according to
    its chairwoman, Jean Pritchard.')."""
    return any(t.pos_ != "PROPN" for t in doc[start:end] if t.is_alpha or t.is_digit)


def _after_phrase(token: Token, source: TokenRange | None, end: int) -> int:
    """Where the phrase the token heads and its source end, past an aside in brackets and
    the source's date ('according to a poll last week')."""
    doc = token.doc
    start = max(token.right_edge.i + 1, source[1] if source else 0)
    if source and source[1] < end and doc[source[1]].text == "(":  # '…, according to X (…).'
        start = next((t.i for t in doc[source[1] : end] if t.text == ")"), end)
    while start < end and doc[start].ent_type_ in TIME_LABELS:
        start += 1
    return start


_COMMENT_OPENERS = frozenset({"but", "compared", "even", "where"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _a_comment(token: Token, start: int, sentence: Span) -> bool:
    """'Ridership rose 12 percent, according to the authority, even as fares went up',
    '…, according to the audit office - the steepest drop in a decade': after a clause
    whole before it, what follows the phrase is the writer's comment or more of the
    source's name, and PARC's content stops at the phrase."""
    if sentence.root.i > token.i:
        return False
    doc = token.doc
    tail = [t for t in doc[start + 1 : sentence.end] if not t.is_punct]
    if not tail or doc[start].tag_ == "WP" or doc[start].text in DASH_WORDS:
        return True  # a last word, a relative clause on the source ('aides who spoke'), a dash
    if doc[start].text != ",":
        return False
    return tail[0].lower_ in _COMMENT_OPENERS or (
        tail[0].pos_ == "DET" and not any(t.tag_ in _FINITE for t in tail)
    )


def _participle(token: Token) -> bool:
    if token.dep_ != "advcl" or token.tag_ != "VBG" or subject_of(token) is not None:
        return False
    return a_word_of_saying(token) and after_comma(token)


def _set_beside(token: Token) -> bool:
    if token.dep_ != "advcl" or subject_of(token) is None or not classes_of(token.lemma_.lower()):
        return False  # 'the survey showed that 54% backed Trump, while 25% would vote …'
    marks = [c for c in token.children if c.dep_ == "mark" and c.lower_ in _SET_BESIDE]
    return bool(marks) and after_comma(marks[0])
