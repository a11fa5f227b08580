"""`newsgraph serve` refuses bad settings in one line, and its workers rebuild the same app."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import build_app
from newsgraph.web.app import from_environment
from newsgraph.web.settings import SETTINGS_ENV, ServeSettings


def _serve(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(build_app(), ["serve", *args])
    return result.exit_code, result.output


def test_a_database_in_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    code, output = _serve("--db", str(tmp_path / "nowhere" / "corpus.db"))
    assert code == 2
    assert output.strip().splitlines() == [
        f"error: no such folder for the database: {tmp_path / 'nowhere'}"
    ]


def test_a_short_token_is_refused(tmp_path: Path) -> None:
    code, output = _serve("--db", str(tmp_path / "c.db"), "--token", "abc")
    assert code == 2
    assert "token" in output and "Traceback" not in output


def test_worker_processes_build_the_app_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings = ServeSettings(db=str(tmp_path / "c.db"), token="harbour-wall-2025", workers=2)
    monkeypatch.setenv(SETTINGS_ENV, settings.model_dump_json())
    assert from_environment().state.settings == settings
