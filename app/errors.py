"""Typed domain errors. Each carries a stable ``code`` and the HTTP status it maps to.

They are mapped to HTTP responses in one place (``app.error_handlers``); the rest of the code
raises them without knowing about HTTP.
"""

from __future__ import annotations


class Text2SQLError(Exception):
    """Base of every error the service reports to a client."""

    code = "internal_error"
    status_code = 500

    def __init__(self, message: str, *, details: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}


class SchemaError(Text2SQLError):
    """The schema (DDL) sent with a request does not parse or is unusable."""

    code = "schema_invalid"
    status_code = 400


class LimitExceededError(Text2SQLError):
    """A request is larger than the configured limits allow."""

    code = "limit_exceeded"
    status_code = 413


class UnsupportedDialectError(Text2SQLError):
    code = "dialect_unsupported"
    status_code = 400


class WriteNotAllowedError(Text2SQLError):
    """The request asked for write access that the server does not grant."""

    code = "write_not_allowed"
    status_code = 403


class LMUnavailableError(Text2SQLError):
    """The language model endpoint cannot be reached or is overloaded."""

    code = "lm_unavailable"
    status_code = 503

    def __init__(self, message: str, *, retry_after_s: int = 5) -> None:
        super().__init__(message, details={"retry_after_s": retry_after_s})
        self.retry_after_s = retry_after_s


class LMTimeoutError(Text2SQLError):
    code = "lm_timeout"
    status_code = 504


class LMBadResponseError(Text2SQLError):
    """The LM answered, but with an error body or something that is not a completion."""

    code = "lm_bad_response"
    status_code = 502


class ProgramNotFoundError(Text2SQLError):
    code = "program_not_found"
    status_code = 404


class ProgramLoadError(Text2SQLError):
    """A compiled program file is corrupt or does not fit the current program structure."""

    code = "program_invalid"
    status_code = 422


class EmbedderUnavailableError(ProgramLoadError):
    """The program selects demos by similarity, but the embedding model is not installed."""

    code = "embedder_unavailable"
    status_code = 503


class UnauthorizedError(Text2SQLError):
    code = "unauthorized"
    status_code = 401


class RateLimitedError(Text2SQLError):
    code = "rate_limited"
    status_code = 429

    def __init__(self, message: str, *, retry_after_s: int) -> None:
        super().__init__(message, details={"retry_after_s": retry_after_s})
        self.retry_after_s = retry_after_s


class OverloadedError(LMUnavailableError):
    """Too many requests are waiting for an LM slot."""

    code = "overloaded"


class DeadlineExceededError(Text2SQLError):
    code = "deadline_exceeded"
    status_code = 504


class PayloadTooLargeError(LimitExceededError):
    """The request body is larger than TEXT2SQL_MAX_BODY_BYTES (refused before it is all read)."""

    code = "payload_too_large"


class DatabaseNotFoundError(Text2SQLError):
    """The request names a database the server has not configured."""

    code = "database_not_found"
    status_code = 404


class DatabaseUnavailableError(Text2SQLError):
    """A configured database cannot be reached (or every pooled connection is busy)."""

    code = "database_unavailable"
    status_code = 503

    def __init__(self, message: str, *, retry_after_s: int = 5) -> None:
        super().__init__(message, details={"retry_after_s": retry_after_s})
        self.retry_after_s = retry_after_s


class DatabaseTimeoutError(Text2SQLError):
    """A query ran past the database's statement timeout and was cancelled."""

    code = "database_timeout"
    status_code = 504
