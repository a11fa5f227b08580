"""Writing results: JSON for machines, a summary line for people, one-line errors."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import IO, NoReturn

import typer
from rich.console import Console

from newsgraph.document import Document, ErrorRecord


class Format(StrEnum):
    PRETTY = "pretty"
    JSON = "json"
    JSONL = "jsonl"


def default_format(stream: IO[str]) -> Format:
    return Format.PRETTY if stream.isatty() else Format.JSONL


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on stderr and a non-zero exit: no traceback reaches the user."""
    Console(stderr=True, highlight=False).print(f"[bold red]error:[/] {message}", soft_wrap=True)
    raise typer.Exit(code)


def write_json(result: Document | ErrorRecord, out: IO[str], indent: int | None) -> None:
    out.write(result.model_dump_json(indent=indent, exclude_none=False))
    out.write("\n")


def summary(done: int, errors: int, quiet: bool) -> None:
    if quiet:
        return
    console = Console(stderr=True, highlight=False)
    style = "yellow" if errors else "green"
    console.print(f"[{style}]analysed {done} document(s), {errors} error(s)[/]")
    sys.stderr.flush()
