import json
from pathlib import Path

from newsgraph.read import RawDocument, ReadError, read_paths


def _write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_keeps_ids_and_turns_bad_lines_into_errors(tmp_path: Path) -> None:
    good = json.dumps({"id": "wire-1", "text": "Talks resumed.", "published": "2024-05-02"})
    path = _write_jsonl(tmp_path / "in.jsonl", [good, "{not json", '{"id": "x"}', "[1, 2]"])
    items = list(read_paths([path], 10_000))
    assert isinstance(items[0], RawDocument)
    assert items[0].id == "wire-1"
    assert items[0].published is not None and items[0].published.isoformat() == "2024-05-02"
    assert [type(i) for i in items[1:]] == [ReadError, ReadError, ReadError]
    assert items[1].id == f"{path}:2"
    assert "exactly one of" in items[2].error


def test_a_folder_is_read_as_a_stream_and_a_missing_path_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Harbour reopens after storm.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>Hi</p></body></html>", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("ignored", encoding="utf-8")
    items = list(read_paths([tmp_path, tmp_path / "missing.txt"], 10_000))
    assert [type(i).__name__ for i in items] == ["RawDocument", "RawDocument", "ReadError"]
    first, second = items[0], items[1]
    assert isinstance(first, RawDocument) and first.text == "Harbour reopens after storm."
    assert isinstance(second, RawDocument) and second.html is not None
    assert items[2].id.endswith("missing.txt")


def test_bad_published_date_is_an_error(tmp_path: Path) -> None:
    line = json.dumps({"id": "d1", "text": "Ferry strike ends.", "published": "next Tuesday"})
    items = list(read_paths([_write_jsonl(tmp_path / "d.jsonl", [line])], 10_000))
    assert isinstance(items[0], ReadError)
    assert "not YYYY-MM-DD" in items[0].error
