"""Transcripts: paragraphs that open with the speaker's name and a colon, and
question-and-answer interviews.

"MODERATOR: Good evening." / "SMITH: Thank you." A name before a colon may open a
paragraph in any text; the text is a transcript when one name does so at least
twice, as in an interview or a debate, and then every such name is a speaker
label. The colon is the cue, the name the source and the rest of the paragraph
the content.

An interview printed as questions and answers labels no one, or only with "Q:" and
"A:": a paragraph that is one question is the interviewer's, the paragraph after it
the answer of the person the introduction names (where "A:" opens it, the letter is
the source as written and the colon the cue, and coreference resolves the letter to
that person). It is an interview when two questions or more are each
answered so, and an answer speaks in the first person.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from newsgraph.nlp.attribution.content import is_quote_mark, trim
from newsgraph.nlp.attribution.context import DocContext, TokenRange
from newsgraph.nlp.attribution.headlines import RUBRICS
from newsgraph.nlp.attribution.rules import Found
from newsgraph.nlp.extensions import attribute

LABEL_MAX = 3  # words in a speaker label ('SEN. JANE DOE')
REPEATS = 2  # one label opening this many paragraphs makes a transcript


def _label(context: DocContext, paragraph: TokenRange) -> Token | None:
    """The colon after a short name that opens the paragraph ('PENCE:', 'Sen. Doe:')."""
    doc = context.doc
    start, end = paragraph
    for i in range(start, min(end, start + LABEL_MAX + 2)):
        if doc[i].text == ":":
            words = [t for t in doc[start:i] if not t.is_punct]
            named = words and all(w.is_alpha or w.text.endswith(".") for w in words)
            fits = named and len(words) <= LABEL_MAX and i + 1 < end
            upper = all(w.text[:1].isupper() for w in words)
            opens = context.in_quote[i] < 0 or is_quote_mark(doc[start])  # '"SMITH: …' too
            free = opens and not any(w.lower_ in RUBRICS for w in words)
            return doc[i] if fits and upper and free else None
    return None


def speaker_labels(context: DocContext, found: list[Found]) -> list[Found]:
    """The found attributions, with each labelled paragraph of a transcript attributed
    whole to its label (what was found inside it is nested and left out, as PARC does)."""
    doc = context.doc
    labelled = []
    for words in list(context.paragraphs.values())[1:]:
        paragraph = trim(doc, *words)
        colon = _label(context, paragraph)
        if colon is not None and _words_after(doc, colon.i, paragraph[1]):
            first = paragraph[0] + is_quote_mark(doc[paragraph[0]])  # '"PENCE: …' names PENCE
            name = trim(doc, first, colon.i)
            labelled.append((doc[name[0] : name[1]].text.lower(), name, colon, paragraph))
    counts = Counter(text for text, _, _, _ in labelled)
    if not counts or max(counts.values()) < REPEATS:
        return found
    splits = [
        Found(colon, trim(doc, colon.i + 1, paragraph[1]), name, 1.0, verbatim=True)
        for _, name, colon, paragraph in labelled
    ]
    kept = [f for f in found if not any(_inside(f, s) for s in splits)]
    return kept + splits


def _words_after(doc: Doc, colon: int, end: int) -> bool:
    """Words after the label: a tally ('Clinton: 1,769') is no speaker's line."""
    return any(t.is_alpha for t in doc[colon + 1 : end])


def _inside(item: Found, split: Found) -> bool:
    """A cue or content within the labelled paragraph, from its label to its end."""
    start = split.source[0] if split.source else split.content[0]
    return _within(item, (start, split.content[1]))


def _within(item: Found, words: TokenRange) -> bool:
    start, end = words
    if item.cue is not None and start <= item.cue.i < end:
        return True
    return start <= item.content[0] < end


QUESTION_MAX = 40  # tokens in a paragraph that is one question
_FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us"})


def interview_answers(context: DocContext, found: list[Found]) -> list[Found]:
    """The found attributions, with each answer of a question-and-answer interview
    attributed whole to the interviewee (what was found inside it is nested)."""
    doc = context.doc
    raw = list(context.paragraphs.values())[1:]
    paragraphs = [trim(doc, *words) for words in raw]
    asked = [k for k, words in enumerate(raw) if _question(context, words)]
    answers = [
        paragraphs[k + 1] for k in asked if k + 1 < len(paragraphs) and k + 1 not in asked and k > 0
    ]
    if len(answers) < REPEATS or not any(_first_person(doc, a, context) for a in answers):
        return found
    name = _interviewee(context, paragraphs[: asked[0]])
    if name is None:
        return found
    kept = [f for f in found if not any(_within(f, answer) for answer in answers)]
    return kept + [_answer(doc, answer, name) for answer in answers]


def _answer(doc: Doc, words: TokenRange, name: TokenRange) -> Found:
    """The answer, credited to the interviewee; where an 'A:' label opens it, the label is
    the source as written (PARC's too) and the colon the cue, standing for the name."""
    start, end = words
    if _labelled(doc, start, end, "a"):
        content = trim(doc, start + 2, end)
        return Found(doc[start + 1], content, (start, start + 1), 1.0, verbatim=True, speaker=name)
    return Found(None, words, name, 1.0, verbatim=True)


def _labelled(doc: Doc, start: int, end: int, letter: str) -> bool:
    """The paragraph opens with an interview's one-letter label ('Q:', 'A:')."""
    return end - start > 2 and doc[start].lower_ == letter and doc[start + 1].text == ":"


def _question(context: DocContext, words: TokenRange) -> bool:
    """A short paragraph of the writer's, not quoted, ending in a question mark, or one
    labelled a question ('Q: Critics say the money went to managers.')."""
    start, end = words
    doc = context.doc
    while end > start and doc[end - 1].is_space:
        end -= 1
    if _labelled(doc, start, end, "q"):
        return True
    return (
        0 < end - start <= QUESTION_MAX
        and doc[end - 1].text == "?"
        and context.in_quote[start] < 0
        and not is_quote_mark(doc[start])
    )


def _first_person(doc: Doc, words: TokenRange, context: DocContext) -> bool:
    return any(doc[i].lower_ in _FIRST_PERSON and context.in_quote[i] < 0 for i in range(*words))


def _interviewee(context: DocContext, introduction: list[TokenRange]) -> TokenRange | None:
    """The first person the introduction names: by the entities component's repaired
    types where it ran before ('Amara Osei, 34,' though spaCy took her for a body), else
    by spaCy's."""
    if not introduction:
        return None
    start, end = introduction[0][0], introduction[-1][1]
    people = [p for p in _people(context.doc) if start <= p[0] < end]
    return min(people) if people else None


def _people(doc: Doc) -> list[TokenRange]:
    entities = doc._.get(attribute("entities"))  # None where the entities component did not run
    if entities is None:
        return [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    spans = [
        doc.char_span(m["start"], m["end"], alignment_mode="expand")
        for e in entities
        if e["type"] == "PERSON"
        for m in e["mentions"]
    ]
    return [(s.start, s.end) for s in spans if s is not None and len(s)]
