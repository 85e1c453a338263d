"""Structured JSON logs and Prometheus metrics.

Every log line is one JSON object carrying the request id of the request that wrote it. Each
request also writes one access line (logger ``app.access``) with what an operator asks first:
method, path, status, duration, request id, and for ``/sql`` the program, attempts and validity.

Metrics (scraped at ``/metrics``), with the PromQL that answers the usual questions:

* ``text2sql_http_requests_total{method,route,status}``: traffic and errors by route.
* ``text2sql_http_request_duration_seconds{method,route}``: latency (histogram_quantile).
* ``text2sql_lm_call_duration_seconds{outcome}``: time per LM call, retries included.
* ``text2sql_generation_attempts``: generate/repair rounds per answered request.
* ``text2sql_answers_total{program,valid}``: invalid-SQL rate is
  ``rate(text2sql_answers_total{valid="false"}[5m]) / rate(text2sql_answers_total[5m])``.
* ``text2sql_lm_tokens_total{kind}``: prompt and completion tokens spent.
* ``text2sql_checker_rule_errors_total{rule}``: checker rules that raised (a bug; the answer
  they were checking is refused, see app.checking.check).

Metrics live in the process; with several worker processes each one reports its own.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest
from pythonjsonlogger.json import JsonFormatter

from app.errors import Text2SQLError

# The id of the request being served, for every log line written while serving it.
REQUEST_ID: ContextVar[str | None] = ContextVar("request_id", default=None)
# Fields for the request's access line. The middleware sets a fresh dict per request; code
# deeper down only mutates it, so the fields reach the middleware across copied contexts.
ACCESS_FIELDS: ContextVar[dict[str, object] | None] = ContextVar("access_fields", default=None)

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)

REQUESTS = Counter(
    "text2sql_http_requests_total",
    "HTTP requests by route and status.",
    ["method", "route", "status"],
)
REQUEST_SECONDS = Histogram(
    "text2sql_http_request_duration_seconds",
    "Wall time of HTTP requests.",
    ["method", "route"],
    buckets=LATENCY_BUCKETS,
)
IN_FLIGHT = Gauge("text2sql_http_requests_in_flight", "HTTP requests being served.")
LM_CALL_SECONDS = Histogram(
    "text2sql_lm_call_duration_seconds",
    "Wall time of one LM call (retries included) by outcome (ok or the error code).",
    ["outcome"],
    buckets=LATENCY_BUCKETS,
)
ATTEMPTS = Histogram(
    "text2sql_generation_attempts",
    "Generate/repair rounds per answered /sql request.",
    buckets=(1, 2, 3, 4, 5, 7, 10),
)
ANSWERS = Counter(
    "text2sql_answers_total",
    "Answered /sql requests by program and validity.",
    ["program", "valid"],
)
TOKENS = Counter("text2sql_lm_tokens_total", "LM tokens spent, by kind.", ["kind"])
STOPPED_EARLY = Counter(
    "text2sql_answers_stopped_early_total",
    "Checked answers returned when the request deadline cut short their second look.",
    ["program"],
)


CHECKER_RULE_ERRORS = Counter(
    "text2sql_checker_rule_errors_total",
    "Checker rules that raised on an answer (which was then refused), by rule.",
    ["rule"],
)


class RequestIdFilter(logging.Filter):
    """Stamp each record with the id of the request being served (null outside requests)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = REQUEST_ID.get()
        return True


def configure_logging(level: str) -> None:
    """JSON lines on stderr for the whole process; calling it again only updates the level."""
    root = logging.getLogger()
    if not any(getattr(handler, "text2sql_json", False) for handler in root.handlers):
        handler = logging.StreamHandler()
        handler.text2sql_json = True  # type: ignore[attr-defined]
        handler.setFormatter(
            JsonFormatter(
                "%(asctime)s %(levelname)s %(name)s %(message)s",
                rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
            )
        )
        handler.addFilter(RequestIdFilter())
        root.addHandler(handler)
    root.setLevel(level.upper())
    # One INFO line per outgoing LM request from the HTTP client is noise next to the access
    # line; its warnings and errors still come through.
    # SQLAlchemy's pool logs connection objects at DEBUG, and a driver's repr names the user.
    for noisy in ("httpx", "httpcore", "LiteLLM", "sqlalchemy"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))


def annotate(**fields: object) -> None:
    """Add fields to the current request's access line (no-op outside a request)."""
    current = ACCESS_FIELDS.get()
    if current is not None:
        current.update(fields)


def observe_request(method: str, route: str, status: int, seconds: float) -> None:
    REQUESTS.labels(method, route, str(status)).inc()
    REQUEST_SECONDS.labels(method, route).observe(seconds)


@contextmanager
def timed_lm_call() -> Iterator[None]:
    """Time one LM call (with its retries) and count it by outcome."""
    started = time.perf_counter()
    outcome = "ok"
    try:
        yield
    except Text2SQLError as error:
        outcome = error.code
        raise
    except BaseException:
        outcome = "cancelled"
        raise
    finally:
        LM_CALL_SECONDS.labels(outcome).observe(time.perf_counter() - started)


def observe_generation(
    program: str,
    *,
    attempts: int,
    valid: bool,
    prompt_tokens: int,
    completion_tokens: int,
    stopped_early: bool = False,
) -> None:
    """Record one answered /sql request: attempts, validity, tokens, and its access fields.

    Plain values, not the generation's result: metrics sit below the generation loop and
    must not import it.
    """
    ATTEMPTS.observe(attempts)
    ANSWERS.labels(program, "true" if valid else "false").inc()
    TOKENS.labels("prompt").inc(prompt_tokens)
    TOKENS.labels("completion").inc(completion_tokens)
    annotate(program=program, attempts=attempts, valid=valid)
    if stopped_early:
        # A deadline too short for this machine shows here before clients complain.
        STOPPED_EARLY.labels(program).inc()
        annotate(stopped_early=True)


def metrics_payload() -> tuple[bytes, str]:
    """The Prometheus exposition of this process's metrics, and its content type."""
    return generate_latest(), CONTENT_TYPE_LATEST
