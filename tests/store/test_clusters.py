"""Quote clusters at the edges: repeats in one article, short quotes, different wording."""

from __future__ import annotations

import datetime as dt

from newsgraph.store import Store
from newsgraph.store import queries as q
from newsgraph.store.ingest import add_documents
from tests.store.conftest import Article

PLEDGE = "we will rebuild every school that the flood destroyed before the winter"


def test_a_quote_repeated_in_one_article_counts_that_article_once(store: Store) -> None:
    text = f'Mayor Ines Duarte said "{PLEDGE}". Later she repeated: "{PLEDGE.capitalize()}."'
    article = Article("repeat", text)
    mayor = article.entity("Ines Duarte")
    article.quote("Ines Duarte", PLEDGE, mayor)
    second = text.index(PLEDGE.capitalize())
    article.quote("Ines Duarte", PLEDGE.capitalize(), mayor)
    assert article.attributions[1].content.start == second
    add_documents(store, [article.build()])
    [cluster] = q.list_clusters(store, min_articles=1)
    assert (cluster.size, cluster.article_count) == (2, 1)


def test_short_quotes_are_not_clustered(store: Store) -> None:
    docs = []
    for n in range(2):
        article = Article(f"short-{n}", f'Officer {n} said "we will see" and left.')
        article.quote(f"Officer {n}", "we will see")
        docs.append(article.build())
    add_documents(store, docs)
    assert q.list_clusters(store, min_articles=1) == []
    assert all(x.cluster_id is None for x in q.list_quotes(store))


def test_a_different_statement_on_the_same_subject_is_its_own_cluster(store: Store) -> None:
    first = Article("a", f'Ines Duarte said "{PLEDGE}".')
    first.quote("Ines Duarte", PLEDGE)
    other = "the flood destroyed schools that the council had promised to close anyway"
    second = Article("b", f'Raul Mendes said "{other}".')
    second.quote("Raul Mendes", other)
    add_documents(store, [first.build(), second.build()])
    assert len(q.list_clusters(store, min_articles=1)) == 2
    assert q.list_clusters(store) == []


def test_cluster_quotes_lists_every_report_first_seen_first(store: Store) -> None:
    docs = []
    for day, host in ((5, "late.example"), (2, "early.example")):
        text = f'Ines Duarte told {host} "{PLEDGE}".'
        article = Article(host, text, dt.date(2025, 1, day), f"https://{host}/x")
        article.quote("Ines Duarte", PLEDGE)
        docs.append(article.build())
    add_documents(store, docs)
    [cluster] = q.list_clusters(store)
    assert [x.outlet for x in q.cluster_quotes(store, cluster.id)] == [
        "early.example",
        "late.example",
    ]
