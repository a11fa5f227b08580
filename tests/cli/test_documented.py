"""Every command and option the CLI offers is described in the README."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from typer.core import TyperGroup, TyperOption

from newsgraph.cli import build_app

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, Any]:
    group = typer.main.get_command(build_app())
    assert isinstance(group, TyperGroup)
    return dict(group.commands)


def test_every_command_has_a_readme_section_and_help() -> None:
    commands = _commands()
    assert "analyze" in commands
    for name, command in commands.items():
        assert f"newsgraph {name}" in README, name
        assert command.help, name


def test_every_option_is_mentioned() -> None:
    for name, command in _commands().items():
        for param in command.params:
            if isinstance(param, TyperOption):
                longest = max(param.opts, key=len)
                assert longest in README, f"{name} {longest}"
