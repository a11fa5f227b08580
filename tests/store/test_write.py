"""Writing documents: a document the database refuses fails alone, the batch goes on."""

from __future__ import annotations

from newsgraph.document import Document
from newsgraph.store import Store
from newsgraph.store import queries as q
from newsgraph.store.ingest import add_documents


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
