"""Name keys: what a person is called once introduced, and what courtesy titles say."""

from __future__ import annotations

from newsgraph.store.names import honorifics, name_key, plausible_person, surname


def test_a_generational_suffix_is_not_the_surname() -> None:
    assert surname(name_key("Ambrose Kettering Jr.")) == "kettering"


def test_a_surname_alone_is_its_own_surname() -> None:
    assert surname(name_key("Senator Kettering")) == "kettering"


def test_courtesy_titles_give_genders_and_other_titles_none() -> None:
    assert honorifics(["Mrs. Kettering", "Ms Kettering"]) == {"f"}
    assert honorifics(["Mr. Kettering", "Dr. Kettering", "Kettering"]) == {"m"}


def test_headline_fragments_and_handles_are_not_full_names() -> None:
    assert plausible_person("Governor Amaka Eze-Obi")
    assert plausible_person("Ursula von Held")
    assert not plausible_person("Eze's Budget Fails")
    assert not plausible_person("@amaka_eze Twitter")
    assert not plausible_person("Eze Wins Again In Enugu")
    assert not plausible_person("“ ”")
