from newsgraph.clean import analysis_text, layout
from newsgraph.document import BoilerplateKind

STORY = (
    "Mayor Defends Budget Cuts at Tense Meeting\n"
    "Mayor Defends Budget Cuts at Tense Meeting in City HallReuters\n"
    "\n"
    "The mayor told the council on Tuesday that the cuts were unavoidable.\n"
    "\n"
    "Residents packed the chamber.\n"
)


def test_first_short_line_is_the_headline() -> None:
    found = layout(STORY)
    assert found.headline is not None
    assert found.headline.text == "Mayor Defends Budget Cuts at Tense Meeting"


def test_repeated_headline_caption_is_boilerplate_with_its_credit() -> None:
    marks = layout(STORY).boilerplate
    kinds = {(m.kind, m.text) for m in marks}
    assert (BoilerplateKind.CREDIT, "Reuters") in kinds
    assert (
        BoilerplateKind.HEADLINE_REPEAT,
        "Mayor Defends Budget Cuts at Tense Meeting in City Hall",
    ) in kinds


def test_glued_credit_on_a_caption_in_the_body() -> None:
    text = (
        "Floods Close Schools\n\nHeavy rain closed 40 schools on Friday.\n\n"
        "Volunteers fill sandbags outside the town libraryGetty Images\n\nMore rain is due."
    )
    marks = layout(text).boilerplate
    assert [(m.kind, m.text) for m in marks] == [
        (BoilerplateKind.CAPTION, "Volunteers fill sandbags outside the town library"),
        (BoilerplateKind.CREDIT, "Getty Images"),
    ]


def test_a_caption_credited_to_pa_media_is_boilerplate() -> None:
    text = (
        "Nurses Vow to Strike Again\n\nNurses at a protest outside St Mary's HospitalPA Media"
        "\n\nNurses in England will walk out for 48 hours next month."
    )
    marks = layout(text).boilerplate
    assert [(m.kind, m.text) for m in marks] == [
        (BoilerplateKind.CAPTION, "Nurses at a protest outside St Mary's Hospital"),
        (BoilerplateKind.CREDIT, "PA Media"),
    ]


def test_a_sentence_ending_in_a_spaced_agency_name_is_not_a_credit() -> None:
    text = "Talks Resume\n\nThe minister spoke to Reuters\n\nShe said talks would resume."
    assert layout(text).boilerplate == []


def test_a_wire_storys_closing_credits_are_boilerplate_but_reporting_in_the_body_is_not() -> None:
    text = (
        "Fuel Queues Grow in Nairobi\n\nThe regulator blamed delays at the port.\n\n"
        "Reporting by reporters in the port city was restricted, officials said.\n\n"
        "Stocks are expected to recover by Monday.\n\n"
        "(Reporting by Amina Wekesa; Editing by Tom Hale)\n"
    )
    marks = layout(text).boilerplate
    assert [(m.kind, m.text) for m in marks] == [
        (BoilerplateKind.CREDIT, "(Reporting by Amina Wekesa; Editing by Tom Hale)"),
    ]


def test_a_long_first_sentence_is_not_a_headline() -> None:
    text = (
        "The regional parliament voted late on Tuesday to delay the new tax by a year, "
        "after a debate that lasted more than nine hours and ended in shouting.\n\n"
        "Opposition members walked out."
    )
    assert layout(text).headline is None


def test_paragraphs_follow_blank_lines_and_windows_line_endings() -> None:
    text = "Headline Here\r\n\r\nFirst paragraph.\r\nStill first.\r\n\r\nSecond one."
    paragraphs = [p.text for p in layout(text).paragraphs]
    assert paragraphs == ["First paragraph.\r\nStill first.", "Second one."]


def test_paragraphs_leave_out_headline_and_captions() -> None:
    assert [p.text for p in layout(STORY).paragraphs] == [
        "The mayor told the council on Tuesday that the cuts were unavoidable.",
        "Residents packed the chamber.",
    ]


def test_without_blank_lines_every_line_is_a_paragraph() -> None:
    text = "Bridge Reopens\nThe bridge reopened on Sunday.\nTraffic was light."
    assert [p.text for p in layout(text).paragraphs] == [
        "The bridge reopened on Sunday.",
        "Traffic was light.",
    ]


def test_analysis_text_keeps_every_offset() -> None:
    text = "Caf\u00e9\u00a0owners\r\nsaid \u201cno\u201d."
    found = layout(text)
    masked = analysis_text(text, found.boilerplate)
    assert len(masked) == len(text)
    assert masked == "Caf\u00e9 owners \nsaid \u201cno\u201d."


def test_analysis_text_blanks_boilerplate_but_keeps_line_breaks() -> None:
    found = layout(STORY)
    masked = analysis_text(STORY, found.boilerplate)
    assert "Reuters" not in masked
    assert "City Hall" not in masked
    assert masked.count("\n") == STORY.count("\n")


def test_a_byline_under_the_headline_is_marked_and_names_the_author() -> None:
    text = (
        "Ferry Fares To Rise In Spring\n\n"
        "By Ines de la Cruz and Tom Ward, Staff Reporters\n\n"
        "By Thursday the operator had confirmed the rise, a spokesman said.\n"
    )
    found = layout(text)
    assert [(m.kind, m.text) for m in found.boilerplate] == [
        (BoilerplateKind.BYLINE, "By Ines de la Cruz and Tom Ward, Staff Reporters")
    ]
    assert found.author == "Ines de la Cruz and Tom Ward"
    assert [p.text[:12] for p in found.paragraphs] == ["By Thursday "]


def test_a_deck_that_opens_with_by_and_a_day_is_not_a_byline() -> None:
    text = "Talks Resume\n\nBy Monday, Both Sides Had Softened\n\nNegotiators met again.\n"
    found = layout(text)
    assert found.boilerplate == []
    assert found.author is None
