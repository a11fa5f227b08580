"""The query API over hand-built documents: quotes, entities, clusters, copies, search."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.store import Store
from newsgraph.store import queries as q
from newsgraph.store.ingest import add_documents
from newsgraph.store.models import QuoteFilter
from tests.store.conftest import Article

STEEL = "the new tax on imported steel will protect thousands of jobs in the north"
WIRE = (
    "Finance Minister Elena Varga said on Monday that {quote}. Varga spoke in Budapest after "
    "a two-hour meeting with union leaders from the steel towns along the river, where plants "
    "have shed workers for a decade. Peter Kovacs, the opposition leader, said the plan would "
    "raise prices for every family that buys a car, and promised to vote against it when the "
    "bill reaches parliament later this month. {ending}"
)


def _wire(doc_id: str, day: int, host: str, ending: str) -> Article:
    text = WIRE.format(quote=f'"{STEEL}"', ending=ending)
    article = Article(doc_id, text, dt.date(2025, 3, day), f"https://www.{host}/story/{doc_id}")
    varga = article.entity("Elena Varga", "PERSON", "Varga", roles=("Finance Minister",))
    article.entity("Peter Kovacs")
    article.entity("Budapest", "GPE")
    article.quote("Finance Minister Elena Varga", STEEL, varga)
    return article


def _repunctuated() -> Article:
    text = (
        '"The new tax on imported steel will protect thousands of jobs in the north," Elena Varga '
        "told the morning radio programme, before leaving for talks in Vienna."
    )
    article = Article("radio", text, dt.date(2025, 3, 2), "https://morningradio.example/varga")
    varga = article.entity("Elena Varga")
    article.quote(
        "Elena Varga",
        "The new tax on imported steel will protect thousands of jobs in the north",
        varga,
    )
    return article


def _trimmed() -> Article:
    text = (
        'Elena Varga said the tax "will protect thousands of jobs in the north", '
        "a claim the unions doubt."
    )
    article = Article("city", text, dt.date(2025, 3, 6), "https://citywire.example/tax")
    varga = article.entity("Elena Varga")
    article.quote("Elena Varga", "will protect thousands of jobs in the north", varga)
    return article


def _other_varga() -> Article:
    text = (
        'Daniel Varga, the football coach in Szeged, said "our players deserve a proper stadium '
        'before the new season starts" after a draw on Saturday.'
    )
    article = Article("coach", text, dt.date(2025, 3, 9), "https://sportdaily.example/szeged")
    coach = article.entity("Daniel Varga")
    article.entity("Szeged", "GPE")
    article.quote(
        "Daniel Varga", "our players deserve a proper stadium before the new season starts", coach
    )
    return article


@pytest.fixture
def corpus(store: Store) -> Store:
    docs = [
        _wire("wire-a", 3, "dailyherald.example", "Markets were calm."),
        _wire("wire-b", 4, "northernpost.example", "The vote is expected on Friday."),
        _repunctuated(),
        _trimmed(),
        _other_varga(),
    ]
    add_documents(store, (d.build() for d in docs))
    return store


def test_a_quote_carried_by_many_outlets_is_one_cluster(corpus: Store) -> None:
    [cluster] = q.list_clusters(corpus)
    assert cluster.article_count == 4
    assert {o.outlet for o in cluster.outlets} == {
        "dailyherald.example",
        "northernpost.example",
        "morningradio.example",
        "citywire.example",
    }


def test_the_cluster_remembers_the_first_outlet_and_date(corpus: Store) -> None:
    [cluster] = q.list_clusters(corpus)
    assert cluster.first_published == dt.date(2025, 3, 2)
    first = q.get_article(corpus, cluster.first_article_id)
    assert first is not None and first.doc_id == "radio"


def test_an_unrelated_quote_stays_alone(corpus: Store) -> None:
    [coach] = q.list_quotes(corpus, QuoteFilter(speaker="Daniel Varga"))
    cluster = q.get_cluster(corpus, coach.cluster_id or 0)
    assert cluster is not None and cluster.article_count == 1


def test_a_wire_copy_is_linked_to_its_original(corpus: Store) -> None:
    by_doc = {a.doc_id: a for a in q.list_articles(corpus)}
    assert by_doc["wire-b"].duplicate_of == by_doc["wire-a"].id
    assert by_doc["radio"].duplicate_of is None


def test_quotes_leave_out_wire_copies_unless_asked(corpus: Store) -> None:
    docs = {x.doc_id for x in q.list_quotes(corpus, QuoteFilter(speaker="Elena Varga"))}
    assert docs == {"wire-a", "radio", "city"}
    every = q.list_quotes(corpus, QuoteFilter(speaker="Elena Varga", include_duplicates=True))
    assert {x.doc_id for x in every} == docs | {"wire-b"}


def test_people_sharing_a_surname_stay_apart(corpus: Store) -> None:
    names = {e.name for e in q.find_entities(corpus, "Varga")}
    assert {"Elena Varga", "Daniel Varga"} <= names
    [elena] = q.find_entities(corpus, "Finance Minister Elena Varga")
    assert elena.name == "Elena Varga"
    assert elena.article_count == 3
    assert "Finance Minister" in elena.roles


def test_quote_filters_by_date_and_text(corpus: Store) -> None:
    since = q.list_quotes(corpus, QuoteFilter(since=dt.date(2025, 3, 5)))
    assert {x.doc_id for x in since} == {"city", "coach"}
    until = q.list_quotes(corpus, QuoteFilter(until=dt.date(2025, 3, 2)))
    assert [x.doc_id for x in until] == ["radio"]
    found = q.list_quotes(corpus, QuoteFilter(search="stadium"))
    assert [x.speaker for x in found] == ["Daniel Varga"]


def test_quotes_about_an_entity(corpus: Store) -> None:
    steel = Article("about", 'Peter Kovacs said "Elena Varga has misled every voter in the north".')
    kovacs = steel.entity("Peter Kovacs")
    steel.entity("Elena Varga")
    steel.quote("Peter Kovacs", "Elena Varga has misled every voter in the north", kovacs)
    add_documents(corpus, [steel.build()])
    about = q.list_quotes(corpus, QuoteFilter(about="Elena Varga"))
    assert [x.speaker for x in about] == ["Peter Kovacs"]


def test_entity_detail_has_quotes_timeline_and_company(corpus: Store) -> None:
    [elena] = q.find_entities(corpus, "Elena Varga")
    detail = q.entity_detail(corpus, elena.id)
    assert detail is not None
    assert {x.doc_id for x in detail.quotes_by} == {"wire-a", "radio", "city"}
    assert [p.date for p in detail.timeline] == [
        dt.date(2025, 3, 2),
        dt.date(2025, 3, 3),
        dt.date(2025, 3, 6),
    ]
    assert "Peter Kovacs" in {r.name for r in detail.related}


def test_entities_by_type_and_top(corpus: Store) -> None:
    places = q.list_entities(corpus, type="gpe")
    assert {e.name for e in places} == {"Budapest", "Szeged"}
    [top] = q.list_entities(corpus, top=1)
    assert top.name == "Elena Varga"


def test_search_ranks_articles_and_ignores_syntax(corpus: Store) -> None:
    hits = q.search(corpus, 'stadium "new season"')
    assert [h.article.doc_id for h in hits] == ["coach"]
    assert "[stadium]" in hits[0].snippet or "[season]" in hits[0].snippet
    assert q.search(corpus, "* - ( )") == []


def test_stats_count_the_corpus(corpus: Store) -> None:
    stats = q.stats(corpus)
    assert (stats.articles, stats.near_duplicates, stats.shared_quote_clusters) == (5, 1, 1)
    assert stats.quote_clusters == 2


def test_storing_the_same_documents_again_skips_them(corpus: Store) -> None:
    summary = add_documents(corpus, [_trimmed().build(), _other_varga().build()])
    assert (summary.ingested, summary.skipped) == (0, 2)
    assert q.stats(corpus).articles == 5


def test_stored_documents_come_back_whole(corpus: Store) -> None:
    docs = {d.id: d for d in q.iter_documents(corpus)}
    assert docs["coach"] == _other_varga().build()
