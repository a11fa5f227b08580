"""Kill -9 in the middle of an ingest, run it again: every document is stored exactly once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

TOWNS = ["Alder Bay", "Brookmere", "Castleford", "Dunmore", "Eastwick", "Fallowfield"]
TOPICS = ["bridge repairs", "a new library", "bus fares", "flood defences", "school meals"]
STORY = (
    "{town} council voted {yes} to {no} on Thursday to spend {money} million pounds on {topic}. "
    'Council leader {leader} said "this is the most important decision we will take this year" '
    "and promised that work would start within {weeks} weeks."
)
LEADERS = ["Ruth Abara", "Tomas Lind", "Grace Mwangi", "Ivo Petrov", "Hana Sato"]
DOCUMENTS = 48


def _corpus(path: Path) -> Path:
    lines = []
    for n in range(DOCUMENTS):
        text = STORY.format(
            town=TOWNS[n % len(TOWNS)],
            yes=20 + n,
            no=n % 7,
            money=n + 2,
            topic=TOPICS[n % len(TOPICS)],
            leader=LEADERS[n % len(LEADERS)],
            weeks=n % 9 + 2,
        )
        lines.append(json.dumps({"id": f"council-{n:02d}", "text": text}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _ingest(feed: Path, db: Path) -> subprocess.Popen[bytes]:
    command = "from newsgraph.cli import main; main()"
    args = ["ingest", str(feed), "--db", str(db), "--workers", "1", "--batch-size", "3", "-q"]
    return subprocess.Popen(
        [sys.executable, "-c", command, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _kill_when(process: subprocess.Popen[bytes], db: Path, stored: int) -> int:
    """Wait until at least `stored` documents are committed, then kill -9 at once."""
    deadline = time.monotonic() + 300
    while _stored(db) < stored and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return _stored(db)


def test_killed_ingest_resumes_and_stores_each_document_once(tmp_path: Path) -> None:
    feed, db = _corpus(tmp_path / "feed.jsonl"), tmp_path / "corpus.db"
    first = _kill_when(_ingest(feed, db), db, stored=3)
    second = _kill_when(_ingest(feed, db), db, stored=first + 9)
    assert 0 < first <= second < DOCUMENTS
    last = _ingest(feed, db)
    _, err = last.communicate(timeout=600)
    assert last.returncode == 0, err.decode()
    with sqlite3.connect(db) as conn:
        ids = [row[0] for row in conn.execute("SELECT doc_id FROM articles")]
        indexed = conn.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0]
        orphans = conn.execute(
            "SELECT count(*) FROM entities WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
    assert sorted(ids) == [f"council-{n:02d}" for n in range(DOCUMENTS)]
    assert (indexed, orphans) == (DOCUMENTS, 0)
