"""Content features on hand-built parses (no model): what tells the ranker that a span
runs on past the content into a second verb, an adjunct or an aside."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.nlp.attribution.content import Candidate, content_candidates, content_features
from newsgraph.nlp.attribution.context import DocContext
from tests.nlp.hand_parse import parsed


def _promised() -> Doc:
    """'The council promised a vote and delayed the budget in March .'"""
    return parsed(
        [
            ("The", 1, "det", "DET"),
            ("council", 2, "nsubj", "NOUN"),
            ("promised", 2, "ROOT", "VERB"),
            ("a", 4, "det", "DET"),
            ("vote", 2, "dobj", "NOUN"),
            ("and", 2, "cc", "CCONJ"),
            ("delayed", 2, "conj", "VERB"),
            ("the", 8, "det", "DET"),
            ("budget", 6, "dobj", "NOUN"),
            ("in", 6, "prep", "ADP"),
            ("March", 9, "pobj", "PROPN"),
            (".", 2, "punct", "PUNCT"),
        ]
    )


def _features(doc: Doc, start: int, end: int) -> list[str]:
    return content_features(doc[2], Candidate(start, end, {"sent:after"}), DocContext.of(doc))


def _candidates(doc: Doc, cue: int) -> dict[str, set[str]]:
    """Each content candidate of the cue, by its text, with the ways it was found."""
    return {
        doc[c.start : c.end].text: c.ways for c in content_candidates(doc[cue], DocContext.of(doc))
    }


def test_a_span_taking_a_second_verb_says_so() -> None:
    doc = _promised()
    assert "takes=dobj|NOUN" in _features(doc, 3, 5)
    assert "takes=conj|VERB" not in _features(doc, 3, 5)
    assert "takes=conj|VERB" in _features(doc, 3, 11)


def test_a_span_running_past_a_comma_aside_says_so() -> None:
    """'Officials said the mayor , who resigned , lied .'"""
    doc = parsed(
        [
            ("Officials", 1, "nsubj", "NOUN"),
            ("said", 1, "ROOT", "VERB"),
            ("the", 3, "det", "DET"),
            ("mayor", 8, "nsubj", "NOUN"),
            (",", 3, "punct", "PUNCT"),
            ("who", 6, "nsubj", "PRON"),
            ("resigned", 3, "relcl", "VERB"),
            (",", 3, "punct", "PUNCT"),
            ("lied", 1, "ccomp", "VERB"),
            (".", 1, "punct", "PUNCT"),
        ]
    )
    feats = content_features(doc[1], Candidate(2, 9, {"child:ccomp"}), DocContext.of(doc))
    assert "aside=relcl" in feats
    plain = content_features(doc[1], Candidate(2, 4, {"sent:after"}), DocContext.of(doc))
    assert "aside=relcl" not in plain


def test_the_words_after_a_cue_stop_at_its_comma_set_clause() -> None:
    """'She repeated her pledge at rallies , arguing that taxes must fall .'"""
    doc = parsed(
        [
            ("She", 1, "nsubj", "PRON"),
            ("repeated", 1, "ROOT", "VERB"),
            ("her", 3, "poss", "PRON"),
            ("pledge", 1, "dobj", "NOUN"),
            ("at", 1, "prep", "ADP"),
            ("rallies", 4, "pobj", "NOUN"),
            (",", 1, "punct", "PUNCT"),
            ("arguing", 1, "advcl", "VERB"),
            ("that", 11, "mark", "SCONJ"),
            ("taxes", 11, "nsubj", "NOUN"),
            ("must", 11, "aux", "AUX"),
            ("fall", 7, "ccomp", "VERB"),
            (".", 1, "punct", "PUNCT"),
        ]
    )
    found = _candidates(doc, 1)
    assert "after:to-aside" in found["her pledge at rallies"]
    assert "sent:after" in found["her pledge at rallies , arguing that taxes must fall"]


def test_a_passive_cue_offers_its_subject_as_content() -> None:
    """'The toll plan was denounced by the mayor .': PARC's content is the plan."""
    doc = parsed(
        [
            ("The", 2, "det", "DET"),
            ("toll", 2, "compound", "NOUN"),
            ("plan", 4, "nsubjpass", "NOUN"),
            ("was", 4, "auxpass", "AUX"),
            ("denounced", 4, "ROOT", "VERB"),
            ("by", 4, "agent", "ADP"),
            ("the", 7, "det", "DET"),
            ("mayor", 5, "pobj", "NOUN"),
            (".", 4, "punct", "PUNCT"),
        ]
    )
    found = _candidates(doc, 4)
    assert "subj:nsubjpass" in found["The toll plan"]


def test_a_quote_the_sentence_splitter_cut_off_is_offered_to_the_cue_after_it() -> None:
    """'“Is it over?” she asked.' parsed as two sentences: the question is her content."""
    doc = parsed(
        [
            ("“_", 1, "punct", "PUNCT"),
            ("Is", 1, "ROOT", "AUX"),
            ("it", 1, "nsubj", "PRON"),
            ("over_", 1, "acomp", "ADV"),
            ("?_", 1, "punct", "PUNCT"),
            ("”", 1, "punct", "PUNCT"),
            ("she", 7, "nsubj", "PRON"),
            ("asked_", 7, "ROOT", "VERB"),
            (".", 7, "punct", "PUNCT"),
        ]
    )
    found = _candidates(doc, 7)
    assert found["“Is it over?”"] == {"q:prev-sent"}


def test_a_cue_set_off_inside_its_sentence_offers_the_whole_sentence() -> None:
    """'Fares rose , the agency said , and trains ran late .' (the cue inside its content,
    as PARC marks it); 'The agency said fares rose .' offers no span holding its cue."""
    doc = parsed(
        [
            ("Fares", 1, "nsubj", "NOUN"),
            ("rose", 5, "ccomp", "VERB"),
            (",", 5, "punct", "PUNCT"),
            ("the", 4, "det", "DET"),
            ("agency", 5, "nsubj", "NOUN"),
            ("said", 5, "ROOT", "VERB"),
            (",", 5, "punct", "PUNCT"),
            ("and", 5, "cc", "CCONJ"),
            ("trains", 9, "nsubj", "NOUN"),
            ("ran", 5, "conj", "VERB"),
            ("late", 9, "advmod", "ADV"),
            (".", 5, "punct", "PUNCT"),
        ]
    )
    whole = "Fares rose , the agency said , and trains ran late"
    assert "sent:around" in _candidates(doc, 5).get(whole, set())
    plain = parsed(
        [
            ("The", 1, "det", "DET"),
            ("agency", 2, "nsubj", "NOUN"),
            ("said", 2, "ROOT", "VERB"),
            ("fares", 4, "nsubj", "NOUN"),
            ("rose", 2, "ccomp", "VERB"),
            (".", 2, "punct", "PUNCT"),
        ]
    )
    assert not any("sent:around" in ways for ways in _candidates(plain, 2).values())


def test_words_before_a_cue_run_on_into_the_quote_that_follows() -> None:
    """'Talks stalled , Ruiz said . " We wait . "': PARC's content runs from the reported
    words to the end of the quote the speaker goes on with, as it does for a quote."""
    doc = parsed(
        [
            ("Talks", 1, "nsubj", "NOUN"),
            ("stalled", 4, "ccomp", "VERB"),
            (",", 4, "punct", "PUNCT"),
            ("Ruiz", 4, "nsubj", "PROPN"),
            ("said", 4, "ROOT", "VERB"),
            (".", 4, "punct", "PUNCT"),
            ('"', 8, "punct", "PUNCT"),
            ("We", 8, "nsubj", "PRON"),
            ("wait", 8, "ROOT", "VERB"),
            (".", 8, "punct", "PUNCT"),
            ('"', 8, "punct", "PUNCT"),
        ]
    )
    candidates = _candidates(doc, 4)
    assert "sent:before+chain" in candidates.get('Talks stalled , Ruiz said . " We wait . "', set())
