"""Who may write and how much they may send: the token check and the body size limit.

Reads are open. The write endpoints (`/analyze`, `/ingest`) need the bearer token when
one is set; with no token they answer only while the server is bound to loopback, so
exposing the server without a token exposes no way to make it work or write.
"""

from __future__ import annotations

import hmac
import ipaddress
import json

from fastapi import HTTPException, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsgraph.web.settings import TOKEN_ENV, ServeSettings

PRINTABLE = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f]*$"
"""Text parameters carry no control characters: PostgreSQL refuses NUL in any string."""


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and `localhost`: addresses no other machine can reach."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _bearer(request: Request) -> str | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def require_writer(request: Request) -> None:
    """A dependency for write endpoints: 401 without the token, 403 when writes are off."""
    settings: ServeSettings = request.app.state.settings
    if settings.token is not None:
        given = _bearer(request)
        if given is None or not hmac.compare_digest(given.encode(), settings.token.encode()):
            raise HTTPException(
                401,
                "this endpoint needs 'Authorization: Bearer <token>'",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return
    if not is_loopback(settings.host):
        raise HTTPException(
            403, f"write endpoints are off: serving beyond loopback needs --token or {TOKEN_ENV}"
        )


class BodyLimit:
    """ASGI middleware: refuse a request body over `limit` bytes with 413, before any parsing.

    The body is read here (it is small by definition) and replayed to the app.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and not declared.isdigit():
            await _refuse(send, 400, "Content-Length is not a number")
            return
        if declared is not None and int(declared) > self.limit:
            await _refuse(send, 413, f"request body over {self.limit} bytes")
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk: bytes = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await _refuse(send, 413, f"request body over {self.limit} bytes")
                return
            chunks.append(chunk)
            more = bool(message.get("more_body", False))
        await self.app(scope, _replay(b"".join(chunks), receive), send)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


async def _refuse(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message, "status": status}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
