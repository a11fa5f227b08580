"""Attributions in the headline, which the parse of a short title-case line often misses.

Headlines attribute in a few fixed shapes: 'Senator Smith: The Bill Is Dead' (the
colon is the cue, the name before it the source), 'Governor Rips Rival' (a
reporting verb the tagger took for part of a name) and 'Economy Is Slowing,
Central Bank Says' (the cue last, its content first); a quote set before 'an interview
with' someone is theirs, and so is one set before a colon and a clause they are the
subject of ("'We were lucky': survivors describe rescue"). Only the first line is
looked at, and only when the text goes on after it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.nlp.attribution.content import trim
from newsgraph.nlp.attribution.context import DocContext, TokenRange
from newsgraph.nlp.attribution.lexicon import classes_of
from newsgraph.nlp.attribution.rules import Found

HEADLINE_MAX = 40  # tokens: a longer first line is body text, not a headline
SPEAKER_MAX = 6  # words before a colon that can still name who speaks
SUBJECT_MAX = 8  # words before a headline verb that can still be its subject
# Section labels news puts before a colon: they name no speaker ('Breaking: …').
RUBRICS = frozenset(
    {"latest", "breaking", "exclusive", "update", "updates", "live", "video", "photos", "wow"}
    | {"interview", "analysis", "opinion", "comment", "review", "editorial", "timeline"}
    | {"obituary", "podcast", "q&a"}
    | {"revealed", "explainer", "recap", "byline", "factbox", "bombshell", "boom", "busted"}
    | {"shocking", "developing", "confirmed", "just"}
)
# Where a headline verb's object ends: 'Mayor Praises Police After Storm' praises the police.
CIRCUMSTANCES = frozenset(
    {"after", "amid", "before", "during", "following", "despite", "ahead", "while", "with"}
)
VERB_CLASSES = frozenset({"speech", "evaluation", "cognition", "evidence"})
_NOT_SUBJECT = frozenset({"VERB", "AUX", "SCONJ", "CCONJ", "INTJ"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PLURAL_PRONOUNS = frozenset({"i", "we", "they", "you"})
_INTERVIEWS = frozenset({"interview", "conversation", "q&a"})


def headline(context: DocContext) -> TokenRange | None:
    """The first line's tokens, when it is short and more text follows."""
    first = context.paragraphs.get(0)
    if first is None or context.paragraph_of[-1] == 0:
        return None
    start, end = trim(context.doc, *first)
    return (start, end) if 0 < end - start <= HEADLINE_MAX else None


def _words(doc: Doc, start: int, end: int) -> list[Token]:
    return [t for t in doc[start:end] if not (t.is_punct or t.is_space)]


def verb_lemma(word: str) -> str | None:
    """The lexicon verb a title-case word spells ('Rips' -> 'rip', 'Denies' -> 'deny')."""
    word = word.lower()
    forms = [word, word[:-1], word[:-2], word[:-3] + "y"] if word.endswith("s") else [word]
    if word.endswith("ed"):
        forms += [word[:-1], word[:-2], word[:-3] + "y"]
    for form in forms:
        if VERB_CLASSES.intersection(classes_of(form)):
            return form
    return None


def _is_speaker(words: list[Token]) -> bool:
    """A noun phrase that can name who speaks: no verb, no section label, a noun last,
    and a name if it opens on an article ('The White House', not 'The Big Picture')."""
    if not 0 < len(words) <= SPEAKER_MAX or _is_label(words):
        return False
    if any(w.pos_ in _NOT_SUBJECT for w in words):
        return False
    if any(verb_lemma(w.text) for w in words[1:]):
        return False  # 'Mayor Praises Plan: …' attributes with the verb, not the colon
    if words[0].pos_ == "DET" and not any(w.ent_type_ in _NAMED for w in words):
        return False
    return words[-1].pos_ in ("NOUN", "PROPN", "PRON")


def _is_label(words: list[Token]) -> bool:
    """A section label before a colon ('The Latest', 'BREAKING'), naming no speaker."""
    if any(w.lower_ in RUBRICS for w in words):
        return True
    return len(words) == 1 and words[0].text.isupper() and len(words[0]) > 3


def _colon(context: DocContext, line: TokenRange) -> Token | None:
    colon = next((t for t in context.doc[line[0] : line[1]] if t.text == ":"), None)
    return colon if colon is not None and context.in_quote[colon.i] < 0 else None


def _asks(doc: Doc, colon: Token, end: int) -> bool:
    """'Topic: Is It Over?' asks after its colon; it quotes no one."""
    return any(t.text == "?" for t in doc[colon.i : end + 2])


def _idle_colon(context: DocContext, line: TokenRange) -> TokenRange | None:
    """Where a headline colon attributes nothing, with any cue inside: after a section
    label ('BREAKING: …', the label too) or before a question."""
    colon = _colon(context, line)
    if colon is None:
        return None
    if _is_label(_words(context.doc, line[0], colon.i)):
        return line[0], colon.i + 1
    return (colon.i, colon.i + 1) if _asks(context.doc, colon, line[1]) else None


def colon_split(context: DocContext, line: TokenRange) -> Found | None:
    """'Senator Smith: The Bill Is Dead': the colon as cue, the name before it as source."""
    doc = context.doc
    start, end = line
    colon = _colon(context, line)
    if colon is None:
        return None
    source = _before_topic(doc, trim(doc, start, colon.i))
    content = trim(doc, colon.i + 1, end)
    if "," in doc[source[0] : source[1]].text or len(_words(doc, *content)) < 2:
        return None
    if _asks(doc, colon, end):
        return None
    if not _is_speaker(_words(doc, *source)):
        return None
    return Found(colon, content, source, 1.0)


def _before_topic(doc: Doc, source: TokenRange) -> TokenRange:
    """'Obama on Climate Change: …': the name speaks; what follows "on" is the topic."""
    start, end = source
    for i in range(start + 1, end):
        if doc[i].lower_ == "on" and any(t.pos_ == "PROPN" for t in doc[start:i]):
            return start, i
    return source


def _title_case(doc: Doc, line: TokenRange) -> bool:
    long = [t for t in doc[line[0] : line[1]] if t.is_alpha and len(t) > 3]
    return len(long) >= 2 and sum(t.text[0].isupper() for t in long) >= 0.6 * len(long)


def _subject_start(doc: Doc, start: int, verb: int) -> int:
    """Where the subject before a headline verb begins: after an opening phrase's comma."""
    for i in range(verb - 1, start - 1, -1):
        if doc[i].text in (",", ";", "–", "—"):
            return i + 1
    return start


def _plural(token: Token) -> bool:
    return (
        token.tag_ in ("NNS", "NNPS")
        or token.lower_ in _PLURAL_PRONOUNS
        or (token.lower_.endswith("s") and not token.lower_.endswith("ss"))
    )


def headline_verb(token: Token, subject: Token) -> bool:
    """A reporting verb in the headline present tense, agreeing with its subject: 'Rips'
    after anyone, 'Rip' after a plural ('Lawmakers Rip'). A past participle is left out:
    'Governor Criticized Over Delay' names the target, not the critic."""
    lemma = verb_lemma(token.text)
    if lemma is None or (token.lower_.endswith("ed") and lemma != token.lower_):
        return False
    return token.lower_ != lemma or _plural(subject)


def _plural_noun_before_verb(doc: Doc, token: Token, end: int) -> bool:
    """A word in -s followed by a reporting verb in its plain form ('Polls Show', 'Reports
    Reveal'): two verbs cannot follow each other there, so the first is a plural noun."""
    if token.i + 1 >= end or not token.lower_.endswith("s"):
        return False
    after = doc[token.i + 1]
    return after.is_title and verb_lemma(after.text) == after.lower_


def _object(doc: Doc, start: int, end: int) -> TokenRange:
    """What a headline verb is about, up to a phrase that only says when or how."""
    for token in doc[start + 1 : end]:
        if token.lower_ in CIRCUMSTANCES:
            return trim(doc, start, token.i)
    return trim(doc, start, end)


def title_case_verb(context: DocContext, line: TokenRange) -> Found | None:
    """'Governor Rips Rival As A Fraud': the first reporting verb after a noun-phrase subject."""
    doc = context.doc
    start, end = line
    if not _title_case(doc, line):
        return None
    for token in doc[start + 1 : end]:
        if context.in_quote[token.i] >= 0 or not token.is_title or not verb_lemma(token.text):
            continue
        if doc[token.i - 1].lower_ == "to":
            continue  # 'Senator To Announce Run' plans; the verb reports nothing yet
        if _plural_noun_before_verb(doc, token, end):
            continue  # 'New Polls Show …': the polls show; 'Polls' heads the subject
        subject = trim(doc, _subject_start(doc, start, token.i), token.i)
        content = _object(doc, token.i + 1, end)
        words = _words(doc, *subject)
        if (
            0 < len(words) <= SUBJECT_MAX
            and not any(w.pos_ in _NOT_SUBJECT or w.text[0].islower() for w in words)
            and words[-1].pos_ in ("NOUN", "PROPN", "PRON")
            and headline_verb(token, words[-1])
            and _words(doc, *content)
        ):
            return Found(token, content, subject, 1.0)
    return None


def says_last(context: DocContext, line: TokenRange) -> Found | None:
    """'Economy Is Slowing, Central Bank Says': the verb last, its content before the comma."""
    doc = context.doc
    start, end = line
    verb = doc[end - 1]
    comma = next((i for i in range(end - 2, start, -1) if doc[i].text == ","), None)
    if (
        comma is None
        or not verb.text[0].isalpha()
        or "speech" not in classes_of(verb_lemma(verb.text) or "")
    ):
        return None
    subject = trim(doc, comma + 1, end - 1)
    content = trim(doc, start, comma)
    if not 0 < len(_words(doc, *subject)) <= SPEAKER_MAX or len(_words(doc, *content)) < 2:
        return None
    return Found(verb, content, subject, 1.0)


def quote_then_interview(context: DocContext, line: TokenRange) -> Found | None:
    """A quote set before 'an interview with' someone ("'We Will Not Back Down': An
    Interview With Maria Lopez") is the words of the one interviewed."""
    doc = context.doc
    quote = context.quote_opening_at(line[0])
    if quote is None or quote[1] >= line[1]:
        return None
    cue = next((t for t in doc[quote[1] : line[1]] if t.lower_ in _INTERVIEWS), None)
    if cue is None or any(not t.is_punct for t in doc[quote[1] : cue.i - 1]):
        return None  # only a colon or a dash, and 'an', between the quote and the cue
    name = [t for t in doc[cue.i + 1 : line[1]] if t.ent_type_ in ("PERSON", "ORG")]
    if not name:
        return None
    return Found(cue, quote, (name[0].i, name[-1].i + 1), 1.0)


def quote_then_speaker(context: DocContext, line: TokenRange) -> Found | None:
    """ "'We were lucky': survivors describe ferry rescue": a quote before a colon is the
    words of the subject of the clause after it; the colon is the cue."""
    doc = context.doc
    quote = context.quote_opening_at(line[0])
    if quote is None or quote[1] >= line[1] - 2 or doc[quote[1]].text != ":":
        return None
    colon = doc[quote[1]]
    subject = next(
        (
            t
            for t in doc[colon.i + 1 : line[1]]
            if t.dep_ in ("nsubj", "nsubjpass") and colon.i < t.head.i < line[1]
        ),
        None,
    )
    if subject is None:
        return _quote_then_speaker_on(context, line, quote)
    if subject.left_edge.i <= colon.i or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    return Found(colon, quote, (subject.left_edge.i, subject.right_edge.i + 1), 1.0)


def _quote_then_speaker_on(
    context: DocContext, line: TokenRange, quote: TokenRange
) -> Found | None:
    """ "'We cannot wait': Wales's health minister on waiting lists": with no verb after
    the colon, the words are those of who stands before the 'on' of the topic."""
    doc = context.doc
    colon = doc[quote[1]]
    on = next((t for t in doc[colon.i + 1 : line[1]] if t.lower_ == "on"), None)
    if on is None or on.i - colon.i < 2:
        return None
    speaker = trim(doc, colon.i + 1, on.i)
    if not _is_speaker(_words(doc, *speaker)):
        return None
    return Found(colon, quote, speaker, 1.0)


def _nested(item: Found, split: Found) -> bool:
    """The colon's own attribution, or one inside its content: PARC leaves an attribution
    within another's content unmarked ('Senator: I Believe The Bill Is Dead')."""
    if item.cue is None:
        return False
    same = split.cue is not None and item.cue.i == split.cue.i
    return same or split.content[0] <= item.cue.i < split.content[1]


def _in(span: TokenRange, line: TokenRange) -> bool:
    return line[0] <= span[0] < line[1]


def headline_attributions(context: DocContext, found: list[Found]) -> list[Found]:
    """The found attributions with the headline's colon split made whole (its source the
    name before the colon, its content all after it) or an idle colon's dropped, or the
    one rule-found attribution of a headline the model found none in."""
    line = headline(context)
    if line is None:
        return found
    split = colon_split(context, line)
    if split is not None:
        return [f for f in found if not _nested(f, split)] + [split]
    quoted = quote_then_speaker(context, line)
    if quoted is not None:
        return [f for f in found if not _in(f.content, quoted.content)] + [quoted]
    idle = _idle_colon(context, line)
    if idle is not None:  # nothing is cued in the label, and no rule reads one in after it
        return [f for f in found if f.cue is None or not idle[0] <= f.cue.i < idle[1]]
    last = says_last(context, line)
    if last is not None:  # 'Minister knew of concerns, memo suggests': not 'knew'
        return [f for f in found if not _nested(f, last)] + [last]
    if any(_in(f.content, line) for f in found):
        return found
    for rule in (quote_then_interview, title_case_verb):
        extra = rule(context, line)
        if extra is not None:
            return [*found, extra]
    return found
