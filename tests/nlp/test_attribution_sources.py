"""Source spans on hand-built parses (no model): the whole noun phrase PARC marks as the
source, and the name or description inside it that coreference reads."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.analyze import Analyzer
from newsgraph.document import Document
from newsgraph.nlp.attribution.context import DocContext
from newsgraph.nlp.attribution.sources import source_candidates, source_core, source_span
from newsgraph.read import RawDocument
from tests.nlp.hand_parse import parsed

# word, head (index), dependency; a word ending in "_" has no space after it
Row = tuple[str, int, str]


def _doc(rows: list[Row], pos: dict[int, str] | None = None) -> Doc:
    """Parts of speech not given are guessed: capitalised words are names, the rest nouns."""
    given = pos or {}
    return parsed(
        [
            (w, h, d, given.get(i, "PROPN" if w[:1].isupper() else "NOUN"))
            for i, (w, h, d) in enumerate(rows)
        ]
    )


def _text(doc: Doc, span: tuple[int, int]) -> str:
    return doc[span[0] : span[1]].text


def _said(rows: list[Row]) -> list[Row]:
    """The rows followed by 'said the bridge would close .' (the cue is the next token)."""
    cue = len(rows)
    return [
        *rows,
        ("said", cue, "ROOT"),
        ("the", cue + 2, "det"),
        ("bridge", cue + 4, "nsubj"),
        ("would", cue + 4, "aux"),
        ("close_", cue, "ccomp"),
        (".", cue, "punct"),
    ]


def _relative_clause() -> Doc:
    """'Paul Greer, who ran the county budget office, said …'"""
    return _doc(
        _said(
            [
                ("Paul", 1, "compound"),
                ("Greer_", 10, "nsubj"),
                (",", 1, "punct"),
                ("who", 4, "nsubj"),
                ("ran", 1, "relcl"),
                ("the", 8, "det"),
                ("county", 7, "compound"),
                ("budget", 8, "compound"),
                ("office_", 4, "dobj"),
                (",", 1, "punct"),
            ]
        ),
        pos={3: "PRON", 4: "VERB"},
    )


def test_a_relative_clause_stays_with_its_closing_comma() -> None:
    doc = _relative_clause()
    assert _text(doc, source_span(doc[1])) == "Paul Greer, who ran the county budget office,"


def test_the_core_leaves_the_relative_clause_out() -> None:
    doc = _relative_clause()
    assert _text(doc, source_core(doc[1])) == "Paul Greer"


def test_an_appositive_with_a_prepositional_modifier_is_kept_whole() -> None:
    doc = _doc(
        _said(
            [
                ("Anna", 1, "compound"),
                ("Lindqvist_", 11, "nsubj"),
                (",", 1, "punct"),
                ("the", 5, "det"),
                ("chief", 5, "amod"),
                ("economist", 1, "appos"),
                ("of", 5, "prep"),
                ("the", 9, "det"),
                ("Nordic", 9, "compound"),
                ("Council_", 6, "pobj"),
                (",", 1, "punct"),
            ]
        ),
        pos={4: "ADJ", 6: "ADP", 3: "DET", 7: "DET"},
    )
    assert (
        _text(doc, source_span(doc[1]))
        == "Anna Lindqvist, the chief economist of the Nordic Council,"
    )


def test_a_participle_modifying_a_document_is_kept() -> None:
    """'A poll released last week by the institute showed …'"""
    doc = _doc(
        [
            ("A", 1, "det"),
            ("poll", 8, "nsubj"),
            ("released", 1, "acl"),
            ("last", 4, "amod"),
            ("week", 2, "npadvmod"),
            ("by", 2, "agent"),
            ("the", 7, "det"),
            ("institute", 5, "pobj"),
            ("showed", 8, "ROOT"),
            ("gains", 8, "dobj"),
        ],
        pos={0: "DET", 2: "VERB", 3: "ADJ", 5: "ADP", 6: "DET", 8: "VERB"},
    )
    assert _text(doc, source_span(doc[1])) == "A poll released last week by the institute"
    assert _text(doc, source_core(doc[1])) == "A poll"


def test_an_aside_set_off_by_commas_is_not_part_of_the_source() -> None:
    """'Ms. Roe, facing a recount, said …': a participle aside describes the moment, and
    PARC's sources mostly leave it out."""
    doc = _doc(
        _said(
            [
                ("Ms.", 1, "compound"),
                ("Roe_", 7, "nsubj"),
                (",", 1, "punct"),
                ("facing", 1, "acl"),
                ("a", 5, "det"),
                ("recount_", 3, "dobj"),
                (",", 1, "punct"),
            ]
        ),
        pos={3: "VERB", 4: "DET"},
    )
    assert _text(doc, source_span(doc[1])) == "Ms. Roe"


def test_a_clause_that_reports_belongs_to_the_cue() -> None:
    """'the aide who said the bridge would close': the clause is speech, not a modifier."""
    doc = _doc(
        [
            ("the", 1, "det"),
            ("aide", 1, "ROOT"),
            ("who", 3, "nsubj"),
            ("said", 1, "relcl"),
            ("the", 5, "det"),
            ("bridge", 7, "nsubj"),
            ("would", 7, "aux"),
            ("close", 3, "ccomp"),
        ],
        pos={0: "DET", 2: "PRON", 3: "VERB", 4: "DET", 6: "AUX", 7: "VERB"},
    )
    assert _text(doc, source_span(doc[1])) == "the aide"


def test_coordinated_names_are_one_source() -> None:
    doc = _doc(
        _said(
            [
                ("Ruth", 1, "compound"),
                ("Ellison", 6, "nsubj"),
                ("and", 1, "cc"),
                ("Councilman", 5, "compound"),
                ("Dev", 5, "compound"),
                ("Patel", 1, "conj"),
            ]
        ),
        pos={2: "CCONJ"},
    )
    assert _text(doc, source_span(doc[1])) == "Ruth Ellison and Councilman Dev Patel"


def test_a_title_parsed_as_a_second_subject_stays_with_the_name() -> None:
    """'Council frontrunner Dana Ruiz said …' where the parse gives 'said' two subjects."""
    rows = [
        ("Council", 1, "compound"),
        ("frontrunner", 4, "nsubj"),
        ("Dana", 3, "compound"),
        ("Ruiz", 4, "nsubj"),
    ]
    doc = _doc(_said(rows))
    assert _text(doc, source_span(doc[3])) == "Council frontrunner Dana Ruiz"


def test_a_quoted_sentence_before_the_name_is_no_title() -> None:
    """'“Vote,” Ruiz said': a quote the parse made a second subject stays out."""
    rows = [("“_", 1, "punct"), ("Vote_", 4, "nsubj"), (",", 1, "punct"), ("”", 1, "punct")]
    doc = _doc(_said([*rows, ("Ruiz", 5, "nsubj")]), pos={0: "PUNCT", 2: "PUNCT", 3: "PUNCT"})
    assert _text(doc, source_span(doc[4])) == "Ruiz"


def test_a_pronoun_that_heads_a_phrase_keeps_it() -> None:
    """'Some of the tenants said …': the source is the tenants, not the bare 'Some'."""
    doc = _doc(
        _said([("Some", 4, "nsubj"), ("of", 0, "prep"), ("the", 3, "det"), ("tenants", 1, "pobj")]),
        pos={0: "PRON", 1: "ADP", 2: "DET"},
    )
    assert _text(doc, source_span(doc[0])) == "Some of the tenants"


def test_a_personal_pronoun_keeps_those_joined_to_it_but_nothing_else() -> None:
    """'She and her deputy, both new to the council, said …' credits both of them."""
    rows = [
        ("She", 9, "nsubj"),
        ("and", 0, "cc"),
        ("her", 3, "poss"),
        ("deputy_", 0, "conj"),
        (",", 0, "punct"),
        ("both", 6, "advmod"),
        ("new", 0, "amod"),
        ("to", 6, "prep"),
        ("council_", 7, "pobj"),
    ]
    doc = _doc(_said(rows), pos={0: "PRON", 1: "CCONJ", 2: "PRON", 5: "ADV", 6: "ADJ"})
    assert _text(doc, source_span(doc[0])) == "She and her deputy"


def test_a_dash_signed_pull_quote_source_has_no_punctuation() -> None:
    """'“Vote no.”― Tomas Reyes': the closing mark glued to the dash is not the name's."""
    doc = _doc(
        [
            ("“_", 2, "punct"),
            ("Vote", 2, "compound"),
            ("no_", 6, "compound"),
            (".", 2, "punct"),
            ("”―", 6, "punct"),
            ("Tomas", 6, "compound"),
            ("Reyes", 6, "ROOT"),
        ],
        pos={0: "PUNCT", 1: "VERB", 2: "INTJ", 3: "PUNCT", 4: "PUNCT"},
    )
    assert _text(doc, source_span(doc[6])) == "Tomas Reyes"


def test_a_dateline_before_a_dash_is_left_out() -> None:
    doc = _doc(
        _said(
            [
                ("SPRINGFIELD", 3, "compound"),
                ("–", 3, "punct"),
                ("Mayor", 3, "compound"),
                ("Okafor", 4, "nsubj"),
            ]
        ),
        pos={1: "PUNCT"},
    )
    assert _text(doc, source_span(doc[3])) == "Mayor Okafor"


def test_a_dateline_glued_to_its_dash_is_left_out() -> None:
    """'SPRINGFIELD-- Mayor Okafor said …', the tokenizer keeping the dash on the city."""
    doc = _doc(
        _said([("SPRINGFIELD--", 2, "compound"), ("Mayor", 2, "compound"), ("Okafor", 3, "nsubj")])
    )
    assert _text(doc, source_span(doc[2])) == "Mayor Okafor"


def test_a_quoted_sentence_the_parse_hung_on_the_name_is_left_out() -> None:
    """'“No,” aide Jane Doe said.'"""
    doc = _doc(
        [
            ("“_", 6, "punct"),
            ("No_", 6, "intj"),
            (",_", 6, "punct"),
            ("”", 6, "punct"),
            ("aide", 6, "compound"),
            ("Jane", 6, "compound"),
            ("Doe", 7, "nsubj"),
            ("said_", 7, "ROOT"),
            (".", 7, "punct"),
        ],
        pos={0: "PUNCT", 1: "INTJ", 2: "PUNCT", 3: "PUNCT", 4: "NOUN", 7: "VERB"},
    )
    assert _text(doc, source_span(doc[6])) == "aide Jane Doe"


def test_a_bracket_opened_in_the_name_is_closed() -> None:
    """'Sen. Ann Roe (D-Ore.) said …': the full stop inside the bracket stays too."""
    doc = _doc(
        _said(
            [
                ("Sen.", 2, "compound"),
                ("Ann", 2, "compound"),
                ("Roe", 9, "nsubj"),
                ("(_", 2, "punct"),
                ("D_", 2, "appos"),
                ("-_", 6, "punct"),
                ("Ore_", 2, "appos"),
                ("._", 2, "punct"),
                (")", 2, "punct"),
            ]
        ),
    )
    assert _text(doc, source_span(doc[2])) == "Sen. Ann Roe (D-Ore.)"


def test_a_modifier_hung_across_the_verb_stays_out() -> None:
    """'The campaign objected - one aide …': the parse hangs 'one aide' on 'campaign'."""
    doc = _doc(
        [
            ("The", 1, "det"),
            ("campaign", 2, "nsubj"),
            ("objected", 2, "ROOT"),
            ("-", 1, "punct"),
            ("one", 5, "nummod"),
            ("aide", 1, "appos"),
        ],
        pos={0: "DET", 2: "VERB", 3: "PUNCT", 4: "NUM"},
    )
    assert _text(doc, source_span(doc[1])) == "The campaign"


def test_a_date_is_when_not_who() -> None:
    """'Ms. Roe on Monday said …'"""
    doc = _doc(
        _said(
            [("Ms.", 1, "compound"), ("Roe", 4, "nsubj"), ("on", 1, "prep"), ("Monday", 2, "pobj")]
        ),
        pos={2: "ADP"},
    )
    doc.ents = [doc.char_span(doc[3].idx, doc[3].idx + len("Monday"), label="DATE")]
    assert _text(doc, source_span(doc[1])) == "Ms. Roe"


def test_a_dateline_read_as_the_subject_gives_way_to_the_name_after_its_dash() -> None:
    """'WASHINGTON -- Senator Ruiz, … , said …' parsed with the dateline as subject and
    the name as its apposition: the senator is the speaker, not the city."""
    rows: list[Row] = [
        ("WASHINGTON", 5, "nsubj"),
        ("--", 0, "punct"),
        ("Senator", 3, "compound"),
        ("Ruiz_", 0, "appos"),
        (",", 5, "punct"),
    ]
    doc = _doc(_said(rows), pos={1: "PUNCT", 4: "PUNCT"})
    [subject] = [c for c in source_candidates(doc[5], DocContext.of(doc)) if c.way == "subj"]
    assert subject.head is not None
    assert _text(doc, source_span(subject.head)) == "Senator Ruiz"


def test_a_dateline_read_as_a_second_subject_gives_way_to_the_name_after_its_dash() -> None:
    """'WASHINGTON— Senator Ruiz said …' parsed with two subjects of 'said'."""
    rows: list[Row] = [
        ("WASHINGTON_", 4, "nsubj"),
        ("—", 0, "punct"),
        ("Senator", 3, "compound"),
        ("Ruiz", 4, "nsubj"),
    ]
    doc = _doc(_said(rows), pos={1: "PUNCT"})
    [subject] = [c for c in source_candidates(doc[4], DocContext.of(doc)) if c.way == "subj"]
    assert subject.head is not None
    assert _text(doc, source_span(subject.head)) == "Senator Ruiz"


def test_a_place_read_as_the_subject_gives_way_to_the_speaker_set_beside_it() -> None:
    """'Outside court, the mayor, Ruth Allardyce, said …' parsed with 'court' as the subject
    and the mayor as its apposition."""
    rows: list[Row] = [
        ("Outside", 1, "amod"),
        ("court_", 9, "nsubj"),
        (",", 1, "punct"),
        ("the", 4, "det"),
        ("mayor_", 1, "appos"),
        (",", 4, "punct"),
        ("Ruth", 7, "compound"),
        ("Allardyce_", 4, "appos"),
        (",", 1, "punct"),
    ]
    doc = _doc(_said(rows), pos={0: "ADP", 2: "PUNCT", 3: "DET", 5: "PUNCT", 8: "PUNCT"})
    [subject] = [c for c in source_candidates(doc[9], DocContext.of(doc)) if c.way == "subj"]
    assert subject.head is not None
    assert _text(doc, source_span(subject.head)) == "the mayor, Ruth Allardyce,"


def test_a_pronoun_is_its_own_source() -> None:
    doc = _doc(_said([("She", 1, "nsubj")]), pos={0: "PRON"})
    assert _text(doc, source_span(doc[0])) == "She"


def test_a_relative_that_takes_the_noun_it_stands_for() -> None:
    """'… a utility that warned the bridge would close .': the source names the utility."""
    rows = [
        ("Officials", 1, "nsubj"),
        ("cited", 1, "ROOT"),
        ("a", 4, "det"),
        ("regional", 4, "amod"),
        ("utility", 1, "dobj"),
        ("that", 6, "nsubj"),
        ("warned", 4, "relcl"),
        ("the", 8, "det"),
        ("bridge", 10, "nsubj"),
        ("would", 10, "aux"),
        ("close_", 6, "ccomp"),
        (".", 1, "punct"),
    ]
    doc = _doc(rows, pos={1: "VERB", 3: "ADJ", 5: "PRON", 6: "VERB"})
    doc[5].tag_ = "WDT"
    assert _text(doc, source_span(doc[5])) == "a regional utility that"


def test_who_stays_its_own_source() -> None:
    doc = _relative_clause()
    doc[3].tag_ = "WP"
    assert _text(doc, source_span(doc[3])) == "who"


def _candidates(doc: Doc, cue: int) -> dict[str, str]:
    """The source candidates for the cue at `cue`, by the way each relates to it."""
    found = source_candidates(doc[cue], DocContext.of(doc))
    return {c.way: c.head.text for c in found if c.head is not None}


def test_of_two_subjects_the_one_nearest_the_verb_speaks() -> None:
    """'… the reasons that Ms. Vance refuses to comment', parsed with both the relative
    "that" and the name as subjects of "refuses": the name is the speaker."""
    rows = [
        ("Nobody", 1, "nsubj"),
        ("knows", 1, "ROOT"),
        ("the", 3, "det"),
        ("reasons", 1, "dobj"),
        ("that", 7, "nsubj"),
        ("Ms.", 6, "compound"),
        ("Vance", 7, "nsubj"),
        ("refuses", 3, "relcl"),
        ("to", 9, "aux"),
        ("comment_", 7, "xcomp"),
        (".", 1, "punct"),
    ]
    pos = {0: "PRON", 1: "VERB", 2: "DET", 4: "PRON", 7: "VERB", 8: "PART", 9: "VERB"}
    doc = _doc(rows, pos={**pos, 10: "PUNCT"})
    doc[4].tag_ = "WDT"
    assert _candidates(doc, 7)["subj"] == "Vance"


def test_a_verb_cut_off_from_its_subject_offers_the_subject_before_it() -> None:
    """'The mayor praised the crews , denounced the delay .' with 'denounced' hung on
    'crews' as a participle: the mayor is still a candidate."""
    rows = [
        ("The", 1, "det"),
        ("mayor", 2, "nsubj"),
        ("praised", 2, "ROOT"),
        ("the", 4, "det"),
        ("crews_", 2, "dobj"),
        (",", 4, "punct"),
        ("denounced", 4, "acl"),
        ("the", 8, "det"),
        ("delay_", 6, "dobj"),
        (".", 2, "punct"),
    ]
    doc = _doc(rows, pos={0: "DET", 2: "VERB", 3: "DET", 6: "VERB", 7: "DET"})
    assert _candidates(doc, 6)["subj-before"] == "mayor"


def test_a_quoted_subject_is_not_offered() -> None:
    """'“ The plan failed , ” denounced …': a subject inside a quote speaks for no cue outside."""
    rows = [
        ("“_", 3, "punct"),
        ("The", 2, "det"),
        ("plan", 3, "nsubj"),
        ("failed_", 6, "ccomp"),
        (",_", 6, "punct"),
        ("”", 6, "punct"),
        ("denounced", 6, "ROOT"),
        ("critics_", 6, "dobj"),
        (".", 6, "punct"),
    ]
    doc = _doc(rows, pos={1: "DET", 3: "VERB", 6: "VERB"})
    assert "subj-before" not in _candidates(doc, 6)


def test_a_quoted_subject_gives_way_to_the_speaker_after_the_verb() -> None:
    """'“ Full panic , ” said Leslie Wimes .', parsed with both the quoted noun and the
    name as subjects of "said": the name speaks."""
    rows = [
        ("“_", 2, "punct"),
        ("Full", 2, "amod"),
        ("panic_", 5, "nsubj"),
        (",_", 5, "punct"),
        ("”", 5, "punct"),
        ("said", 5, "ROOT"),
        ("Leslie", 7, "compound"),
        ("Wimes_", 5, "nsubj"),
        (".", 5, "punct"),
    ]
    doc = _doc(rows, pos={1: "ADJ", 5: "VERB"})
    assert _candidates(doc, 5)["subj"] == "Wimes"


def test_a_speaker_the_parse_set_beside_the_quoted_subject_speaks() -> None:
    """'“ A fine engineer , ” Hartley , the mayor , said .', parsed with the quoted noun
    as the subject and the name as its apposition: the name speaks."""
    rows = [
        ("“_", 3, "punct"),
        ("A", 3, "det"),
        ("fine", 3, "amod"),
        ("engineer_", 11, "nsubj"),
        (",_", 3, "punct"),
        ("”", 3, "punct"),
        ("Hartley_", 3, "appos"),
        (",_", 6, "punct"),
        ("the", 9, "det"),
        ("mayor_", 6, "appos"),
        (",_", 3, "punct"),
        ("said", 11, "ROOT"),
        (".", 11, "punct"),
    ]
    doc = _doc(rows, pos={1: "DET", 2: "ADJ", 8: "DET", 11: "VERB"})
    assert _candidates(doc, 11)["subj"] == "Hartley"


def _speakers(analyzer: Analyzer, text: str) -> list[tuple[str, str | None]]:
    """Each attribution's source text and the name of the entity it resolves to."""
    doc: Document = analyzer.analyze(RawDocument(id="test", text=text))
    names = {e.id: e.name for e in doc.entities}
    return [
        (a.source.text, names.get(a.source.entity) if a.source.entity else None)
        for a in doc.attributions
        if a.source is not None
    ]


@pytest.mark.model
def test_the_speaker_after_a_quote_starts_at_the_name(analyzer: Analyzer) -> None:
    text = (
        "“The levy is a tax on working families,” Adam Green, co-founder of the Fair Fares "
        "Coalition, said in a statement."
    )
    assert _speakers(analyzer, text) == [
        ("Adam Green, co-founder of the Fair Fares Coalition,", "Adam Green")
    ]


@pytest.mark.model
def test_a_speaker_with_a_relative_clause_resolves_to_the_person(analyzer: Analyzer) -> None:
    text = (
        "Paul Greer, who ran the county budget office for a decade, warned that the fund "
        "would be empty by spring."
    )
    assert _speakers(analyzer, text) == [
        ("Paul Greer, who ran the county budget office for a decade,", "Paul Greer")
    ]


@pytest.mark.model
def test_a_share_of_those_polled_is_who_says_it(analyzer: Analyzer) -> None:
    """The parser hangs 'About 4 in 10' on the verb as a number, and 'in 10' of 'Roughly 3
    in 10 said' on the verb: the whole share is still the source."""
    text = (
        "The ferry poll was taken last week. About 4 in 10 say they want the fares cut. "
        "Roughly 3 in 10 said the timetable should change."
    )
    assert [source for source, _ in _speakers(analyzer, text)] == [
        "About 4 in 10",
        "Roughly 3 in 10",
    ]


def test_a_name_set_before_a_nominal_cue_may_be_its_source() -> None:
    """'A Whitfield tweet called the plan a disgrace': the tweet is Whitfield's, though the
    parse makes the name a compound of the noun rather than its owner."""
    rows = [
        ("A", 2, "det"),
        ("Whitfield", 2, "compound"),
        ("tweet", 3, "nsubj"),
        ("called", 3, "ROOT"),
        ("the", 5, "det"),
        ("plan", 3, "dobj"),
        (".", 3, "punct"),
    ]
    doc = _doc(rows, pos={0: "DET", 3: "VERB", 4: "DET", 6: "PUNCT"})
    assert _candidates(doc, 2)["compound"] == "Whitfield"
    assert "compound" not in _candidates(doc, 3)


@pytest.mark.model
def test_a_singular_noun_the_parse_hung_before_a_plural_after_a_is_no_part_of_it(
    analyzer: Analyzer,
) -> None:
    """'a measure supporters say will save …': 'a' cannot go with 'supporters'."""
    text = (
        "Gov. Elena Navarro signed legislation on Tuesday that caps the cost of insulin at "
        "$35, a measure supporters say will save some families more than $1,000 a year.\n"
    )
    doc = analyzer.analyze(RawDocument(id="measure", text=text))
    [say] = [a for a in doc.attributions if "will save" in a.content.text]
    assert say.source is not None and say.source.text == "supporters"
