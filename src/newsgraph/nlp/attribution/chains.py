"""The sourcing chain: attributions inside another attribution's content.

"According to the Examiner, the minister told a meeting that the money was not
there" is the Examiner's claim, and inside it the minister's. PolNeAR, like
most PARC annotation, marks only the outer one, and the model is trained to
leave the inner cue out; readers checking a claim need both. So the outer
attributions stay the document's list, and each carries the ones its content
holds, nested to any depth.

Unlearned, the inner level is kept to what a chain of sources is made of: a
word of saying or sourcing, fairly sure, with someone to say it. Stance and
thought words inside a content ("he said voters oppose the plan") are the
outer speaker's claim, not a further source.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsgraph.nlp.attribution.context import TokenRange, same_content
from newsgraph.nlp.attribution.lexicon import classes_of
from newsgraph.nlp.attribution.rules import Found

INNER_FLOOR = 0.5  # the least confidence an inner attribution is kept with
_REPORTING = frozenset({"speech", "sourcing"})


def nest(outer: list[Found], candidates: Iterable[Found]) -> None:
    """Attach each candidate to the innermost attribution whose content holds its cue and
    its content; the widest go first, so a deeper one finds its parent in place."""
    taken = own_cues(outer)
    pool = [c for c in candidates if _reports(c) and c.cue is not None and c.cue.i not in taken]
    pool.sort(key=lambda c: (c.content[0] - c.content[1], -c.confidence))
    for candidate in pool:
        parent = _innermost(outer, candidate)
        if parent is None:
            continue
        candidate.content = _clipped(parent, candidate)
        if any(same_content(candidate.content, other.content) for other in parent.nested):
            continue
        parent.nested.append(candidate)
        parent.nested.sort(key=lambda f: f.content)


def own_cues(items: list[Found]) -> set[int]:
    """Where the attributions' cues are: a cue one of them has cannot also nest."""
    return {item.cue.i for item in items if item.cue is not None}


def _innermost(items: list[Found], candidate: Found) -> Found | None:
    for item in items:
        if _holds(item, candidate):
            return _innermost(item.nested, candidate) or item
    return None


def _holds(item: Found, candidate: Found) -> bool:
    """The candidate's cue and content lie inside the item's content, clear of its
    source, and it says less than the whole of it."""
    if candidate.cue is None:
        return False
    start, end = item.content
    cue = candidate.cue.i
    content = _clipped(item, candidate)
    inside = start <= cue < end and start <= content[0] and content[1] <= end
    if not inside or content == item.content:
        return False
    return item.source is None or not item.source[0] <= cue < item.source[1]


def _clipped(item: Found, candidate: Found) -> TokenRange:
    """The candidate's content without what runs past the item's content into the item's
    own cue and source ('Nair said she would ask for a review, according to her office')."""
    start, end = candidate.content
    if item.cue is None or end <= item.content[1]:
        return start, end
    doc = item.cue.doc
    own = item.own_tokens()
    rest = range(item.content[1], end)
    if all(i in own or doc[i].is_punct or doc[i].is_space for i in rest):
        return start, item.content[1]
    return start, end


def _reports(found: Found) -> bool:
    """A sourced word of saying, or 'according to', the model is fairly sure of."""
    cue = found.cue
    if cue is None or found.source is None or found.confidence < INNER_FLOOR:
        return False
    return bool(_REPORTING.intersection(classes_of(cue.lemma_.lower()) + classes_of(cue.lower_)))
