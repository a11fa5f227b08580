"""Transcripts: paragraphs that open with the speaker's name and a colon.

"MODERATOR: Good evening." / "SMITH: Thank you." A name before a colon may open a
paragraph in any text; the text is a transcript when one name does so at least
twice, as in an interview or a debate, and then every such name is a speaker
label. The colon is the cue, the name the source and the rest of the paragraph
the content.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from newsgraph.nlp.attribution.content import is_quote_mark, trim
from newsgraph.nlp.attribution.context import DocContext, TokenRange
from newsgraph.nlp.attribution.headlines import RUBRICS
from newsgraph.nlp.attribution.rules import Found

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
        if colon is not None:
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


def _inside(item: Found, split: Found) -> bool:
    """A cue or content within the labelled paragraph, from its label to its end."""
    start = split.source[0] if split.source else split.content[0]
    end = split.content[1]
    if item.cue is not None and start <= item.cue.i < end:
        return True
    return start <= item.content[0] < end
