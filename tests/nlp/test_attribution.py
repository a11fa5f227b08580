"""Attributions end to end on our own news-style paragraphs: who said what, how, and which
entity the speaker is. Each test is one pattern news writing uses."""

from __future__ import annotations

import pytest

from newsgraph.analyze import Analyzer
from newsgraph.document import Attribution, AttributionKind, Document, Entity
from newsgraph.read import RawDocument
from tests.conftest import assert_standoff

pytestmark = pytest.mark.model


def _analyze(analyzer: Analyzer, text: str) -> Document:
    doc = analyzer.analyze(RawDocument(id="test", text=text))
    assert_standoff(doc)
    return doc


def _single(analyzer: Analyzer, text: str, kind: str) -> tuple[Document, Attribution]:
    """The document and its one attribution, of this kind."""
    doc = _analyze(analyzer, text)
    [attribution] = doc.attributions
    assert attribution.kind == kind
    return doc, attribution


def _about(doc: Document, words: str) -> Attribution:
    """The one attribution whose content holds these words."""
    found = [a for a in doc.attributions if words in a.content.text]
    assert len(found) == 1, [a.content.text for a in doc.attributions]
    return found[0]


def _speaker(doc: Document, attribution: Attribution) -> str | None:
    source = attribution.source
    assert source is not None
    names = {e.id: e.name for e in doc.entities}
    return names.get(source.entity) if source.entity else None


def _entity(doc: Document, name: str) -> Entity:
    """The one entity of this canonical name."""
    [entity] = [e for e in doc.entities if e.name == name]
    return entity


def _cue_and_source(attribution: Attribution) -> tuple[str | None, str | None]:
    cue, source = attribution.cue, attribution.source
    return (cue.text if cue else None, source.text if source else None)


def test_stated_then_it_continued_resolves_it_to_the_organisation(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The Harbour Workers Union stated: “Our members have kept this port open through every "
        "storm. We will not accept the new contracts.” It continued, “Every shift we lose is a "
        "family that goes without.”",
    )
    first, second = _about(doc, "every storm"), _about(doc, "Every shift")
    assert (first.kind, second.kind) == ("direct", "direct")
    assert first.content.text.startswith("“Our members") and first.content.text.endswith(
        "contracts.”"
    )
    assert second.source is not None and second.source.text == "It"
    assert _speaker(doc, first) == _speaker(doc, second) == "Harbour Workers Union"


def test_a_quote_interrupted_by_its_speaker_is_one_attribution(analyzer: Analyzer) -> None:
    doc, attribution = _single(
        analyzer,
        "“The budget is balanced. The deficit is gone,” Mayor Dana Okafor said. “Nobody "
        "believed we could do it in two years.”",
        "direct",
    )
    assert attribution.content.text.startswith("“The budget") and attribution.content.text.endswith(
        "two years.”"
    )
    assert attribution.cue is not None and attribution.cue.text == "said"
    assert _speaker(doc, attribution) == "Dana Okafor"


def test_a_quote_continued_across_paragraphs_is_one_content(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Councillor Priya Natarajan spoke for twenty minutes on Tuesday.\n\n"
        "“We promised the riverside families a park, and the plans are ready.\n\n"
        "“What we lack is the money, and that is a choice this council made,” she said.",
    )
    attribution = _about(doc, "What we lack")
    assert "We promised the riverside families" in attribution.content.text
    assert attribution.kind == "direct"
    assert _speaker(doc, attribution) == "Priya Natarajan"


def test_partial_quotes_inside_reported_speech_are_mixed(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The European Trade Agency published its agenda on Monday.\n\n"
        "At the summit the ministers will pledge to “keep every border crossing open,” the agency "
        "said, and renew their promise of “no new tariffs this year.”",
    )
    attribution = _about(doc, "keep every border crossing open")
    assert attribution.kind == "mixed"
    assert attribution.source is not None and attribution.source.text == "the agency"
    assert _speaker(doc, attribution) == "European Trade Agency"
    # "renew" shares the ministers' "will", not the agency's "said": the content goes on
    assert attribution.content.text.endswith("renew their promise of “no new tariffs this year.”")


def test_a_verb_in_the_cues_own_tense_after_it_is_not_content(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "At the summit the ministers will pledge to “keep every border crossing open,” the agency "
        "said, and published a list of the crossings.",
    )
    attribution = _about(doc, "keep every border crossing open")
    assert attribution.content.text.endswith("open,”")


def test_a_content_ending_in_a_quote_keeps_its_closing_mark(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Senator Laura Whitfield, the Ohio Democrat who led the talks, told CNN that "
        'Republican leaders had "walked away from every promise they made." She said she '
        "would try again next month.",
    )
    attribution = _about(doc, "walked away")
    assert attribution.kind == "mixed"
    assert attribution.content.text.endswith('every promise they made."')


def test_a_content_does_not_end_on_the_next_quotes_opening_mark(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The union's leader, Ms. Okafor, said the vote had been a warning to management. "
        "''We are not going away,'' she said.",
    )
    assert _about(doc, "warning to management").content.text == (
        "the vote had been a warning to management"
    )
    assert _about(doc, "not going away").content.text == "''We are not going away,''"


@pytest.mark.parametrize(
    "sentence",
    [
        "The spokesman would say only that the talks had taken place.",
        "In his address, Mr. Hale argued forcefully - naming the mayor four times - "
        "that the talks had taken place.",
    ],
)
def test_how_it_was_said_is_not_content(analyzer: Analyzer, sentence: str) -> None:
    doc = _analyze(analyzer, sentence)
    assert _about(doc, "talks had taken place").content.text == "that the talks had taken place"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The harbour bill is expected to pass the Senate next week.",
            "The harbour bill is expected to pass the Senate next week",
        ),
        (
            "Mr. Lowe seemed to lose his temper when the question came.",
            "Mr. Lowe seemed to lose his temper",
        ),
        (
            "The harbour plan seems like a fair deal for the town.",
            "The harbour plan seems like a fair deal for the town",
        ),
        (
            "Shipping lines are considered the biggest losers.",
            "Shipping lines are considered the biggest losers",
        ),
        (
            "Le Havre (AFP) – Dock workers are expected to extend their strike.",
            "Dock workers are expected to extend their strike",
        ),
        (
            "The ferry service will be suspended for the winter, and the new terminal "
            "is expected to open in April.",
            "the new terminal is expected to open in April",
        ),
    ],
)
def test_what_seems_or_is_expected_is_the_whole_clause(
    analyzer: Analyzer, sentence: str, content: str
) -> None:
    doc = _analyze(analyzer, sentence)
    attribution = _about(doc, content[-15:])
    assert attribution.content.text == content
    assert attribution.source is None


@pytest.mark.parametrize(
    ("sentence", "source", "content"),
    [
        (
            "A super PAC supporting the governor has spent $4 million on advertising since March.",
            "A super PAC",
            "the governor",
        ),
        (
            "A petition calling for a public inquiry has gathered 40,000 signatures.",
            "A petition",
            "for a public inquiry",
        ),
        (
            "Tenants opposing the eviction gathered outside the court on Friday.",
            "Tenants",
            "the eviction",
        ),
    ],
)
def test_a_participle_on_a_noun_is_the_nouns_and_stops_at_its_clause(
    analyzer: Analyzer, sentence: str, source: str, content: str
) -> None:
    doc = _analyze(analyzer, sentence)
    attribution = _about(doc, content)
    assert attribution.content.text == content
    assert attribution.source is not None
    assert attribution.source.text == source


def test_a_second_verb_of_saying_or_judging_is_the_speakers_next_attribution(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "The mayor said the plan was sound and urged the council to back it on Tuesday. "
        "The senator said the bill was flawed and called the vote a disgrace. "
        "The coach said the team had played well and praised the young defenders.",
    )
    said = [(a.cue.text, a.content.text, a.source and a.source.text) for a in doc.attributions]
    assert said == [
        ("said", "the plan was sound", "The mayor"),
        ("urged", "the council to back it on Tuesday", "The mayor"),
        ("said", "the bill was flawed", "The senator"),
        ("called", "the vote a disgrace", "The senator"),
        ("said", "the team had played well", "The coach"),
        ("praised", "the young defenders", "The coach"),
    ]


def test_whom_it_was_said_to_is_no_content(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Residents of the estate have written to the council. "
        "The mayor is talking to voters about the new tram line.",
    )
    assert [a.content.text for a in doc.attributions] == ["about the new tram line"]


def test_where_words_were_given_after_what_they_are_about_is_no_part_of_them(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "The health minister defended the hospital budget on a radio show. Councillor Ruth "
        "Mensah criticised the parking plan in a tweet on Tuesday. The opposition leader "
        "mocked the minister during a televised debate.",
    )
    assert [a.content.text for a in doc.attributions] == [
        "the hospital budget",
        "the parking plan",
        "the minister",
    ]


def test_what_is_named_with_no_one_naming_it_is_the_noun_with_its_name(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(analyzer, "Turnout in the string of contests known as Super Tuesday was low.")
    named = _about(doc, "Super Tuesday")
    assert named.content.text == "contests known as Super Tuesday"
    assert named.source is None


def test_seeming_to_think_something_keeps_the_thinker(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Councillor Anderson largely agreed with the mayor and seemed to think the "
        "outreach was phony.",
    )
    thought = _about(doc, "outreach was phony")
    assert not thought.content.text.startswith("Councillor")
    assert _speaker(doc, thought) == "Anderson"


def test_indirect_speech_and_adding_that_keep_the_source(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The Northern Rail Company states that fares will rise by four percent in January, "
        "adding that the money will pay for new carriages.",
    )
    states, adding = _about(doc, "fares will rise"), _about(doc, "new carriages")
    assert (states.kind, adding.kind) == ("indirect", "indirect")
    assert states.content.text.startswith("that fares will rise by four percent in January")
    assert adding.content.text == "that the money will pay for new carriages"
    assert _speaker(doc, states) == _speaker(doc, adding) == "Northern Rail Company"


def test_according_to_is_sourcing(analyzer: Analyzer) -> None:
    doc, attribution = _single(
        analyzer,
        "According to the Finance Ministry, unemployment fell to 5.1 percent in March.",
        "sourcing",
    )
    assert attribution.cue is not None and attribution.cue.text == "According to"
    assert attribution.content.text == "unemployment fell to 5.1 percent in March"
    assert _speaker(doc, attribution) == "Finance Ministry"


def test_a_closing_according_to_sources_the_relative_clause_right_before_it(
    analyzer: Analyzer,
) -> None:
    """The figure in the clause is what the phrase sources; the sentence it hangs on is
    the writer's or its own speaker's. A clause that completes a comparison is no gloss
    the phrase could source alone."""
    doc = _analyze(
        analyzer,
        "The mayor's office says the new levy will close the gap in the transit budget, "
        "which stood at 40 million dollars in March, according to the city auditor.\n\n"
        "By Friday, Lena Alder had 412 votes, compared with Tomas Ruiz, who had 380, "
        "according to the county clerk.",
    )
    gap = _about(doc, "40 million dollars")
    assert gap.content.text == "which stood at 40 million dollars in March"
    assert _cue_and_source(gap) == ("according to", "the city auditor")
    says = _about(doc, "new levy")
    assert _cue_and_source(says) == ("says", "The mayor's office")
    votes = _about(doc, "412 votes")
    assert votes.content.text.startswith("By Friday, Lena Alder had 412 votes")
    assert _cue_and_source(votes) == ("according to", "the county clerk")


def test_a_closing_according_to_with_its_date_then_a_comment_after_a_dash(
    analyzer: Analyzer,
) -> None:
    """The source's date belongs to the phrase; the dash after it opens the writer's
    comment, which the survey does not say."""
    doc = _analyze(
        analyzer,
        "Some 61 percent of residents oppose the new toll, according to a Metro Ledger "
        "survey last month - almost the same as the mayor's own 60 percent. Most of them "
        "drive to work.",
    )
    toll = _about(doc, "oppose the new toll")
    assert toll.content.text == "Some 61 percent of residents oppose the new toll"
    assert _cue_and_source(toll) == ("according to", "a Metro Ledger survey")


def test_according_to_after_a_quote_of_two_sentences_sources_the_whole_quote(
    analyzer: Analyzer,
) -> None:
    """The Ledger is the source of the judge's words: the sourcing chain nests the saying
    in the phrase, over the whole quote, not only its last sentence; a sentence the parse
    split after a quote inside it is sourced from its own start."""
    doc = _analyze(
        analyzer,
        "The county court has again delayed the Reyes trial.\n\n"
        "“There have been six delays this year. When does it end?” the judge said, "
        "according to the Ledger. The hearing resumes in May.\n\n"
        'The mayor, who was met with shouts of "Resign!" at a town meeting last week, is '
        "under pressure, according to two aides.",
    )
    ledger = _about(doc, "six delays")
    assert ledger.content.text.startswith("“There have been six delays this year.")
    assert _cue_and_source(ledger) == ("according to", "the Ledger")
    assert [_cue_and_source(n) for n in ledger.nested] == [("said", "the judge")]
    aides = _about(doc, "under pressure")
    assert aides.content.text.startswith("The mayor, who was met with shouts")


def test_reportedly_is_sourcing_with_no_one_named(analyzer: Analyzer) -> None:
    """Hearsay the writer does not pin on anyone: the clause is attributed, no source."""
    doc = _analyze(
        analyzer,
        "The transit authority is reportedly weighing a fare freeze for the rest of the "
        "year. Its board meets on Thursday.",
    )
    attribution = _about(doc, "fare freeze")
    assert attribution.kind == "sourcing"
    assert attribution.cue is not None and attribution.cue.text == "reportedly"
    assert attribution.source is None
    assert attribution.content.text.startswith("The transit authority is reportedly weighing")


def test_reportedly_hedges_its_whole_clause_whatever_the_model_makes_of_it(
    analyzer: Analyzer,
) -> None:
    """The clause from its subject on, without a participle set off after it; a verb of
    saying that 'reportedly' hedges is the cue itself."""
    doc = _analyze(
        analyzer,
        "The port strike entered its third week on Monday. In all, the dockers have "
        "reportedly turned away more than 40 ships, leaving shippers scrambling for other "
        "routes. Senator Ines Vidal has reportedly gathered the votes needed to end it. The "
        "governor reportedly argued that the strike was illegal.",
    )
    ships = _about(doc, "40 ships")
    assert ships.content.text == "the dockers have reportedly turned away more than 40 ships"
    assert _cue_and_source(ships) == ("reportedly", None)
    votes = _about(doc, "the votes needed")
    assert (
        votes.content.text
        == "Senator Ines Vidal has reportedly gathered the votes needed to end it"
    )
    argued = _about(doc, "was illegal")
    assert argued.cue is not None and argued.cue.text.endswith("argued")
    assert argued.source is not None and argued.source.text == "The governor"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "According to Maria Lopez, writing for the Harbour Gazette, the port will "
            "close in May.",
            "Maria Lopez",
        ),
        (
            "According to the audit, published on Monday, the port will close in May.",
            "the audit",
        ),
    ],
)
def test_according_to_leaves_out_how_the_source_put_it(
    analyzer: Analyzer, sentence: str, source: str
) -> None:
    doc = _analyze(analyzer, sentence)
    attribution = _about(doc, "the port will close")
    assert attribution.content.text == "the port will close in May"
    assert attribution.source is not None and attribution.source.text == source


def test_according_to_inside_a_sentence_attributes_the_whole_sentence(
    analyzer: Analyzer,
) -> None:
    _, attribution = _single(
        analyzer,
        "Turnout in the county, according to election officials, reached a record 71 percent "
        "on Tuesday.",
        "sourcing",
    )
    assert attribution.content.text == (
        "Turnout in the county, according to election officials, reached a record 71 percent "
        "on Tuesday"
    )
    assert attribution.source is not None and attribution.source.text == "election officials"


def test_according_to_at_the_end_takes_only_what_comes_before(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer, "Turnout reached a record 71 percent on Tuesday, according to election officials."
    )
    [attribution] = doc.attributions
    assert attribution.content.text == "Turnout reached a record 71 percent on Tuesday"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The council's reserves fell by a third last year, according to the audit office "
            "- the steepest drop in a decade.",
            "The council's reserves fell by a third last year",
        ),
        (
            "Ridership rose 12 percent in March, according to figures from the transit "
            "authority, even as fares went up.",
            "Ridership rose 12 percent in March",
        ),
        (
            "The port handled two million containers, according to its annual report, a record "
            "for the region.",
            "The port handled two million containers",
        ),
        (
            "The mill employs 400 people, according to the union, and it plans to hire more.",
            "The mill employs 400 people, according to the union, and it plans to hire more",
        ),
        (
            "The depot, according to the union, employs 400 people - more than any other site.",
            "The depot, according to the union, employs 400 people - more than any other site",
        ),
    ],
)
def test_the_writers_comment_after_a_closing_according_to_is_not_content(
    analyzer: Analyzer, sentence: str, content: str
) -> None:
    """A dash, 'even as', 'but' or a bare noun phrase after the phrase is the writer's
    own; a joined clause, or a sentence whose verb comes after the phrase, is sourced."""
    [attribution] = _analyze(analyzer, sentence).attributions
    assert attribution.content.text == content


def test_an_aside_in_brackets_after_an_according_to_phrase_is_neither_source_nor_content(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Okafor won 54 percent of the vote in Leeds on Tuesday night, according to exit polls "
        "(a wide margin, but one that is smaller than in 2019).",
    )
    [attribution] = doc.attributions
    assert attribution.source is not None and attribution.source.text == "exit polls"
    assert attribution.content.text == "Okafor won 54 percent of the vote in Leeds on Tuesday night"


@pytest.mark.parametrize(
    "dateline",
    [
        "ROTTERDAM —",
        "ROTTERDAM—",
        "ROTTERDAM (Reuters) —",
        "ROTTERDAM, May 11 (Reuters) -",
        "07:30 —",
        "Le Havre (AFP) –",
    ],
)
def test_a_dateline_is_not_part_of_the_content(analyzer: Analyzer, dateline: str) -> None:
    doc = _analyze(
        analyzer,
        f"{dateline} Dock workers will stay off the job for another week, union leaders said.",
    )
    [attribution] = doc.attributions
    assert attribution.content.text == "Dock workers will stay off the job for another week"


def test_a_dateline_is_not_part_of_the_source(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "New York (AFP) – Vice President Joe Biden on Monday accused the senator of lying "
        "about the budget.",
    )
    [attribution] = doc.attributions
    assert attribution.source is not None
    assert attribution.source.text == "Vice President Joe Biden"
    assert _speaker(doc, attribution) == "Joe Biden"


def test_according_to_a_kind_of_company_and_its_name_is_that_company(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Ferry services to the islands are suspended, according to operator Fjordline.",
    )
    [attribution] = doc.attributions
    assert _speaker(doc, attribution) == "Fjordline"
    assert [e.type for e in doc.entities if e.name == "Fjordline"] == ["ORG"]


def test_a_dash_aside_after_an_acronym_is_not_a_dateline(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer, "NASA — the space agency — will delay the launch again, officials said."
    )
    [attribution] = doc.attributions
    assert attribution.content.text.startswith("NASA — the space agency —")


def test_according_to_a_report_by_resolves_to_who_wrote_it(analyzer: Analyzer) -> None:
    doc, attribution = _single(
        analyzer,
        "According to a report by The Coastal Herald, three ferries were cancelled last week.",
        "sourcing",
    )
    assert attribution.source is not None
    assert attribution.source.text == "a report by The Coastal Herald"
    assert _speaker(doc, attribution) == "Coastal Herald"


def test_told_reporters(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer, "Police Chief Marcus Bell told reporters that the road would reopen on Friday."
    )
    [attribution] = doc.attributions
    assert attribution.cue is not None and attribution.cue.text == "told"
    assert attribution.content.text == "that the road would reopen on Friday"
    assert _speaker(doc, attribution) == "Marcus Bell"


def test_per_is_sourcing(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The Lambton Bridge will close for repairs in May, per the Lambton Transport Authority.",
    )
    attribution = _about(doc, "will close for repairs")
    assert attribution.kind == "sourcing"
    assert attribution.content.text == "The Lambton Bridge will close for repairs in May"
    assert _speaker(doc, attribution) == "Lambton Transport Authority"


def test_per_unnamed_officials_is_sourcing_from_an_anonymous_source(analyzer: Analyzer) -> None:
    doc = _analyze(analyzer, "The ferry deal is dead, per two officials familiar with the talks.")
    [attribution] = doc.attributions
    assert (attribution.kind, attribution.content.text) == ("sourcing", "The ferry deal is dead")
    assert attribution.source is not None
    assert attribution.source.text == "two officials familiar with the talks"
    assert attribution.source.anonymous


def test_per_claims_the_sentence_before_a_cue_nested_in_it(analyzer: Analyzer) -> None:
    """The memo reports that the union warned: one attribution, as PARC marks it, not the
    warning with 'per a memo' glued to its content."""
    _, attribution = _single(
        analyzer,
        "The dockers' union warned of strikes if the pay deal is not signed, per a memo "
        "seen by reporters.",
        "sourcing",
    )
    assert attribution.content.text == (
        "The dockers' union warned of strikes if the pay deal is not signed"
    )
    assert attribution.source is not None
    assert attribution.source.text == "a memo seen by reporters"


def test_per_opening_a_sentence_attributes_the_rest(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer, "Per the county election office, 4,100 postal ballots arrived too late to count."
    )
    [attribution] = doc.attributions
    assert attribution.content.text == "4,100 postal ballots arrived too late to count"


def test_a_rate_per_person_is_not_sourcing(analyzer: Analyzer) -> None:
    doc = _analyze(analyzer, "Tickets for the harbour tour cost $45 per person this summer.")
    assert doc.attributions == []


def test_said_in_a_statement(analyzer: Analyzer) -> None:
    doc, attribution = _single(
        analyzer,
        "Greenfield Energy said in a statement that it had found no leak at the plant.",
        "indirect",
    )
    assert attribution.content.text == "that it had found no leak at the plant"
    assert _speaker(doc, attribution) == "Greenfield Energy"


def test_said_in_a_statement_on_its_website(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Harlow Athletic have sacked manager Dean Rourke after a cup defeat. The club said in a "
        'statement on its website that Rourke, 47, had left "by mutual consent" and thanked '
        'him for "three years of hard work".',
    )
    said = _about(doc, "mutual consent")
    assert said.content.text.startswith("that Rourke, 47, had left")


def test_whom_words_were_told_to_is_no_part_of_them(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Harlow Athletic have sacked manager Dean Rourke. Rourke, who joined from Kettering in "
        '2023, told BBC Radio Essex on Sunday that he had "no regrets".',
    )
    told = _about(doc, "no regrets")
    assert told.content.text == 'that he had "no regrets"'
    assert _speaker(doc, told) == "Dean Rourke"


def test_a_quoted_paper_told_is_the_hearer_not_the_words(analyzer: Analyzer) -> None:
    """The parse hangs the that-clause on the quoted title as a relative clause."""
    doc = _analyze(
        analyzer,
        "Two fire engines in Marston have been off the road since Friday. Fire chief Dan Orr "
        "told the “Evening Standard” that two engines were out of service.",
    )
    told = _about(doc, "out of service")
    assert told.content.text == "that two engines were out of service"
    assert _cue_and_source(told) == ("told", "Fire chief Dan Orr")


def test_words_setting_the_scene_do_not_run_on_into_the_next_quote(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "A landlord has been fined 40,000 pounds for failing to repair damp flats in Eastham."
        '\n\nOutside court, tenant Joanne Price said the ruling was long overdue. "We lived '
        'with black mould on the walls for two winters," she said.\n',
    )
    ruling = _about(doc, "long overdue")
    assert ruling.content.text == "the ruling was long overdue"
    assert _speaker(doc, ruling) == "Joanne Price"
    assert _speaker(doc, _about(doc, "black mould")) == "Joanne Price"


def test_a_quote_inside_a_quote_stays_in_the_outer_content(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "“When I asked him, he told me ‘the shop is not for sale,’ and that was the end of it,” "
        "said Tomas Novak, a baker in the old town.",
    )
    outer = _about(doc, "that was the end of it")
    assert outer.kind == "direct"
    assert "‘the shop is not for sale,’" in outer.content.text
    assert _speaker(doc, outer) == "Tomas Novak"


def test_an_unclosed_quote_ends_with_its_paragraph(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Mayor Ruth Abebe opened the session.\n\n“We will rebuild the library, and we will do it "
        "this year,” she said. “Every child in this town deserves a place to read.\n\n"
        "The council then approved the budget.",
    )
    attribution = _about(doc, "We will rebuild the library")
    assert "The council" not in attribution.content.text
    assert _speaker(doc, attribution) == "Ruth Abebe"


def test_pronoun_sources_resolve_by_gender_and_recency(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Maria Lopez, the head of the tenants' association, met Governor Tom Reyes on Monday. "
        "She said the talks had gone well. He warned that the state could not pay for new homes.",
    )
    she, he = _about(doc, "the talks had gone well"), _about(doc, "could not pay")
    assert _speaker(doc, she) == "Maria Lopez"
    assert _speaker(doc, he) == "Tom Reyes"


def test_a_surname_the_parser_reads_as_a_modal_is_the_speaker(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Prime Minister Helen May arrived in Brussels on Monday for the summit. May said the "
        "deal was fair and would pass in parliament. The columnist Rupert Will was unmoved. "
        "Will wrote that the summit had settled nothing.",
    )
    may, will = _about(doc, "the deal was fair"), _about(doc, "had settled nothing")
    assert _speaker(doc, may) == "Helen May"
    assert _speaker(doc, will) == "Rupert Will"
    assert may.cue is not None and may.cue.text == "said"


def test_unnamed_sources_are_anonymous(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Officials said the airport would stay closed until Sunday. A source familiar with the "
        "negotiations said no deal was expected before June.",
    )
    for words in ("the airport would stay closed", "no deal was expected"):
        source = _about(doc, words).source
        assert source is not None and source.entity is None and source.anonymous


def test_a_pull_quote_signed_with_a_dash(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Readers sent us their verdicts on the debate.\n\n"
        "“The most unprepared candidate I have ever seen.” ― Jane Doe\n\n"
        "“A clear win on the economy.”― John Roe",
    )
    signed = _about(doc, "unprepared candidate")
    assert signed.content.text == "“The most unprepared candidate I have ever seen.”"
    assert signed.cue is not None and signed.cue.text == "―"
    assert _speaker(doc, signed) == "Jane Doe"
    glued = _about(doc, "A clear win")  # the dash glued to the closing mark
    assert glued.content.text == "“A clear win on the economy.”"
    assert _cue_and_source(glued) == ("―", "John Roe")


def test_a_pull_quote_signature_ends_before_its_full_stop(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "We asked voters in the county what they made of the debate.\n\n"
        "“He never answered a single question about the budget.”― Maria Lopez.\n\n"
        "“She looked ready for the job.” ― Tom Briggs.",
    )
    for words, name in (("single question", "Maria Lopez"), ("ready for the job", "Tom Briggs")):
        signed = _about(doc, words)
        assert signed.source is not None and signed.source.text == name
        assert _speaker(doc, signed) == name


def test_a_pull_quote_with_the_dash_glued_to_the_name(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The council voted on the new bridge last night.\n\n"
        "“We will have the bridge open again by spring.”—Mayor Jane Doe\n\n"
        "The vote was seven to two.",
    )
    signed = _about(doc, "bridge open again")
    assert signed.content.text == "“We will have the bridge open again by spring.”"
    assert signed.cue is not None and signed.cue.text == "—"
    assert signed.source is not None and signed.source.text == "Mayor Jane Doe"


def test_a_digest_quote_introduced_by_a_name_and_a_colon(analyzer: Analyzer) -> None:
    """A newsletter's round-up: a heading, a dash, the name, a colon, the quote."""
    doc = _analyze(
        analyzer,
        "Here is what the pollsters made of the upset.\n\n"
        "SUBURBS DECIDED IT - Dana Reyes and Omar Haddad: “Turnout in the suburbs decided "
        "this race, not the cities. Nobody saw it coming.”\n\n"
        "Pollsters disagree - Fairline Research: “Our numbers were right; the timing was "
        "not.”\n\n"
        "More from the survey: “Online panels vary widely in quality.”\n\n"
        "He said the judge was from Ohio: “The judge is fair, which is great.”",
    )
    suburbs = _about(doc, "Turnout in the suburbs")
    assert suburbs.content.text.startswith("“Turnout")
    assert _cue_and_source(suburbs) == (":", "Dana Reyes and Omar Haddad")
    assert _cue_and_source(_about(doc, "timing was not")) == (":", "Fairline Research")
    assert _cue_and_source(_about(doc, "vary widely")) == (":", "the survey")
    assert _cue_and_source(_about(doc, "judge is fair")) == ("said", "He")


def test_a_hearing_write_up_opens_lines_with_the_speaker_and_a_colon(
    analyzer: Analyzer,
) -> None:
    """A name opening its line, with or without a party tag, then a colon and a quote: the
    name speaks, the colon is the cue."""
    doc = _analyze(
        analyzer,
        "Senators spent the morning questioning the nominee about the pipeline.\n\n"
        "Sen. Ruth Calder (D-Ore.): “You told this committee in March that the route was "
        "settled. Was that true?”\n\n"
        "Rep. Tom Baines (R) : “The answer is in the record.”\n\n"
        "The nominee said he had answered in good faith.",
    )
    calder = _about(doc, "route was settled")
    assert calder.content.text.endswith("Was that true?”")
    assert calder.source is not None and calder.source.text == "Sen. Ruth Calder"
    assert _speaker(doc, calder) == "Ruth Calder"
    assert _cue_and_source(_about(doc, "in the record")) == (":", "Rep. Tom Baines (R)")


def test_a_quote_led_into_by_a_few_words_goes_on_with_the_quote_before(
    analyzer: Analyzer,
) -> None:
    """The writer's lead-in ('Unless …,') does not make the quote after it a new one; a
    verb of the writer's that takes the quote does."""
    doc = _analyze(
        analyzer,
        "The vote on the new stadium was closer than expected.\n\n"
        "“It is a turning point,” said Ruth Alder, a strategist for the party in three "
        "campaigns. Unless the others quit soon, “nobody will stop him before the "
        "convention.”\n\n"
        "“We will keep fighting,” said Ana Ruiz, who leads the tenants' group. The council "
        "has since described the plan as “a pause until spring.”",
    )
    alder = _about(doc, "turning point")
    assert alder.content.text.endswith("“nobody will stop him before the convention.”")
    assert _speaker(doc, alder) == "Ruth Alder"
    ruiz = _about(doc, "keep fighting")
    assert ruiz.content.text == "“We will keep fighting,”"


def test_a_quote_without_a_cue_goes_to_the_previous_speaker(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "“We will appeal,” said Anna Berg, the union's lawyer.\n\n“This ruling cannot stand.”",
    )
    attribution = _about(doc, "This ruling cannot stand")
    assert attribution.cue is None and attribution.kind == "direct"
    assert _speaker(doc, attribution) == "Anna Berg"


def test_a_quote_after_reported_words_in_its_paragraph_is_the_same_speakers(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "A landlord has been fined for failing to repair damp flats.\n\n"
        "Another tenant, Sam Okoro, said he hoped other landlords would take notice. "
        '"This should be a warning to every one of them."\n',
    )
    warning = _about(doc, "a warning to every one")
    assert warning.cue is None and warning.kind == "direct"
    assert _speaker(doc, warning) == "Sam Okoro"


def test_a_quote_resumed_after_its_cue_is_one_content(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The council published the stadium contract on Friday.\n\n"
        "“We have nothing to hide,” Laura Kim said. “The full contract is online now.\n\n"
        "“Anyone who wants to read it can.”",
    )
    attribution = _about(doc, "nothing to hide")
    assert attribution.content.text.startswith("“We have nothing to hide,” Laura Kim said.")
    assert attribution.content.text.endswith("Anyone who wants to read it can.”")
    assert _speaker(doc, attribution) == "Laura Kim"
    assert len([a for a in doc.attributions if "read it" in a.content.text]) == 1


def test_a_quote_resumed_after_its_cue_and_what_it_was_said_in_is_one_content(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "The river burst its banks overnight.\n\n"
        '"What happens to us now?" Grace Okafor asked in response. "Nobody can tell us."',
    )
    attribution = _about(doc, "What happens to us now?")
    assert attribution.content.text.endswith('"Nobody can tell us."')
    assert _speaker(doc, attribution) == "Grace Okafor"
    assert len([a for a in doc.attributions if "Nobody" in a.content.text]) == 1


def test_two_quotes_around_their_cue_and_its_setting_are_direct(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The ferry vote split the council.\n\n"
        "“This is not a luxury, it is a lifeline,” Aisling Brennan told the packed chamber "
        "before the vote. “Half of my constituents have no other way to reach the hospital.”\n\n"
        "Tomas Veldt said the subsidy “rewards a company that has failed to modernise.”",
    )
    brennan = _about(doc, "not a luxury")
    assert brennan.content.text.endswith("reach the hospital.”")
    assert brennan.kind == AttributionKind.DIRECT
    assert _about(doc, "rewards a company").kind == AttributionKind.MIXED


def test_he_after_a_description_of_a_named_person_is_that_person(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Former President Jorge Almeida testified for three hours on Tuesday.\n\n"
        "Prosecutors said his former chief of staff, Ricardo Lemos, took bribes from a "
        "construction firm. Lemos denies the charges.\n\n"
        "The former president's appearance was a rare one. He told a radio station last year "
        "that he might run for office again.",
    )
    assert _speaker(doc, _about(doc, "run for office")) == "Jorge Almeida"
    lemos = _entity(doc, "Ricardo Lemos")
    assert (lemos.type, lemos.roles) == ("PERSON", ["former chief of staff"])


def test_he_after_a_persons_campaign_is_the_person_but_his_doctor_speaks_for_himself(
    analyzer: Analyzer,
) -> None:
    def speakers(second: str) -> list[str | None]:
        doc = _analyze(analyzer, "Kim Lee said the results were fine.\n\n" + second)
        return [_speaker(doc, a) for a in doc.attributions if a.source and a.source.text == "He"]

    plan = "Gary Johnson's campaign was in trouble. He said on Monday that he would not quit."
    assert speakers(plan) == ["Gary Johnson"]
    doctor = "Gary Johnson's doctor wrote a letter on Monday. He said the candidate was healthy."
    assert speakers(doctor) == [None]


def test_they_after_people_described_without_a_name_is_no_organisation(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Walkers were 24% less likely to have a heart attack, according to a study of 120,000 "
        "adults published on Wednesday in the journal Heart Health.\n\n"
        "The researchers, led by Dr. Amara Osei of the University of Accra, followed "
        "participants in Ghana from 2012 to 2022. They found the benefit held even after "
        "accounting for diet, smoking and income.",
    )
    assert _speaker(doc, _about(doc, "the benefit held")) is None


def test_her_after_a_speaker_tells_her_gender_unless_someone_stands_between(
    analyzer: Analyzer,
) -> None:
    def he(first: str) -> str | None:
        doc = _analyze(analyzer, first + "\n\nThe hearing lasted two hours. He said it was unfair.")
        return _speaker(doc, _about(doc, "it was unfair"))

    assert he("Councillor Robin Achebe said her office would appeal the ruling.") is None
    assert he("Councillor Robin Achebe said the minister had misled his staff.") == "Robin Achebe"


def test_the_two_companies_named_before_are_no_anonymous_source(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Dutch brewer Van Aalst and Belgium's Brasserie Lemaire have agreed to merge in a deal "
        "worth about $9 billion, the two companies said on Monday.",
    )
    [attribution] = doc.attributions
    assert attribution.source is not None and not attribution.source.anonymous
    assert [e.type for e in doc.entities if e.name == "Van Aalst"] == ["ORG"]


def test_a_statement_introduced_by_a_colon_is_quoted_whole(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The Harbor Authority issued a statement late on Friday: “The ferry will not sail until "
        "the storm has passed. Passengers will get a full refund.”",
    )
    attribution = _about(doc, "The ferry will not sail")
    assert attribution.content.text == (
        "“The ferry will not sail until the storm has passed. Passengers will get a full refund.”"
    )
    assert _speaker(doc, attribution) == "Harbor Authority"


_STORY = (
    "\n\nThe council met on Tuesday evening to discuss the budget. Residents packed the hall "
    "and several spoke against the plan."
)


def _headline_attributions(analyzer: Analyzer, headline: str) -> list[tuple[str, ...]]:
    """(kind, source, cue, content) of every attribution in the headline of a short story."""
    doc = _analyze(analyzer, headline + _STORY)
    return [
        (a.kind, a.source.text if a.source else "", a.cue.text if a.cue else "", a.content.text)
        for a in doc.attributions
        if a.content.start < len(headline)
    ]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Councillor Maria Lopez: The Bridge Budget Is Dead",
            ("indirect", "Councillor Maria Lopez", ":", "The Bridge Budget Is Dead"),
        ),
        (  # the belief inside the colon's content is not an attribution of its own
            "Councillor Lopez: I Believe The Bridge Budget Is Dead",
            ("indirect", "Councillor Lopez", ":", "I Believe The Bridge Budget Is Dead"),
        ),
        (  # title case: the verb reads as part of a name to the tagger
            "Union Leaders Slam Pension Plan After Late-Night Vote",
            ("indirect", "Union Leaders", "Slam", "Pension Plan"),
        ),
        (  # the topic after "on" is neither the speaker nor what is said
            "Councillor Lopez on the Bridge Budget: It Is Dead",
            ("indirect", "Councillor Lopez", ":", "It Is Dead"),
        ),
        (
            "Transit Fares Will Rise, City Treasurer Says",
            ("indirect", "City Treasurer", "Says", "Transit Fares Will Rise"),
        ),
        (  # the verb before the comma is what the memo reports, not a cue of its own
            "Minister knew of contract concerns, leaked memo suggests",
            ("indirect", "leaked memo", "suggests", "Minister knew of contract concerns"),
        ),
        (  # a plural noun in -s before the verb heads the subject: the surveys show
            "New Surveys Show Voters Cooling On Bridge Plan",
            ("indirect", "New Surveys", "Show", "Voters Cooling On Bridge Plan"),
        ),
        (  # a headline quotes in single marks; the one interviewed said it
            "'We will not back down': an interview with union leader Maria Lopez",
            ("direct", "Maria Lopez", "interview", "'We will not back down'"),
        ),
    ],
)
def test_headline_shapes(analyzer: Analyzer, headline: str, expected: tuple[str, ...]) -> None:
    assert _headline_attributions(analyzer, headline) == [expected]


@pytest.mark.parametrize(
    "headline",
    [
        "The Latest: Storm Heads North Toward Coast",
        "BREAKING: Council Approves Budget",
        "Bridge Budget: Is It Too Late To Save It?",
        "Interview: the mayor on housing, buses and her next term",
    ],
)
def test_a_headline_colon_after_a_label_or_before_a_question_attributes_nothing(
    analyzer: Analyzer, headline: str
) -> None:
    assert _headline_attributions(analyzer, headline) == []


def test_a_transcript_credits_each_paragraph_to_its_speaker_label(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Candidates clash over fuel tax\n\n"
        "The two candidates for governor met in Dayton on Tuesday.\n\n"
        "MODERATOR: Good evening. Will you raise the tax on fuel?\n\n"
        "HARTLEY: No. The tax is already too high, and families feel it.\n\n"
        "MODERATOR: Ms. Okafor, your answer?\n\n"
        "OKAFOR: We will keep it where it is. The roads need the money.",
    )
    labelled = {
        (a.source.text, a.content.text)
        for a in doc.attributions
        if a.source is not None and a.cue is not None and a.cue.text == ":"
    }
    assert labelled == {
        ("MODERATOR", "Good evening. Will you raise the tax on fuel"),
        ("HARTLEY", "No. The tax is already too high, and families feel it"),
        ("MODERATOR", "Ms. Okafor, your answer"),
        ("OKAFOR", "We will keep it where it is. The roads need the money"),
    }
    assert not any((a.source.text if a.source else "") == "families" for a in doc.attributions)
    moderator = [a for a in doc.attributions if a.source and a.source.text == "MODERATOR"]
    assert moderator and all(_speaker(doc, a) != "Okafor" for a in moderator)
    assert {a.kind for a in doc.attributions if a.cue and a.cue.text == ":"} == {
        AttributionKind.DIRECT
    }


def test_a_transcript_quoted_paragraph_by_paragraph_names_its_speakers(
    analyzer: Analyzer,
) -> None:
    """Each paragraph of a quoted transcript opens with a quotation mark that, after the
    first, no paragraph closes; the label after it is the speaker, without the mark."""
    doc = _analyze(
        analyzer,
        "The interview aired on Sunday. A partial transcript follows.\n\n"
        '"HOST: Will the mill reopen this year?"\n\n'
        '"BRANDT: Not this year. We need a buyer first.\n\n'
        '"HOST: And the workers?\n\n'
        '"BRANDT: They will be paid until March.',
    )
    sources = {a.source.text for a in doc.attributions if a.source and a.cue and a.cue.text == ":"}
    assert sources == {"HOST", "BRANDT"}
    # the quote the marks seem to open runs to the end; no one is credited with all of it
    assert [a.content.text for a in doc.attributions if "\n" in a.content.text] == []


def test_a_speaker_label_resolves_to_the_person_named_before(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Senator Maria Hartley spoke to our reporter on Tuesday about the budget.\n\n"
        "REPORTER: Why did you vote against the bill?\n\n"
        "HARTLEY: Because it cuts school funding by a third.\n\n"
        "REPORTER: Will you run again next year?\n\n"
        "HARTLEY: I have not decided yet.",
    )
    speakers = {
        (a.source.text, _speaker(doc, a))
        for a in doc.attributions
        if a.source is not None and a.cue is not None and a.cue.text == ":"
    }
    assert speakers == {("REPORTER", None), ("HARTLEY", "Maria Hartley")}


def test_a_single_name_and_colon_is_not_a_transcript(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Storm closes schools\n\nSchools in the county stayed shut on Monday.\n\n"
        "Update: Buses will run again on Wednesday, officials said.",
    )
    assert not any(a.cue is not None and a.cue.text == ":" for a in doc.attributions)


def test_a_tally_of_names_and_numbers_is_no_transcript(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The delegate count stood as follows on Saturday, the party said.\n\n"
        "Hillary Clinton: 1,769.\n\nBernie Sanders: 1,501.\n\n"
        "The superdelegates are elected officials.\n\nClinton: 547.\n\nSanders: 46.\n\n"
        "In all, the totals were these.\n\nClinton: 2,316.\n\nSanders: 1,547.\n",
    )
    assert [a.content.text for a in doc.attributions] == [
        "The delegate count stood as follows on Saturday"
    ]


def test_a_passive_cue_attributes_its_subject_to_its_agent(analyzer: Analyzer) -> None:
    _, attribution = _single(
        analyzer, "The new toll plan was sharply criticized by the mayor on Monday.", "indirect"
    )
    assert attribution.content.text == "The new toll plan"
    assert attribution.source is not None
    assert attribution.source.text == "the mayor"


def test_a_quote_cut_off_by_the_sentence_splitter_goes_to_the_cue_after_it(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "The crowd had thinned by nine. “Is it over already?” she asked. Nobody answered.",
    )
    attribution = _about(doc, "Is it over")
    assert attribution.kind == "direct"
    assert attribution.cue is not None
    assert attribution.cue.text == "asked"


def test_the_writers_own_turns_of_phrase_report_no_one(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The council approved the budget on Tuesday. Having said that, the plan still needs "
        "work. Let's say the vote had failed: the city would have closed three libraries. "
        "That said, officials expect a second vote in May. Needless to say, the mayor was "
        "not pleased. Having said that he would resign, the treasurer left the room.",
    )
    cues = [a.cue.text for a in doc.attributions if a.cue is not None]
    assert [c for c in cues if "say" in c.lower() or c.lower() == "said"] == []
    resigning = _about(doc, "he would resign")
    assert _cue_and_source(resigning) == ("Having said", "the treasurer")


def test_a_cue_before_its_speaker_is_not_part_of_the_name(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Experts doubt the plan will work. Said Ellis: “I don’t get the sense she’s the least "
        "bit interested in tax reform.”",
    )
    said = _about(doc, "tax reform")
    assert _cue_and_source(said) == ("Said", "Ellis")


def test_a_hyphenated_title_stays_whole_in_the_source_and_the_role(analyzer: Analyzer) -> None:
    """The parser splits 'co-founder' into three subjects; the source and the role keep
    the word whole, and the speaker is still the person named beside it."""
    doc = _analyze(
        analyzer,
        "The campaign group Tide Turn welcomed the ruling. Its co-founder, Jonah Adeyemi, "
        "said: “A pavement is not private property.”",
    )
    quote = _about(doc, "pavement")
    assert quote.source is not None and quote.source.text == "Its co-founder, Jonah Adeyemi,"
    assert _speaker(doc, quote) == "Jonah Adeyemi"
    assert _entity(doc, "Jonah Adeyemi").roles == ["co-founder"]


def test_a_coach_named_after_his_old_club_is_the_next_he(analyzer: Analyzer) -> None:
    """The parser hangs 'Tunde Bakare' on 'Lagos United', not on 'coach': he is still a
    person with that role, and the subject the next 'he' takes up."""
    doc = _analyze(
        analyzer,
        "The club's president, Rui Magalhães, called the signing a statement of intent. He "
        "said talks had lasted three months.\n\n"
        "His former coach at Lagos United, Tunde Bakare, was more cautious. Speaking to "
        "reporters on Friday, he said the striker still had a lot to learn.",
    )
    coach = _entity(doc, "Tunde Bakare")
    assert coach.type == "PERSON" and coach.roles == ["former coach at Lagos United"]
    assert _speaker(doc, _about(doc, "a lot to learn")) == "Tunde Bakare"
    assert _speaker(doc, _about(doc, "three months")) == "Rui Magalhães"


def test_a_watchdog_that_is_the_contents_unnamed_subject_is_not_the_company_it_fined(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "The national rail regulator has fined Northline Trains £4 million over signalling "
        "failures, the watchdog said on Tuesday. Northline Trains said it would not appeal.",
    )
    fine = _about(doc, "has fined")
    assert fine.source is not None and fine.source.text == "the watchdog"
    assert _speaker(doc, fine) is None
    assert _speaker(doc, _about(doc, "would not appeal")) == "Northline Trains"


def test_the_company_stays_the_company_after_analysts_at_a_bank_spoke(
    analyzer: Analyzer,
) -> None:
    """'The company' later in the story is the one an earlier 'the company' was, not the
    bank whose analysts spoke in between, nor lost to a 'the company' inside a content."""
    doc = _analyze(
        analyzer,
        "Harlow Foods reported an 18% fall in profit on Thursday.\n\n"
        "Sales rose 2.4% to £6.1bn, the company said.\n\n"
        "Analysts at Corbel Securities said the figures were weaker than expected.\n\n"
        "The chief executive rejected suggestions that the company would close stores.\n\n"
        "The company also said it would buy back up to £150m of its shares.",
    )
    assert _speaker(doc, _about(doc, "£6.1bn")) == "Harlow Foods"
    assert _speaker(doc, _about(doc, "buy back")) == "Harlow Foods"


def test_a_quote_in_the_next_paragraph_is_not_chained_to_the_one_before(
    analyzer: Analyzer,
) -> None:
    """'“A,” she said.' ends its paragraph; the unclosed quote of the next paragraph, and
    the one after it, are hers but a content of their own."""
    doc = _analyze(
        analyzer,
        "Inspector Sarah Mullan thanked witnesses. “Their footage has been invaluable,” she "
        "said.\n\n"
        "“We are still looking for a third man. If you know who he is, call us.\n\n"
        "“Do not approach him yourself.”",
    )
    first = _about(doc, "invaluable")
    assert first.content.text == "“Their footage has been invaluable,”"
    carried = _about(doc, "third man")
    assert "Do not approach" in carried.content.text
    assert _speaker(doc, carried) == "Sarah Mullan"


def test_a_question_and_answer_interview_credits_each_answer_to_the_interviewee(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Interview: the engineer rebuilding the valley's bridges\n\n"
        "Tomasz Wierzbicki has spent three years repairing flood-damaged bridges. We spoke "
        "to him on Wednesday.\n\n"
        "How many bridges are still closed?\n\n"
        "Eleven of the forty-two we inspected. Most will reopen next summer.\n\n"
        "Critics say the work has been too slow. Is that fair?\n\n"
        "I understand the frustration. But a bridge that reopens too early is worse.\n\n"
        "The regional government says it has spent €94 million on the programme.",
    )
    for words in ("Eleven of the forty-two", "I understand the frustration"):
        answer = _about(doc, words)
        assert answer.kind == "direct" and answer.cue is None
        assert _speaker(doc, answer) == "Tomasz Wierzbicki"
    assert _about(doc, "too slow").source.text == "Critics"  # type: ignore[union-attr]
    assert _about(doc, "€94 million").source.text == "The regional government"  # type: ignore[union-attr]


def test_answers_labelled_a_are_the_interviewees_with_the_label_as_source(
    analyzer: Analyzer,
) -> None:
    """The 'A' is the source as written, and it resolves to the person interviewed."""
    doc = _analyze(
        analyzer,
        "Wales's health minister on waiting lists\n\nWaiting lists reached a record. We "
        "asked the health minister, Carys Howells, what she plans to do.\n\n"
        "Q: Is the March target still realistic?\nA: It is stretching, I won't pretend "
        "otherwise.\n\nQ: Nurses say they are exhausted. What do you say to them?\nA: They "
        "are right to be angry. I have met the unions twice.\n\nQ: Critics say the money "
        "went to managers.\nA: That is simply not true. We spent it on clinical staff.\n",
    )
    answers = [a for a in doc.attributions if _speaker(doc, a) == "Carys Howells"]
    assert [a.content.text[:12] for a in answers] == [
        "It is stretc",
        "They are rig",
        "That is simp",
    ]
    assert {_cue_and_source(a) for a in answers} == {(":", "A")}


def test_a_headline_quote_before_a_speaker_on_a_topic_is_the_speakers(
    analyzer: Analyzer,
) -> None:
    found = _headline_attributions(
        analyzer, "'We cannot wait for Westminster': Wales's health minister on waiting lists"
    )
    assert found == [("direct", "Wales's health minister", ":", "'We cannot wait for Westminster'")]


def test_rhetorical_questions_in_a_report_make_no_interview(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The council met on Tuesday to discuss the flood defences.\n\n"
        "So what went wrong?\n\n"
        "Engineers found that the pumps had not been serviced since 2019.\n\n"
        "Who pays for the repairs?\n\n"
        "The insurers have not yet decided, the council said.",
    )
    assert all(a.cue is not None for a in doc.attributions)
    assert _about(doc, "insurers").source.text == "the council"  # type: ignore[union-attr]


def test_an_unnamed_council_or_league_is_not_the_organisation_named_last(
    analyzer: Analyzer,
) -> None:
    """'The league' is the body named with 'league', and no such body is named here: the
    club named last did not say it. 'The federation' still finds the one named so."""
    doc = _analyze(
        analyzer,
        "Castleford Lions beat Harriers 3-2 on Saturday. The league said it would review "
        "a penalty awarded in the second half.\n\n"
        "The Rowing Federation of Ireland welcomed the new rules. The federation said "
        "clubs would have a year to adapt.",
    )
    review = _about(doc, "review")
    assert review.source is not None and review.source.text == "The league"
    assert _speaker(doc, review) is None
    assert _speaker(doc, _about(doc, "a year to adapt")) == "Rowing Federation of Ireland"


def test_a_content_cut_short_by_a_second_cue_leaves_out_the_joining_and(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Judge Helen Marchbank said she would pass sentence on 14 March and warned the "
        "defendant that a prison term was likely.",
    )
    said = _about(doc, "pass sentence")
    assert said.content.text == "she would pass sentence on 14 March"
    warned = _about(doc, "prison term")
    assert warned.cue is not None and warned.cue.text == "warned"


def test_a_body_named_before_its_kind_is_the_speaker_but_its_representative_unnamed(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Veltra said it would cut 3,000 jobs. The CGT union said it would organise strikes "
        "next month. A CGT representative told reporters the plan was a betrayal.",
    )
    union = _about(doc, "organise strikes")
    assert _speaker(doc, union) == "CGT"
    representative = _about(doc, "betrayal")
    assert representative.source is not None and representative.source.anonymous
    assert _speaker(doc, representative) is None


def test_people_named_beside_a_described_source_are_no_anonymous_source(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "The mayor of Brookfield, Denise Carter, and her police chief, Raymond Osei, said on "
        "Thursday that the plan was under review. A source close to Raymond Osei said the "
        "chief had not been consulted.",
    )
    named = _about(doc, "under review")
    assert named.source is not None and not named.source.anonymous
    unnamed = _about(doc, "not been consulted")
    assert unnamed.source is not None and unnamed.source.anonymous


def test_the_holder_of_a_title_is_no_anonymous_source(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        '"We will not stand by while they go under," the chancellor told the Commons.\n\n'
        '"It is too little," a minister told reporters.',
    )
    chancellor, minister = (_about(doc, words) for words in ("stand by", "too little"))
    assert chancellor.source is not None and not chancellor.source.anonymous
    assert minister.source is not None and minister.source.anonymous


def test_a_spokesman_speaks_for_the_whole_body_whose_name_has_and_in_it(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "A spokesman for the Office of Management and Budget said the administration was "
        '"encouraged" by the vote.',
    )
    (said,) = doc.attributions
    assert _speaker(doc, said) == "Office of Management and Budget"
    assert said.source is not None and not said.source.anonymous


def test_the_day_after_said_is_left_out_of_the_content(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Veltra, the French carmaker, said on Monday it would cut 3,000 jobs across its "
        "European plants.",
    )
    (said,) = doc.attributions
    assert said.content.text == "it would cut 3,000 jobs across its European plants"


def test_a_name_closing_an_according_to_phrase_is_the_source_and_not_the_content(
    analyzer: Analyzer,
) -> None:
    """The parser hangs 'Jean Pritchard' on the verb, not on 'chairwoman'."""
    doc = _analyze(
        analyzer,
        "The parish council tried to mediate last spring, according to its chairwoman, "
        'Jean Pritchard. She said both men had been "polite but immovable".',
    )
    sourced = _about(doc, "mediate")
    assert sourced.content.text == "The parish council tried to mediate last spring"
    assert sourced.source is not None and sourced.source.text == "its chairwoman, Jean Pritchard"
    assert _speaker(doc, sourced) == "Jean Pritchard"
    assert _speaker(doc, _about(doc, "immovable")) == "Jean Pritchard"


def test_a_law_or_a_constitution_cited_as_a_source_is_not_anonymous(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "According to the constitution, the president can dissolve parliament within 60 "
        "days. Under the new law, officials said, the vote must be held by March.",
    )
    cited = _about(doc, "dissolve parliament")
    assert cited.source is not None and cited.source.text == "the constitution"
    assert not cited.source.anonymous
    officials = _about(doc, "held by March")
    assert officials.source is not None and officials.source.anonymous


def test_writing_for_the_majority_is_no_attribution_but_what_the_judge_wrote_is(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Writing for the majority, Justice Elena Voss said states had a compelling interest "
        "in the integrity of their judges. Justice Harold Kemp wrote that the court had "
        "ignored its own precedents.",
    )
    assert [a.cue.text for a in doc.attributions if a.cue is not None] == ["said", "wrote"]


def test_an_acronym_read_as_who_opening_a_headline_is_the_body_it_spells(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "WHO warns of rising measles cases in Europe\n\n"
        "Measles cases in Europe more than doubled last year, the World Health Organization "
        "(WHO) said on Thursday.",
    )
    warning = _about(doc, "rising measles")
    assert warning.source is not None and not warning.source.anonymous
    assert _speaker(doc, warning) == "World Health Organization"


def test_the_holder_of_a_bodys_post_is_no_anonymous_source_but_its_spokesman_is(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "The teachers' union will ballot its members on strike action, its leader announced "
        "on Saturday. A spokesman for the union said the ballot would close on 30 April.",
    )
    leader = _about(doc, "ballot its members")
    assert leader.source is not None and leader.source.text == "its leader"
    assert not leader.source.anonymous
    spokesman = _about(doc, "would close")
    assert spokesman.source is not None and spokesman.source.anonymous


def test_a_name_set_off_after_an_according_to_object_is_the_source_not_the_content(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "The United Nations has appealed for $250 million. According to its humanitarian "
        "office, OCHA, only a fifth of that has been pledged so far.",
    )
    sourced = _about(doc, "a fifth")
    assert sourced.source is not None and sourced.source.text == "its humanitarian office, OCHA"
    assert sourced.content.text == "only a fifth of that has been pledged so far"


def test_an_interviewee_spacy_took_for_a_body_still_answers(analyzer: Analyzer) -> None:
    """spaCy types 'Amara Osei' an organisation and the town a person; the age after
    her name says who she is, and the answers are hers."""
    doc = _analyze(
        analyzer,
        "An interview with Amara Osei\n\n"
        "Amara Osei, 34, became the youngest mayor in Brackwater's history in May.\n\n"
        "What surprised you most about the job?\n\n"
        "How little time I get to think. Every day is back-to-back meetings.\n\n"
        "Would you stand again?\n\n"
        "Ask me in 2029. For now I just want to get the buses running on time.",
    )
    assert _entity(doc, "Amara Osei").type == "PERSON"
    assert _speaker(doc, _about(doc, "little time")) == "Amara Osei"
    assert _speaker(doc, _about(doc, "buses running")) == "Amara Osei"


def test_the_regulator_is_the_body_that_fined_the_company_named_after_it(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "The Civil Aviation Authority has fined SkyBridge Airways £1.1 million for late "
        "refunds. The regulator said some customers waited more than six months.",
    )
    assert _speaker(doc, _about(doc, "six months")) == "Civil Aviation Authority"


def test_the_club_is_the_one_the_story_is_about_not_the_one_that_beat_it(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Harlow Athletic sack manager after cup exit\n\n"
        "Harlow Athletic have sacked manager Dean Rourke two days after their 3-0 FA Cup defeat "
        "by non-league Westbury Town.\n\n"
        'The club said in a statement that Rourke had left "by mutual consent".\n',
    )
    assert _speaker(doc, _about(doc, "mutual consent")) == "Harlow Athletic"


def test_a_persons_office_or_campaign_speaks_for_that_person(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Senator Ruth Alder has not been seen in public since the crash. Her office said on "
        "Friday that she was recovering at home.\n\n"
        "Her rival, Tom Berg, cancelled two rallies. His campaign said he would return to the "
        "trail next week.\n",
    )
    assert _speaker(doc, _about(doc, "recovering at home")) == "Ruth Alder"
    assert _speaker(doc, _about(doc, "return to the trail")) == "Tom Berg"


def test_the_regulator_is_the_body_that_fined_the_company_it_describes_first(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Denmark's Data Ethics Commission has fined the video app ReelBox €90 million for "
        "failing to protect children, the regulator said on Friday.",
    )
    assert _speaker(doc, _about(doc, "protect children")) == "Data Ethics Commission"


@pytest.mark.model
def test_a_company_described_by_where_it_is_based_is_the_one_named_before(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Lakeview Foods reported a sharp rise in profit on Thursday.\n\n"
        "The Glasgow-based company said sales of its frozen meals rose by a fifth.\n",
    )
    assert _speaker(doc, _about(doc, "frozen meals")) == "Lakeview Foods"
    assert _entity(doc, "Glasgow").type == "GPE"


@pytest.mark.model
def test_figures_from_a_named_body_are_that_bodys_word(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Figures from the Office for National Statistics show that about 3.2 million "
        "people in Britain regularly work at night.\n",
    )
    attribution = _about(doc, "work at night")
    assert _speaker(doc, attribution) == "Office for National Statistics"
    assert attribution.source is not None and not attribution.source.anonymous


@pytest.mark.model
def test_an_adverb_after_a_cue_is_no_content(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Her critics were not convinced.\n\nLibrary staff have also protested. The union "
        'said 40 jobs were at risk and promised to fight the cuts "every step of the way."\n',
    )
    contents = [a.content.text for a in doc.attributions]
    assert "also" not in contents
    assert any(c.startswith("40 jobs were at risk") for c in contents)


@pytest.mark.model
def test_a_quoted_answer_of_adverbs_alone_is_still_a_quote(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Ellen Hartley, a former mayor, was blunter still.\n\n"
        '"Absolutely not," she said of the idea that the council could pull its funding.\n\n'
        'Asked whether she would resign over the overspend, Hartley said, "Never."\n',
    )
    for words in ('"Absolutely not,"', '"Never."'):
        attribution = next(a for a in doc.attributions if a.content.text == words)
        assert attribution.kind is AttributionKind.DIRECT
        assert _speaker(doc, attribution) == "Ellen Hartley"


@pytest.mark.model
def test_a_statement_on_its_website_is_the_word_of_whoever_its_is(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Dockworkers have voted to strike.\n\nThe Port Employers' Association said it was "
        '"disappointed" by the result and urged the union to return to talks, per a '
        "statement on its website.\n",
    )
    speakers = {_speaker(doc, a) for a in doc.attributions if "its website" in _sourced_by(a)}
    assert speakers == {"Port Employers' Association"}


def _sourced_by(attribution: Attribution) -> str:
    return attribution.source.text if attribution.source is not None else ""


@pytest.mark.model
def test_counsel_set_beside_a_name_with_letters_after_it_is_that_person(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Asked by counsel for the inquiry, Hannah Lyle KC, whether anyone had acted on "
        'those reports, the engineer replied: "Not that I am aware of."\n',
    )
    assert _speaker(doc, _about(doc, "acted on those reports")) == "Hannah Lyle"


@pytest.mark.model
def test_whoever_a_headline_says_was_told_heard_the_words_and_did_not_say_them(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        'Flood defences "not fit for purpose", inquiry told\n\n'
        "Flood defences along the River Wend failed when storms hit, an inquiry heard.\n",
    )
    told = [a for a in doc.attributions if a.cue is not None and a.cue.text == "told"]
    assert [a.source for a in told] == [None]


@pytest.mark.model
def test_whoever_a_headline_says_was_accused_is_not_the_accuser(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Mayor Accused Of Misleading Council Over Bridge Costs\n\n"
        "The mayor of Dunmore misled councillors about the cost of the new bridge, the city's "
        "auditor said on Wednesday. Mayor Colin Reyes said he rejected every word of the "
        "report, and his deputy accused the auditor of bias.\n",
    )
    accused = [a for a in doc.attributions if a.cue is not None and "ccused" in a.cue.text]
    assert [a.source.text if a.source else None for a in accused] == [None, "his deputy"]


@pytest.mark.model
def test_whoever_is_found_guilty_or_charged_is_not_who_judged(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Councillor Found Guilty Of Misusing Expenses\n\n"
        "A second defendant, Carl Witte, was found guilty of fraud at Harwick Crown Court. "
        "His brother was charged with perjury on Monday. The family's lawyer said both men "
        "would appeal.\n",
    )
    judged = [
        a for a in doc.attributions if a.cue is not None and a.cue.text.endswith(("found", "ged"))
    ]
    assert judged
    assert [a.source for a in judged] == [None] * len(judged)
    appeal = _about(doc, "both men would appeal").source
    assert appeal is not None and appeal.text == "The family's lawyer"


@pytest.mark.model
def test_a_government_named_by_its_people_speaks_for_the_country_named(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Norway has frozen its grants to the festival. The Norwegian government said in a "
        "statement that it was reviewing every payment. The British government said it had "
        "no plans to do the same.\n",
    )
    assert _speaker(doc, _about(doc, "reviewing every payment")) == "Norway"
    assert _speaker(doc, _about(doc, "no plans to do the same")) == "British"


@pytest.mark.model
def test_a_quote_ending_the_reported_clause_is_part_of_it(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Kestrel Therapeutics has paused its heart drug trial. Chief executive Miriam Okafor "
        "took over in March. Last month she told shareholders the company expected results "
        '"well before the summer."\n',
    )
    told = _about(doc, "well before the summer")
    assert told.content.text.startswith("the company expected results")
    assert told.kind == "mixed"
    assert _speaker(doc, told) == "Miriam Okafor"


@pytest.mark.model
def test_a_spokesman_for_an_unnamed_body_is_not_the_last_body_that_spoke(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "The memo says the minister's office was told the project was \"in serious "
        "difficulty.\" According to the Evening Ledger, the minister's special adviser "
        "replied that the figures should not be shared with Parliament until after the "
        "spending review.\n\nA government spokesman said the department did not comment on "
        'leaked documents. He added: "Ministers have always been open with Parliament."\n',
    )
    for words in ("did not comment", "always been open"):
        attribution = _about(doc, words)
        assert attribution.source is not None
        assert attribution.source.entity is None


@pytest.mark.model
def test_a_spokeswoman_for_a_company_speaks_for_it_and_so_does_her_she(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Kestrel Therapeutics chief executive Miriam Okafor has staked her tenure on the drug. "
        "A spokeswoman for Kestrel Therapeutics said the company would publish the data. She "
        "added that no further patients would be enrolled. A Barlow Securities spokesman said "
        "the firm stood by its note.\n\n"
        "A spokeswoman for Kestrel Therapeutics declined to comment. Okafor was not available "
        "either. She said last week that the results were sound.\n",
    )
    assert _speaker(doc, _about(doc, "the results were sound")) == "Miriam Okafor"
    for words, body in (
        ("publish the data", "Kestrel Therapeutics"),
        ("no further patients", "Kestrel Therapeutics"),
        ("stood by its note", "Barlow Securities"),
    ):
        attribution = _about(doc, words)
        assert _speaker(doc, attribution) == body
        assert attribution.source is not None and not attribution.source.anonymous


@pytest.mark.model
def test_a_headline_misread_with_a_verb_for_a_subject_has_no_verb_for_a_source(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Minister rejects calls to quit over flood response\n\n"
        "The environment minister, Rachel Dunmore, said on Sunday that every warning had been "
        "acted on.\n",
    )
    sources = [a.source.text for a in doc.attributions if a.source is not None]
    assert "rejects" not in sources
    assert _speaker(doc, _about(doc, "every warning")) == "Rachel Dunmore"


@pytest.mark.model
def test_the_52_year_old_is_the_person_who_spoke_last(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Mayor Elena Costa said the decision had not been taken lightly. The 52-year-old, "
        "who was elected on a promise to curb mass tourism, added that smaller vessels would "
        "still be welcome.\n",
    )
    added = _about(doc, "smaller vessels")
    assert _speaker(doc, added) == "Elena Costa"
    assert added.source is not None and not added.source.anonymous


@pytest.mark.model
def test_a_victims_family_is_not_the_victim_named_beside_it(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "In a statement read outside court, the family of one of the victims, 24-year-old "
        'nursing student Amira Haddad, said: "No sentence will bring her back."\n',
    )
    said = _about(doc, "No sentence")
    assert _speaker(doc, said) is None
    assert _entity(doc, "Amira Haddad").roles == ["nursing student"]


@pytest.mark.model
def test_a_sentence_passed_is_no_ones_claim(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Landlord jailed over fire that killed two tenants\n\n"
        "Derek Malling, 63, was jailed for six years on Friday. Prosecutor Ian Beale said a "
        "dozen tenants had been living in the house.\n",
    )
    cues = [a.cue.text for a in doc.attributions if a.cue is not None]
    assert not [cue for cue in cues if "jailed" in cue]
    fined = _analyze(analyzer, "Water company fined £4m over sewage spills\n")
    assert not fined.attributions
    assert _speaker(doc, _about(doc, "a dozen tenants")) == "Ian Beale"


@pytest.mark.model
def test_a_source_the_parse_ends_inside_a_name_runs_to_its_end(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        'Campaign group Clean Rivers Now said the fine was "a drop in the ocean" for a '
        "company that paid its shareholders £210m last year.\n",
    )
    said = _about(doc, "a drop in the ocean")
    assert said.source is not None and said.source.text == "Campaign group Clean Rivers Now"
    assert _speaker(doc, said) == "Clean Rivers Now"


@pytest.mark.model
def test_he_skips_a_woman_named_nearer_than_the_man_he_is(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        'Engineer Tom Baptiste said he had flagged cracks "in three separate reports."\n\n'
        "Asked by counsel for the inquiry, Hannah Lyle KC, whether anyone had acted on "
        'those reports, he replied: "Not that I am aware of."\n',
    )
    assert _speaker(doc, _about(doc, "Not that I am aware")) == "Tom Baptiste"


@pytest.mark.model
def test_said_in_a_statement_that_attributes_the_clause_not_the_statement(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "The port's owner, Meridian Holdings, said in a statement that automation would make "
        "the port safer and that no worker would be made redundant.\n",
    )
    [attribution] = doc.attributions
    assert attribution.content.text.startswith("that automation would make the port safer")


@pytest.mark.model
def test_a_speaker_inside_anothers_words_is_met_where_the_story_names_them(
    analyzer: Analyzer,
) -> None:
    """'It said …, per a spokesman': the story names 'it' before the spokesman who
    passed the words on, so 'it' is whoever spoke before, not the spokesman's side."""
    doc = _analyze(
        analyzer,
        "The Ministry of Transport insisted that talks with Northway Ferries were already "
        "under way. It said it expected a replacement vessel to be in place by Wednesday, "
        "per a spokesman.\n",
    )
    [outer] = [a for a in doc.attributions if a.cue is not None and a.cue.text == "per"]
    [inner] = outer.nested
    assert inner.source is not None and inner.source.text == "It"
    assert _speaker(doc, inner) == "Ministry of Transport"


@pytest.mark.model
def test_what_a_statement_says_is_the_content_and_the_saying_its_cue(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        'The council issued a statement saying the cuts were "painful but unavoidable." The '
        "opposition group released a statement on Friday saying that libraries would close. "
        "Mayor Ellen Fry put out a press release saying she would meet residents next week.\n",
    )
    for words, cue, content in (
        ("painful", "issued a statement saying", 'the cuts were "painful but unavoidable."'),
        (
            "libraries",
            "released a statement on Friday saying",
            "that libraries would close",
        ),
        ("meet residents", "put out a press release saying", "she would meet residents next week"),
    ):
        attribution = _about(doc, words)
        assert attribution.cue is not None and attribution.cue.text == cue
        assert attribution.content.text == content
    assert _speaker(doc, _about(doc, "meet residents")) == "Ellen Fry"


@pytest.mark.model
def test_a_quote_without_a_cue_goes_to_the_last_speaker_before_it(analyzer: Analyzer) -> None:
    """The speaker of a carried quote is whoever spoke last before it, though an earlier
    quote was itself carried."""
    doc = _analyze(
        analyzer,
        '"We will appeal," Maria Kim said outside the court.\n\n'
        '"This ruling cannot stand." Her lawyer, Tom Hale, said the appeal would be filed on '
        'Monday. "We expect to win."\n',
    )
    assert _speaker(doc, _about(doc, "cannot stand")) == "Maria Kim"
    assert _speaker(doc, _about(doc, "We expect to win")) == "Tom Hale"


@pytest.mark.model
def test_a_treasurers_office_speaks_for_the_treasurer(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Treasurer Dale Whitmore learned of the shortfall from auditors in September. "
        "The treasurer's office disputed the senator's account on Friday.\n",
    )
    assert _entity(doc, "Dale Whitmore").roles == ["Treasurer"]
    assert _speaker(doc, _about(doc, "account")) == "Dale Whitmore"


@pytest.mark.model
def test_a_quote_a_speaker_quotes_nests_under_theirs_with_its_own_speaker(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        'Senator Ruth Calloway said a senior aide had warned her in June. "She told me, '
        "'This will not fix itself,'\" Calloway said at a town hall.\n",
    )
    outer = _about(doc, "This will not fix itself")
    assert _speaker(doc, outer) == "Ruth Calloway"
    [inner] = outer.nested
    assert inner.cue is not None and inner.cue.text == "told"
    assert inner.content.text == "'This will not fix itself,'"
    assert inner.source is not None and inner.source.text == "She"
    assert inner.source.entity is None  # someone Calloway quotes, not Calloway


@pytest.mark.model
def test_it_after_an_unsigned_report_is_the_report_not_the_body_it_is_about(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Hundreds of scans at Kingsmere General Hospital went unread for months.\n\n"
        "The audit, which was completed in October, found that a backlog built up after "
        "two radiologists left. It warned that dozens of patients may have been harmed.\n\n"
        "The hospital said it was contacting every patient. It added that new staff had "
        "been hired.\n",
    )
    harmed = _about(doc, "dozens of patients")
    assert harmed.source is not None and harmed.source.text == "It"
    assert _speaker(doc, harmed) is None
    assert _speaker(doc, _about(doc, "new staff")) == "Kingsmere General Hospital"


@pytest.mark.model
def test_a_company_spokeswoman_speaks_for_the_company_and_a_paper_for_itself(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "The operator, Maasvlakte Terminals, rejected the claim. A company spokeswoman told "
        "Reuters that no worker would be made redundant.\n\n"
        "According to a report by the Dutch daily De Volkskrant, the board approved the plan "
        "in September. Talks are scheduled for Friday, per a notice on the union's website.\n",
    )
    assert _speaker(doc, _about(doc, "redundant")) == "Maasvlakte Terminals"
    assert _speaker(doc, _about(doc, "approved the plan")) == "De Volkskrant"
    talks = _about(doc, "Talks are scheduled")
    assert (talks.kind, _cue_and_source(talks)[0]) == ("sourcing", "per")


@pytest.mark.model
def test_a_speaker_after_a_fronted_participle_and_a_department_spokesman(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Writing on Facebook, the shadow health secretary, Daniel Acheson, accused the "
        'government of "balancing the books on the backs of patients".\n\n'
        'Asked about the criticism, a Department of Health spokesman said: "No decisions '
        'have been taken."\n',
    )
    accused = _about(doc, "balancing the books")
    assert accused.source is not None
    assert accused.source.text == "the shadow health secretary, Daniel Acheson,"
    assert _speaker(doc, accused) == "Daniel Acheson"
    assert not [a for a in doc.attributions if "Facebook" in a.content.text]
    assert _speaker(doc, _about(doc, "No decisions")) == "Department of Health"


@pytest.mark.model
def test_who_is_quoted_as_saying_is_the_source_not_the_paper_quoting(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        '"Why should a cancer patient pay to be treated?" asked Tom Ellery, who leads the '
        "campaign group Free to Park. He was quoted by the Yorkshire Post as saying the plan "
        'was "a tax on the sick".\n',
    )
    quoted = _about(doc, "a tax on the sick")
    assert quoted.content.text.startswith("the plan was")
    assert _speaker(doc, quoted) == "Tom Ellery"


@pytest.mark.model
def test_the_kind_a_headline_names_bare_is_the_body_the_story_names(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Carmaker to cut 4,000 jobs as electric shift bites\n\n"
        "Veltra Motors will cut about 4,000 jobs in Germany and Spain by the end of 2027, "
        "the carmaker said on Wednesday.\n",
    )
    assert _speaker(doc, _about(doc, "Germany and Spain")) == "Veltra Motors"


@pytest.mark.model
def test_a_closing_the_regulator_announced_is_the_speaker_the_parser_hung_on_a_noun(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Water company fined £12m over sewage spills\n\n"
        "Ridgeway Water has been fined £12 million for illegally discharging sewage into "
        "rivers in Somerset, the environment regulator announced on Thursday.\n\n"
        "According to the Environment Agency, the company released untreated waste on at "
        "least 230 occasions between 2019 and 2022. Its chief executive, Paula Hendry, told "
        'investigators that staff had been "overwhelmed" by heavy rain, the agency said.\n',
    )
    fined = _about(doc, "sewage into rivers")
    assert _cue_and_source(fined) == ("announced", "the environment regulator")
    assert fined.content.text.startswith("Ridgeway Water has been fined")
    assert fined.content.text.endswith("rivers in Somerset")


@pytest.mark.model
def test_told_a_press_conference_a_spokeswoman_after_a_body_and_a_group_named_after(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Of the 210,000 members who voted, 86 percent backed strike action on a turnout of "
        "53 percent, the union's general secretary, Daniel Kebede, told a press conference "
        "in London.\n\n"
        'The Department for Education called the result "disappointing". A spokeswoman '
        "said the government had already offered a 6.5 percent rise.\n\n"
        "Maria Costa, who runs the campaign Parents for Schools, said most parents backed the "
        "teachers, while another group, Keep Kids Learning, said children had lost enough "
        "time.\n",
    )
    told = _about(doc, "86 percent backed strike action")
    assert told.content.text.startswith("Of the 210,000 members")
    assert _speaker(doc, told) == "Daniel Kebede"
    assert _speaker(doc, _about(doc, "6.5 percent rise")) == "Department for Education"
    lost = _about(doc, "lost enough time")
    assert lost.source is not None and lost.source.text == "another group, Keep Kids Learning,"
    assert _speaker(doc, lost) == "Keep Kids Learning"


@pytest.mark.model
def test_an_accusation_takes_the_accused_and_the_charge(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The two leading candidates for mayor of Eastport clashed over housing on Tuesday.\n\n"
        "Councillor Ruth Okonjo, the Labour candidate, accused her Conservative rival, "
        'businessman Tony Pellegrini, of "pricing families out of the city".\n',
    )
    accused = _about(doc, "her Conservative rival")
    assert accused.content.text.endswith('of "pricing families out of the city"')
    assert _speaker(doc, accused) == "Ruth Okonjo"


@pytest.mark.model
def test_a_participle_after_a_closing_quote_is_split_off(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The talks broke up on Friday.\n\nThe foreign ministry in the capital, Santa Clara, "
        'rejected that, saying in a statement that the rebels were "using the talks to '
        'rearm."\n\n"Immunity deals are no way to run an inquiry," Senator Jo Hale said '
        'in a statement, adding that the deals had been handed out "like sweets."\n',
    )
    contents = {a.cue.text: a.content.text for a in doc.attributions if a.cue is not None}
    assert contents["rejected"] == "that"
    assert contents["saying"] == 'that the rebels were "using the talks to rearm."'
    assert contents["said"] == '"Immunity deals are no way to run an inquiry,"'
    assert contents["adding"] == 'that the deals had been handed out "like sweets."'
    assert all(_speaker(doc, a) != "Santa Clara" for a in doc.attributions)


@pytest.mark.model
def test_the_statement_a_concession_was_made_in_is_not_what_was_conceded(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Councillor Grace Okafor declared victory early on Friday, beating the incumbent, "
        "Dennis Walsh, by just 412 votes.\n\nWalsh, 61, conceded in a brief statement but "
        "said he would ask for a recount in two wards where ballot boxes had arrived late.\n",
    )
    assert [a.content.text for a in doc.attributions if "statement" in a.content.text] == []
    assert _speaker(doc, _about(doc, "ask for a recount")) == "Dennis Walsh"


@pytest.mark.model
def test_what_was_told_on_a_call_is_the_clause_not_the_call(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Halvorsen Brewing reported a fall in profit on Thursday. Chief executive Ingrid Dahl "
        "told analysts on a conference call that volumes in Britain had fallen again.\n",
    )
    told = _about(doc, "volumes in Britain")
    assert told.content.text == "that volumes in Britain had fallen again"
    assert _speaker(doc, told) == "Ingrid Dahl"
    assert next(e for e in doc.entities if e.name == "Halvorsen Brewing").type == "ORG"


@pytest.mark.model
def test_a_union_named_before_its_kind_is_the_union_said_after(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Bus drivers will strike after talks with operator Northline broke down, the Unite "
        "union said on Monday.\n\nThe union said its members had rejected a 4 percent "
        "offer.\n\nNorthline said it was disappointed. It said the offer was fair and warned "
        "that the strike would hit students hardest. The company urged a fresh ballot.\n",
    )
    assert _speaker(doc, _about(doc, "members had rejected")) == "Unite"
    assert _speaker(doc, _about(doc, "a fresh ballot")) == "Northline"
    warned = [a for a in doc.attributions if a.cue is not None and a.cue.text == "warned"]
    warned += [n for a in doc.attributions for n in a.nested if n.cue and n.cue.text == "warned"]
    assert [w.source.text if w.source else None for w in warned] == ["It"]


@pytest.mark.model
def test_a_statement_named_before_its_quote_is_not_what_was_said(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Officials say a recount cannot be done.\n\nSam Lau, the party spokesman, said in a "
        'statement. "There are no paper ballots to recount."\n\nCruz pointed to the new '
        "poll that shows him beating Trump in a two-man race.\n",
    )
    quote = _about(doc, "no paper ballots")
    assert quote.content.text == '"There are no paper ballots to recount."'
    assert _speaker(doc, quote) == "Sam Lau"
    pointed = _about(doc, "beating Trump")
    assert pointed.content.text.startswith("the new poll that shows him")


@pytest.mark.model
def test_what_a_court_heard_is_attributed_to_no_one_named(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Gareth Pryce, 47, admitted fraud in October. Pryce had been gambling heavily since "
        "his divorce, the court heard. The inquest heard that the ward was short of staff.\n",
    )
    for words in ("gambling heavily", "short of staff"):
        heard = _about(doc, words)
        assert heard.cue is not None and heard.cue.text == "heard"
        assert heard.source is None


@pytest.mark.model
def test_a_quote_in_the_clause_of_a_statement_stands_for_the_clause(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Business groups welcomed the signal. The Chamber of Commerce said in a statement "
        'that borrowing costs were "strangling investment" and urged the bank to act.\n',
    )
    said = _about(doc, "strangling investment")
    assert said.content.text == 'that borrowing costs were "strangling investment"'
    assert _speaker(doc, said) == "Chamber of Commerce"


@pytest.mark.model
def test_an_accusation_read_as_its_quoted_charge_takes_the_accused_too(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "The river burst its banks on Saturday.\n\nLocal MP Sarah Fenwick accused the agency "
        'of "hiding behind the weather" and said she would raise the matter in Parliament.\n',
    )
    accused = _about(doc, "hiding behind")
    assert accused.content.text == 'the agency of "hiding behind the weather"'
    assert _speaker(doc, accused) == "Sarah Fenwick"


@pytest.mark.model
def test_a_plurals_possessive_in_a_speakers_clause_is_no_quote(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Not everyone blames the agency. Tom Price, who chairs the Marlow Vale residents' "
        "association, told the Gazette that building on the flood plain had made it worse.\n",
    )
    told = _about(doc, "building on the flood plain")
    assert told.source is not None
    assert told.source.text == "Tom Price, who chairs the Marlow Vale residents' association,"


@pytest.mark.model
def test_a_spokesman_for_a_body_named_beside_its_kind_speaks_for_it(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Homes on the new estate flooded first.\n\nA spokesman for the developer, Harcourt "
        "Homes, said the drains had been built to the council's standard.\n",
    )
    assert _speaker(doc, _about(doc, "the drains had been built")) == "Harcourt Homes"


@pytest.mark.model
def test_a_headline_quote_before_a_colon_is_the_subject_after_its(analyzer: Analyzer) -> None:
    found = _headline_attributions(
        analyzer, "'We were lucky': survivors describe ferry rescue off Skye"
    )
    assert ("direct", "survivors", ":", "'We were lucky'") in found


@pytest.mark.model
def test_a_second_verb_of_the_same_speaker_is_its_own_attribution(analyzer: Analyzer) -> None:
    """'said A but blamed B': what she blamed is not part of what she said."""
    doc = _analyze(
        analyzer,
        "Residents in Kelbury will pay almost 5 per cent more in council tax from April after "
        "councillors approved the budget on Wednesday night.\n\nThe council's leader, Cllr Anne "
        'Moss, said the increase was "the last thing we wanted" but blamed a fall in government '
        'funding. "We have protected care for older people and children, and that costs '
        'money," she told the meeting.\n',
    )
    said, blamed = _about(doc, "the last thing"), _about(doc, "a fall in government")
    assert said.content.text == 'the increase was "the last thing we wanted"'
    assert blamed.cue is not None and blamed.cue.text == "blamed"
    assert _speaker(doc, said) == _speaker(doc, blamed) == "Anne Moss"


@pytest.mark.model
def test_another_speaker_set_beside_with_while_is_its_own_attribution(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Environmental groups were scathing. Greenwatch International said the summit had "
        '"failed the test it set itself", while the Climate Action Network accused rich '
        'countries of "buying silence".\n',
    )
    said, accused = _about(doc, "failed the test"), _about(doc, "buying silence")
    assert said.content.text == 'the summit had "failed the test it set itself"'
    assert _speaker(doc, said) == "Greenwatch International"
    assert _speaker(doc, accused) == "Climate Action Network"


@pytest.mark.model
def test_a_speaking_participle_after_a_refusal_is_its_own_attribution(
    analyzer: Analyzer,
) -> None:
    """'declined to say A, telling reporters B': B is not part of what she declined to say."""
    doc = _analyze(
        analyzer,
        "The finance minister, Clara Vos, declined to say whether the tax would rise, telling "
        "reporters that the budget was still being written.\n",
    )
    declined, telling = _about(doc, "whether the tax"), _about(doc, "still being written")
    assert declined.content.text == "to say whether the tax would rise"
    assert telling.content.text == "that the budget was still being written"
    assert _speaker(doc, declined) == _speaker(doc, telling) == "Clara Vos"


@pytest.mark.model
def test_a_reporting_clause_after_a_comma_reports_the_sentence_before_it(
    analyzer: Analyzer,
) -> None:
    """The parser joins 'announced' to 'voted' as a second verb; it reports the vote."""
    doc = _analyze(
        analyzer,
        "Teachers in Scotland have voted to strike in a row over pay, the country's largest "
        "teaching union announced on Friday.\n",
    )
    announced = _about(doc, "have voted to strike")
    assert _cue_and_source(announced) == ("announced", "the country's largest teaching union")
    assert announced.content.text == "Teachers in Scotland have voted to strike in a row over pay"


@pytest.mark.model
def test_the_union_and_it_are_the_body_that_just_spoke_when_none_is_named_so(
    analyzer: Analyzer,
) -> None:
    """No name here has 'union' in it: 'the union' is the institute that has just spoken."""
    doc = _analyze(
        analyzer,
        "The Educational Institute of Scotland (EIS) said 81 per cent of members who took part "
        'backed walkouts. The union stated: "Teachers have waited two years for a fair '
        'offer."\n\nIt continued: "No teacher wants to strike."\n',
    )
    stated, continued = _about(doc, "two years"), _about(doc, "No teacher")
    assert _speaker(doc, stated) == _speaker(doc, continued) == "Educational Institute of Scotland"


@pytest.mark.model
def test_an_unnamed_council_is_not_the_firm_quoted_before_it(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Harlow Homes said the estate would be finished by June. The council said it had not "
        "yet approved the plans.\n",
    )
    assert _speaker(doc, _about(doc, "finished by June")) == "Harlow Homes"
    assert _speaker(doc, _about(doc, "not yet approved")) is None


@pytest.mark.model
def test_a_signed_letter_and_its_it_speak_for_whoever_signed_it(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The European Commission has warned Italy that its draft budget breaks EU rules.\n\n"
        "The letter, signed by economics commissioner Anders Holm, says Rome's plans "
        '"risk a significant deviation" from the targets agreed last year. Italian officials '
        "have until Friday to respond, it adds.\n",
    )
    says, adds = _about(doc, "significant deviation"), _about(doc, "until Friday")
    assert _speaker(doc, says) == _speaker(doc, adds) == "Anders Holm"


@pytest.mark.model
def test_a_pronoun_outside_quotes_in_a_speakers_words_is_that_speaker(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Mayor vows to fight bus cuts\n\n"
        'The mayor of Eastbridge, Tomás Ruiz, has promised to "use every tool available" to '
        "stop the regional transport authority cutting 14 bus routes, which he said would "
        "leave older residents stranded.\n",
    )
    [outer] = [a for a in doc.attributions if "14 bus routes" in a.content.text]
    [inner] = [a for a in outer.nested if "stranded" in a.content.text]
    assert _speaker(doc, outer) == _speaker(doc, inner) == "Tomás Ruiz"


@pytest.mark.model
def test_the_company_is_no_campaign_group_that_spoke_last(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Southmoor Water said it would not appeal against the £90 million fine.\n\n"
        "Campaign group Surfers Against Sewage said the fine should be paid by shareholders, "
        "not customers. The company has previously warned that bills may rise by up to 20%.\n",
    )
    assert _speaker(doc, _about(doc, "paid by shareholders")) == "Surfers Against Sewage"
    assert _speaker(doc, _about(doc, "bills may rise")) == "Southmoor Water"


@pytest.mark.model
def test_people_of_a_trade_are_not_the_association_named_for_them(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Oil marketers, however, said price caps had made imports unprofitable. The Oil "
        "Marketers Association said in a statement that it had warned the regulator.\n",
    )
    assert _speaker(doc, _about(doc, "imports unprofitable")) is None
    assert _speaker(doc, _about(doc, "warned the regulator")) == "Oil Marketers Association"


@pytest.mark.model
def test_asking_not_to_be_named_is_why_a_source_is_anonymous_not_what_it_says(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "One senior nurse, who asked not to be named because she was not authorised to speak "
        "to the media, said she had cared for a 94-year-old woman on a trolley for 30 hours.\n",
    )
    [said] = doc.attributions
    assert said.content.text.startswith("she had cared for")
    assert said.source is not None and said.source.anonymous


@pytest.mark.model
def test_a_list_the_parser_hung_on_the_cue_ends_the_content(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Prosecutor Emma Wade told jurors that Greaves had used the money to buy a holiday "
        "home in Portugal, two sports cars and a racehorse.\n",
    )
    [told] = doc.attributions
    assert told.content.text.endswith("in Portugal, two sports cars and a racehorse")


@pytest.mark.model
def test_a_report_speaks_for_the_body_whose_staff_drew_it_up(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The report, drawn up by engineers at the Environment Agency in 2023 and seen by this "
        'newspaper, describes the defences as "at or beyond the end of their design life". It '
        "estimates that repairs would cost £160m.\n",
    )
    describes, estimates = _about(doc, "design life"), _about(doc, "repairs would cost")
    assert _speaker(doc, describes) == _speaker(doc, estimates) == "Environment Agency"


@pytest.mark.model
def test_a_letter_speaks_for_whoever_organised_it(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "At least 30 backbenchers have signed a letter opposing the change. The letter, "
        "organised by the former schools minister Alan Brereton, argues that means-testing "
        "will deter eligible families from applying.\n",
    )
    assert _speaker(doc, _about(doc, "deter eligible families")) == "Alan Brereton"


@pytest.mark.model
def test_a_spokesman_after_a_name_spacy_missed_speaks_for_no_earlier_body(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        'The Child Poverty Action Group said the plan was "a false economy".\n\n'
        "Downing Street said the prime minister had full confidence in the minister. Asked "
        "whether the government would hold a vote, a spokesman said no decision had been "
        "taken.\n",
    )
    assert _speaker(doc, _about(doc, "false economy")) == "Child Poverty Action Group"
    assert _speaker(doc, _about(doc, "no decision had been taken")) is None


@pytest.mark.model
def test_according_to_after_a_comma_sources_the_whole_sentence_before_it(
    analyzer: Analyzer,
) -> None:
    """What the senators acknowledged stops at the comma; the aides source all of it."""
    doc = _analyze(
        analyzer,
        "The bill failed on Thursday.\n\nSome senators who voted against the bill privately "
        "acknowledged that it was popular with voters, according to two aides who spoke on "
        "condition of anonymity.\n",
    )
    [according] = [a for a in doc.attributions if a.kind == "sourcing"]
    assert according.content.text == (
        "Some senators who voted against the bill privately acknowledged that it was popular "
        "with voters"
    )
    acknowledged = _about(doc, "popular with voters")
    assert acknowledged is according
    [inner] = according.nested
    assert inner.content.text == "that it was popular with voters"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The prime minister told reporters before the summit that the deal was close.",
            "that the deal was close",
        ),
        (
            "The mayor said earlier on Friday during a news conference that she may wait "
            "until March to decide.",
            "that she may wait until March to decide",
        ),
    ],
)
def test_when_and_where_before_a_that_clause_are_not_content(
    analyzer: Analyzer, sentence: str, content: str
) -> None:
    doc = _analyze(analyzer, sentence)
    attribution = _about(doc, content[-12:])
    assert attribution.content.text == content
    assert attribution.source is not None


def test_whom_a_question_was_put_to_is_not_what_was_asked(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The reporter stopped the mayor outside the town hall.\n\n"
        '"Would you vote for it?" the reporter asked him.',
    )
    asked = _about(doc, "vote for it")
    assert asked.content.text == '"Would you vote for it?"'
    assert asked.source is not None and asked.source.text == "the reporter"


def test_a_question_to_the_reader_attributes_nothing(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The council voted on Tuesday to close the harbour car park, and the mayor said "
        "the land would become a park.\n\n"
        "Do you support the harbour plan? Tell us in the comments below.\n\n"
        '"Do you really want a car park on the water?" asked Ms. Ruiz, who led the campaign.',
    )
    assert [a.content.text for a in doc.attributions if "harbour plan" in a.content.text] == []
    assert _about(doc, "the land would become a park").source is not None
    asked = _about(doc, "car park on the water")
    assert _speaker(doc, asked) == "Ruiz"


@pytest.mark.model
def test_a_poll_that_opens_the_sentence_is_the_source_not_the_paper_that_ran_it(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "The race for mayor has tightened over the summer. In the latest Harbour Post poll, "
        "Mayor Ines Novak leads her rival by six points among likely voters.\n",
    )
    poll = _about(doc, "six points")
    assert poll.cue is not None and poll.cue.text == "In"
    assert poll.source is not None and poll.source.text == "the latest Harbour Post poll"


@pytest.mark.model
def test_a_quote_with_a_cue_of_its_own_does_not_carry_on_the_one_before(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "The harbour board met on Tuesday.\n\n“We ask the ferry operators every year to rank "
        "the routes,” Ms. Okafor, of the harbour board, said. “The northern route ranks first "
        "and the island route last. That has been true for every year,” she said.\n",
    )
    first = _about(doc, "rank the routes")
    assert first.content.text == "“We ask the ferry operators every year to rank the routes,”"
    second = _about(doc, "true for every year")
    assert second.source is not None and second.source.text == "she"
    assert _speaker(doc, second) == "Okafor"


@pytest.mark.model
def test_a_quote_ending_its_sentence_carries_on_though_a_cue_follows_it(
    analyzer: Analyzer,
) -> None:
    """'“B.” She added, “C.”': 'added' is C's cue, so B still carries on A."""
    doc = _analyze(
        analyzer,
        "The harbour board met on Tuesday.\n\n“The ferries will keep running,” Ms. Okafor said "
        "of the board’s plan to sell two boats. “We will not cut the island route.” She added, "
        "“Nobody on the island should be stranded.”\n",
    )
    said = _about(doc, "keep running")
    assert said.content.text.endswith("“We will not cut the island route.”")
    added = _about(doc, "stranded")
    assert added.cue is not None and added.cue.text == "added"
    assert _speaker(doc, added) == "Okafor"


@pytest.mark.model
def test_a_speaker_named_inside_the_clause_is_its_source_and_the_clause_is_what_was_said(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "The audit of the harbour board was published on Friday. Any fair reading of the "
        "audit, said Tomas Ruiz, an accountant in Lakeside, would find the same gap.\n",
    )
    said = _about(doc, "fair reading")
    assert said.content.text == (
        "Any fair reading of the audit, said Tomas Ruiz, an accountant in Lakeside, would "
        "find the same gap"
    )
    assert _speaker(doc, said) == "Tomas Ruiz"


def test_what_the_writer_adds_about_the_object_after_a_comma_is_not_content(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "At a rally in Dayton on Tuesday, Governor Ellen Marsh praised Paul Okafor, who quit "
        "the race on Sunday, and urged his voters to back her. The drivers' union condemned "
        "the closure of the Eastfield depot, which cost 300 jobs last year.\n",
    )
    assert _about(doc, "Okafor").content.text == "Paul Okafor"
    assert _about(doc, "closure").content.text == "the closure of the Eastfield depot"


def test_a_quote_resumed_in_lower_case_after_the_speaker_is_one_quote(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "The harbour board approved the sea wall on Monday.\n\n"
        "“I think the plan is sensible,” Mayor Ruth Okafor said, “because the harbour has "
        "flooded twice this year and nobody wants a third.”\n",
    )
    said = _about(doc, "sensible")
    assert said.content.text == (
        "“I think the plan is sensible,” Mayor Ruth Okafor said, “because the harbour has "
        "flooded twice this year and nobody wants a third.”"
    )
    assert _speaker(doc, said) == "Ruth Okafor"


def test_a_verb_of_judgement_rare_in_news_is_still_a_cue(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The regulator censured the water company for hiding the scale of the leaks. The "
        "union chief scoffed at the pay offer, calling it an insult to dock workers.\n",
    )
    censured = _about(doc, "water company")
    assert _cue_and_source(censured) == ("censured", "The regulator")
    assert any(a.cue is not None and a.cue.text == "scoffed" for a in doc.attributions)


def test_a_stance_the_writer_hedges_is_still_the_subjects(analyzer: Analyzer) -> None:
    """'seemed to suggest that …' credits the one who seemed to suggest it."""
    doc = _analyze(
        analyzer,
        "The treasurer seemed to suggest that the levy would be dropped before the election. "
        "Ms. Patel seemed to acknowledge that the budget had been overspent. The mayor "
        "seemed to mock the contractor's promise of faster repairs. The leaked minutes seem "
        "to show that the board knew of the leak in March.\n",
    )
    assert _cue_and_source(_about(doc, "levy would be dropped")) == ("seemed", "The treasurer")
    assert _cue_and_source(_about(doc, "had been overspent")) == ("seemed", "Ms. Patel")
    assert _cue_and_source(_about(doc, "faster repairs")) == ("seemed", "The mayor")
    assert _cue_and_source(_about(doc, "knew of the leak")) == ("seem", "The leaked minutes")


def test_some_of_an_unnamed_group_is_an_anonymous_source(analyzer: Analyzer) -> None:
    """Fact-checkers count 'some of the officials' as unnamed; 'one of the tenants, Jessie
    Ortiz,' is named."""
    doc = _analyze(
        analyzer,
        "Some of the officials said the plan was fair. One of the tenants, Jessie Ortiz, "
        "said the lifts were broken.\n",
    )
    some = _about(doc, "plan was fair").source
    one = _about(doc, "lifts were broken").source
    assert some is not None and some.text == "Some of the officials" and some.anonymous
    assert (
        one is not None
        and not one.anonymous
        and _speaker(doc, _about(doc, "lifts")) == ("Jessie Ortiz")
    )


def test_a_speaker_after_the_words_is_no_object_of_the_cue(analyzer: Analyzer) -> None:
    """'“…,” added another councillor.', '“…,” read a leaflet.': the parser takes the one
    who speaks after the cue for its object; each quote is still its own speaker's."""
    doc = _analyze(
        analyzer,
        "The harbour vote split the council. “The ferry will be late again,” added another "
        "councillor. “Vote no on the levy,” read a leaflet handed out at the station. “Will "
        "the ferry still run on Sundays?” asked a boy, who had come with his grandmother, and "
        "then ran back to the bus.\n",
    )
    ferry = _about(doc, "ferry will be late")
    leaflet = _about(doc, "Vote no")
    assert _cue_and_source(ferry) == ("added", "another councillor")
    assert "levy" not in ferry.content.text
    assert _cue_and_source(leaflet) == ("read", "a leaflet handed out at the station")
    cue, source = _cue_and_source(_about(doc, "on Sundays"))
    assert cue == "asked" and source is not None and source.startswith("a boy, who had come")


def test_a_quote_on_the_speakers_aside_is_not_more_of_their_words(analyzer: Analyzer) -> None:
    """'“…,” said Jo Reyes, who thinks the staff “need to …”': the second quote is what she
    thinks, under the aside's own verb; a quote resumed after an aside with no such verb
    still runs on."""
    doc = _analyze(
        analyzer,
        'The hearing ran late. "People are angry," said Alderman Jo Reyes, who thinks the '
        'mayor and his staff "need to be more open with residents. There is some mending to '
        'be done." "The plan is sound," said Ms. Reyes, who chairs the panel, "and the money '
        "is there.\" The council's “excesses” are a scandal, Ms. Reyes said on Tuesday, "
        "adding that the budget “cannot stand.”\n",
    )
    assert _about(doc, "People are angry").content.text == '"People are angry,"'
    assert "money is there" in _about(doc, "The plan is sound").content.text
    assert _about(doc, "excesses").content.text == "The council's “excesses” are a scandal"


def test_a_quote_in_the_speakers_description_or_the_hearer_is_not_their_words(
    analyzer: Analyzer,
) -> None:
    """'“…,” said Leslie Ford, a voter who waited in an “extremely long line”', '“…,” the
    mayor told “Morning Call”': those quotes describe the speaker or name whom she told."""
    doc = _analyze(
        analyzer,
        'The polls closed late. "It was shameful," said Leslie Ford, 34, a voter who waited '
        'in an "extremely long line snaking around the block." "We have to fix the buses," '
        'the mayor told "Morning Call" on Sunday.\n',
    )
    assert _about(doc, "It was shameful").content.text == '"It was shameful,"'
    assert _about(doc, "fix the buses").content.text == '"We have to fix the buses,"'


def test_a_sourcing_phrase_inside_brackets_sources_only_the_bracket(analyzer: Analyzer) -> None:
    """'… a day (the real figure is closer to 4,000, according to the port authority).'"""
    doc = _analyze(
        analyzer,
        "The mayor cited his claim that the ferry carried 9,000 people a day (the real "
        "figure is closer to 4,000, according to the port authority). The bridge opens in "
        "May.\n",
    )
    port = _about(doc, "real figure")
    assert _cue_and_source(port) == ("according to", "the port authority")
    assert port.content.text == "the real figure is closer to 4,000"


def test_only_whom_it_was_told_is_no_claim(analyzer: Analyzer) -> None:
    """'… what the minister told BBC Radio before the vote': the one told is not what was
    said; the content of 'reminding voters of …' is still kept."""
    doc = _analyze(
        analyzer,
        "The statement conflicted with what the minister told BBC Radio before the vote on "
        "Monday. The mayor closed her speech by reminding voters of the council's broken "
        "promises on rents.\n",
    )
    assert not [a for a in doc.attributions if a.content.text == "BBC Radio"]
    assert _about(doc, "broken promises").cue is not None


def test_so_stands_for_the_claim_said_again(analyzer: Analyzer) -> None:
    """'… and the treasurer says so': 'so' is what she says; the 'so' of 'and so does
    his rival' is no one's claim."""
    doc = _analyze(
        analyzer,
        "The new levy will hurt small shops, and the treasurer says so. The mayor keeps "
        "drawing support among dock workers, and so, to a lesser extent, does his rival.\n",
    )
    said = [a for a in doc.attributions if a.content.text == "so"]
    assert [_cue_and_source(a) for a in said] == [("says", "the treasurer")]


def test_the_writers_gloss_on_the_last_noun_is_not_what_was_said(analyzer: Analyzer) -> None:
    """'… cited the Head Start program, the pre-school run by local councils': the aside
    after the comma glosses the noun for the reader; a place's state, a name and words in
    quotation marks stay."""
    doc = _analyze(
        analyzer,
        "The governor cited the Head Start program, the pre-school run by local councils. The "
        "mayor said the contract went to Delgado Works, which also built the old pier. The "
        'senator said the plant would move to Buffalo, New York. "We will rebuild the pier, '
        'the one my father fished from," the mayor said.\n',
    )
    assert _about(doc, "Head Start").content.text == "the Head Start program"
    assert _about(doc, "Delgado").content.text == "the contract went to Delgado Works"
    assert _about(doc, "Buffalo").content.text == "the plant would move to Buffalo, New York"
    assert "my father fished from" in _about(doc, "rebuild the pier").content.text


def test_a_share_keeps_its_percent_sign(analyzer: Analyzer) -> None:
    doc = _analyze(analyzer, "The union said pay would rise by 4%.\n")
    assert _about(doc, "pay would rise").content.text == "pay would rise by 4%"


def test_a_last_dash_setting_off_the_writers_comment_ends_the_content(
    analyzer: Analyzer,
) -> None:
    """'… — a plea that has not been heeded' is the writer's; '… — like selling land' is
    still what Ms. Cole said."""
    doc = _analyze(
        analyzer,
        "The mayor asked residents not to protest inside the hall — a plea that, at least so "
        "far, has not been heeded. Ms. Cole said the council had several options — like "
        "selling land or raising rents.\n",
    )
    assert _about(doc, "protest inside").content.text == "not to protest inside the hall"
    assert "like selling land" in _about(doc, "several options").content.text


def test_where_a_reporter_filed_from_is_not_what_was_reported(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "The strike spread to three more ports on Friday, officials said.\n\n"
        "Ana Ruiz reported from Lagos.",
    )
    assert [a.content.text for a in doc.attributions] == [
        "The strike spread to three more ports on Friday"
    ]


def test_a_quote_left_open_by_reported_words_runs_to_its_closing_mark(
    analyzer: Analyzer,
) -> None:
    doc = _analyze(
        analyzer,
        "Senator Hale added that she was the only candidate who had spent her career "
        "“fighting for the harbour towns. I will say this plainly: if the yard closes, "
        "the coast loses its last big employer. Nobody else on this stage will stop it.”\n\n"
        "Her rival said the yard would get “a fair deal. It is owed one.” The minister "
        "replied: “We have heard this before. Nothing changes.”\n",
    )
    hale = _about(doc, "the only candidate")
    assert hale.content.text.endswith("Nobody else on this stage will stop it.”")
    assert _about(doc, "a fair deal").content.text.endswith("It is owed one.”")


def test_a_quote_a_colon_opens_inside_reported_words_is_not_run_on(analyzer: Analyzer) -> None:
    """The colon's clause introduces that quote; its later sentences are not run on to the
    reported words."""
    doc = _analyze(
        analyzer,
        "Ms. Okoro said both bills were “dead on arrival,” but she paid the sponsor a "
        "compliment: “You always know where he stands. He does his homework. I respect that.”\n",
    )
    assert "I respect that" not in _about(doc, "dead on arrival").content.text


def test_a_second_that_clause_after_but_is_more_of_the_content(analyzer: Analyzer) -> None:
    doc = _analyze(
        analyzer,
        "Ms. Vance believes there are no good options for the ferry, but that sometimes the "
        "cheaper plan will have to do. The harbour master predicted that fares would rise "
        "in spring, and that the night crossing would close.\n",
    )
    assert _about(doc, "no good options").content.text.endswith("will have to do")
    assert _about(doc, "fares would rise").content.text.endswith("night crossing would close")


def test_an_opening_according_to_sources_the_rest_of_its_sentence(analyzer: Analyzer) -> None:
    """Also after a colon, where the words before it are the writer's lead-in; and a quote
    that opens after the phrase counts whole."""
    doc = _analyze(
        analyzer,
        "Lee won easily. According to the exit polls in Ohio, 30% of voters wanted a candidate "
        'who would "speak plainly" -- more or less the slogan of the mayor\'s campaign; 60% of '
        "those voters chose Lee, compared with 15%.\n\n"
        "Turnout is falling. And it has not gone unnoticed: According to recent surveys, Lee "
        "holds only 12 percent of the rural vote compared to Hart's 70 percent.\n\n"
        "According to the Ledger, “The county’s rules let dealers sell to almost anyone. Few "
        "people are barred.”\n",
    )
    polls = _about(doc, "30% of voters")
    assert polls.content.text.endswith("compared with 15%")
    surveys = _about(doc, "12 percent")
    assert surveys.content.text.startswith("Lee holds")
    assert _about(doc, "dealers sell").content.text.endswith("Few people are barred.”")


def test_a_closing_according_to_sources_only_what_a_colon_introduces(analyzer: Analyzer) -> None:
    """Not where the colon follows a word of saying, nor where it opens a list."""
    doc = _analyze(
        analyzer,
        "Rents have not scared firms off: Leeds led the regional index in 2024 by a wide "
        "margin, according to one survey of landlords.\n\n"
        "One note, apparently about the strike, said: “You will pay for this, all of you,” "
        "according to a letter from the council.\n",
    )
    assert _about(doc, "regional index").content.text.startswith("Leeds led")
    assert _about(doc, "You will pay").content.text.startswith("One note")


def test_what_was_put_is_the_clause_round_the_as_aside(analyzer: Analyzer) -> None:
    """'as X put it': the clause the aside sits in, not the 'it'; the words after a colon
    stay what they were."""
    doc = _analyze(
        analyzer,
        "As the mayor put it, the city cannot pave its way out of traffic.\n\n"
        "The plan, as one shop owner put it, is a tax on staying open late.\n\n"
        "Or, as the coach put it: “We lost the game in the first ten minutes.”\n",
    )
    mayor = _about(doc, "pave its way")
    assert mayor.content.text == "the city cannot pave its way out of traffic"
    assert _cue_and_source(mayor) == ("put", "the mayor")
    owner = _about(doc, "staying open late")
    assert owner.content.text.startswith("The plan")
    assert _cue_and_source(owner) == ("put", "one shop owner")
    coach = _about(doc, "first ten minutes")
    assert coach.content.text.startswith("“We lost")


def test_an_idioms_noun_is_no_part_of_what_it_is_about(analyzer: Analyzer) -> None:
    """'made no reference to X', 'poked fun at X': the content is X; a noun that makes no
    idiom with its verb stays ('cited her references to …')."""
    doc = _analyze(
        analyzer,
        "The mayor made no reference to the strike in her speech.\n\n"
        "Critics poked fun at the harbour board's new slogan.\n\n"
        "Residents raised questions about the ferry contract.\n\n"
        "The report cited the mayor's past references to the strike as evidence.\n",
    )
    assert _about(doc, "in her speech").content.text == "the strike in her speech"
    assert _about(doc, "new slogan").content.text == "the harbour board's new slogan"
    assert _about(doc, "ferry contract").content.text == "the ferry contract"
    cited = _about(doc, "as evidence")
    assert cited.content.text.startswith("the mayor's past references")


def test_when_or_despite_what_it_was_said_is_no_part_of_it(analyzer: Analyzer) -> None:
    """A clause on the cue opened by 'while', 'after', 'though' … is the writer's setting;
    one inside the reported clause stays."""
    doc = _analyze(
        analyzer,
        "Mr. Dunn describes himself as a fisherman even though he has not sailed since 2009.\n\n"
        "The mayor defended the ferry subsidy although her own party voted against it.\n\n"
        "The mayor said the depot would open in May, after the council approved the budget.\n",
    )
    assert _about(doc, "fisherman").content.text == "himself as a fisherman"
    assert _about(doc, "ferry subsidy").content.text == "the ferry subsidy"
    depot = _about(doc, "depot would open")
    assert depot.content.text.endswith("after the council approved the budget")


def test_a_list_of_verb_phrases_is_one_content(analyzer: Analyzer) -> None:
    """'pledged to A, B and C', 'supports A, B and C': the whole list, however the parse
    hung its members."""
    doc = _analyze(
        analyzer,
        "The governor pledged to enact judicial reform, fix the state's broken pension "
        "system and cut property taxes.\n\n"
        "Ms. Okafor supports curbing rents by taxing empty homes, temporarily freezing "
        "permits and changing the zoning code.\n",
    )
    governor = _about(doc, "judicial reform")
    assert governor.content.text.endswith("and cut property taxes")
    okafor = _about(doc, "curbing rents")
    assert okafor.content.text.endswith("and changing the zoning code")


def test_a_verb_of_thinking_with_a_that_clause_reports_it_under_another_verb(
    analyzer: Analyzer,
) -> None:
    """Under a verb that is no cue itself, with its controller as source."""
    doc = _analyze(
        analyzer,
        "The audit is blunt. It would require the council to recognize that the levy has failed.\n",
    )
    levy = _about(doc, "the levy has failed")
    assert levy.content.text == "that the levy has failed"
    assert levy.cue is not None and "recognize" in levy.cue.text
    assert levy.source is not None and levy.source.text == "the council"
    hard = _analyze(analyzer, "It would be hard not to sense that the town has changed.\n")
    sense = _about(hard, "the town has changed")
    assert sense.source is None  # 'it' stands for nobody in particular
