"""`newsgraph serve`: the HTTP API and pages over a corpus, on loopback unless told."""

from __future__ import annotations

import os
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console

from newsgraph.cli.output import fail
from newsgraph.settings import DEFAULT_MODEL, Settings
from newsgraph.store import DEFAULT_DB, StoreError, open_store
from newsgraph.web.security import is_loopback
from newsgraph.web.settings import SETTINGS_ENV, TOKEN_ENV, ServeSettings


def serve(
    db: Annotated[
        str,
        typer.Option(
            "--db",
            help="sqlite:///file.db, postgresql://user@host/db, or a SQLite file path.",
            envvar="NEWSGRAPH_DB",
        ),
    ] = DEFAULT_DB,
    host: Annotated[
        str, typer.Option(help="Address to bind; beyond loopback needs a token to write.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(help="Bearer token for POST /analyze and /ingest.", envvar=TOKEN_ENV),
    ] = None,
    max_body_bytes: Annotated[int, typer.Option(help="Largest request body accepted.")] = 2_000_000,
    workers: Annotated[int, typer.Option(help="Server processes (reads scale with cores).")] = 1,
    model: Annotated[
        str, typer.Option(help="spaCy model package for /analyze and /ingest.")
    ] = DEFAULT_MODEL,
) -> None:
    """Serve the corpus: a JSON API (docs at /docs) and pages to read articles, follow speakers."""
    import uvicorn

    from newsgraph.web import create_app

    try:
        settings = ServeSettings(
            analysis=Settings(model=model),
            db=db,
            host=host,
            port=port,
            token=token,
            max_body_bytes=max_body_bytes,
            workers=workers,
        )
    except ValidationError as exc:
        fail("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()))
    try:
        open_store(settings.db).close()
    except StoreError as exc:
        fail(str(exc))
    console = Console(stderr=True, highlight=False)
    if not is_loopback(host) and token is None:
        console.print(
            f"[yellow]serving beyond loopback without a token: writes are off (set {TOKEN_ENV})[/]"
        )
    many = settings.workers > 1
    if many:
        os.environ[SETTINGS_ENV] = settings.model_dump_json()
    uvicorn.run(
        "newsgraph.web.app:from_environment" if many else create_app(settings),
        factory=many,
        workers=settings.workers,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
    )
