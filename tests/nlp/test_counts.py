"""Counts: amounts parsed on their own (fast), then counted things found in our own sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.analyze import Analyzer
from newsgraph.document import Count, Document
from newsgraph.nlp.counts import Amount, counted_thing, parse_amount
from newsgraph.read import RawDocument
from tests.conftest import assert_standoff


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("75", Amount(75.0)),
        ("1,200", Amount(1200.0)),
        ("seventy-five", Amount(75.0)),
        ("a dozen", Amount(12.0)),
        ("1.2 million", Amount(1_200_000.0)),
        ("$2.4 million", Amount(2_400_000.0)),
        ("£3bn", Amount(3_000_000_000.0)),
        ("about 12%", Amount(12.0)),
        ("more than 300", Amount(300.0, low=300.0)),
        ("fewer than 50", Amount(50.0, high=50.0)),
        ("between 10 and 15", Amount(None, 10.0, 15.0)),
        ("10-15", Amount(None, 10.0, 15.0)),
        ("4.1 billion", Amount(4_100_000_000.0)),
        ("between $4.1 billion and $4.3 billion", Amount(None, 4.1e9, 4.3e9)),
        ("£2m-£3m", Amount(None, 2e6, 3e6)),
        ("£3tn", Amount(3e12)),
        ("hundreds", Amount(None, 200.0, 999.0)),
    ],
)
def test_parse_amount(written: str, expected: Amount) -> None:
    assert parse_amount(written) == expected


def test_parse_amount_rejects_words_that_are_not_numbers() -> None:
    assert parse_amount("several") is None


def test_a_measure_keeps_its_whole_unit() -> None:
    doc = Doc(
        spacy.blank("en").vocab,
        words=["winds", "of", "140", "km", "/", "h"],
        spaces=[True, True, True, False, False, False],
        pos=["NOUN", "ADP", "NUM", "NOUN", "SYM", "NOUN"],
        ents=["O", "O", "B-QUANTITY", "I-QUANTITY", "I-QUANTITY", "I-QUANTITY"],
    )
    assert counted_thing(doc.ents[0]) == ("km/h", [])


MODEL = pytest.mark.model


def _counts(analyzer: Analyzer, text: str) -> tuple[Document, dict[str, Count]]:
    doc = analyzer.analyze(RawDocument(id="c", text=text))
    assert_standoff(doc)
    return doc, {count.text: count for count in doc.counts}


@MODEL
def test_number_with_the_thing_counted_and_its_modifiers(analyzer: Analyzer) -> None:
    _, counts = _counts(
        analyzer, "The letter was signed by 75 Russian rabbis and 400 of their colleagues abroad.\n"
    )
    assert (counts["75"].value, counts["75"].unit, counts["75"].modifiers) == (
        75.0,
        "rabbis",
        ["Russian"],
    )
    assert (counts["400"].value, counts["400"].unit) == (400.0, "colleagues")


@MODEL
def test_spelled_out_and_vague_numbers(analyzer: Analyzer) -> None:
    _, counts = _counts(
        analyzer,
        "Seventy-five volunteers came, a dozen police officers watched, "
        "and hundreds of residents lined the street.\n",
    )
    assert (counts["Seventy-five"].value, counts["Seventy-five"].unit) == (75.0, "volunteers")
    assert (counts["a dozen"].value, counts["a dozen"].unit) == (12.0, "officers")
    hundreds = counts["hundreds"]
    assert (hundreds.value, hundreds.low, hundreds.unit) == (None, 200.0, "residents")


@MODEL
def test_money_and_percentages_are_typed_apart(analyzer: Analyzer) -> None:
    doc, _ = _counts(
        analyzer,
        "The city will spend about $2.4 million on the new library, about 12% of its budget.\n",
    )
    money = next(c for c in doc.counts if c.kind.value == "money")
    assert (money.kind.value, money.value, money.unit) == ("money", 2_400_000.0, "USD")
    percent = next(c for c in doc.counts if c.kind.value == "percent")
    assert (percent.value, percent.unit) == (12.0, "percent")


@MODEL
def test_years_dates_times_and_vote_tallies_are_not_counts(analyzer: Analyzer) -> None:
    doc, _ = _counts(
        analyzer,
        "In 2015 the council voted 7-2 to close the mill, and on Monday at 3 p.m. it met again.\n",
    )
    assert doc.counts == []


@MODEL
def test_ranges_keep_both_bounds(analyzer: Analyzer) -> None:
    doc, _ = _counts(analyzer, "Police said between 10 and 15 protesters were arrested.\n")
    (count,) = doc.counts
    assert (count.value, count.low, count.high, count.unit) == (None, 10.0, 15.0, "protesters")


@MODEL
def test_a_measure_spacy_calls_a_percentage_stays_a_count(analyzer: Analyzer) -> None:
    _, counts = _counts(
        analyzer,
        "Pumping has lowered the water table by as much as 30 feet since 2015, and "
        "fees rose 12 per cent.\n",
    )
    feet = next(c for text, c in counts.items() if "30" in text)
    assert (feet.kind.value, feet.value, feet.unit) == ("count", 30.0, "feet")
    assert (counts["12 per cent"].kind.value, counts["12 per cent"].unit) == ("percent", "percent")


@MODEL
def test_money_keeps_its_currency_sign_and_loses_the_full_stop(analyzer: Analyzer) -> None:
    _, counts = _counts(
        analyzer,
        "In a statement, the city said it had recovered $120,000 and repaid about €2.5m.\n",
    )
    assert (counts["$120,000"].kind.value, counts["$120,000"].unit) == ("money", "USD")
    assert (counts["about €2.5m"].value, counts["about €2.5m"].unit) == (2500000.0, "EUR")


@MODEL
def test_a_vague_number_before_more_still_counts_its_noun(analyzer: Analyzer) -> None:
    _, counts = _counts(
        analyzer, "According to the broadcaster, dozens more people were treated for shock.\n"
    )
    assert counts["dozens"].unit == "people"


@MODEL
def test_a_number_counts_the_noun_a_compound_modifies_but_a_hyphened_measure_not(
    analyzer: Analyzer,
) -> None:
    _, counts = _counts(
        analyzer,
        "More than 60 distance runners signed the letter. The fire spread through a "
        "three-storey house.\n",
    )
    runners = counts["More than 60"]
    assert (runners.value, runners.unit, runners.modifiers) == (60.0, "runners", ["distance"])
    assert counts["three"].unit == "storey"


@MODEL
def test_a_sum_or_number_with_its_scale_glued_on(analyzer: Analyzer) -> None:
    _, counts = _counts(
        analyzer, "About 2.3m people voted in a poll that cost £3bn, the minister said.\n"
    )
    voters, cost = counts.get("About 2.3m"), counts.get("£3bn")
    assert voters is not None and (voters.value, voters.unit) == (2_300_000.0, "people")
    assert cost is not None and (cost.kind, cost.value, cost.unit) == ("money", 3e9, "GBP")


@MODEL
def test_pence_are_money_in_pounds_and_no_entity(analyzer: Analyzer) -> None:
    doc, counts = _counts(
        analyzer,
        "The shares closed down 6% at 284p. One broker cut its price target for the shares to "
        "310p, and the board kept the interim dividend at 4.2p. A stamp now costs 85 pence.\n",
    )
    for written, pounds in (("284p", 2.84), ("310p", 3.1), ("4.2p", 0.042), ("85 pence", 0.85)):
        assert (counts[written].kind.value, counts[written].value) == ("money", pounds)
        assert counts[written].unit == "GBP"
    assert not [e.name for e in doc.entities if e.name.endswith("p")]


@MODEL
def test_a_speed_is_measured_in_its_whole_unit(analyzer: Analyzer) -> None:
    """spaCy's entity stops at the slash of 'km/h', and a sentence's full stop may cling
    to the 'h'."""
    _, counts = _counts(analyzer, "Crews were stretched by gusts of up to 70 km/h.\n")
    assert (counts["70 km/h"].value, counts["70 km/h"].unit) == (70.0, "km/h")


@MODEL
def test_per_cent_written_out_is_a_percentage(analyzer: Analyzer) -> None:
    _, counts = _counts(
        analyzer, "Night-shift nurses were about 30 per cent more likely to fall ill.\n"
    )
    share = counts["about 30 per cent"]
    assert (share.kind.value, share.value, share.unit) == ("percent", 30.0, "percent")


@MODEL
def test_a_number_that_names_a_thing_counts_nothing(analyzer: Analyzer) -> None:
    _, counts = _counts(
        analyzer,
        "The striker will wear the number nine shirt, and 40 fans saw him sign. Under "
        "Article 50, talks may last two years, and type 2 diabetes is rising.\n",
    )
    assert set(counts) == {"40"}
    assert counts["40"].unit == "fans"


@MODEL
def test_a_road_with_a_number_in_its_name_counts_nothing(analyzer: Analyzer) -> None:
    _, counts = _counts(
        analyzer,
        "The van crashed on the A413 ring road, and 14 messages were found on the phone.\n",
    )
    assert set(counts) == {"14"}


@MODEL
def test_one_in_four_is_a_share_not_two_counts(analyzer: Analyzer) -> None:
    doc, counts = _counts(
        analyzer,
        "About one in four nurses works nights, and 3 in 10 patients are seen after dark. "
        "Two people died in 2020.\n",
    )
    assert (counts["one in four"].kind.value, counts["one in four"].value) == ("percent", 25.0)
    assert (counts["3 in 10"].kind.value, counts["3 in 10"].value) == ("percent", 30.0)
    assert counts["Two"].unit == "people" and len(doc.counts) == 3


@MODEL
def test_a_range_spacy_splits_in_two_is_one_range(analyzer: Analyzer) -> None:
    _, counts = _counts(
        analyzer,
        "The council will build between 8,000 and 9,000 homes, and 41 members voted for it.\n",
    )
    homes = counts["between 8,000 and 9,000"]
    assert (homes.value, homes.low, homes.high, homes.unit) == (None, 8000.0, 9000.0, "homes")
    assert counts["41"].value == 41.0


@MODEL
def test_a_live_reports_clock_times_count_nothing(analyzer: Analyzer) -> None:
    _, counts = _counts(
        analyzer,
        "14:31 — The IFS says the figures add up.\n\n"
        "14:45 — Shares in housebuilders fell, and Persimmon was down 4.2%.\n\n"
        "15:02 — Police were called at about 3.15pm to the shop.\n",
    )
    assert set(counts) == {"4.2%"}


@MODEL
def test_amounts_in_currencies_named_in_words_are_money(analyzer: Analyzer) -> None:
    _, counts = _counts(
        analyzer,
        "Poland pledged 40 million zlotys, Sweden 250 million kronor and Turkey "
        "15 million lira to the fund.\n",
    )
    money = {text: (c.kind, c.unit) for text, c in counts.items()}
    assert money == {
        "40 million zlotys": ("money", "PLN"),
        "250 million kronor": ("money", "SEK"),
        "15 million": ("money", "TRY"),
    }


@MODEL
@pytest.mark.parametrize(
    ("country", "currency"), [("Norway's", "NOK"), ("Denmark's", "DKK"), ("The", None)]
)
def test_kroner_are_the_currency_of_the_country_the_story_names(
    analyzer: Analyzer, country: str, currency: str | None
) -> None:
    _, counts = _counts(
        analyzer, f"{country} Consumer Authority fined ZipCab 20 million kroner for hiding fees.\n"
    )
    assert {t: (c.kind, c.unit) for t, c in counts.items()} == {
        "20 million kroner": ("money", currency)
    }


@MODEL
def test_about_as_a_preposition_is_no_estimate(analyzer: Analyzer) -> None:
    _, counts = _counts(
        analyzer,
        "The regulator is examining complaints about two other airlines, and about 40 "
        "passengers have written to it.\n",
    )
    assert set(counts) == {"two", "about 40"}
    assert counts["two"].unit == "airlines"


@MODEL
def test_up_to_a_sum_is_its_upper_bound(analyzer: Analyzer) -> None:
    _, counts = _counts(
        analyzer,
        "Business groups warned that a strike would cost the economy up to £200 million a day.\n",
    )
    cost = counts["up to £200 million"]
    assert (cost.kind.value, cost.high, cost.low) == ("money", 200_000_000.0, None)


@MODEL
def test_one_of_a_group_counts_nothing(analyzer: Analyzer) -> None:
    _, counts = _counts(
        analyzer,
        "The federation said one of the goals of the meeting was to keep 400 rabbis at "
        "their posts.\n",
    )
    assert set(counts) == {"400"}
