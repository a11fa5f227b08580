"""Errors as JSON with the right status code: no traceback ever reaches a client."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from newsgraph.errors import InputError, NewsgraphError
from newsgraph.store import StoreError

log = logging.getLogger("newsgraph.web")


def error_response(status: int, message: str, **extra: Any) -> JSONResponse:
    """The one error shape: `{"error": message, "status": code, ...}`."""
    headers = extra.pop("headers", None)
    return JSONResponse({"error": message, "status": status, **extra}, status, headers=headers)


async def _http(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    return error_response(exc.status_code, str(exc.detail), headers=exc.headers)


async def _invalid(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = [
        {"loc": [str(part) for part in error.get("loc", ())], "msg": str(error.get("msg", ""))}
        for error in exc.errors()
    ]
    return error_response(422, "invalid request", details=details)


async def _store(_request: Request, exc: Exception) -> JSONResponse:
    return error_response(503, f"corpus unavailable: {exc}")


async def _input(_request: Request, exc: Exception) -> JSONResponse:
    return error_response(422, str(exc))


async def _unavailable(_request: Request, exc: Exception) -> JSONResponse:
    """Not the client's fault: the analysis pipeline cannot load (a missing model)."""
    return error_response(503, f"analysis unavailable: {exc}")


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("%s %s failed", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal error")


def install(app: FastAPI) -> None:
    """Route every failure to a JSON answer (pages render their own HTML errors)."""
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(StoreError, _store)
    app.add_exception_handler(InputError, _input)
    app.add_exception_handler(NewsgraphError, _unavailable)
    app.add_exception_handler(Exception, _unexpected)
