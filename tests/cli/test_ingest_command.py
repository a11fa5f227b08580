"""`newsgraph ingest` and the query commands as a user runs them, on our own articles."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.cli import build_app

pytestmark = pytest.mark.model
runner = CliRunner()

HARBOUR = (
    "Harbour Workers Vote to Strike\n\n"
    "Dock workers in Port Elland voted on Tuesday to strike for three days next week. "
    'Union leader Samira Holt said "the port authority has ignored every safety report we '
    'filed this year" and urged members to stay out until talks resume.\n\n'
    "The Port Elland Authority said it would meet the union on Friday."
)
SCHOOLS = (
    "Schools Get New Heating Budget\n\n"
    "The county council approved 4.2 million pounds on Wednesday to replace heating in 31 "
    'schools. Councillor Owen Pryce said "no child should sit in a cold classroom again".'
)


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(build_app(), list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    lines = [
        json.dumps({"id": "schools-1", "text": SCHOOLS, "published": "2025-02-12"}),
        '{"id": "broken", "text": ',
        json.dumps({"id": "empty-1", "text": "   "}),
    ]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def db(tmp_path: Path, inputs: Path) -> str:
    path = str(tmp_path / "corpus.db")
    code, _, _ = _run("ingest", str(inputs), "--db", path, "--workers", "1", "-q")
    assert code == 1
    return path


def test_ingest_summarises_and_names_each_failure(tmp_path: Path, inputs: Path) -> None:
    code, _, err = _run("ingest", str(inputs), "--db", str(tmp_path / "c.db"), "--workers", "1")
    assert code == 1
    assert "ingested 2, skipped 0 as duplicate" in err and "failed 2" in err
    assert "empty-1: empty document" in err and "malformed JSON" in err
    assert "Traceback" not in err


def test_running_again_skips_what_is_stored(db: str, inputs: Path) -> None:
    code, _, err = _run("ingest", str(inputs), "--db", db, "--workers", "1")
    assert code == 1
    assert "ingested 0, skipped 2 as duplicate" in err


def test_export_gives_the_lines_analyze_prints(db: str, inputs: Path) -> None:
    _, analysed, _ = _run("analyze", str(inputs / "feed.jsonl"), "-f", "jsonl", "-q")
    _, exported, _ = _run("export", "--db", db, "--format", "jsonl")
    wanted = [line for line in analysed.splitlines() if '"error"' not in line]
    assert wanted[0] in exported.splitlines()
    assert len(exported.splitlines()) == 2


def test_export_parquet(db: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "corpus.parquet"
    code, _, _ = _run("export", "--db", db, "--format", "parquet", "-o", str(out))
    assert code == 0
    table = pq.read_table(out)
    assert sorted(table.column("id").to_pylist())[1] == "schools-1"
    assert json.loads(table.column("document")[0].as_py())["text"]


def test_entities_and_entity_answer(db: str) -> None:
    code, out, _ = _run("entities", "--db", db, "--type", "PERSON", "--json")
    assert code == 0
    names = {e["name"] for e in json.loads(out)}
    assert {"Samira Holt", "Owen Pryce"} <= names
    code, out, _ = _run("entity", "Samira Holt", "--db", db, "--json")
    assert code == 0
    assert json.loads(out)["entity"]["article_count"] == 1


def test_search_finds_the_article(db: str) -> None:
    code, out, _ = _run("search", "cold classroom", "--db", db, "--json")
    assert code == 0
    assert [h["article"]["doc_id"] for h in json.loads(out)] == ["schools-1"]


def test_search_table_keeps_the_matched_words(db: str) -> None:
    """Matches are highlighted, not read as console markup and dropped."""
    code, out, _ = _run("search", "classroom", "--db", db)
    assert code == 0
    assert "classroom" in out and "[classroom]" not in out


def test_quotes_and_clusters_print_tables(db: str) -> None:
    code, out, _ = _run("quotes", "--db", db, "--since", "2025-01-01")
    assert code == 0 and "Quotes" in out
    code, out, _ = _run("clusters", "--db", db, "--min-articles", "1", "--json")
    assert code == 0 and isinstance(json.loads(out), list)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["quotes", "--since", "last week"], "is not a date"),
        (["entity", "Nobody Atall"], "no entity called"),
        (["export", "--format", "parquet"], "needs --output"),
    ],
)
def test_bad_queries_are_one_line(db: str, args: list[str], message: str) -> None:
    code, _, err = _run(*args, "--db", db)
    assert code == 2
    assert message in err and err.strip().count("\n") == 0


@pytest.mark.parametrize(
    ("db", "message"),
    [
        ("/no/such/folder/x.db", "no such folder"),
        ("mysql://user@localhost/news", "unsupported database"),
        ("postgresql://nobody@127.0.0.1:1/none", "cannot open"),
    ],
)
def test_bad_database_is_one_line(tmp_path: Path, db: str, message: str) -> None:
    (tmp_path / "a.txt").write_text(SCHOOLS, encoding="utf-8")
    code, _, err = _run("ingest", str(tmp_path / "a.txt"), "--db", db, "-q")
    assert code == 2
    assert message in err and "Traceback" not in err


def test_query_on_a_missing_corpus_says_so(tmp_path: Path) -> None:
    code, _, err = _run("entities", "--db", str(tmp_path / "none.db"))
    assert code == 2
    assert "run `newsgraph ingest` first" in err


def test_failures_lists_what_was_not_stored(db: str) -> None:
    code, out, _ = _run("failures", "--db", db, "--json")
    assert code == 0
    reasons = {row["doc_id"]: row["reason"] for row in map(json.loads, out.splitlines())}
    assert len(reasons) == 2 and any("feed.jsonl" in doc_id for doc_id in reasons)
    assert reasons["empty-1"] == "empty document"


def test_failures_on_a_missing_corpus_is_one_line(tmp_path: Path) -> None:
    code, _, err = _run("failures", "--db", str(tmp_path / "none.db"))
    assert code == 2 and err.count("\n") == 1 and "no corpus" in err


def test_a_warc_is_ingested_with_its_capture_date(tmp_path: Path) -> None:
    page = f"<html><body><article><h1>Dock strike</h1><p>{HARBOUR}</p></article></body></html>"
    crawl = tmp_path / "crawl.warc.gz"
    with crawl.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1")
        record = writer.create_warc_record(
            "https://news.example/strike",
            "response",
            payload=BytesIO(page.encode()),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2025-06-03T07:15:00Z"},
        )
        writer.write_record(record)
    db = str(tmp_path / "warc.db")
    code, _, err = _run("ingest", str(crawl), "--db", db, "--workers", "1")
    assert code == 0 and "ingested 1," in err
    _, out, _ = _run("export", "--db", db)
    assert json.loads(out)["published"] == "2025-06-03"
