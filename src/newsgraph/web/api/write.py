"""`POST /analyze` and `POST /ingest`: the endpoints that run the pipeline or write."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import partial
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request

from newsgraph.document import Document, ErrorRecord
from newsgraph.errors import InputError
from newsgraph.read import RawDocument, ReadError, from_mapping
from newsgraph.read.raw import content_id
from newsgraph.store.ingest import Summary
from newsgraph.web.api.models import AnalyzeRequest, Failure, IngestResult
from newsgraph.web.security import require_writer
from newsgraph.web.state import analysis_of, store_of

router = APIRouter(dependencies=[Depends(require_writer)], tags=["write"])

_JSONL_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": 'One document a line: {"id", "text"|"html", "published"?, "title"?, "url"?}',
        "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
    }
}
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "Token missing or wrong"},
    403: {"description": "Writes are off beyond loopback without a token"},
    413: {"description": "Body too large"},
    422: {"description": "The document cannot be analysed"},
}


@router.post("/analyze", response_model=Document, responses=_ERRORS)
async def analyze(body: AnalyzeRequest, request: Request) -> Document:
    """Analyse one article: the same document JSON as `newsgraph analyze`."""
    payload = body.text if body.text is not None else body.html or ""
    raw = RawDocument(
        id=body.id or content_id(payload),
        text=body.text,
        html=body.html,
        published=body.published,
        title=body.title,
        url=body.url,
    )
    analysis = analysis_of(request)
    [result] = await analysis.in_turn(partial(analysis.run, [raw]))
    if isinstance(result, ErrorRecord):
        raise InputError(result.id, result.error)
    return result


def _lines(body: bytes) -> Iterator[RawDocument | ReadError]:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(400, "the body is not UTF-8") from None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        fallback = f"line-{number}"
        try:
            mapping = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(fallback, f"not JSON: {exc.msg}")
            continue
        if not isinstance(mapping, dict):
            yield ReadError(fallback, "a line must be a JSON object")
            continue
        try:
            yield from_mapping(mapping, fallback)
        except InputError as exc:
            yield ReadError(exc.doc_id, exc.reason)


@router.post("/ingest", response_model=IngestResult, responses=_ERRORS, openapi_extra=_JSONL_BODY)
async def ingest(request: Request) -> IngestResult:
    """Analyse JSONL documents and add them to the corpus; stored ones are skipped."""
    items = list(_lines(await request.body()))
    if not items:
        raise HTTPException(422, "no documents in the body")
    return await analysis_of(request).in_turn(partial(_ingest, request, items))


def _ingest(request: Request, items: list[RawDocument | ReadError]) -> IngestResult:
    """The CLI's ingest path; the pipeline loads only when a line holds a real document."""
    if any(isinstance(item, RawDocument) for item in items):
        summary = analysis_of(request).ingest(store_of(request), items)
    else:
        unread = [(i.id, i.error) for i in items if isinstance(i, ReadError)]
        summary = Summary(seen=len(items), failed=unread)
    return IngestResult(
        seen=summary.seen,
        ingested=summary.ingested,
        skipped=summary.skipped,
        near_duplicates=summary.near_duplicates,
        failed=[Failure(id=i, error=e) for i, e in summary.failed],
    )
