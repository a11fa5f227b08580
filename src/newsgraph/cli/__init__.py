"""The `newsgraph` command: thin wrappers over the library, one module per command group."""

from __future__ import annotations

import typer

from newsgraph.cli import analyze as analyze_command


def _root() -> None:
    """newsgraph: structured, source-attributed knowledge from news articles."""


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="newsgraph",
        help="Who said what, about whom, when, how many, and according to whom.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    app.callback()(_root)
    app.command("analyze")(analyze_command.analyze)
    return app


def main() -> None:
    build_app()()
