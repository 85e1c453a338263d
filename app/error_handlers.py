"""The one place where errors become HTTP responses: one JSON shape, no stack traces."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.errors import (
    DatabaseUnavailableError,
    LMUnavailableError,
    RateLimitedError,
    Text2SQLError,
    UnauthorizedError,
)
from app.observability import annotate
from app.schemas import ErrorDetail, ErrorResponse

logger = logging.getLogger(__name__)

HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
}

# RFC 9110: a 401 names the scheme the client should use.
WWW_AUTHENTICATE = 'Bearer realm="text2sql"'


def error_body(
    code: str, message: str, details: dict[str, object] | None, request_id: str | None
) -> ErrorResponse:
    return ErrorResponse(
        error=ErrorDetail(code=code, message=message, details=details or {}, request_id=request_id)
    )


def error_json(
    code: str, message: str, details: dict[str, object] | None, request_id: str | None
) -> bytes:
    """The error shape as bytes, for middleware that answers without a ``Request``."""
    return error_body(code, message, details, request_id).model_dump_json().encode()


def error_response(
    request: Request,
    status: int,
    code: str,
    message: str,
    details: dict[str, object] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    request_id = getattr(request.state, "request_id", None)
    annotate(error=code)
    body = error_body(code, message, details, request_id)
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


async def handle_domain_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, Text2SQLError)
    headers: dict[str, str] = {}
    if isinstance(error, LMUnavailableError | RateLimitedError | DatabaseUnavailableError):
        headers["Retry-After"] = str(error.retry_after_s)
    if isinstance(error, UnauthorizedError):
        headers["WWW-Authenticate"] = WWW_AUTHENTICATE
    if error.status_code >= 500:
        logger.warning("request failed: %s: %s", error.code, error.message)
    return error_response(
        request, error.status_code, error.code, error.message, error.details, headers
    )


async def handle_validation_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    problems = [
        {"field": ".".join(str(part) for part in e["loc"]), "problem": e["msg"]}
        for e in error.errors()
    ]
    summary = "; ".join(f"{p['field']}: {p['problem']}" for p in problems[:5])
    return error_response(
        request, 422, "invalid_request", f"invalid request: {summary}", {"problems": problems}
    )


async def handle_http_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, StarletteHTTPException)
    code = HTTP_CODES.get(error.status_code, "http_error")
    headers = dict(error.headers or {})
    if error.status_code == 401:
        headers.setdefault("WWW-Authenticate", WWW_AUTHENTICATE)
    details = getattr(error, "details", None)
    return error_response(request, error.status_code, code, str(error.detail), details, headers)


async def handle_unexpected_error(request: Request, error: Exception) -> JSONResponse:
    logger.exception("unhandled error", exc_info=error)
    return error_response(request, 500, "internal_error", "internal error; see the server log")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(Text2SQLError, handle_domain_error)
    app.add_exception_handler(RequestValidationError, handle_validation_error)
    app.add_exception_handler(StarletteHTTPException, handle_http_error)
    app.add_exception_handler(Exception, handle_unexpected_error)
