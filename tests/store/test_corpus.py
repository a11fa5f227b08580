"""Corpus entities: one person across articles; a bare surname merges only when backed."""

from __future__ import annotations

from newsgraph.store import Store
from newsgraph.store import queries as q
from newsgraph.store.ingest import add_documents
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
