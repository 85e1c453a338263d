"""Pure ASGI middleware: request context (id, access log, metrics) and the request body limit.

Pure ASGI rather than ``@app.middleware("http")``: the endpoint runs in the same task, nothing
buffers the body, and a body limit can answer before the body has been read.
"""

from __future__ import annotations

import logging
import re
import time
import uuid

from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.error_handlers import error_json
from app.errors import PayloadTooLargeError
from app.observability import ACCESS_FIELDS, IN_FLIGHT, REQUEST_ID, observe_request

access_logger = logging.getLogger("app.access")

# A caller's id is kept only when it cannot forge log fields or headers.
SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")


def request_id_from(headers: Headers) -> str:
    presented = headers.get("x-request-id", "")
    return presented if SAFE_REQUEST_ID.fullmatch(presented) else uuid.uuid4().hex


def route_label(scope: Scope) -> str:
    """The route's path template (bounded label values), not the raw path."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else "unmatched"


class RequestContextMiddleware:
    """Request id (X-Request-ID in and out), one access log line and metrics per request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = request_id_from(Headers(scope=scope))
        scope.setdefault("state", {})["request_id"] = request_id
        fields: dict[str, object] = {}
        id_token = REQUEST_ID.set(request_id)
        fields_token = ACCESS_FIELDS.set(fields)
        status = 500  # what the client sees if the app raises before answering
        started = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)["X-Request-ID"] = request_id
            await send(message)

        IN_FLIGHT.inc()
        try:
            await self.app(scope, receive, send_with_id)
        finally:
            IN_FLIGHT.dec()
            seconds = time.perf_counter() - started
            observe_request(scope["method"], route_label(scope), status, seconds)
            access_logger.info(
                "%s %s %s",
                scope["method"],
                scope["path"],
                status,
                extra={
                    "method": scope["method"],
                    "path": scope["path"],
                    "route": route_label(scope),
                    "status": status,
                    "duration_ms": round(seconds * 1000, 1),
                    **fields,
                },
            )
            ACCESS_FIELDS.reset(fields_token)
            REQUEST_ID.reset(id_token)


class BodyTooLarge(HTTPException):
    """Raised from ``receive`` when a streamed body passes the limit.

    An ``HTTPException`` so that FastAPI's body parsing lets it through (it turns other errors
    into a 400) and the one error handler answers it.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is larger than {limit} bytes")
        self.details = {"limit_bytes": limit}


class BodySizeLimitMiddleware:
    """Refuse bodies over ``max_bytes`` with 413, without reading more than the limit.

    A declared Content-Length over the limit is refused before any of the body is read; a body
    without one (chunked) is counted as it streams and refused once it passes the limit.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, send)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            # Read outside FastAPI's handlers (a route that reads the stream itself).
            if started:
                raise
            await self._refuse(scope, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        error = PayloadTooLargeError(f"the request body is larger than {self.max_bytes} bytes")
        request_id = scope.get("state", {}).get("request_id")
        body = error_json(error.code, error.message, {"limit_bytes": self.max_bytes}, request_id)
        await send(
            {
                "type": "http.response.start",
                "status": error.status_code,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
