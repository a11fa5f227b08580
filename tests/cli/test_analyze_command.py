"""The `analyze` command as a user runs it: exit codes, one-line errors, formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import build_app
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.model
runner = CliRunner()


def _run(*args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(build_app(), list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_single_text_file_prints_one_json_document() -> None:
    code, out, _ = _run(
        "analyze", str(EXAMPLES / "wire_story.txt"), "-f", "json", "--published", "2025-03-06"
    )
    assert code == 0
    doc = json.loads(out)
    assert doc["id"].endswith("wire_story.txt")
    assert doc["published"] == "2025-03-06"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty document"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"\xff\xfe\xfa", "undecodable"),
    ],
)
def test_bad_single_file_is_one_line_and_exit_2(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(content)
    code, out, err = _run("analyze", str(path), "-f", "json")
    assert code == 2
    assert out == ""
    assert err.strip().count("\n") == 0
    assert reason in err and "story.txt" in err and "Traceback" not in err


def test_missing_path_and_oversized_file(tmp_path: Path) -> None:
    code, _, err = _run("analyze", str(tmp_path / "nope.txt"))
    assert code == 2 and "no such file" in err
    big = tmp_path / "big.txt"
    big.write_text("Word " * 400, encoding="utf-8")
    code, _, err = _run("analyze", str(big), "--max-bytes", "1000")
    assert code == 2 and "limit" in err


def test_stream_writes_error_records_and_a_summary(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "ok-1", "text": "The council in Dunmore approved the plan."}),
        "{broken",
        json.dumps({"id": "ok-2", "text": "Farmers in Tarrow protested on Monday."}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = _run("analyze", str(path), "-f", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["ok-1", f"{path}:2", "ok-2"]
    assert "error" in records[1] and "text" in records[0]
    assert "3 document(s), 1 error(s)" in err
    assert code == 1


def test_stdin_document_is_named_by_its_hash() -> None:
    code, out, _ = _run(
        "analyze", "-", "-f", "json", stdin="Dock Strike Ends\n\nWorkers in Brest voted."
    )
    assert code == 0
    assert json.loads(out)["id"].startswith("sha256:")


def test_pretty_report_shows_headline_and_entities() -> None:
    code, out, _ = _run("analyze", str(EXAMPLES / "wire_story.txt"), "-f", "pretty")
    assert code == 0
    assert "Rabbis Pledge to Stay in Russia" in out
    assert "Berel Lazar" in out


def test_output_file_and_json_array_for_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    code, _, _ = _run("analyze", str(EXAMPLES), "-f", "json", "-o", str(target), "-q")
    assert code == 0
    docs = json.loads(target.read_text(encoding="utf-8"))
    assert sorted(Path(d["id"]).name for d in docs) == ["city_council.html", "wire_story.txt"]
