"""Writing documents: a document the database refuses fails alone, the batch goes on."""

from __future__ import annotations

from newsgraph.document import Document
from newsgraph.store import Store
from newsgraph.store import queries as q
from newsgraph.store.ingest import add_documents
from newsgraph.store.models import QuoteFilter
from tests.store.conftest import Article


def test_a_document_the_database_refuses_fails_alone(store: Store) -> None:
    good = Document(id="good", text="The bakery on Mill Street reopened on Saturday.")
    odd = Document(id="odd", text="A page scraped with a stray \x00 character in it.")
    summary = add_documents(store, [good, odd])
    if store.dialect == "sqlite":
        assert (summary.ingested, summary.failed) == (2, [])
        return
    assert summary.ingested == 1
    [(doc_id, reason)] = summary.failed
    assert doc_id == "odd" and reason.startswith("cannot store:")
    assert [a.doc_id for a in q.list_articles(store)] == ["good"]


def test_a_nested_quote_is_stored_under_the_one_that_holds_it(store: Store) -> None:
    text = (
        "According to the Harrowgate Examiner, the deputy minister, Alan Petrie, told a closed "
        "meeting that the money for the northern line was not there this year."
    )
    article = Article("examiner", text)
    examiner = article.entity("Harrowgate Examiner", "ORG")
    petrie = article.entity("Alan Petrie")
    words = "that the money for the northern line was not there this year"
    article.quote(
        "Harrowgate Examiner",
        f"the deputy minister, Alan Petrie, told a closed meeting {words}",
        examiner,
    )
    article.quote("Alan Petrie", words, petrie)
    inner = article.attributions.pop()
    article.attributions[0].nested.append(inner)
    assert add_documents(store, [article.build()]).ingested == 1
    outer, nested = sorted(q.list_quotes(store), key=lambda quote: quote.id)
    assert (outer.speaker_name, outer.within_id) == ("Harrowgate Examiner", None)
    assert (nested.speaker_name, nested.within_id) == ("Alan Petrie", outer.id)
    [by_petrie] = q.list_quotes(store, QuoteFilter(speaker="Alan Petrie"))
    assert by_petrie.content == words
    assert [hit.id for hit in q.list_quotes(store, QuoteFilter(search="northern line"))] == [
        outer.id,
        nested.id,
    ]
