"""Cue features and the cue threshold on hand-built parses (no model): the words a verb
takes are what tell 'took aim at' from 'took a bus', and the finder scores with the model
it is given."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from newsgraph.nlp.attribution.component import AttributionFinder
from newsgraph.nlp.attribution.content import content_candidates
from newsgraph.nlp.attribution.context import DocContext
from newsgraph.nlp.attribution.cues import cue_features, is_candidate, poll_rule
from newsgraph.nlp.attribution.detect import context_features, nesting, read
from newsgraph.nlp.attribution.lexicon import classes_of
from newsgraph.nlp.attribution.model import AttributionModel, LinearScorer
from newsgraph.nlp.attribution.sources import source_candidates
from tests.nlp.hand_parse import parsed


def _took(obj: str, prep: str) -> Doc:
    """'Critics took <obj> <prep> the plan .'"""
    return parsed(
        [
            ("Critics", 1, "nsubj", "NOUN", "critic"),
            ("took", 1, "ROOT", "VERB", "take"),
            (obj, 1, "dobj", "NOUN", obj),
            (prep, 1, "prep", "ADP", prep),
            ("the", 5, "det", "DET", "the"),
            ("plan", 3, "pobj", "NOUN", "plan"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )


def test_a_verb_is_described_with_the_words_it_takes() -> None:
    aim, bus = _took("aim", "at"), _took("bus", "to")
    aim_features = cue_features(aim[1], DocContext.of(aim))
    bus_features = cue_features(bus[1], DocContext.of(bus))
    assert "l|arg=take|dobj|aim" in aim_features
    assert "l|prep-obj=take|at|plan" in aim_features
    assert not any("aim" in f for f in bus_features)


def test_a_modal_is_a_feature_of_its_verb() -> None:
    doc = parsed(
        [
            ("She", 2, "nsubj", "PRON", "she"),
            ("would", 2, "aux", "AUX", "would"),
            ("say", 2, "ROOT", "VERB", "say"),
            ("nothing", 2, "dobj", "PRON", "nothing"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    assert "aux=would" in cue_features(doc[2], DocContext.of(doc))


def test_a_rare_verb_shares_the_features_of_its_broader_class_but_no_rule() -> None:
    doc = parsed(
        [
            ("Economists", 1, "nsubj", "NOUN", "economist"),
            ("speculated", 1, "ROOT", "VERB", "speculate"),
            ("that", 5, "mark", "SCONJ", "that"),
            ("prices", 5, "nsubj", "NOUN", "price"),
            ("would", 5, "aux", "AUX", "would"),
            ("fall", 1, "ccomp", "VERB", "fall"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    features = cue_features(doc[1], DocContext.of(doc))
    assert "x=conjecture" in features
    assert "x|frame=conjecture|ccomp" in features
    assert classes_of("speculate") == ()  # the rules' narrower word classes leave it out


def _said() -> Doc:
    """'The mayor said the bridge would close .'"""
    return parsed(
        [
            ("The", 1, "det", "DET", "the"),
            ("mayor", 2, "nsubj", "NOUN", "mayor"),
            ("said", 2, "ROOT", "VERB", "say"),
            ("the", 4, "det", "DET", "the"),
            ("bridge", 6, "nsubj", "NOUN", "bridge"),
            ("would", 6, "aux", "AUX", "would"),
            ("close", 2, "ccomp", "VERB", "close"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )


def test_the_finder_scores_with_the_model_it_is_given() -> None:
    """An untrained model gives every candidate even odds: a cut below them keeps cues,
    a cut above keeps none."""
    blank = AttributionModel(LinearScorer(), LinearScorer(), LinearScorer(), LinearScorer())
    low = AttributionFinder(spacy.blank("en"), "low", 0.4, blank)
    high = AttributionFinder(spacy.blank("en"), "high", 0.6, blank)
    assert low(_said())._.newsgraph_attributions
    assert high(_said())._.newsgraph_attributions == []


def test_the_second_pass_sees_what_a_cue_would_attribute() -> None:
    """A content the ranker is sure of and the subject as source are features of the cue
    in context; a cue the first pass finds unlikely is not read at all."""
    doc = _said()
    context = DocContext.of(doc)
    model = AttributionModel(
        cue=LinearScorer(),
        cue_in_context=LinearScorer(),
        content=LinearScorer({"g=child:ccomp": 8.0}),
        source=LinearScorer({"r=subj": 8.0}),
    )
    reading = read(model, doc[2], context)
    assert reading is not None
    assert doc[reading.content.start : reading.content.end].text == "the bridge would close"
    assert reading.source.head is not None and reading.source.head.i == 1
    cover, readings = nesting(model, context, [(doc[2], 0.5), (doc[6], 0.05)])
    feats = context_features(doc[2], 0.5, cover, readings[2])
    assert {"way=child:ccomp", "source=subj", "sure=9"} <= set(feats)
    assert 6 not in readings
    assert "way=none" in context_features(doc[6], 0.05, cover, None)


def _critical_of_the_deal() -> Doc:
    """'She is critical of the deal .'"""
    return parsed(
        [
            ("She", 1, "nsubj", "PRON", "she"),
            ("is", 1, "ROOT", "AUX", "be"),
            ("critical", 1, "acomp", "ADJ", "critical"),
            ("of", 2, "prep", "ADP", "of"),
            ("the", 5, "det", "DET", "the"),
            ("deal", 3, "pobj", "NOUN", "deal"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )


def test_a_copula_stating_a_stance_is_a_candidate_described_by_its_predicate() -> None:
    doc = _critical_of_the_deal()
    assert is_candidate(doc[1])
    features = cue_features(doc[1], DocContext.of(doc))
    assert "pred|l|c=critical|prep:of" in features
    assert "pred-x|s=attitude|PRON" in features
    contents = content_candidates(doc[1], DocContext.of(doc))
    assert any(doc[c.start : c.end].text == "the deal" for c in contents)


def test_in_a_statement_is_a_candidate_whose_noun_may_be_the_source() -> None:
    doc = parsed(
        [
            ("In", 3, "prep", "ADP", "in"),
            ("a", 2, "det", "DET", "a"),
            ("statement", 0, "pobj", "NOUN", "statement"),
            ("praised", 3, "ROOT", "VERB", "praise"),  # a stand-in clause: "…, they praised it"
            ("it", 3, "dobj", "PRON", "it"),
        ]
    )
    weather = parsed(
        [
            ("Rain", 1, "nsubj", "NOUN", "rain"),
            ("fell", 1, "ROOT", "VERB", "fall"),
            ("in", 1, "prep", "ADP", "in"),
            ("town", 2, "pobj", "NOUN", "town"),
        ]
    )
    assert is_candidate(doc[0]) and not is_candidate(weather[2])
    assert "fobj=statement" in cue_features(doc[0], DocContext.of(doc))
    assert any(s.way == "frame" for s in source_candidates(doc[0], DocContext.of(doc)))


def test_a_cue_attributes_nothing_to_its_own_source() -> None:
    """'Nobody answered': the subject is the only content on offer; credited as the
    source, it cannot also be what is attributed, so the cue reads nothing."""
    doc = parsed(
        [
            ("Nobody", 1, "nsubj", "PRON", "nobody"),
            ("answered", 1, "ROOT", "VERB", "answer"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    context = DocContext.of(doc)

    def model(source_way: str) -> AttributionModel:
        source = LinearScorer({f"r={source_way}": 8.0})
        return AttributionModel(LinearScorer(), LinearScorer(), LinearScorer(), source)

    assert read(model("subj"), doc[1], context) is None
    unsourced = read(model("none"), doc[1], context)
    assert unsourced is not None and unsourced.source.head is None
    assert doc[unsourced.content.start : unsourced.content.end].text == "Nobody"


def test_a_copula_attributes_what_its_predicate_takes_never_the_bare_predicate() -> None:
    """'Analysts were surprised': nothing is attributed; 'She is critical of the deal': the
    predicate with what it takes may be the content."""
    surprised = parsed(
        [
            ("Analysts", 1, "nsubj", "NOUN", "analyst"),
            ("were", 1, "ROOT", "AUX", "be"),
            ("surprised", 1, "acomp", "ADJ", "surprised"),
            (".", 1, "punct", "PUNCT", "."),
        ]
    )
    critical = _critical_of_the_deal()
    content = LinearScorer({"g=child:acomp": 8.0})
    model = AttributionModel(LinearScorer(), LinearScorer(), content, LinearScorer())
    assert read(model, surprised[1], DocContext.of(surprised)) is None
    reading = read(model, critical[1], DocContext.of(critical))
    assert reading is not None
    assert critical[reading.content.start : reading.content.end].text == "critical of the deal"


def _called(particle: str, dep: str, pos: str) -> Doc:
    """'The union called <particle> the strike .'"""
    return parsed(
        [
            ("The", 1, "det", "DET", "the"),
            ("union", 2, "nsubj", "NOUN", "union"),
            ("called", 2, "ROOT", "VERB", "call"),
            (particle, 2, dep, pos, particle),
            ("the", 5, "det", "DET", "the"),
            (
                "strike",
                2 if dep == "prt" else 3,
                "dobj" if dep == "prt" else "pobj",
                "NOUN",
                "strike",
            ),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )


def test_a_strike_called_off_reports_no_one_but_a_strike_called_for_does() -> None:
    assert not is_candidate(_called("off", "prt", "ADP")[2])
    assert is_candidate(_called("for", "prep", "ADP")[2])


def _opening(noun: str) -> Doc:
    """'In the latest <noun> , Novak leads her rival .'"""
    return parsed(
        [
            ("In", 6, "prep", "ADP", "in"),
            ("the", 3, "det", "DET", "the"),
            ("latest", 3, "amod", "ADJ", "latest"),
            (noun, 0, "pobj", "NOUN", noun),
            (",", 6, "punct", "PUNCT", ","),
            ("Novak", 6, "nsubj", "PROPN", "Novak"),
            ("leads", 6, "ROOT", "VERB", "lead"),
            ("her", 8, "poss", "PRON", "her"),
            ("rival", 6, "dobj", "NOUN", "rival"),
            (".", 6, "punct", "PUNCT", "."),
        ]
    )


def test_a_poll_opening_its_sentence_reports_it_whatever_the_model_says() -> None:
    """A cut no cue reaches still keeps 'In the latest poll,': PolNeAR credits the poll
    with the figures; 'In the latest round,' reports nothing."""
    blank = AttributionModel(LinearScorer(), LinearScorer(), LinearScorer(), LinearScorer())
    finder = AttributionFinder(spacy.blank("en"), "high", 0.6, blank)
    [found] = finder(_opening("poll"))._.newsgraph_attributions
    assert (found["cue"]["start"], found["cue"]["end"]) == (0, 2)
    assert finder(_opening("round"))._.newsgraph_attributions == []


def test_a_poll_a_named_pollster_reports_on_is_left_to_the_pollster() -> None:
    """'In the latest poll, Gallup found that …': the pollster says what the poll found."""
    doc = parsed(
        [
            ("In", 6, "prep", "ADP", "in"),
            ("the", 3, "det", "DET", "the"),
            ("latest", 3, "amod", "ADJ", "latest"),
            ("poll", 0, "pobj", "NOUN", "poll"),
            (",", 6, "punct", "PUNCT", ","),
            ("Gallup", 6, "nsubj", "PROPN", "Gallup"),
            ("found", 6, "ROOT", "VERB", "find"),
            ("that", 9, "mark", "SCONJ", "that"),
            ("turnout", 9, "nsubj", "NOUN", "turnout"),
            ("fell", 6, "ccomp", "VERB", "fall"),
            (".", 6, "punct", "PUNCT", "."),
        ]
    )
    assert poll_rule(doc[0])
    doc.ents = [Span(doc, 5, 6, label="ORG")]
    assert not poll_rule(doc[0])
