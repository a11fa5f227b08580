"""Corpus entities: one person across articles; a bare surname merges only when backed."""

from __future__ import annotations

import pytest

from newsgraph.store import Store
from newsgraph.store import queries as q
from newsgraph.store.ingest import add_documents
from newsgraph.store.models import QuoteFilter
from tests.store.conftest import Article


def _minister(doc_id: str, title: str = "Interior Minister") -> Article:
    text = (
        f"{title} Nadia Okonkwo met the police federation in Lagos on Tuesday. "
        "Okonkwo said new patrol cars would arrive before the rainy season."
    )
    article = Article(doc_id, text)
    article.entity(f"{title} Nadia Okonkwo", "PERSON", "Okonkwo")
    article.entity("Lagos", "GPE")
    return article


def _bare(doc_id: str, extra: str, extra_type: str = "GPE") -> Article:
    article = Article(doc_id, f"Okonkwo spoke briefly in {extra} and left without questions.")
    article.entity("Okonkwo")
    article.entity(extra, extra_type)
    return article


def test_titles_and_forms_of_one_name_merge(store: Store) -> None:
    plain = Article("p", "Nadia Okonkwo opened a clinic in Kano.")
    plain.entity("Nadia Okonkwo")
    add_documents(
        store, [_minister("m1").build(), _minister("m2", "Minister").build(), plain.build()]
    )
    [person] = q.find_entities(store, "Nadia Okonkwo")
    assert person.article_count == 3
    assert person.mention_count == 5
    assert "Interior Minister Nadia Okonkwo" in person.aliases


def test_a_bare_surname_with_shared_company_joins_the_person(store: Store) -> None:
    add_documents(store, [_minister("m1").build(), _bare("b1", "Lagos").build()])
    [person] = q.find_entities(store, "Nadia Okonkwo")
    assert person.article_count == 2


def test_a_bare_surname_without_support_stays_apart(store: Store) -> None:
    add_documents(store, [_minister("m1").build(), _bare("b1", "Accra").build()])
    [person] = q.find_entities(store, "Nadia Okonkwo")
    assert person.article_count == 1
    assert {e.name for e in q.find_entities(store, "Okonkwo")} >= {"Okonkwo"}


def test_two_people_sharing_a_surname_never_absorb_a_bare_one(store: Store) -> None:
    brother = Article("s", "Emeka Okonkwo, a striker, scored twice in Lagos on Sunday.")
    brother.entity("Emeka Okonkwo")
    brother.entity("Lagos", "GPE")
    add_documents(store, [_minister("m1").build(), brother.build(), _bare("b1", "Lagos").build()])
    people = {e.name: e.article_count for e in q.list_entities(store, type="PERSON")}
    assert people == {"Nadia Okonkwo": 1, "Emeka Okonkwo": 1, "Okonkwo": 1}


def test_organisations_merge_on_name_not_on_titles(store: Store) -> None:
    one = Article("o1", "The State Department said the embassy would reopen.")
    one.entity("State Department", "ORG")
    two = Article("o2", "A Department spokesman declined to comment.")
    two.entity("Department", "ORG")
    three = Article("o3", "A note from the State Department confirmed the date.")
    three.entity("the State Department", "ORG")
    add_documents(store, [one.build(), two.build(), three.build()])
    orgs = {e.name: e.article_count for e in q.list_entities(store, type="ORG")}
    assert orgs == {"State Department": 2, "Department": 1}


def _full_putin(doc_id: str) -> Article:
    article = Article(
        doc_id,
        "Russian President Vladimir Putin visited the Kremlin garden on Monday. "
        "Putin said the roses were late this year.",
    )
    article.entity("Russian President Vladimir Putin", "PERSON", "Putin")
    article.entity("Kremlin", "FAC")
    return article


def _bare_putin(doc_id: str) -> Article:
    article = Article(
        doc_id, 'Putin told reporters at the Kremlin, "The harvest will be good," before leaving.'
    )
    speaker = article.entity("Putin")
    article.entity("Kremlin", "FAC")
    article.quote("Putin", "The harvest will be good,", entity=speaker)
    return article


@pytest.mark.parametrize("bare_first", [True, False])
def test_a_bare_surname_joins_its_person_whichever_comes_first(
    store: Store, bare_first: bool
) -> None:
    docs = [_bare_putin("b").build(), _full_putin("f").build()]
    add_documents(store, docs if bare_first else docs[::-1])
    people = [(e.name, e.article_count, e.mention_count) for e in q.list_entities(store, "PERSON")]
    assert people == [("Vladimir Putin", 2, 3)]


def test_quotes_of_a_bare_surname_stored_first_are_found_by_the_full_name(store: Store) -> None:
    add_documents(store, [_bare_putin("b").build()])
    add_documents(store, [_full_putin("f").build()])
    quotes = q.list_quotes(store, QuoteFilter(speaker="Vladimir Putin"))
    assert [(x.content, x.speaker_name) for x in quotes] == [
        ("The harvest will be good,", "Vladimir Putin")
    ]


def test_a_late_merge_brings_the_bare_surnames_names_and_roles(store: Store) -> None:
    bare = Article("b", "Putin, the former spy, toured the Kremlin stables.")
    bare.entity("Putin", "PERSON", roles=("the former spy",))
    bare.entity("Kremlin", "FAC")
    add_documents(store, [bare.build(), _full_putin("f").build()])
    [person] = q.find_entities(store, "Vladimir Putin")
    assert "the former spy" in person.roles
    assert q.find_entities(store, "Putin") == [person]


@pytest.mark.parametrize("bare_first", [True, False])
def test_only_the_backed_articles_of_a_bare_surname_move(store: Store, bare_first: bool) -> None:
    bare = [_bare("b1", "Accra").build(), _bare("b2", "Lagos").build()]
    docs = [*bare, _minister("m1").build()] if bare_first else [_minister("m1").build(), *bare]
    add_documents(store, docs)
    people = {e.name: e.article_count for e in q.list_entities(store, type="PERSON")}
    assert people == {"Nadia Okonkwo": 2, "Okonkwo": 1}


def _johnson(doc_id: str, first: str, place: str) -> Article:
    article = Article(doc_id, f"{first} Johnson campaigned in {place} on Friday.")
    article.entity(f"{first} Johnson")
    article.entity(place, "GPE")
    return article


def _bare_johnson(doc_id: str, *places: str) -> Article:
    article = Article(doc_id, f"Johnson was cheered in {' and '.join(places)}.")
    article.entity("Johnson")
    for place in places:
        article.entity(place, "GPE")
    return article


@pytest.mark.parametrize("bare_at", [0, 1, 2])
def test_a_bare_surname_two_people_could_be_stays_apart(store: Store, bare_at: int) -> None:
    docs = [_johnson("g", "Gary", "Denver").build(), _johnson("b", "Boris", "Denver").build()]
    docs.insert(bare_at, _bare_johnson("j", "Denver").build())
    add_documents(store, docs)
    counts = {e.name: e.article_count for e in q.list_entities(store, type="PERSON")}
    assert counts == {"Gary Johnson": 1, "Boris Johnson": 1, "Johnson": 1}


@pytest.mark.parametrize("bare_first", [True, False])
def test_the_one_person_backed_among_namesakes_takes_the_bare_surname(
    store: Store, bare_first: bool
) -> None:
    people = [_johnson("g", "Gary", "Denver").build(), _johnson("b", "Boris", "Kent").build()]
    bare = _bare_johnson("j", "Denver").build()
    add_documents(store, [bare, *people] if bare_first else [*people, bare])
    counts = {e.name: e.article_count for e in q.list_entities(store, type="PERSON")}
    assert counts == {"Gary Johnson": 2, "Boris Johnson": 1}


def _bello(doc_id: str, first: str, title: str) -> Article:
    article = Article(doc_id, f"{first} Bello spoke in Abuja. {title} Bello thanked the crowd.")
    article.entity(f"{first} Bello", "PERSON", f"{title} Bello")
    article.entity("Abuja", "GPE")
    return article


def test_a_courtesy_title_rules_out_a_namesake(store: Store) -> None:
    spouses = [_bello("a", "Ada", "Mrs."), _bello("t", "Tunde", "Mr.")]
    bare = Article("m", "Mrs. Bello opened a school in Abuja.")
    bare.entity("Mrs. Bello")
    bare.entity("Abuja", "GPE")
    add_documents(store, [*(s.build() for s in spouses), bare.build()])
    counts = {e.name: e.article_count for e in q.list_entities(store, type="PERSON")}
    assert counts == {"Ada Bello": 2, "Tunde Bello": 1}


def test_a_word_mostly_used_as_a_first_name_is_not_read_as_a_surname(store: Store) -> None:
    firsts = [Article(f"d{i}", f"Daniel Osei toured Kumasi, day {i}.") for i in range(2)]
    for article in firsts:
        article.entity("Daniel Osei")
        article.entity("Kumasi", "GPE")
    singer = Article("s", "Grace Daniel sang in Kumasi.")
    singer.entity("Grace Daniel")
    singer.entity("Kumasi", "GPE")
    bare = Article("b", "Daniel waved to Kumasi.")
    bare.entity("Daniel")
    bare.entity("Kumasi", "GPE")
    add_documents(store, [bare.build(), *(a.build() for a in firsts), singer.build()])
    counts = {e.name: e.article_count for e in q.list_entities(store, type="PERSON")}
    assert counts == {"Daniel Osei": 2, "Grace Daniel": 1, "Daniel": 1}


def test_a_handle_or_a_dateline_is_not_taken_for_a_person(store: Store) -> None:
    handle = Article("h", "@okafor_news Twitter posts came from Enugu.")
    handle.entity("@okafor_news Twitter")
    handle.entity("Enugu", "GPE")
    bare = Article("b", "Twitter users in Enugu replied.")
    bare.entity("Twitter")
    bare.entity("Enugu", "GPE")
    dateline = Article("w", "KENYATTA — Jomo Kenyatta spoke in Enugu.")
    dateline.entity("KENYATTA")
    dateline.entity("Jomo Kenyatta")
    dateline.entity("Enugu", "GPE")
    add_documents(store, [bare.build(), handle.build(), dateline.build()])
    names = {e.name for e in q.list_entities(store, type="PERSON")}
    assert {"Twitter", "KENYATTA"} <= names


def _named(doc_id: str, name: str) -> Article:
    article = Article(doc_id, f"{name} addressed the county fair in Ohio on Saturday.")
    article.entity(name)
    return article


@pytest.mark.parametrize("initials_first", [True, False])
def test_middle_initials_do_not_split_a_person(store: Store, initials_first: bool) -> None:
    docs = [_named("i", "Donald J. Trump").build(), _named("p", "Donald Trump").build()]
    add_documents(store, docs if initials_first else docs[::-1])
    people = [(e.name, e.article_count) for e in q.list_entities(store, "PERSON")]
    assert people == [(docs[0 if initials_first else 1].entities[0].name, 2)]


def test_different_initials_stay_two_people(store: Store) -> None:
    son = _named("w", "George W. Bush").build()
    father = _named("hw", "George H. W. Bush").build()
    plain = _named("p", "George Bush").build()
    add_documents(store, [son, father, plain])
    people = {e.name: e.article_count for e in q.list_entities(store, "PERSON")}
    assert people == {"George W. Bush": 1, "George H. W. Bush": 1, "George Bush": 1}
