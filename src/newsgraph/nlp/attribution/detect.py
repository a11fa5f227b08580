"""Which candidate tokens are cues, in two passes.

The first pass scores every candidate on its own. PARC annotators mostly leave
an attribution nested in another one's content unmarked ("he said he plans"),
so the second pass rescores each candidate knowing how likely the contents
around it are to be attributed. A few sourcing cues that news uses but PolNeAR
rarely shows ("per the ministry") are kept by rule.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.attribution.content import Candidate, content_candidates, content_features
from newsgraph.nlp.attribution.context import DocContext
from newsgraph.nlp.attribution.cues import cue_features, is_candidate
from newsgraph.nlp.attribution.lexicon import DOCUMENT_HEADS, ORGANISATION_HEADS, PERSON_HEADS
from newsgraph.nlp.attribution.model import AttributionModel

NESTING_FLOOR = 0.3  # first-pass cues below this do not count as covering others
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_SAYERS = DOCUMENT_HEADS | ORGANISATION_HEADS | PERSON_HEADS


def best_content(
    model: AttributionModel, cue: Token, contents: list[Candidate], context: DocContext
) -> Candidate:
    return contents[model.content.best([content_features(cue, c, context) for c in contents])]


def first_pass(model: AttributionModel, context: DocContext) -> list[tuple[Token, float]]:
    """Every candidate cue with the probability the context-free model gives it."""
    return [
        (token, model.cue.probability(cue_features(token, context)))
        for token in context.doc
        if is_candidate(token)
    ]


def nesting(
    model: AttributionModel, context: DocContext, first: list[tuple[Token, float]]
) -> tuple[list[float], dict[int, Candidate | None]]:
    """For each token, the highest first-pass probability of a cue whose content covers it;
    and the content chosen for each cue looked at."""
    cover = [0.0] * len(context.doc)
    chosen: dict[int, Candidate | None] = {}
    for cue, p in first:
        if p < NESTING_FLOOR:
            continue
        best = chosen[cue.i] = choose_content(model, cue, context)
        if best is None:
            continue
        for i in range(best.start, best.end):
            if i != cue.i and cover[i] < p:
                cover[i] = p
    return cover, chosen


def choose_content(model: AttributionModel, cue: Token, context: DocContext) -> Candidate | None:
    contents = content_candidates(cue, context)
    return best_content(model, cue, contents, context) if contents else None


def context_features(token: Token, p: float, cover: list[float]) -> list[str]:
    lemma = token.lemma_.lower()
    first = f"{min(9, int(p * 10))}"
    nested = f"{min(9, int(cover[token.i] * 10))}"
    return [
        "bias",
        f"p={first}",
        f"n={nested}",
        f"p|n={first}|{nested}",
        f"l|n={lemma}|{nested}",
        f"l|p={lemma}|{first}",
    ]


def sourcing_rule(token: Token) -> bool:
    """'…, per the ministry', 'Per two officials, …': a sourcing 'per' set off by a comma or
    opening its sentence, whose object names who says so ('$50 per person' is a rate)."""
    if token.lower_ != "per" or token.dep_ != "prep":
        return False
    doc = token.doc
    if not (token.is_sent_start or (token.i > 0 and doc[token.i - 1].text == ",")):
        return False
    for child in token.children:
        if child.dep_ == "pobj" and (child.ent_type_ in _NAMED or child.lemma_.lower() in _SAYERS):
            return True
    return False


def cues(
    model: AttributionModel, context: DocContext, threshold: float
) -> list[tuple[Token, float, Candidate | None]]:
    """The cues kept, with the probability the second pass gives them and their content."""
    first = first_pass(model, context)
    cover, chosen = nesting(model, context, first)
    kept = []
    for token, p in first:
        q = model.cue_in_context.probability(context_features(token, p, cover))
        if q >= threshold or sourcing_rule(token):
            content = (
                chosen[token.i] if token.i in chosen else choose_content(model, token, context)
            )
            kept.append((token, q, content))
    return kept
