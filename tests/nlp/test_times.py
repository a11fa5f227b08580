"""Time expressions: the normaliser on its own (fast), then the component on our own stories."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.analyze import Analyzer
from newsgraph.nlp.times.calendar import Anchor, Tense
from newsgraph.nlp.times.normalize import normalize
from newsgraph.nlp.times.recognize import candidates
from newsgraph.read import RawDocument
from tests.conftest import assert_standoff

# A Wednesday.
PUBLISHED = dt.date(2016, 9, 14)
PAST = Anchor(PUBLISHED, Tense.PAST)
FUTURE = Anchor(PUBLISHED, Tense.FUTURE)
NO_DATE = Anchor(None, Tense.PAST)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("September 12, 2016", ("DATE", "2016-09-12")),
        ("12 September 2016", ("DATE", "2016-09-12")),
        ("Sept. 12", ("DATE", "2016-09-12")),
        ("2016-09-12", ("DATE", "2016-09-12")),
        ("9/12/2016", ("DATE", "2016-09-12")),
        ("September 2016", ("DATE", "2016-09")),
        ("2023 July", ("DATE", "2023-07")),
        ("1998", ("DATE", "1998")),
        ("fiscal 1998", ("DATE", "1998")),
        ("the 1990s", ("DATE", "199")),
        ("the '80s", ("DATE", "198")),
        ("the 20th century", ("DATE", "19")),
        ("the third quarter of 1998", ("DATE", "1998-Q3")),
        ("the first half of 1998", ("DATE", "1998-H1")),
        ("the summer of 1994", ("DATE", "1994-SU")),
    ],
)
def test_absolute_dates(text: str, expected: tuple[str, str]) -> None:
    assert normalize(text, PAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yesterday", ("DATE", "2016-09-13")),
        ("today", ("DATE", "2016-09-14")),
        ("tomorrow", ("DATE", "2016-09-15")),
        ("two days ago", ("DATE", "2016-09-12")),
        ("three weeks from now", ("DATE", "2016-W40")),
        ("last week", ("DATE", "2016-W36")),
        ("this week", ("DATE", "2016-W37")),
        ("this month", ("DATE", "2016-09")),
        ("last month", ("DATE", "2016-08")),
        ("next year", ("DATE", "2017")),
        ("a decade ago", ("DATE", "200")),
        ("last quarter", ("DATE", "2016-Q2")),
        ("this summer", ("DATE", "2016-SU")),
        ("last April", ("DATE", "2016-04")),
        ("June last year", ("DATE", "2015-06")),
        ("this morning", ("TIME", "2016-09-14TMO")),
        ("last night", ("TIME", "2016-09-13TNI")),
        ("3 p.m.", ("TIME", "2016-09-14T15:00")),
        ("10:35 a.m. yesterday", ("TIME", "2016-09-13T10:35")),
    ],
)
def test_relative_dates_resolve_against_publication(text: str, expected: tuple[str, str]) -> None:
    assert normalize(text, PAST) == expected


def test_a_half_with_no_year_in_a_match_report_is_the_games() -> None:
    game = Anchor(PUBLISHED, Tense.PAST, game=True)
    assert normalize("the first half", game) is None
    assert normalize("the first half", PAST) == ("DATE", "2016-H1")
    assert normalize("the second half of next year", game) == ("DATE", "2017-H2")
    assert normalize("last year's second half", game) == ("DATE", "2015-H2")


def test_weekday_resolves_by_tense() -> None:
    assert normalize("Monday", PAST) == ("DATE", "2016-09-12")
    assert normalize("Monday", FUTURE) == ("DATE", "2016-09-19")
    assert normalize("last Friday", FUTURE) == ("DATE", "2016-09-09")
    assert normalize("next Friday", PAST) == ("DATE", "2016-09-16")


def test_bare_month_picks_the_nearest_year_leaning_by_tense() -> None:
    late_autumn = Anchor(dt.date(2016, 11, 2), Tense.PAST)
    assert normalize("Dec. 7", late_autumn) == ("DATE", "2016-12-07")
    assert normalize("January", Anchor(dt.date(2016, 11, 2), Tense.FUTURE)) == ("DATE", "2017-01")
    assert normalize("March", late_autumn) == ("DATE", "2016-03")
    assert normalize("March", Anchor(dt.date(2026, 11, 20), Tense.PAST)) == ("DATE", "2026-03")
    # 'The camp, which began in January, …' in late November: ten months back, not two ahead
    assert normalize("January", Anchor(dt.date(2026, 11, 22), Tense.PAST)) == ("DATE", "2026-01")
    november = dt.date(2026, 11, 20)
    assert normalize("the second half of next year", Anchor(november, Tense.FUTURE)) == (
        "DATE",
        "2027-H2",
    )
    assert normalize("the spring", Anchor(november, Tense.FUTURE)) == ("DATE", "2027-SP")
    assert normalize("the spring", Anchor(november, Tense.PAST)) == ("DATE", "2026-SP")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two weeks", ("DURATION", "P2W")),
        ("the past six months", ("DURATION", "P6M")),
        ("a month", ("DURATION", "P1M")),
        ("10-year", ("DURATION", "P10Y")),
        ("two decades", ("DURATION", "P20Y")),
        ("seventy-five years", ("DURATION", "P75Y")),
        ("five hours", ("DURATION", "PT5H")),
        ("two and a half years", ("DURATION", "P2Y6M")),
        ("5 1/2 hours", ("DURATION", "PT5H30M")),
        ("two more weeks", ("DURATION", "P2W")),
        ("day-long", ("DURATION", "P1D")),
        ("three days later", ("DURATION", "P3D")),
        ("just over an hour later", ("DURATION", "PT1H")),
        ("several years", ("DURATION", "PXY")),
        ("recent months", ("DURATION", "PXM")),
        ("decades", ("DURATION", "PXY")),
        ("the coming years", ("DURATION", "PXY")),
        ("the past decade", ("DURATION", "P10Y")),
        ("two very hard years", ("DURATION", "P2Y")),
        ("three long months", ("DURATION", "P3M")),
        ("a few hours", ("DURATION", "PTXH")),
    ],
)
def test_durations(text: str, expected: tuple[str, str]) -> None:
    assert normalize(text, PAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("every week", ("SET", "P1W")),
        ("each year", ("SET", "P1Y")),
        ("every other day", ("SET", "P2D")),
        ("daily", ("SET", "P1D")),
        ("every Monday", ("SET", "XXXX-WXX-1")),
        ("every Sunday night", ("SET", "XXXX-WXX-7TNI")),
    ],
)
def test_sets(text: str, expected: tuple[str, str]) -> None:
    assert normalize(text, PAST) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("now", "PRESENT_REF"),
        ("currently", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("the past", "PAST_REF"),
        ("the future", "FUTURE_REF"),
        ("the coming weeks", "DURATION"),
    ],
)
def test_fuzzy_references(text: str, value: str) -> None:
    result = normalize(text, PAST)
    assert result is not None
    assert value in result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Monday", ("DATE", "XXXX-WXX-1")),
        ("last week", ("DATE", "XXXX-WXX")),
        ("yesterday", ("DATE", "XXXX-XX-XX")),
        ("September", ("DATE", "XXXX-09")),
        ("September 12", ("DATE", "XXXX-09-12")),
        ("1998", ("DATE", "1998")),
    ],
)
def test_without_a_publication_date_values_stay_underspecified(
    text: str, expected: tuple[str, str]
) -> None:
    assert normalize(text, NO_DATE) == expected


def test_earnings_quarter_anaphora() -> None:
    assert normalize("the quarter", PAST, previous="2016-Q2") == ("DATE", "2016-Q2")
    assert normalize("a year earlier", PAST, previous="2016-Q2") == ("DATE", "2015-Q2")


def test_ages_and_plain_numbers_are_not_times() -> None:
    assert normalize("6-year-old", PAST) is None
    assert normalize("42", PAST) is None


@pytest.mark.model
def test_component_resolves_weekdays_by_tense(analyzer: Analyzer) -> None:
    text = (
        "Council members said on Monday that the budget was too small.\n\n"
        "The final vote is scheduled for Monday, and the mayor will gather donors on Friday.\n\n"
        "Rabbis will attend a conference scheduled for Tuesday, the federation said.\n"
    )
    doc = analyzer.analyze(RawDocument(id="t1", text=text, published=PUBLISHED))
    assert_standoff(doc)
    values = [(t.text, t.value) for t in doc.times]
    assert ("Monday", "2016-09-12") in values
    assert ("Monday", "2016-09-19") in values
    assert ("Friday", "2016-09-16") in values
    assert ("Tuesday", "2016-09-20") in values


def test_a_match_reports_first_half_is_no_date(analyzer: Analyzer) -> None:
    match = (
        'Rovers led at half-time, but City won 2-1 on Saturday. "We were poor in the first '
        'half," the City manager said.\n'
    )
    doc = analyzer.analyze(RawDocument(id="m1", text=match, published=PUBLISHED))
    assert [t.text for t in doc.times] == ["Saturday"]
    results = "Profit rose in the first half, the company said on Monday.\n"
    doc = analyzer.analyze(RawDocument(id="m2", text=results, published=PUBLISHED))
    assert ("the first half", "2016-H1") in [(t.text, t.value) for t in doc.times]


def test_a_duration_inside_a_longer_date_phrase_starts_at_its_number(
    analyzer: Analyzer,
) -> None:
    text = "The study followed nurses and police officers for an average of 12 years.\n"
    doc = analyzer.analyze(RawDocument(id="avg", text=text, published=PUBLISHED))
    assert [(t.text, t.value) for t in doc.times] == [("12 years", "P12Y")]


def test_a_year_later_counts_from_the_year_the_story_named(analyzer: Analyzer) -> None:
    text = "She said the company made the same promise in 2012 and cut 150 jobs a year later.\n"
    doc = analyzer.analyze(RawDocument(id="later", text=text, published=PUBLISHED))
    assert ("a year later", "2013") in [(t.text, t.value) for t in doc.times]


def test_a_clock_time_before_a_day_is_on_that_day(analyzer: Analyzer) -> None:
    """'until 6am on Monday' looks ahead, and the clock time is Monday's, not the day
    named in the sentence before."""
    text = (
        "Some homes may have no power until Friday.\n\n"
        "The forecaster has issued a wind warning until 6am on Monday.\n"
    )
    doc = analyzer.analyze(RawDocument(id="t2", text=text, published=PUBLISHED))
    values = [(t.text, t.value) for t in doc.times]
    assert ("6am", "2016-09-19T06:00") in values
    assert ("Monday", "2016-09-19") in values


def test_a_range_of_days_runs_forward(analyzer: Analyzer) -> None:
    """'from 6pm on Thursday until 9am on Friday', published on a Wednesday: a present
    tense takes Thursday as the last one, but the range ends on the Friday to come."""
    text = "An amber warning covers Devon from 6pm on Thursday until 9am on Friday.\n"
    doc = analyzer.analyze(RawDocument(id="t2b", text=text, published=PUBLISHED))
    assert [(t.text, t.value) for t in doc.times] == [
        ("6pm", "2016-09-15T18:00"),
        ("Thursday", "2016-09-15"),
        ("9am", "2016-09-16T09:00"),
        ("Friday", "2016-09-16"),
    ]


def test_a_day_right_after_a_past_verb_is_the_days_of_that_verb(analyzer: Analyzer) -> None:
    """The parser hangs 'on Monday' on 'cut'; written right after 'said', it dates the
    saying, which is past."""
    text = "Veltra said on Monday it would cut 3,000 jobs. It will vote on Friday.\n"
    doc = analyzer.analyze(RawDocument(id="t3", text=text, published=PUBLISHED))
    values = [(t.text, t.value) for t in doc.times]
    assert values == [("Monday", "2016-09-12"), ("Friday", "2016-09-16")]


def test_a_day_one_is_urged_or_told_to_act_by_lies_ahead(analyzer: Analyzer) -> None:
    text = (
        "The minister urged both sides to resume talks by Friday. The court told the firm "
        "to pay the fine by Monday. The union met on Tuesday.\n"
    )
    doc = analyzer.analyze(RawDocument(id="t5", text=text, published=PUBLISHED))
    values = [(t.text, t.value) for t in doc.times]
    assert values == [
        ("Friday", "2016-09-16"),
        ("Monday", "2016-09-19"),
        ("Tuesday", "2016-09-13"),
    ]


def test_a_show_named_for_a_day_is_no_time(analyzer: Analyzer) -> None:
    text = (
        "Sir Colin Fenwick told BBC Radio 4's Today programme that rates would fall. "
        "He repeated it on the Tonight show. Rates are unchanged today.\n"
    )
    doc = analyzer.analyze(RawDocument(id="t6", text=text, published=PUBLISHED))
    assert [(t.text, t.value) for t in doc.times] == [("today", "2016-09-14")]


def test_a_bare_day_before_a_date_takes_its_month(analyzer: Analyzer) -> None:
    text = "Letters were posted between 3 and 17 March. The fair ran from 5th to 9th April 2015.\n"
    doc = analyzer.analyze(RawDocument(id="t7", text=text, published=PUBLISHED))
    assert [(t.text, t.value) for t in doc.times] == [
        ("3", "2016-03-03"),
        ("17 March", "2016-03-17"),
        ("5th", "2015-04-05"),
        ("9th April 2015", "2015-04-09"),
    ]


def test_a_month_a_past_verb_dates_is_behind_the_story(analyzer: Analyzer) -> None:
    """In December, 'knew in January' is the January gone; an infinitive, a deadline or
    a condition of what would happen may still look ahead to the next."""
    text = (
        "Officials knew about the findings in January. The board decided to publish them in "
        "January. It extended the offer until January. Campaigners said they would go to "
        "court if the board approved the closure on 14 January.\n"
    )
    published = dt.date(2026, 12, 8)
    doc = analyzer.analyze(RawDocument(id="t8", text=text, published=published))
    assert [t.value for t in doc.times] == ["2026-01", "2027-01", "2027-01", "2027-01-14"]


def test_a_clock_written_with_a_dot_is_a_time(analyzer: Analyzer) -> None:
    text = "Officers were called at about 10.40am on Tuesday. Shares rose 3.5 percent.\n"
    doc = analyzer.analyze(RawDocument(id="t9", text=text, published=PUBLISHED))
    assert [(t.text, t.value) for t in doc.times] == [
        ("10.40am", "2016-09-13T10:40"),
        ("Tuesday", "2016-09-13"),
    ]


def test_a_possessive_day_is_past_unless_a_story_looks_ahead_to_it(analyzer: Analyzer) -> None:
    text = (
        "Lawyers will look for ways around Wednesday's ruling.\n\n"
        "Dean Foley will take charge for Saturday's home game, ahead of Sunday's vote.\n"
    )
    doc = analyzer.analyze(RawDocument(id="t4", text=text, published=PUBLISHED))
    values = [(t.text, t.value) for t in doc.times]
    assert values == [
        ("Wednesday", "2016-09-14"),
        ("Saturday", "2016-09-17"),
        ("Sunday", "2016-09-18"),
    ]


def test_a_month_after_a_modal_is_the_nearest(analyzer: Analyzer) -> None:
    """Published in mid-September: 'could take place in December' is this December, and
    'may have started in August' the August just gone."""
    text = (
        "If members back action, the first walkouts could take place in December. The "
        "outbreak may have started in August.\n"
    )
    doc = analyzer.analyze(RawDocument(id="t5", text=text, published=PUBLISHED))
    values = [(t.text, t.value) for t in doc.times]
    assert values == [("December", "2016-12"), ("August", "2016-08")]


def test_a_weekday_in_the_plural_is_every_such_day() -> None:
    assert normalize("Fridays", PAST) == ("SET", "XXXX-WXX-5")
    assert normalize("Friday", PAST) == ("DATE", "2016-09-09")


def test_edges_of_a_period_keep_its_date() -> None:
    assert normalize("the end of the month", PAST) == ("DATE", "2016-09")
    assert normalize("early next year", PAST) == ("DATE", "2017")


@pytest.mark.model
def test_component_types_and_values_in_a_story(analyzer: Analyzer) -> None:
    text = (
        "The rabbis have met every week since 2014, and the council will decide next year.\n\n"
        "Two days ago the group said it had raised money for 10 years.\n"
    )
    doc = analyzer.analyze(RawDocument(id="t2", text=text, published=PUBLISHED))
    assert_standoff(doc)
    found = {t.text: (t.type.value, t.value) for t in doc.times}
    assert found["every week"] == ("SET", "P1W")
    assert found["next year"] == ("DATE", "2017")
    assert found["Two days ago"] == ("DATE", "2016-09-12")
    assert found["10 years"] == ("DURATION", "P10Y")


@pytest.mark.model
def test_component_without_publication_date(analyzer: Analyzer) -> None:
    doc = analyzer.analyze(RawDocument(id="t3", text="The ministers met on Tuesday in Vienna.\n"))
    assert [(t.text, t.value) for t in doc.times] == [("Tuesday", "XXXX-WXX-2")]


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Thanksgiving", PAST, "2015-11-26"),
        ("Thanksgiving", FUTURE, "2016-11-24"),
        ("Election Day", FUTURE, "2016-11-08"),
        ("Easter 2016", PAST, "2016-03-27"),
        ("last Christmas", FUTURE, "2015-12-25"),
        ("Easter week", PAST, "2016-W12"),
        ("Christmas", Anchor(dt.date(2026, 12, 18), Tense.PAST), "2026-12-25"),
        ("Good Friday", FUTURE, "2017-04-14"),
        ("Black Friday", FUTURE, "2016-11-25"),
        ("Boxing Day", PAST, "2015-12-26"),
        ("Martin Luther King Jr. Day", FUTURE, "2017-01-16"),
        ("Father’s Day", PAST, "2016-06-19"),
    ],
)
def test_holidays(text: str, anchor: Anchor, value: str) -> None:
    assert normalize(text, anchor) == ("DATE", value)


@pytest.mark.model
def test_holidays_spacy_names_as_people_or_events_are_times_unless_a_name_goes_on(
    analyzer: Analyzer,
) -> None:
    text = (
        "Retailers in Cardiff expect a quiet Boxing Day after a busy Black Friday, and the "
        "ferry union will strike on New Year’s Eve. Talks on the Good Friday Agreement resume.\n"
    )
    doc = analyzer.analyze(RawDocument(id="shops", text=text, published=PUBLISHED))
    assert [(t.text, t.value) for t in doc.times] == [
        ("Boxing Day", "2016-12-26"),
        ("Black Friday", "2016-11-25"),
        ("New Year’s Eve", "2016-12-31"),
    ]
    assert "Boxing Day" not in {e.name for e in doc.entities}


def test_a_holiday_the_tagger_dated_inside_a_longer_name_is_no_time() -> None:
    words = ["Talks", "on", "the", "Good", "Friday", "Agreement", "resume", "on", "Monday", "."]
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "O", "O", "O", "B-DATE", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, ents=ents)
    assert [doc.text[s:e] for s, e in candidates(doc, doc.text)] == ["Monday"]


def test_story_day_anchors_that_day_and_bare_clock_times() -> None:
    story = Anchor(PUBLISHED, Tense.PAST, story_day=dt.date(2016, 9, 9))
    assert normalize("that day", story) == ("DATE", "2016-09-09")
    assert normalize("the next day", story) == ("DATE", "2016-09-10")
    assert normalize("the day before", story) == ("DATE", "2016-09-08")
    assert normalize("10:35 a.m.", story) == ("TIME", "2016-09-09T10:35")


@pytest.mark.model
def test_publication_dates_at_the_calendar_ends_never_fail(analyzer: Analyzer) -> None:
    text = "The council met yesterday and will meet again next year, in January.\n"
    for published in (dt.date(1, 1, 1), dt.date(9999, 12, 31)):
        doc = analyzer.analyze(RawDocument(id="edge", text=text, published=published))
        assert_standoff(doc)


def test_edges_and_prefixes_keep_the_date() -> None:
    assert normalize("late-November", FUTURE) == ("DATE", "2016-11")
    assert normalize("late-November", PAST) == ("DATE", "2015-11")  # in September: gone
    assert normalize("post-1989", PAST) == ("DATE", "1989")


def test_that_year_is_the_year_the_story_last_wrote_out() -> None:
    story = Anchor(PUBLISHED, Tense.PAST, story_year=2009)
    assert normalize("later that year", story) == ("DATE", "2009")
    assert normalize("that year", PAST) == ("DURATION", "P1Y")
    assert normalize("the following year", story) == ("DATE", "2010")
    assert normalize("the following year", PAST) == ("DATE", "2017")


@pytest.mark.model
def test_component_rates_second_days_and_clock_days(analyzer: Analyzer) -> None:
    text = (
        "The plant will produce 5,000 cars a year, the company said.\n\n"
        "Migrants send $2 billion home, and officials hold dozens of hearings a day.\n\n"
        "The summit will be held on October 3 and 4, the ministry said.\n\n"
        "The city gave the tenants until 9 a.m. EDT Friday to leave.\n\n"
        "The mayor moved to Lagos in June 2009 and returned later that year.\n\n"
        "Until Monday, the police had not named a suspect.\n"
    )
    doc = analyzer.analyze(RawDocument(id="t4", text=text, published=PUBLISHED))
    assert_standoff(doc)
    found = {t.text: (t.type.value, t.value) for t in doc.times}
    assert found["a year"] == ("SET", "P1Y")
    assert found["a day"] == ("SET", "P1D")
    assert found["October 3"] == ("DATE", "2016-10-03")
    assert found["4"] == ("DATE", "2016-10-04")
    assert found["9 a.m. EDT Friday"] == ("TIME", "2016-09-16T09:00")
    assert found["later that year"] == ("DATE", "2009")
    assert found["Monday"] == ("DATE", "2016-09-12")


def test_dates_around_a_date() -> None:
    assert normalize("the week of October 3", FUTURE) == ("DATE", "2016-W40")
    assert normalize("the day before last Tuesday", PAST) == ("DATE", "2016-09-12")


@pytest.mark.model
def test_component_plans_dated_by_their_clause(analyzer: Analyzer) -> None:
    text = (
        "A protest planned for Saturday was cancelled after the police objected.\n\n"
        "On Monday, the council planned to sell the building.\n\n"
        "The union will hold a strike planned for Friday.\n"
    )
    doc = analyzer.analyze(RawDocument(id="t5", text=text, published=PUBLISHED))
    values = [(t.text, t.value) for t in doc.times]
    assert ("Saturday", "2016-09-10") in values
    assert ("Monday", "2016-09-12") in values
    assert ("Friday", "2016-09-16") in values


@pytest.mark.model
def test_component_titles_and_someones_future(analyzer: Analyzer) -> None:
    text = (
        'The mayor told NBC\'s "48 Hours" that the plan was sound.\n\n'
        "The vote will decide the island's future, she said.\n"
    )
    doc = analyzer.analyze(RawDocument(id="t6", text=text, published=PUBLISHED))
    found = {t.text: t.value for t in doc.times}
    assert "48 Hours" not in found
    assert found["future"] == "FUTURE_REF"


def test_since_a_month_means_the_last_one_even_when_the_next_is_closer(
    analyzer: Analyzer,
) -> None:
    text = (
        "Port Chief Silent\n\n"
        "The harbour master has not spoken publicly since March, and the port has been "
        "closed since Dec. 3. The dredging will resume in March.\n"
    )
    doc = analyzer.analyze(RawDocument(id="since", text=text, published=dt.date(2026, 11, 27)))
    assert [(t.text, t.value) for t in doc.times] == [
        ("March", "2026-03"),
        ("Dec. 3", "2025-12-03"),
        ("March", "2027-03"),
    ]


@pytest.mark.model
def test_a_verb_or_preposition_before_a_date_is_not_part_of_it(analyzer: Analyzer) -> None:
    text = (
        "The inquiry into the dam collapse is expected to last six weeks. Engineers said they "
        "were more worried about the third quarter, when the rains come, and expect repairs "
        "to take about two months.\n"
    )
    doc = analyzer.analyze(RawDocument(id="lead", text=text, published=PUBLISHED))
    assert [(t.text, t.value) for t in doc.times] == [
        ("six weeks", "P6W"),
        ("the third quarter", "2016-Q3"),
        ("about two months", "P2M"),
    ]
    assert_standoff(doc)


@pytest.mark.model
def test_lengths_names_and_parts_of_a_year_are_read_as_written(analyzer: Analyzer) -> None:
    text = (
        "Some patients have waited more than a year for surgery, and the clinic is shut for "
        "ten months of the year. Clean Pensions Now said the ministry must act now. The "
        "hospital treats 300 patients a day.\n"
    )
    doc = analyzer.analyze(RawDocument(id="lengths", text=text, published=PUBLISHED))
    assert [(t.text, t.type, t.value) for t in doc.times] == [
        ("more than a year", "DURATION", "P1Y"),
        ("ten months", "DURATION", "P10M"),
        ("now", "DATE", "PRESENT_REF"),
        ("a day", "SET", "P1D"),
    ]


@pytest.mark.model
def test_both_months_of_a_span_between_two_are_dates(analyzer: Analyzer) -> None:
    text = "Keller's team measured 176 glaciers between June and September.\n"
    doc = analyzer.analyze(RawDocument(id="months", text=text, published=PUBLISHED))
    assert [(t.text, t.value) for t in doc.times] == [("June", "2016-06"), ("September", "2016-09")]


@pytest.mark.model
def test_a_span_of_months_runs_forward_across_the_new_year(analyzer: Analyzer) -> None:
    """In late November, a past 'between December and February' began last December, not
    in the December a week ahead."""
    text = "More than 90,000 journeys had been disrupted between December and February.\n"
    published = dt.date(2026, 11, 24)
    doc = analyzer.analyze(RawDocument(id="winter", text=text, published=published))
    assert [(t.text, t.value) for t in doc.times] == [
        ("December", "2025-12"),
        ("February", "2026-02"),
    ]


@pytest.mark.model
def test_a_newspaper_called_a_daily_is_no_time(analyzer: Analyzer) -> None:
    text = (
        "According to the sports daily A Bola, the striker trains twice daily. The business "
        "daily Expresso said the club holds a daily briefing.\n"
    )
    doc = analyzer.analyze(RawDocument(id="daily", text=text, published=PUBLISHED))
    assert [(t.text, t.value) for t in doc.times] == [("daily", "P1D"), ("daily", "P1D")]
    assert [t.start for t in doc.times] == [text.index("twice daily") + 6, text.index("daily b")]


@pytest.mark.model
def test_an_imperative_looks_ahead(analyzer: Analyzer) -> None:
    text = "Will you run again? “Ask me in March,” the mayor said.\n"
    doc = analyzer.analyze(RawDocument(id="ask", text=text, published=dt.date(2026, 11, 20)))
    assert [(t.text, t.value) for t in doc.times] == [("March", "2027-03")]


@pytest.mark.model
def test_the_year_a_span_of_years_ends_in_is_a_date_too(analyzer: Analyzer) -> None:
    text = "The researchers followed 120,000 adults from 2012 to 2022.\n"
    doc = analyzer.analyze(RawDocument(id="years", text=text, published=PUBLISHED))
    assert [(t.text, t.value) for t in doc.times] == [("2012", "2012"), ("2022", "2022")]


def test_last_and_next_season_are_the_nearest_ones_gone_or_to_come() -> None:
    november = Anchor(dt.date(2026, 11, 18), Tense.PAST)
    assert normalize("last summer", november) == ("DATE", "2026-SU")
    assert normalize("next spring", november) == ("DATE", "2027-SP")
    july = Anchor(dt.date(2026, 7, 10), Tense.PAST)
    assert normalize("last summer", july) == ("DATE", "2025-SU")
    january = Anchor(dt.date(2027, 1, 12), Tense.FUTURE)
    assert normalize("next spring", january) == ("DATE", "2027-SP")
    assert normalize("last fall", january) == ("DATE", "2026-FA")


@pytest.mark.model
def test_a_year_after_by_is_a_date_not_a_number(analyzer: Analyzer) -> None:
    text = (
        "She warned that the toll could double by 2040 unless cities planted more trees. "
        "The city has 2040 trees.\n"
    )
    doc = analyzer.analyze(RawDocument(id="t4", text=text, published=PUBLISHED))
    assert [(t.text, t.value) for t in doc.times] == [("2040", "2040")]


@pytest.mark.model
def test_a_match_the_future_governs_is_to_come_and_a_ruling_not(analyzer: Analyzer) -> None:
    text = (
        "First-team coach Rhys Danby will take charge of Tuesday's match against Corby. "
        "The club's lawyers will challenge Tuesday's ruling.\n"
    )
    sunday = dt.date(2026, 11, 22)
    doc = analyzer.analyze(RawDocument(id="t5", text=text, published=sunday))
    assert [(t.text, t.value) for t in doc.times] == [
        ("Tuesday", "2026-11-24"),
        ("Tuesday", "2026-11-17"),
    ]


def test_an_ordinal_before_a_unit_is_no_length() -> None:
    """'sales would fall for a third straight quarter' says which quarter, not how long."""
    assert normalize("a third straight quarter", PAST) is None
    assert normalize("a 3rd straight year", PAST) is None
    assert normalize("three long months", PAST) == ("DURATION", "P3M")


@pytest.mark.model
def test_a_share_of_something_is_no_time_but_a_quarter_of_the_year_is(
    analyzer: Analyzer,
) -> None:
    text = (
        "Agency workers made up more than a quarter of the entire staff last year, and half "
        "of the wards were short of nurses. The trust overspent in the third quarter of "
        "the year.\n"
    )
    doc = analyzer.analyze(RawDocument(id="t7", text=text, published=PUBLISHED))
    assert [t.text for t in doc.times] == ["last year", "the third quarter of the year"]


@pytest.mark.model
def test_a_daily_paper_and_the_minutes_of_a_meeting_are_no_times(analyzer: Analyzer) -> None:
    text = (
        "The Dutch daily De Volkskrant said on Tuesday it had seen minutes of the meeting. "
        "The board meets weekly and the talks lasted 40 minutes. In minutes published "
        "alongside the decision, the committee said prices were rising.\n"
    )
    doc = analyzer.analyze(RawDocument(id="t8", text=text, published=PUBLISHED))
    assert [t.text for t in doc.times] == ["Tuesday", "weekly", "40 minutes"]


@pytest.mark.model
def test_a_weekday_after_a_is_no_date_in_particular(analyzer: Analyzer) -> None:
    text = (
        "A junior doctor described the ward on a Friday night last month as chaotic. The "
        "board met on Friday. About 500 people attended a Sunday night vigil.\n"
    )
    doc = analyzer.analyze(RawDocument(id="t11", text=text, published=PUBLISHED))
    assert [(t.text, t.value) for t in doc.times] == [
        ("Friday night", "XXXX-WXX-5TNI"),
        ("last month", "2016-08"),
        ("Friday", "2016-09-09"),
        ("Sunday night", "2016-09-11"),
    ]


@pytest.mark.model
def test_a_day_an_event_is_set_for_lies_ahead(analyzer: Analyzer) -> None:
    text = (
        "Pensioners' groups have organised a protest for Saturday. The union has called a "
        "strike for Tuesday. Ministers met on Tuesday.\n"
    )
    doc = analyzer.analyze(RawDocument(id="t10", text=text, published=PUBLISHED))
    assert [(t.text, t.value) for t in doc.times] == [
        ("Saturday", "2016-09-17"),
        ("Tuesday", "2016-09-20"),
        ("Tuesday", "2016-09-13"),
    ]


@pytest.mark.model
def test_a_report_of_a_score_makes_its_second_half_the_games(analyzer: Analyzer) -> None:
    text = (
        "Harlow Athletic have sacked their manager after a 3-0 home defeat by Westbury Town "
        "on Saturday. Fans had called for his departure during the second half.\n"
    )
    doc = analyzer.analyze(RawDocument(id="t9", text=text, published=PUBLISHED))
    assert [(t.text, t.value) for t in doc.times] == [("Saturday", "2016-09-10")]


@pytest.mark.model
def test_a_headline_cut_in_spring_is_the_spring_ahead(analyzer: Analyzer) -> None:
    text = (
        "Bank holds rates but signals cut in spring\n\n"
        "The Bank of England kept rates on hold on Thursday.\n"
    )
    doc = analyzer.analyze(RawDocument(id="t10", text=text, published=dt.date(2026, 12, 4)))
    assert [(t.text, t.value) for t in doc.times] == [
        ("spring", "2027-SP"),
        ("Thursday", "2026-12-03"),
    ]
