"""The `newsgraph` command: thin wrappers over the library, one module per command group."""

from __future__ import annotations

import typer

from newsgraph.cli import analyze as analyze_command
from newsgraph.cli import ingest as ingest_command
from newsgraph.cli import query as query_commands
from newsgraph.cli import serve as serve_command


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
    app.command("ingest")(ingest_command.ingest)
    app.command("failures")(ingest_command.failures)
    for name in ("quotes", "entities", "entity", "clusters", "search", "export"):
        app.command(name)(getattr(query_commands, name))
    app.command("serve")(serve_command.serve)
    return app


def main() -> None:
    build_app()()
