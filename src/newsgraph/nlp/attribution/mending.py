"""Each attribution the model reads, set right one by one: its spans widened or cut
where PARC marks them otherwise or the parse misled the ranker, and the readings that
attribute nothing left out. `component.tidy` runs these first, then settles how the
attributions relate to each other.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.attribution.content import (
    cued_after,
    is_quote_mark,
    quote_opening_next,
    subtree_range,
    trim,
    with_apposed_name,
)
from newsgraph.nlp.attribution.context import (
    ASIDE_CLAUSES,
    BREAKS,
    DocContext,
    TokenRange,
    shared_tokens,
)
from newsgraph.nlp.attribution.cues import (
    a_word_of_saying,
    document_participle,
    gives_the_words,
    hearing_rule,
    spaced_dash,
    subject_of,
    trailing_according,
)
from newsgraph.nlp.attribution.lexicon import DOCUMENT_HEADS, classes_of
from newsgraph.nlp.attribution.rules import Found
from newsgraph.nlp.attribution.sources import source_span
from newsgraph.nlp.extensions import after_comma, word_end, word_start
from newsgraph.nlp.times.recognize import TIME_LABELS

SOURCING_CUES = frozenset({"according", "per", "citing", "via", "reportedly"})
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d")
# verdicts and charges, with what names the judgement: 'accused of', 'found guilty'
_JUDGING = {
    "accuse": "of",
    "charge": "with",
    "clear": "of",
    "convict": "of",
    "acquit": "of",
    "find": "oprd",
}
_PUNISHING = frozenset({"jail", "imprison", "sentence", "fine", "ban", "sack"})
_PUNISHED = frozenset({"jailed", "imprisoned", "sentenced", "fined", "banned", "sacked"})
_SAYING_POS = frozenset({"NOUN", "PROPN", "VERB", "AUX", "ADJ", "NUM", "PRON", "X", "INTJ"})


def mended(found: list[Found], context: DocContext) -> list[Found]:
    """Each attribution's own spans set right, and those that attribute nothing left out."""
    found = found + [f for f in (_speakers_next_verb(item, context.doc) for item in found) if f]
    for item in found:
        item.content = _whole_quote(item.content, context)
        item.content = _with_shared_tail(item, context.doc)
        item.content = _with_stray_list(item, context.doc)
        item.content = _with_a_second_that(item, context.doc)
        item.content = _without_leading_day(item, context.doc)
        item.content = _without_leading_manner(item, context.doc)
        item.content = _without_the_byline(item, context.doc)
        item.content = _without_the_medium(item, context.doc)
        item.content = _whole_clause_of_the_document(item, context.doc)
        item.content = _without_the_hearer(item, context.doc)
        item.content = _with_the_stranded_clause(item, context.doc)
        item.content = _with_own_clause(item, context.doc)
        item.content = _with_the_judged(item, context.doc)
        item.content = _with_the_named(item, context.doc)
        item.content = _without_the_aside_on_the_object(item, context.doc)
        item.content = _without_where_it_was_said(item, context)
        item.content = _without_dateline(item.content, context)
        item.content = _quote_after_the_medium(item, context)
        item.content = _quote_before_the_hearer(item, context)
        item.content = _with_the_quote_resumed(item, context)
        item.content = _without_the_asides_quote(item, context)
        item.content = _within_the_participle(item, context.doc)
        item.content = _about_not_to(item)
        item.content = _as_it_was_put(item, context.doc)
        item.content = _past_the_idioms_noun(item, context.doc)
        item.content = _without_when_it_was_said(item, context)
        item.content = _with_the_rest_of_the_list(item, context)
        item.content = _without_the_closing_aside(item, context)
        item.content = _without_the_closing_dash(item, context)
        item.content = _after_the_lead_in(item, context)
        _said_in_a_document(item, context.doc)
        _quoted_as_saying(item)
        _seeming_to_say(item)
        _participle_on_its_speaker(item)
        _said_at_the_end(item, context)
        _speaker_inside(item)
        _speaker_after_the_words(item, context)
        _told_before(item, context)
        _with_the_charge(item, context)
        item.source = _with_apposed_source(item, context)
        item.source = item.source and _without_dateline(item.source, context)
        item.source = _with_words(item.source, context.doc)
        item.source = _all_who_said(item.source, context.doc)
        item.source = _whole_name(item, context.doc)
        item.source = _the_counted(item)
    return [
        item
        for item in found
        if not _writes_for_a_bench(item)
        and _says_something(item, context)
        and not _verb_for_a_subject(item)
        and not _punishes(item)
        and not _speaker_for_content(item)
        and not _only_the_medium(item)
        and not _only_where_it_was_filed(item, context.doc)
        and not _only_the_hearer(item)
        and not _only_whom_it_was_told(item)
    ]


# where words are given, in writing or aloud: 'in a statement', 'on a conference call'
_MEDIA = DOCUMENT_HEADS | {"call", "conference", "meeting", "speech", "hearing", "appearance"}


def _without_the_medium(found: Found, doc: Doc) -> TokenRange:
    """'said in a statement that prices would rise': what was said is the that-clause the
    parse hung on the statement, not the statement; nor the statement and where it was
    put, where the clause hangs on the cue ('said in a statement on its website that …')."""
    start, end = found.content
    cue = found.cue
    if cue is None:
        return found.content
    noun = next((t for t in doc[start:end] if t.dep_ == "pobj" and t.head.head.i == cue.i), None)
    if noun is None or noun.left_edge.i < start or noun.lemma_.lower() not in _MEDIA:
        return found.content
    clause = _what_it_says(noun)
    if clause is not None:
        return clause.left_edge.i, end
    medium = noun.head
    after = medium.right_edge.i + 1
    for clause in cue.rights:
        if clause.dep_ == "ccomp" and medium.i == start and clause.left_edge.i == after < end:
            return after, end
    return found.content


def _whole_clause_of_the_document(found: Found, doc: Doc) -> TokenRange:
    """'said in a statement that costs were "strangling investment"': a quote inside the
    that-clause the parse hung on the statement stands for the whole clause."""
    start, end = found.content
    for noun in _media_of(found.cue, ("in",)):
        clause = _what_it_says(noun) if noun.lemma_.lower() in DOCUMENT_HEADS else None
        if clause is None:
            continue
        first, last = clause.left_edge.i, clause.right_edge.i
        if first < start and end <= last + 2:
            return first, max(end, last + 1)
    return found.content


def _media_of(cue: Token | None, prepositions: tuple[str, ...]) -> list[Token]:
    """The nouns of the cue's phrases on these prepositions ('in a statement')."""
    if cue is None:
        return []
    return [
        noun
        for prep in cue.rights
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]


def _what_it_says(noun: Token) -> Token | None:
    """The that-clause a statement or a call takes ('a statement that prices would rise'),
    also where the parse read its 'that' as a relative pronoun with a subject beside it
    ('a conference call that volumes had fallen'), not a true relative clause ('the poll
    that shows him ahead')."""
    for clause in noun.rights:
        said = clause.dep_ in ("acl", "ccomp") or (
            clause.dep_ == "relcl" and _subject_besides_that(clause)
        )
        if said and clause.left_edge.lower_ == "that":
            return clause
    return None


def _said_in_a_document(found: Found, doc: Doc) -> None:
    """'issued a statement saying the cuts were unavoidable': what was said is what the
    statement says, and the saying is the cue (written from the verb: 'issued a
    statement saying'); not the statement itself."""
    start, end = found.content
    if found.cue is None:
        return
    saying = document_participle(found.cue)
    if saying is not None and start <= saying.i < end - 1:
        found.cue, found.content = saying, (saying.i + 1, end)


def _speaker_inside(found: Found) -> None:
    """'Part of the problem, say engineers like Maria Lopez, is the harbour itself': the
    parse takes the words before the cue for its subject and the speaker after it for the
    clause's; the speaker is the source, and what was said is the whole clause around."""
    cue = found.cue
    if cue is None or cue.i == 0 or not a_word_of_saying(cue):
        return
    doc = cue.doc
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    if subject is None or clause is None or doc[cue.i - 1].text != ",":
        return
    if subject.right_edge.i < cue.i - 2 or any(t.dep_ in ASIDE_CLAUSES for t in subject.subtree):
        return  # 'Lewandowski, the former manager, said the staff …': an aside, not a clause
    speaker = next((c for c in clause.children if c.left_edge.i == cue.i + 1), None)
    if speaker is None or speaker.dep_ not in ("nsubj", "nsubjpass"):
        return
    if "," not in (doc[speaker.right_edge.i].text, doc[speaker.right_edge.i + 1].text):
        return
    found.source = source_span(speaker)
    found.content = trim(doc, subject.left_edge.i, clause.right_edge.i + 1)


def _speaker_after_the_words(found: Found, context: DocContext) -> None:
    """'“It cannot pass,” added a Labour councillor.', '“Vote no,” read the leaflet.': the
    parser takes a speaker set after the cue for its object; where the cue has no subject
    of its own, follows the words it reports and that object ends the sentence, the object
    is who spoke."""
    cue = found.cue
    if found.source is not None or cue is None or subject_of(cue) is not None:
        return
    if not gives_the_words(cue) or found.content[0] >= cue.i:
        return
    speaker = next((c for c in cue.rights if c.dep_ == "dobj"), None)
    if speaker is None or speaker.left_edge.i != cue.i + 1:
        return
    if not any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children):
        return
    if _ends_the_sentence(speaker, context, but_for=_next_verb(cue)):
        found.source = source_span(speaker)


def _next_verb(cue: Token) -> Token | None:
    """The verb joined after the cue's own words ('… asked the boy, and then left')."""
    return next((c for c in cue.rights if c.dep_ == "conj" and c.pos_ == "VERB"), None)


def _said_at_the_end(found: Found, context: DocContext) -> None:
    """'Acme has been fined £12m for …, the regulator announced on Thursday.': the
    parser may hang the closing 'the regulator announced' on a noun before it, as a
    clause describing it; the regulator speaks and the sentence before the comma is
    what it said."""
    cue = found.cue
    if cue is None or cue.dep_ != "acl" or cue.tag_ != "VBD" or not a_word_of_saying(cue):
        return
    speaker = cue.head
    before = _before_comma(context, cue, speaker.left_edge.i)
    if before is not None and _ends_the_sentence(cue, context):
        found.source, found.content = (speaker.left_edge.i, cue.i), before


def _ends_the_sentence(phrase: Token, context: DocContext, but_for: Token | None = None) -> bool:
    """Nothing but punctuation after the phrase the token heads, to its sentence's end,
    or to a joined verb the sentence goes on with ('and', then `but_for`)."""
    if but_for is None:
        rest = context.doc[phrase.right_edge.i + 1 : context.sentence(phrase).end]
        return all(t.is_punct or t.is_space for t in rest)
    rest = context.doc[phrase.right_edge.i + 1 : but_for.left_edge.i]
    return all(t.is_punct or t.is_space or t.dep_ == "cc" for t in rest)


def _told_before(found: Found, context: DocContext) -> None:
    """'86 percent backed a strike, the general secretary told a press conference': whom
    the words were told to is never what they were; the sentence before the speaker is."""
    cue, source = found.cue, found.source
    if cue is None or source is None or cue.lemma_.lower() not in _TELLING:
        return
    hearer = next(iter(_hearers_told(cue)), None)
    if hearer is None or found.content != subtree_range(hearer):
        return
    before = _before_comma(context, cue, source[0])
    if before is None or source[1] > cue.i:
        return
    if any(t.pos_ in ("VERB", "AUX") for t in context.doc[before[0] : before[1]]):
        found.content = before  # not 'In Honolulu last week, he told a meeting …'


def _before_comma(context: DocContext, cue: Token, speaker_start: int) -> TokenRange | None:
    """The cue's sentence up to the comma right before its speaker ('X, the union said')."""
    doc, sentence = context.doc, context.sentence(cue)
    comma = speaker_start - 1
    if comma <= sentence.start or doc[comma].text != ",":
        return None
    return trim(doc, sentence.start, comma)


def _with_the_charge(found: Found, context: DocContext) -> None:
    """'accused her rival, businessman Tony Pellegrini, of "pricing families out"': whom
    the charge is laid against and the charge are one content, as PARC marks it, whether
    the model took the accused or the charge alone; the parser may hang the 'of' on the
    name set beside the accused."""
    cue = found.cue
    if cue is None or cue.lemma_.lower() != "accuse":
        return
    target = next((c for c in cue.rights if c.dep_ == "dobj"), None)
    charge = _charge_after(target, context) if target is not None else None
    if target is None or charge is None:
        return
    accused = (target.left_edge.i, target.right_edge.i + 1)
    if found.content == accused or charge.i < found.content[0] <= charge.right_edge.i:
        end = _clause_end(cue, context)
        found.content = trim(context.doc, accused[0], end)


def _clause_end(cue: Token, context: DocContext) -> int:
    """Where the cue's clause ends: at a verb joined to it ('… and said she would …'), or
    at the end of the sentence."""
    sentence = context.sentence(cue)
    for token in sentence[cue.i - sentence.start + 1 :]:
        if token.head.i == cue.i and token.dep_ in ("cc", "conj"):
            return token.i
    return sentence.end


def _charge_after(target: Token, context: DocContext) -> Token | None:
    """The 'of' that lays the charge, after the accused and any name set beside it."""
    doc, sentence = context.doc, context.sentence(target)
    for i in range(target.i + 1, sentence.end):
        if doc[i].lower_ == "of":
            return doc[i]
        if not (doc[i].is_punct or doc[i].pos_ in ("PROPN", "NOUN", "DET", "ADJ")):
            return None  # more than a name set beside the accused stands before any 'of'
    return None


def _quoted_as_saying(found: Found) -> None:
    """'He was quoted by the Yorkshire Post as saying the plan was unfair': he is the
    source and what he said the content, not the paper and its quoting."""
    cue = found.cue
    if cue is None or cue.lemma_.lower() != "quote":
        return
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    saying = next(
        (
            g
            for c in cue.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children
            if g.dep_ == "pcomp" and g.lemma_.lower() == "say"
        ),
        None,
    )
    said = [] if saying is None else [c for c in saying.children if c.dep_ in ("ccomp", "dobj")]
    if subject is None or not said:
        return
    found.content = (said[0].left_edge.i, said[0].right_edge.i + 1)
    found.source = source_span(subject)


_SEEMING = frozenset({"seem", "appear"})
_STANCES = frozenset({"speech", "evaluation", "cognition", "attitude", "evidence"})


def _seeming_to_say(found: Found) -> None:
    """'The mayor seemed to blame the contractor': a stance the writer hedges is still
    the subject's, whether the content is what the mayor seemed to do or the whole clause."""
    cue = found.cue
    if cue is None or found.source is not None or cue.lemma_.lower() not in _SEEMING:
        return
    subject = subject_of(cue)
    verb = next((c for c in cue.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if subject is None or verb is None or not subject.i < cue.i:
        return
    if not (cue.i < found.content[0] or found.content[0] <= subject.left_edge.i):
        return
    if _STANCES.intersection(classes_of(verb.lemma_.lower())):
        found.source = source_span(subject)


def _speakers_next_verb(found: Found, doc: Doc) -> Found | None:
    """'She said the plan was sound and urged the council to back it': a second verb of
    saying or judging ('… and praised the staff') with no subject or auxiliary of its
    own, in the cue's tense, is the speaker's next attribution, though the parser joined
    it to what she said. The content stops before it; the verb attributes the rest to
    the same source."""
    cue, (start, end) = found.cue, found.content
    if cue is None or not a_word_of_saying(cue) or start <= cue.i:
        return None
    verb = next(
        (
            verb
            for clause in cue.rights
            if clause.dep_ == "ccomp"
            for verb in clause.rights
            if _said_next(verb, cue) and start < verb.i < end
        ),
        None,
    )
    if verb is None:
        return None
    cut = verb.left_edge.i
    while cut > start and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
        cut -= 1
    found.content = trim(doc, start, cut)
    return Found(verb, trim(doc, verb.i + 1, end), found.source, found.confidence)


_SAYING_OR_JUDGING = frozenset({"speech", "evaluation"})
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})


def _said_next(verb: Token, cue: Token) -> bool:
    """A verb joined to the clause after the cue that could only be the speaker's."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ != cue.tag_:
        return False
    said = _SAYING_OR_JUDGING.intersection(classes_of(verb.lemma_.lower()))
    return bool(said) and not any(c.dep_ in _OWN_SUBJECT for c in verb.children)


def _within_the_participle(found: Found, doc: Doc) -> TokenRange:
    """'A petition calling for an inquiry has gathered 40,000 signatures': a participle
    on a noun says no more than its own clause; the sentence's verb is the writer's."""
    cue, (start, end) = found.cue, found.content
    noun = _noun_of_the_participle(cue)
    if cue is None or noun is None:
        return found.content
    own_end = cue.right_edge.i + 1
    if start <= cue.i or not own_end <= _verb_of_the_noun(noun) < end:
        return found.content
    return trim(doc, start, own_end)


def _noun_of_the_participle(cue: Token | None) -> Token | None:
    """The noun a cue in -ing is hung on, before it ('a group backing the senator')."""
    if cue is None or cue.tag_ != "VBG" or cue.dep_ != "acl" or cue.head.i > cue.i:
        return None
    return cue.head


def _verb_of_the_noun(noun: Token) -> int:
    """Where the verb stands whose subject the noun heads (-1 when it heads none)."""
    while noun.dep_ == "conj":
        noun = noun.head
    return noun.head.i if noun.dep_ in ("nsubj", "nsubjpass") else -1


# occasions one speaks at: 'a rally blasting the mayor' is the speaker's, not the rally's
_OCCASIONS = frozenset(
    {"speech", "rally", "event", "meeting", "conference", "call", "hearing", "appearance"}
    | {"debate", "interview", "address", "remarks", "session", "visit", "tour", "forum"}
)


def _participle_on_its_speaker(found: Found) -> None:
    """'A group backing the senator', 'residents saying the plant is unsafe': a participle
    hung on a noun right before it has that noun for speaker, without the participle's
    own words; 'her speech praising the plan' is hers, and a bare 'a rally attacking …'
    is left to the model."""
    cue, noun = found.cue, _noun_of_the_participle(found.cue)
    if cue is None or noun is None:
        return
    if noun.pos_ not in ("NOUN", "PROPN", "PRON") or not _speaks(noun):
        return
    if any(t.is_punct for t in cue.doc[noun.i + 1 : cue.i]):
        return
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if noun.lemma_.lower() in _OCCASIONS:
        if owner is not None:
            found.source = source_span(owner)
        return
    start, end = source_span(noun)
    found.source = trim(cue.doc, start, min(end, cue.i))


def _speaks(noun: Token) -> bool:
    """Whether a noun could be who its participle reports: not a word floated after
    the speakers ('the mayor and her deputy both calling for'), not those spoken to or
    through ('an email to employees explaining', 'emailed supporters saying'), not
    the document a speaker puts out ('issued a statement saying': the speaker's)."""
    if noun.lower_ in ("all", "both", "each"):
        return False
    if noun.dep_ == "pobj":
        return noun.head.lower_ == "of"
    if noun.dep_ not in ("dobj", "dative"):
        return True
    verb = noun.head
    if a_word_of_saying(verb) or verb.lemma_.lower() in _ADDRESSING:
        return False  # 'emailed supporters saying …': those it was sent to
    return noun.lemma_.lower() not in DOCUMENT_HEADS


_TELLING = frozenset({"tell", "inform", "assure", "reassure", "remind", "notify", "warn", "advise"})
# verbs whose object is whom something was sent or said to
_ADDRESSING = _TELLING | {"email", "send", "text", "mail", "message", "brief", "write", "call"}


def _without_the_hearer(found: Found, doc: Doc) -> TokenRange:
    """'told BBC Radio Essex on Sunday that he had no regrets': whom the words were told
    to, and when, are no part of them; the content is the clause."""
    start, end = found.content
    cue = found.cue
    if cue is None or start <= cue.i or cue.lemma_.lower() not in _TELLING:
        return found.content
    hearer = next((c for c in cue.rights if c.dep_ in ("dobj", "dative")), None)
    if hearer is None or hearer.left_edge.i != start:
        return found.content
    when = {t.i for c in cue.rights if c.dep_ in ("prep", "npadvmod") for t in c.subtree}
    for clause in cue.rights:
        if clause.dep_ != "ccomp" or not end <= clause.right_edge.i + 2:
            continue
        gap = range(hearer.right_edge.i + 1, clause.left_edge.i)
        if all(i in when or doc[i].is_punct for i in gap):
            return clause.left_edge.i, end
    return found.content


def _with_the_stranded_clause(found: Found, doc: Doc) -> TokenRange:
    """'said during a news conference that he would wait', 'told reporters before the
    summit that the deal was close': the parse hangs the that-clause on the noun before it
    as a relative clause, and the phrases between are when and where it was said."""
    start, end = found.content
    cue = found.cue
    if cue is None or start <= cue.i or not _REPORTS.intersection(classes_of(cue.lemma_)):
        return found.content
    for clause in cue.subtree:
        mark = _that_of_a_stranded_clause(clause, cue)
        if mark is not None and start <= mark.i:
            return mark.i, (end if end > mark.i + 1 else clause.right_edge.i + 1)
    return found.content


_REPORTS = frozenset({"speech", "cognition", "evidence"})
_PHRASE_BETWEEN = frozenset({"prep", "pobj", "npadvmod"})
_HEARERS = frozenset({"dobj", "dative"})
# nouns a that-clause completes ('in the event that …', 'the fact that …')
_COMPLETED = frozenset(
    {"event", "case", "fact", "hope", "idea", "notion", "possibility", "chance", "condition"}
    | {"assumption", "expectation", "fear", "sense", "ground", "basis", "theory", "rumor"}
)


def _that_of_a_stranded_clause(clause: Token, cue: Token) -> Token | None:
    """The 'that' opening a clause read as a relative one, with its own subject, in a
    phrase that hangs on the cue or on whom it tells ('told the “Evening Star” that …');
    not in what the cue calls something ('describing the plan as a buzz that voters would
    reject')."""
    if clause.dep_ != "relcl" or clause.i < cue.i:
        return None
    mark = next((c for c in clause.lefts if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.lefts):
        return None
    head = clause.head
    if head.lemma_ in _COMPLETED or head.lemma_ in DOCUMENT_HEADS or classes_of(head.lemma_):
        return None
    between = _PHRASE_BETWEEN | _HEARERS if cue.lemma_.lower() in _TELLING else _PHRASE_BETWEEN
    while head.i != cue.i and head.dep_ in between and head.lower_ != "as":
        head = head.head
    return mark if head.i == cue.i else None


def headline_passive(found: Found) -> bool:
    """A passive, often a headline's written without its auxiliary, whose subject said
    nothing: '…, inquiry told' (no one told, nothing after it: the subject heard the words)
    and the verdicts and charges of `_judged`."""
    cue = found.cue
    if cue is None:
        return False
    if hearing_rule(cue):
        return True  # '…, the court heard': the court is told, it tells no one
    if cue.lower_ == "told" and not any(c.dep_ in ("aux", "auxpass") for c in cue.children):
        closes = all(c.is_punct or c.is_space for c in cue.rights)
        return closes and not any(c.dep_ in ("dobj", "dative") for c in cue.children)
    return _judged(found, cue)


def _judged(found: Found, cue: Token) -> bool:
    """'Mayor accused of misleading council', 'Councillor found guilty of fraud', 'Witte
    was charged with assault': the subject is the one judged, never who judged (named,
    if at all, after 'by'). Without an auxiliary, no one is judged before the 'of' (the
    parser may take a noun after it for an object: '… over bridge costs')."""
    lemma = cue.lemma_.lower()
    if lemma not in _JUDGING or cue.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ == "auxpass" for c in cue.children):
        source = found.source
        return source is not None and any(
            c.dep_ == "nsubjpass" and c.left_edge.i <= source[0] <= c.right_edge.i
            for c in cue.children
        )
    if any(c.dep_ == "aux" for c in cue.children):
        return False
    verdict = next((c for c in cue.children if _JUDGING[lemma] in (c.dep_, c.lower_)), None)
    return verdict is not None and not any(
        c.dep_ in ("dobj", "dative") and c.i < verdict.i for c in cue.children
    )


def _punishes(found: Found) -> bool:
    """'Landlord jailed over fire that killed two tenants': a sentence passed is news of
    a punishment, no one's claim."""
    cue = found.cue
    if cue is None or cue.pos_ != "VERB":
        return False
    return cue.lemma_.lower() in _PUNISHING or cue.lower_ in _PUNISHED  # lemma of 'fined': 'fin'


def _speaker_for_content(found: Found) -> bool:
    """'Writing on Facebook, the shadow health secretary, Daniel Acheson, accused …': the
    participle read with its own phrase, speaker and all, for what was written. A content
    holds its source only where it is said around its cue too ('“A,” she said, “B.”')."""
    if found.source is None or found.cue is None:
        return False
    start, end = found.content
    return start <= found.source[0] < end and not start <= found.cue.i < end


def _subject_besides_that(clause: Token) -> bool:
    """'on a conference call that volumes had fallen', read as a relative clause, says what
    was told: its 'that' has a subject beside it; 'the poll that shows him ahead' is a
    true relative clause, its 'that' the only subject."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.lower_ != "that" for c in subjects)


def _quote_after_the_medium(found: Found, context: DocContext) -> TokenRange:
    """'Sam Lau said in a statement. “There are no ballots to recount.”': where the cue
    takes only the medium, the quote opening the next sentence is what was said."""
    if not _only_the_medium(found) or found.cue is None:
        return found.content
    quote = quote_opening_next(context.sentence(found.cue).end, context)
    return quote if quote is not None else found.content


def _with_the_quote_resumed(found: Found, context: DocContext) -> TokenRange:
    """'“The plan is sensible,” he said, “because the harbour floods.”': a quote that resumes
    in lower case after the speaker and a comma goes on with the same words."""
    cue = found.cue
    quote = context.quote_closing_at(found.content[1])
    if cue is None or quote is None or quote[0] != found.content[0] or quote[1] > cue.i:
        return found.content
    doc = context.doc
    between = doc[quote[1] : context.sentence(cue).end]
    comma = next((t.i for t in between if t.i > cue.i and t.text == ","), None)
    if comma is None or any(
        t.pos_ in ("VERB", "AUX") and t.i != cue.i for t in between[: comma - quote[1]]
    ):
        return found.content
    resumed = context.quote_opening_at(comma + 1)
    if resumed is None or resumed[1] - resumed[0] < 3 or not doc[resumed[0] + 1].is_lower:
        return found.content
    return quote[0], resumed[1]


def _without_the_asides_quote(found: Found, context: DocContext) -> TokenRange:
    """'“People are angry,” said Jo Reyes, who thinks the staff “need to listen.”': a quote
    after the cue that hangs on a verb of its own between the two quotes (the aside's
    'thinks'), on the speaker's description or on whom the words were told is not more of
    the speaker's words; the first quote is what the cue gives."""
    cue, source = found.cue, found.source
    first = context.quote_opening_at(found.content[0])
    last = context.quote_closing_at(found.content[1])
    if cue is None or first is None or last is None or not first[1] <= cue.i < last[0]:
        return found.content
    if source is not None and source[0] <= first[0] < source[1]:
        return found.content  # the quote names the speaker's show: 'Jo Reyes of “Talk Back”'
    doc = context.doc
    said = min(cue.i, source[0]) if source is not None else cue.i
    opening = context.sentence(cue).start
    if not all(t.is_punct or t.is_space for t in (*doc[opening : first[0]], *doc[first[1] : said])):
        return found.content  # a quoted word in a clause: 'the “excesses” are …, she said'
    hung = [t for t in doc[last[0] : last[1]] if not last[0] <= t.head.i < last[1]]
    speaker = doc[source[0] : source[1]].root if source is not None else None
    if any(_not_the_speakers_words(t, cue, speaker, last[0]) for t in hung):
        return first
    return found.content


def _not_the_speakers_words(word: Token, cue: Token, speaker: Token | None, before: int) -> bool:
    """A quote word hung on a verb after the cue and under it (the speaker's 'who thinks',
    'adding'; not one the cue is set inside: '“…,” he said, wind up in …'), on the
    speaker's own description ('a plaintiff who waited in an “…”'), or the hearer of
    'told' ('told “Morning Call”')."""
    head = word.head
    if head.i == cue.i:
        return word.dep_ in ("dobj", "dative") and cue.lemma_.lower() in _TELLING
    if not cue.i < head.i < before:
        return False
    if speaker is not None and (head == speaker or speaker.is_ancestor(head)):
        return True
    return head.pos_ in ("VERB", "AUX") and cue.is_ancestor(head)


def _quote_before_the_hearer(found: Found, context: DocContext) -> TokenRange:
    """'“Would you vote for it?” the reporter asked him.': whom the words were put to is
    not what was said; the quote just before the cue and its source is."""
    start, end = found.content
    cue = found.cue
    if cue is None or end - start != 1 or start <= cue.i or not a_word_of_saying(cue):
        return found.content
    hearer = context.doc[start]
    if hearer.pos_ != "PRON" or hearer.dep_ not in ("dobj", "dative") or hearer.head.i != cue.i:
        return found.content
    before = min([cue.i] + ([found.source[0]] if found.source else []))
    while before > 0 and context.words[before - 1] is None and context.in_quote[before - 1] < 0:
        before -= 1
    quote = context.quote_closing_at(before)
    return quote if quote is not None else found.content


def _only_the_medium(found: Found) -> bool:
    """'Walsh conceded in a brief statement': the statement is where he spoke, not what he
    said; a content that is only that attributes nothing."""
    return any(
        medium.lemma_.lower() in _MEDIA
        and found.content == (medium.left_edge.i, medium.right_edge.i + 1)
        and not any(c.dep_ in ("acl", "relcl", "ccomp") for c in medium.rights)
        for medium in _media_of(found.cue, ("in", "on"))
    )


_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _only_where_it_was_filed(found: Found, doc: Doc) -> bool:
    """'Ana Ruiz reported from Lagos': a contributor line names where the reporter was,
    not what was reported."""
    start, end = found.content
    cue = found.cue
    if cue is None or start == 0 or doc[start - 1].lower_ != "from" or doc[start - 1].head != cue:
        return False
    words = [t for t in doc[start:end] if not t.is_punct]
    return bool(words) and all(t.ent_type_ in _PLACES for t in words)


# verbs whose 'to' names who heard it: 'wrote to the council', 'spoke to reporters'
_SPOKEN_TO = frozenset(
    {"write", "speak", "talk", "say", "explain", "complain", "announce", "mention"}
    | {"report", "add", "confide", "boast", "brag", "lie", "apologize", "apologise"}
)


def _only_the_hearer(found: Found) -> bool:
    """'Residents have written to the council': the council heard it; a content that is
    only who it was said to attributes nothing."""
    hearer = _hearer_as_content(found)
    return hearer is not None and not any(c.dep_ == "prep" for c in hearer.rights)


def _only_whom_it_was_told(found: Found) -> bool:
    """'… what the minister told BBC Radio before the vote': a content that is only the
    one told, a name, is no claim."""
    return found.cue is not None and any(
        hearer.pos_ in ("PROPN", "PRON")
        and found.content == subtree_range(hearer)
        and not any(p.dep_ == "prep" for p in hearer.rights)
        for hearer in _hearers_told(found.cue)
    )


def _hearers_told(cue: Token) -> list[Token]:
    """Whom a verb of telling took as its object ('told reporters', 'told BBC Radio')."""
    if cue.lemma_.lower() not in _TELLING:
        return []
    return [c for c in cue.rights if c.dep_ in ("dobj", "dative")]


def _about_not_to(found: Found) -> TokenRange:
    """'He is talking to voters about health care', with 'about' hung on the voters:
    what he talks about is the content, not whom he talks to."""
    hearer = _hearer_as_content(found)
    topic = (
        None
        if hearer is None
        else next((c for c in hearer.rights if c.dep_ == "prep" and c.lower_ in _TOPICS), None)
    )
    return found.content if topic is None else subtree_range(topic)


_TOPICS = frozenset({"about", "on", "over", "regarding"})


def _as_it_was_put(found: Found, doc: Doc) -> TokenRange:
    """'The plan, as one grocer put it, is a tax on staying open': what was put is the
    clause the aside sits in, not 'it'; after the aside where it opens the sentence ('As
    the mayor put it, the city …'), before it where it closes the clause. Not where a
    colon follows ('put it: “…”': the words after it, as read already), nor where the
    clause is a word of saying's or thinking's own (the aside then nests in its content)."""
    cue = found.cue
    if cue is None or cue.lemma_.lower() != "put" or cue.dep_ != "advcl":
        return found.content
    children = {child.dep_: child.lower_ for child in cue.children}
    if children.get("mark") != "as" or children.get("dobj") != "it":
        return found.content
    host, after = cue.head, cue.right_edge.i + 1
    if (after < len(doc) and doc[after].text == ":") or classes_of(host.lemma_.lower()):
        return found.content
    start, end = host.left_edge.i, host.right_edge.i + 1
    if all(t.is_punct or t.pos_ in ("PUNCT", "CCONJ", "SYM") for t in doc[start : cue.left_edge.i]):
        start = after
    elif cue.i > host.i:
        end = cue.left_edge.i
    start, end = trim(doc, start, end)
    return (start, end) if start < end else found.content


# verb-noun-preposition idioms whose noun is part of the cue: 'took aim at', 'made
# reference to', 'cast doubt on', 'threw her support behind', 'raised questions about'
_IDIOMS = {
    "take": frozenset({"aim", "swipe", "shot", "issue", "stance"}),
    "make": frozenset({"reference", "mention", "fun", "secret"}),
    "pay": frozenset({"attention", "tribute"}),
    "draw": frozenset({"attention"}),
    "call": frozenset({"attention"}),
    "cast": frozenset({"doubt", "vote", "ballot", "aspersion"}),
    "poke": frozenset({"fun"}),
    "pledge": frozenset({"allegiance", "support"}),
    "throw": frozenset({"support", "weight"}),
    "voice": frozenset({"support", "opposition"}),
    "raise": frozenset({"question", "concern", "doubt"}),
}


def _past_the_idioms_noun(found: Found, doc: Doc) -> TokenRange:
    """'made no reference to the strike in her speech': what the mayor referred to is the
    strike, the object of the idiom's preposition, not the noun that makes the idiom."""
    cue = found.cue
    start, end = found.content
    if cue is None:
        return found.content
    noun = next((c for c in cue.children if c.dep_ == "dobj"), None)
    nouns = _IDIOMS.get(cue.lemma_.lower(), frozenset())
    if noun is None or noun.lemma_.lower() not in nouns or noun.left_edge.i != start:
        return found.content
    preps = [c for c in (*noun.rights, *cue.rights) if c.dep_ == "prep" and c.i > noun.i]
    target = next((o for p in preps for o in p.children if o.dep_ == "pobj"), None)
    if target is None or not start <= target.i < end:
        return found.content
    return trim(doc, target.left_edge.i, target.right_edge.i + 1)


# what opens a clause on the cue that says when or despite what, not what was said
_SETTING_MARKS = frozenset({"after", "before", "while", "though", "although", "since", "until"})


def _without_when_it_was_said(found: Found, context: DocContext) -> TokenRange:
    """'praised the plan while visiting the depot', 'objected, though she voted for it': a
    clause on the cue itself that says when or despite what is the writer's, not part of
    what was said, unless it is quoted."""
    cue = found.cue
    start, end = found.content
    if cue is None or start <= cue.i:
        return found.content
    for clause in cue.rights:
        mark = next((m for m in clause.children if m.dep_ == "mark"), None)
        if clause.dep_ != "advcl" or mark is None or mark.lower_ not in _SETTING_MARKS:
            continue
        opening = clause.left_edge.i
        if start < opening < end and context.in_quote[opening] < 0:
            return trim(context.doc, start, opening)
    return found.content


def _with_the_rest_of_the_list(found: Found, context: DocContext) -> TokenRange:
    """'supported ending caucuses, limiting superdelegates and binding them to the vote':
    a content that is one verb phrase of a list ('A, B and C' of the same verb form) takes
    the whole list, however the parse hung its other members."""
    start, end = found.content
    doc = context.doc
    heads = [t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    if len(heads) != 1 or heads[0].tag_ not in ("VB", "VBG") or end + 1 >= len(doc):
        return found.content
    form = heads[0].tag_
    follower = doc[end + 2] if doc[end + 1].tag_ == "RB" and end + 2 < len(doc) else doc[end + 1]
    if doc[end].text != "," or not _a_list_member(follower, form):
        return found.content
    sentence = context.sentence(doc[start])
    for i in range(end + 2, sentence.end - 1):
        if doc[i].text in (";", ":") or spaced_dash(doc[i]):
            break
        if doc[i].lower_ in ("and", "or") and _a_list_member(doc[i + 1], form):
            last = doc[i + 1]
            phrase = last.head if last.dep_ == "amod" else last
            return trim(doc, start, max(last.i, phrase.right_edge.i) + 1)
    return found.content


def _a_list_member(token: Token, form: str) -> bool:
    """A verb of the list's form with no subject of its own (a phrase, not a clause)."""
    return token.tag_ == form and subject_of(token) is None


def _hearer_as_content(found: Found) -> Token | None:
    cue = found.cue
    if cue is None or cue.lemma_.lower() not in _SPOKEN_TO:
        return None
    hearers = _media_of(cue, ("to",))
    return next((h for h in hearers if found.content == subtree_range(h)), None)


def _verb_for_a_subject(found: Found) -> bool:
    """'Minister rejects calls to quit': a headline the parser read with a verb for the
    cue's subject ('rejects … calls'), so the cue is the object noun, not a verb."""
    cue = found.cue
    return cue is not None and any(
        c.dep_ == "nsubj" and c.tag_ in ("VBZ", "VBD", "VBP") for c in cue.children
    )


def _says_something(found: Found, context: DocContext) -> bool:
    """'Library staff have also protested': a content of an adverb or a function word
    alone ('also') is no claim, only a word the ranker took in after the cue; nor is a
    time alone ('took charge in October 2023'). Words in quotation marks are a claim
    whatever they are ('"Absolutely not," she said')."""
    content = context.doc[found.content[0] : found.content[1]]
    words = [t for t in content if t.is_alpha]
    if words and all(context.in_quote[t.i] >= 0 for t in words):
        return True
    said = [t for t in content if t.pos_ in _SAYING_POS]
    return bool(said) and not all(t.ent_type_ in TIME_LABELS for t in said)


def _with_words(source: TokenRange | None, doc: Doc) -> TokenRange | None:
    """A source of punctuation alone ('Which?' cut at its mark by the sentence splitter)
    names no one: none rather than a '?'."""
    if source is None or has_words(doc, source):
        return source
    return None


def has_words(doc: Doc, span: TokenRange) -> bool:
    """A letter or digit in the span: marks alone ('?', '<', a lone quotation mark) name
    no one and say nothing."""
    return any(c.isalnum() for c in doc[span[0] : span[1]].text)


def _whole_name(found: Found, doc: Doc) -> TokenRange | None:
    """'Campaign group Clean Rivers Now said': a source the parse ends inside a name (it
    took 'Now' for an adverb) runs to the end of the name, short of the cue and the
    content (the recogniser may run a name on into them: 'Mayor Reyes Says')."""
    if found.source is None or found.cue is None:
        return found.source
    start, end = found.source
    name_end = end
    while name_end < len(doc) and doc[name_end].ent_iob_ == "I":
        name_end += 1  # the name the source's last word begins or continues runs on
    after = [i for i in (found.cue.i, found.content[0]) if i >= end]
    if name_end == end or name_end > min(after, default=len(doc)):
        return found.source
    return start, name_end


# a share of those asked: 'two-thirds', 'half', 'a quarter'
_SHARES = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths"})


def _the_counted(found: Found) -> TokenRange | None:
    """'About 4 in 10 say …', 'Two-thirds support …', 'Roughly 3 in 10 said …': a poll's
    share is who says it, however the parser hung it on the cue."""
    if found.cue is None:
        return found.source
    if found.source is not None:
        return _out_of_how_many(found.source, found.cue)
    return _share_hung_on(found.cue)


def _out_of_how_many(source: TokenRange, cue: Token) -> TokenRange:
    """'Roughly 3 in 10 said': the parser took 'in 10' for the cue's; it ends the share."""
    start, end = source
    doc = cue.doc
    out_of = doc[end : cue.i]
    if len(out_of) == 2 and out_of[0].lower_ == "in" and out_of[1].like_num:
        return (start, cue.i) if doc[end - 1].like_num else source
    return source


def _share_hung_on(cue: Token) -> TokenRange | None:
    """'About 4 in 10 say', 'Two-thirds support': a share the parser made a number or a
    compound right before a cue with no subject."""
    share = next((c for c in cue.lefts if c.dep_ in ("nummod", "compound")), None)
    if share is None or share.right_edge.i != cue.i - 1 or subject_of(cue) is not None:
        return None
    if not any(w.like_num or w.lower_ in _SHARES for w in share.subtree):
        return None
    return word_start(cue.doc, share.left_edge.i), cue.i


def _all_who_said(source: TokenRange | None, doc: Doc) -> TokenRange | None:
    """'His widow, friends and former colleagues have called for …', which the parser may
    read with two subjects: a source the ranker took at the later one is all of them."""
    if source is None:
        return source
    start, end = source
    head = doc[start:end].root
    if head.dep_ not in ("nsubj", "nsubjpass") or start < 2 or doc[start - 1].text != ",":
        return source
    if not any(c.dep_ == "conj" for c in head.children):
        return source  # a list goes on ('friends and former colleagues'); a lone name not
    before = doc[start - 2]
    while before.i != before.head.i and before.dep_ not in ("nsubj", "nsubjpass"):
        before = before.head
    if before.dep_ != head.dep_ or before.head.i != head.head.i or before.i > start:
        return source
    return word_start(doc, before.left_edge.i), end


_BENCHES = frozenset({"majority", "minority", "plurality", "court", "panel", "bench"})


def _writes_for_a_bench(found: Found) -> bool:
    """'Writing for the majority, Justice Voss said …': whom a judge writes for, not what
    she says."""
    cue = found.cue
    if cue is None or cue.lemma_.lower() != "write":
        return False
    start, end = found.content
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            held = prep.left_edge.i <= start and end <= prep.right_edge.i + 1
            if held and any(c.lemma_.lower() in _BENCHES for c in prep.children):
                return True
    return False


def _with_shared_tail(found: Found, doc: Doc) -> TokenRange:
    """'The rabbis will pledge to …, the federation said, and restate …': a bare verb
    after the cue cannot share the cue's tense and subject, so the parser's conjunct of
    'said' continues the content the cue interrupts (and `_closed_quote` closes its quote)."""
    start, end = found.content
    cue = found.cue
    if cue is None or cue.tag_ not in ("VBD", "VBZ", "VBP") or end > cue.i:
        return found.content
    for child in cue.children:
        if _continues_content(child, found):
            return trim(doc, start, child.right_edge.i + 1)
    return found.content


def _with_stray_list(found: Found, doc: Doc) -> TokenRange:
    """'told jurors that he had bought a home in Portugal, two sports cars and a racehorse':
    a verb takes no object after the clause it reports, so a list the parser hung on the
    cue past the content's comma is the rest of the content's ('…, the first two states to
    vote' is the writer's gloss, no list, and PARC leaves it out)."""
    start, end = found.content
    cue = found.cue
    if cue is None or cue.pos_ != "VERB" or start <= cue.i or end >= len(doc):
        return found.content
    if doc[end].text != "," or not any(c.dep_ == "ccomp" for c in cue.children):
        return found.content
    for child in cue.children:
        listed = any(c.dep_ == "conj" for c in child.children)
        if child.dep_ == "dobj" and child.left_edge.i == end + 1 and listed:
            return trim(doc, start, child.right_edge.i + 1)
    return found.content


def _with_a_second_that(found: Found, doc: Doc) -> TokenRange:
    """'believes there are no good options, but that the cheaper plan will have to do': a
    clause opened by 'that' and conjoined to the cue after its content is a second thing
    the cue reports, so the content runs over both."""
    start, end = found.content
    cue = found.cue
    if cue is None or start <= cue.i:
        return found.content
    for verb in cue.rights:
        if verb.dep_ != "conj" or verb.left_edge.i < end:
            continue
        opening = doc[verb.left_edge.i]
        between = doc[end : opening.i]
        joined = all(t.is_punct or t.is_space or t.dep_ == "cc" for t in between)
        if joined and opening.lower_ == "that" and opening.dep_ == "mark":
            return trim(doc, start, verb.right_edge.i + 1)
    return found.content


def _continues_content(verb: Token, found: Found) -> bool:
    """A bare verb conjoined right after the cue and its source (", and restate …"), with no
    subject, auxiliary or other words of the cue's between."""
    if verb.dep_ != "conj" or verb.tag_ != "VB" or found.cue is None:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return False
    source = range(*found.source) if found.source else range(0)
    between = verb.doc[found.cue.i + 1 : verb.i]
    return all(t.is_punct or t.is_space or t.dep_ == "cc" or t.i in source for t in between)


def _with_apposed_source(found: Found, context: DocContext) -> TokenRange | None:
    """'according to its chairwoman, Jean Pritchard.': the name is the source's too, and
    no part of a content that follows it ('…, OCHA, only a fifth …')."""
    if found.source is None or found.cue is None or found.cue.lower_ not in SOURCING_CUES:
        return found.source
    start, end = found.source
    sentence_end = context.sentences[context.sentence_of[end - 1]].end
    name_end = with_apposed_name(context.doc, end, sentence_end)
    if end <= found.content[0] < name_end:
        found.content = trim(context.doc, name_end, found.content[1])
    return start, name_end


def _with_own_clause(found: Found, doc: Doc) -> TokenRange:
    """'told shareholders the company expected results "well before the summer."': a quote
    that ends the clause the cue takes is part of what was said, not all of it."""
    start, end = found.content
    cue = found.cue
    if cue is None or start <= cue.i or not is_quote_mark(doc[start]):
        return found.content
    for clause in cue.rights:
        if clause.dep_ == "ccomp" and clause.left_edge.i < start <= clause.right_edge.i:
            return clause.left_edge.i, end
    return found.content


# verbs that judge what they are said of when passive with no one named: 'is expected to'
_JUDGED_BY_NO_ONE = frozenset(
    {"expect", "see", "view", "consider", "deem", "regard", "know", "believe", "think"}
    | {"rumor", "rumour", "perceive", "declare", "criticize", "criticise", "accuse"}
)
_RAISING = frozenset({"seem", "appear"})
_PREDICATES = frozenset({"xcomp", "acomp", "attr", "oprd", "prep"})
_ATTRIBUTING = frozenset({"speech", "cognition", "evaluation", "evidence"})
_SET_OFF = BREAKS | {",", "-"}  # a spaced hyphen stands for a dash in some archives


def _with_the_judged(found: Found, doc: Doc) -> TokenRange:
    """'Trump seemed to lose his temper', 'the bill is expected to pass': what seems, or is
    expected, is the whole clause, its subject with it (PARC keeps the cue inside), and
    no one is its source."""
    start, end = found.content
    cue = found.cue
    if cue is None or not _judges_its_subject(cue):
        return found.content
    subject = _subject_before(cue)
    predicate = next((c for c in cue.rights if _predicate_of(cue, c)), None)
    if subject is None or predicate is None:
        return found.content
    if subject.left_edge.i <= start and end <= subject.right_edge.i + 1:
        end = predicate.right_edge.i + 1  # 'Shipping lines are considered the losers'
    elif start <= cue.i or start < predicate.left_edge.i:
        return found.content
    if _reports_a_clause(predicate):
        return found.content  # 'seemed to think that …': the thinking is the cue
    found.source = None
    return trim(doc, _subject_start(subject), end)


_CALLING = frozenset(  # naming a thing: "called", "known as"
    {"call", "know", "name", "title", "dub", "label", "nickname", "term"}
)


def _with_the_named(found: Found, doc: Doc) -> TokenRange:
    """'a website called “Vote Local”', 'the contests known as Super Tuesday': with no one
    naming it, what is named is the noun with its name, as PARC marks it."""
    start, end = found.content
    cue = found.cue
    if cue is None or found.source is not None or start <= cue.i:
        return found.content
    if cue.lemma_ not in _CALLING or cue.dep_ != "acl" or cue.tag_ != "VBN":
        return found.content
    return trim(doc, cue.head.left_edge.i, min(end, cue.right_edge.i + 1))


_RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$"})


def _without_the_aside_on_the_object(found: Found, doc: Doc) -> TokenRange:
    """'praised Jeb Bush, who left the race on Saturday': PARC marks whom the cue is about,
    not what the writer adds after a comma about them."""
    start, end = found.content
    cue = found.cue
    if cue is None:
        return found.content
    for obj in _objects_of(cue):
        if trim(doc, *subtree_range(obj)) != (start, end):
            continue
        for aside in obj.subtree:
            if (
                aside.dep_ == "relcl"
                and aside.right_edge.i == obj.right_edge.i
                and aside.left_edge.tag_ in _RELATIVE_TAGS
                and after_comma(aside)
            ):
                return trim(doc, start, aside.left_edge.i - 1)
    return found.content


# where words were put out, named after them: 'on a radio show', 'in a tweet'
_ON_AIR = frozenset(
    {"show", "program", "programme", "radio", "television", "tv", "broadcast", "channel"}
    | {"page", "site", "website", "feed", "blog", "podcast", "call"}
    | {"facebook", "twitter", "instagram", "youtube"}
)
_OUTLETS = {
    "in": (_MEDIA - {"record", "records", "figures", "numbers", "data"}) | {"op-ed"},
    "on": _ON_AIR,
    "during": _OCCASIONS,
}


def _without_where_it_was_said(found: Found, context: DocContext) -> TokenRange:
    """'defended the budget on a radio show', 'criticised the mayor in a tweet': the
    outlet the cue was given in, after what it is about, is no part of it."""
    start, end = found.content
    cue = found.cue
    if cue is None:
        return found.content
    doc = context.doc
    last = trim(doc, start, end)[1] - 1
    heads = [cue, *(c for c in cue.rights if c.dep_ == "dobj")]
    for prep in (p for head in heads for p in head.rights):
        if (
            prep.dep_ == "prep"
            and prep.lower_ in _OUTLETS
            and start < prep.i <= last
            and _only_when(doc[prep.right_edge.i + 1 : last + 1])
            and context.in_quote[prep.i] < 0
            and any(
                o.dep_ == "pobj" and o.lemma_.lower() in _OUTLETS[prep.lower_]
                for o in prep.children
            )
        ):
            return trim(doc, start, prep.i)
    return found.content


def _only_when(words: Span) -> bool:
    """Nothing but a date or a time, with its preposition ('on Monday', 'last week')."""
    return all(
        t.ent_type_ in TIME_LABELS
        or (t.dep_ == "prep" and t.i + 1 < len(t.doc) and t.nbor().ent_type_ in TIME_LABELS)
        for t in words
    )


def _objects_of(cue: Token) -> list[Token]:
    """What the cue acts on: its direct object or the object of its preposition."""
    objects = [c for c in cue.rights if c.dep_ == "dobj"]
    for prep in cue.rights:
        if prep.dep_ == "prep":
            objects.extend(c for c in prep.children if c.dep_ == "pobj")
    return objects


def _predicate_of(cue: Token, child: Token) -> bool:
    """What the subject is said to be or do; 'seems like a good idea', not 'appeared on TV'."""
    if child.dep_ == "prep" and cue.lemma_ in _RAISING:
        return child.lower_ == "like"
    return child.dep_ in _PREDICATES


def _judges_its_subject(cue: Token) -> bool:
    if cue.lemma_ in _RAISING:
        return True
    deps = {child.dep_ for child in cue.children}
    return cue.lemma_ in _JUDGED_BY_NO_ONE and "auxpass" in deps and "agent" not in deps


def _reports_a_clause(verb: Token) -> bool:
    return any(child.dep_ == "ccomp" for child in verb.children) and bool(
        _ATTRIBUTING.intersection(classes_of(verb.lemma_))
    )


def _subject_start(subject: Token) -> int:
    """Where the subject begins, not counting a clause the parse joined to it by a comma
    ('… own a home, or drawing on home equity seems too risky')."""
    doc = subject.doc
    start = subject.left_edge.i
    for i in range(subject.i - 1, start - 1, -1):
        if doc[i].text in _SET_OFF:
            start = i + 1
            break
    while start < subject.i and doc[start].dep_ == "cc":
        start += 1
    return start


def _subject_before(cue: Token) -> Token | None:
    """The verb's own subject before it ('…, and Trump is expected to win': Trump), or for
    a verb joined to another with none of its own, the first verb's; not an empty 'it'."""
    verbs = [cue, cue.head] if cue.dep_ == "conj" and cue.head.i < cue.i else [cue]
    for verb in verbs:
        subject = subject_of(verb)
        if subject is not None and subject.i < verb.i:
            return None if subject.lower_ in ("it", "there") else subject
    return None


def _without_leading_day(found: Found, doc: Doc) -> TokenRange:
    """'said on Monday it would cut …': the day dates the saying, though the parser may
    hang it on the reported verb."""
    start, end = found.content
    cue = found.cue
    opener = doc[start]
    if cue is None or start != cue.i + 1 or opener.lower_ != "on" or opener.dep_ != "prep":
        return found.content
    edge = opener.right_edge.i + 1
    if edge >= end or not all(t.ent_type_ in TIME_LABELS for t in doc[start + 1 : edge]):
        return found.content
    return trim(doc, edge, end)


def _without_leading_manner(found: Found, doc: Doc) -> TokenRange:
    """'would say only that …', 'argued emphatically – naming him twice – that …': the
    adverb tells how it was said, and the content starts at 'that'."""
    start, end = found.content
    cue = found.cue
    opener = doc[start]
    if cue is None or start <= cue.i or opener.tag_ != "RB" or opener.dep_ != "advmod":
        return found.content
    for token in doc[start + 1 : min(end, start + 16)]:
        said_by = token.head.head.i  # the cue, or the aside the parser hung it on
        if (
            token.lower_ == "that"
            and token.dep_ == "mark"
            and (said_by == cue.i or start <= said_by < token.i)
        ):
            set_off = token.i == start + 1 or _sets_off(doc[start + 1], doc[token.i - 1])
            return trim(doc, token.i, end) if set_off else found.content
    return found.content


def _without_the_byline(found: Found, doc: Doc) -> TokenRange:
    """'According to Maria Lopez, writing for the Gazette, the port will close': where and
    how the source put it, set off by commas, is no part of what it says."""
    start, end = found.content
    cue = found.cue
    if cue is None or cue.lower_ != "according" or start <= cue.i + 2:
        return found.content
    if doc[start].tag_ not in ("VBG", "VBN") or doc[start - 1].text != ",":
        return found.content
    comma = next((i for i in range(start + 1, end - 1) if doc[i].text == ","), None)
    return found.content if comma is None else trim(doc, comma + 1, end)


def _sets_off(first: Token, last: Token) -> bool:
    return first.text in _SET_OFF and last.text in _SET_OFF


def _whole_quote(content: TokenRange, context: DocContext) -> TokenRange:
    """A content that opens on a paragraph's reopening mark starts where the quote does."""
    start, end = content
    k = context.in_quote[start]
    if k >= 0 and context.quotes[k][0] < start and is_quote_mark(context.doc[start]):
        return context.quotes[k][0], end
    return content


def closed_quote(content: TokenRange, context: DocContext) -> TokenRange:
    """A content ending inside a quote runs on to its closing mark when only punctuation
    is left ('had "walked away from every promise they made."'): the parse hangs the
    full stop and the mark on the main verb."""
    start, end = content
    quote = _quote_open_at_the_end(content, context)
    if quote is None or any(not context.doc[i].is_punct for i in range(end, quote[1])):
        return content
    return start, quote[1]


def _quote_open_at_the_end(content: TokenRange, context: DocContext) -> TokenRange | None:
    """The quote the content's last word lies in, where it closes after the content."""
    k = context.in_quote[content[1] - 1]
    quote = context.quotes[k] if k >= 0 else None
    return quote if quote is not None and quote[1] > content[1] else None


def quote_run_on(content: TokenRange, context: DocContext) -> TokenRange:
    """'added that he alone had spent his life “defending the charter. I will say this: …”':
    a quote opened inside reported words and left open at the end of the sentence goes on
    with the same speaker's words to its closing mark in the paragraph, unless a cue of its
    own follows that mark or a colon opens it."""
    start, end = content
    quote = _quote_open_at_the_end(content, context)
    if quote is None:
        return content
    quote_start, quote_end = quote
    doc = context.doc
    sentence_end = context.sentence(doc[end - 1]).end
    if not (start < quote_start < end - 1 and sentence_end < quote_end):
        return content
    if doc[quote_start - 1].text == ":":  # a quote a colon introduces is that clause's
        return content
    if any(not doc[i].is_punct for i in range(end, sentence_end)):
        return content
    same_paragraph = context.paragraph_of[quote_end - 1] == context.paragraph_of[end - 1]
    if not same_paragraph or cued_after(quote_end, context):
        return content
    return start, quote_end


def without_stray_marks(content: TokenRange, context: DocContext) -> TokenRange:
    """No mark of a quote that lies outside the content at its edges: the sentence
    splitter leaves the opening mark of the next sentence's quote on the one before
    ("… to their problems. ''America is …"), and a closing mark on the next one."""
    start, end = content
    if end - start > 1 and (quote := context.quote_opening_at(end - 1)) and quote[1] > end:
        start, end = trim(context.doc, start, end - 1)
    if end - start > 1 and (quote := context.quote_closing_at(start + 1)) and quote[0] < start:
        start, end = trim(context.doc, start + 1, end)
    return start, end


def in_whole_words(found: Found, doc: Doc) -> TokenRange:
    """A content never starts or stops inside a hyphenated word the parse split ('endorsed
    the re-election of …' read as three objects), unless that word is its cue ('the
    most-talked-about exchange')."""
    start, end = found.content
    whole = word_start(doc, start)
    if found.cue is not None and whole <= found.cue.i < start:
        whole = start
    return whole, word_end(doc, end)


def _without_dateline(content: TokenRange, context: DocContext) -> TokenRange:
    """A content or source opening its line starts after a dateline ("ROTTERDAM —",
    "MOSCOW (Reuters) —", "New York (AFP) –", "LONDON, May 3 (Reuters) -") or a live
    report's time ("07:30 —"): a place in capitals or with its agency, a date, then a
    spaced dash. PARC never counts it in the content, and no one is a place's wire."""
    doc = context.doc
    start, end = content
    opens_line = start == 0 or (doc[start - 1].is_space and "\n" in doc[start - 1].text)
    if not opens_line:
        return content
    marked = _capitals(doc[start]) or _CLOCK.fullmatch(doc[start].text) is not None
    for i in range(start + 1, min(end - 1, start + 10)):
        token = doc[i]
        marked = marked or token.text == "("  # '(AFP)', '(Reuters)'
        if spaced_dash(token):
            sentence = context.sentence(token)
            aside = any(spaced_dash(t) for t in doc[i + 1 : sentence.end])  # "NASA — the agency —"
            return content if aside or not marked else trim(doc, i + 1, end)
        if not (_capitals(token) or token.is_punct or token.like_num or token.pos_ == "PROPN"):
            return content
    return content


def _capitals(token: Token) -> bool:
    return token.is_upper and token.is_alpha and len(token) > 1


_WH = frozenset({"which", "who", "whom", "whose", "where", "when"})


def _without_the_closing_aside(found: Found, context: DocContext) -> TokenRange:
    """'… cited the Head Start program, the pre-school run by councils': an aside set off
    by a comma on the content's last noun (an apposition, or a clause opened by 'which',
    'who', 'where') is the writer's gloss, not what was said."""
    start, end = found.content
    doc = context.doc
    if not _in_reported_words(found, context):
        return found.content
    end = _before_a_closing_according(doc, start, end)
    for aside in doc[start:end]:
        comma = aside.left_edge.i - 1
        if comma <= start or not after_comma(aside) or aside.right_edge.i + 2 < end:
            continue
        if not start <= aside.head.i < comma or context.in_quote[aside.i] >= 0:
            continue
        if _a_gloss(aside) and not _holds_a_speaker(found, aside):
            return _the_sourced_gloss(found, aside, end) or trim(doc, start, comma)
    return found.content


def _before_a_closing_according(doc: Doc, start: int, end: int) -> int:
    """Where a content would end without the 'according to X' closing it, which sources
    what comes before it, not the cue's words."""
    for token in doc[start:end]:
        if trailing_according(token) and token.right_edge.i + 1 == end:
            return token.i - 1
    return end


def _the_sourced_gloss(found: Found, aside: Token, end: int) -> TokenRange | None:
    """'… the gap in the budget, which stood at $40 million, according to the auditor':
    a closing 'according to' sources the relative clause right before it, not the
    sentence the clause hangs on."""
    cue = found.cue
    if cue is None or cue.lower_ != "according" or aside.left_edge.lower_ not in _WHO_OR_WHICH:
        return None
    if cue.i != aside.right_edge.i + 2 or aside.dep_ != "relcl":
        return None  # the phrase must follow the clause's closing comma
    noun = aside.head
    if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() == "compare":
        return None  # '…, compared with Sanders, who had 1,401': the clause completes the claim
    return trim(aside.doc, aside.left_edge.i, end)


_WHO_OR_WHICH = frozenset({"which", "who", "whose"})  # not a time's 'when', a place's 'where'


def _in_reported_words(found: Found, context: DocContext) -> bool:
    """A content with a cue, in the writer's words rather than a quote: where a gloss or a
    comment of the writer's may close it."""
    start = found.content[0]
    quoted = context.in_quote[start] >= 0 or is_quote_mark(context.doc[start])
    return found.cue is not None and not quoted


def _a_gloss(aside: Token) -> bool:
    """'the firm the party hired', 'which allows …'; not a place's state ('Buffalo, New
    York') or a name ('his wife, Sarah')."""
    if aside.dep_ == "relcl":
        return aside.left_edge.lower_ in _WH
    return aside.dep_ == "appos" and aside.pos_ == "NOUN" and aside.left_edge.pos_ == "DET"


def _holds_a_speaker(found: Found, aside: Token) -> bool:
    """'… 14 bus routes, which he said would …' (a speaker's words, told again), or the
    source itself set off after the content ('Writing on Facebook, the shadow secretary,
    …'): no gloss of the writer's."""
    if found.source is not None and shared_tokens(found.source, subtree_range(aside)):
        return True
    return any(
        a_word_of_saying(t) and any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in t.lefts)
        for t in aside.subtree
    )


def _after_the_lead_in(found: Found, context: DocContext) -> TokenRange:
    """'Rents have not scared firms off: Leeds led the index in 2024, according to one
    survey': the words before a colon are the writer's lead-in, and a closing sourcing
    phrase attributes only the clause the colon introduces."""
    start, end = found.content
    cue = found.cue
    if cue is None or cue.lower_ not in ("according", "per") or end > cue.i:
        return found.content
    doc = context.doc
    colon = context.colon_within(start + 1, end)
    if colon is None or context.in_quote[colon] >= 0 or end - colon < 4:
        return found.content
    if a_word_of_saying(doc[colon - 1]) or not _a_clause(doc[colon + 1 : end]):
        return found.content  # 'said: “…”' is the source's words; a list is no lead-in
    return trim(doc, colon + 1, end)


def _a_clause(words: Span) -> bool:
    """A subject whose verb lies within the words: a clause, not a list of names."""
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i < words.end for t in words)


def _without_the_closing_dash(found: Found, context: DocContext) -> TokenRange:
    """'… back reforming the superdelegate system — a move that would dilute their own
    power': what a last dash sets off at the content's end is the writer's comment."""
    start, end = found.content
    doc = context.doc
    if found.cue is None or not _in_reported_words(found, context):
        return found.content
    dashes = [t.i for t in doc[start + 1 : end] if spaced_dash(t) and context.in_quote[t.i] < 0]
    if len(dashes) != 1 or dashes[0] - start < 3 or not (found.cue.i < start or found.cue.i > end):
        return found.content
    after = doc[dashes[0] + 1] if dashes[0] + 1 < end else None
    if after is None or not (after.pos_ == "DET" or after.lower_ in _CONCEDING):
        return found.content
    return trim(doc, start, dashes[0])


_CONCEDING = frozenset({"even", "although", "though", "except", "while"})
