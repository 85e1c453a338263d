"""Limits: body size (before it is read), question and schema size, LM concurrency, deadline."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from bench.stub_lm import RunningStub
from tests.hardening.conftest import SCHEMA, make_settings, serve

ASK = {"question": "names of users", "schema": SCHEMA}
TURN = {"question": "q", "sql": "SELECT 1"}
LIMIT = 2_000


def read_response(sock: socket.socket) -> tuple[int, dict[str, Any]]:
    """Read one HTTP/1.1 response with a Content-Length body from a raw socket."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"connection closed before a response: {data!r}"
        data += chunk
    head, body = data.split(b"\r\n\r\n", 1)
    lines = head.decode().split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    length = int({k.lower(): v for k, v in headers.items()}["content-length"])
    while len(body) < length:
        chunk = sock.recv(65536)
        assert chunk
        body += chunk
    return int(lines[0].split()[1]), json.loads(body[:length])


@pytest.fixture
def small_body_app(stub: RunningStub, programs_dir: Path) -> Any:
    return create_app(make_settings(stub.base_url, programs_dir, max_body_bytes=LIMIT))


def test_a_body_over_the_limit_is_413_json_and_never_reaches_the_lm(
    small_body_app: Any, stub: RunningStub
) -> None:
    with TestClient(small_body_app) as client:
        response = client.post("/sql", json={**ASK, "question": "x" * LIMIT})
    assert response.status_code == 413
    error = response.json()["error"]
    assert error["code"] == "payload_too_large"
    assert error["details"] == {"limit_bytes": LIMIT}
    assert error["request_id"] == response.headers["x-request-id"]
    assert stub.behaviour.requests == []


def test_a_declared_oversized_body_is_refused_before_it_is_sent(small_body_app: Any) -> None:
    """Content-Length says 10 MB; the server answers 413 after a few hundred bytes."""
    with serve(small_body_app) as base_url:
        port = int(base_url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(
                b"POST /sql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                b"Content-Length: 10000000\r\n\r\n" + b'{"question": "' + b"x" * 200
            )
            status, body = read_response(sock)
    assert status == 413 and body["error"]["code"] == "payload_too_large"


def test_a_chunked_body_is_counted_as_it_streams(small_body_app: Any) -> None:
    """No Content-Length: the limit applies to the bytes received, chunk by chunk."""
    chunk = b"x" * 500
    with serve(small_body_app) as base_url:
        port = int(base_url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(
                b"POST /sql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
                b"Transfer-Encoding: chunked\r\n\r\n"
            )
            # Twice the limit, then stop sending (no terminating chunk): the answer must not
            # wait for the rest of a body the server has already refused.
            for _ in range(2 * LIMIT // len(chunk)):
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            status, body = read_response(sock)
    assert status == 413 and body["error"]["code"] == "payload_too_large"


def test_a_chunked_body_under_the_limit_is_served(small_body_app: Any) -> None:
    payload = json.dumps(ASK).encode()
    with serve(small_body_app) as base_url:

        def chunks() -> Any:
            yield payload[:40]
            yield payload[40:]

        response = httpx.post(
            f"{base_url}/sql",
            content=chunks(),
            headers={"Content-Type": "application/json"},
            timeout=10,
        )
    assert response.request.headers.get("transfer-encoding") == "chunked"
    assert response.status_code == 200, response.text


@pytest.mark.parametrize(
    ("overrides", "body", "fragment"),
    [
        ({"max_question_chars": 10}, {**ASK, "question": "q" * 11}, "question has 11 characters"),
        ({"max_schema_bytes": 50}, ASK, "the limit is 50"),
        ({"max_schema_tables": 1}, ASK, "defines 2 tables"),
        ({"max_schema_columns": 5}, ASK, "defines 6 columns"),
        ({"max_history_turns": 1}, {**ASK, "history": [TURN, TURN]}, "history has 2 turns"),
        ({"max_history_turns": 0}, {**ASK, "history": [TURN]}, "the limit is 0"),
        (
            {"max_question_chars": 10},
            {**ASK, "question": "q", "history": [{**TURN, "question": "q" * 11}]},
            "history[0].question has 11 characters",
        ),
        (
            {"max_history_sql_chars": 20},
            {**ASK, "history": [TURN, {**TURN, "sql": "SELECT " + "x" * 20}]},
            "history[1].sql has 27 characters",
        ),
    ],
    ids=[
        "question-chars",
        "schema-bytes",
        "schema-tables",
        "schema-columns",
        "history-turns",
        "no-follow-ups",
        "history-question-chars",
        "history-sql-chars",
    ],
)
def test_question_and_schema_limits_are_413_before_any_lm_call(
    stub: RunningStub,
    programs_dir: Path,
    overrides: dict[str, int],
    body: dict[str, Any],
    fragment: str,
) -> None:
    settings = make_settings(stub.base_url, programs_dir, **overrides)
    with TestClient(create_app(settings)) as client:
        response = client.post("/sql", json=body)
        within = client.post("/sql", json={**ASK, "question": "q"})
    assert response.status_code == 413, response.text
    assert response.json()["error"]["code"] == "limit_exceeded"
    assert fragment in response.json()["error"]["message"]
    # The LM saw only the request within the limits (if that one fit at all).
    assert len(stub.behaviour.requests) == (1 if within.status_code == 200 else 0)


async def post_all(base_url: str, bodies: list[dict[str, Any]]) -> list[httpx.Response]:
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as client:
        return list(await asyncio.gather(*(client.post("/sql", json=b) for b in bodies)))


def test_lm_calls_over_the_cap_wait_then_get_503_overloaded(
    stub: RunningStub, programs_dir: Path
) -> None:
    stub.behaviour.delay_s = 2.0  # holds both slots far longer than the queue timeout
    settings = make_settings(
        stub.base_url,
        programs_dir,
        lm_max_concurrency=2,
        lm_queue_timeout_s=0.3,
        lm_timeout_s=5,
    )
    with serve(create_app(settings)) as base_url:
        started = time.perf_counter()
        responses = asyncio.run(post_all(base_url, [ASK] * 5))
        elapsed = time.perf_counter() - started
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200, 200, 503, 503, 503]
    for response in responses:
        if response.status_code == 503:
            assert response.json()["error"]["code"] == "overloaded"
            assert int(response.headers["retry-after"]) > 0
    # Only two calls ever reached the LM at once.
    assert len(stub.behaviour.requests) == 2
    assert elapsed < 5


def test_the_deadline_bounds_a_request_across_all_attempts(
    stub: RunningStub, programs_dir: Path
) -> None:
    stub.behaviour.delay_s = 0.4
    stub.behaviour.answers("SELECT nope FROM nowhere")  # every attempt fails the check
    settings = make_settings(
        stub.base_url, programs_dir, request_deadline_s=1.0, max_attempts=5, lm_timeout_s=5
    )
    with TestClient(create_app(settings)) as client:
        started = time.perf_counter()
        response = client.post("/sql", json=ASK)
        elapsed = time.perf_counter() - started
    assert response.status_code == 504
    assert response.json()["error"]["code"] == "deadline_exceeded"
    # Five attempts of 0.4 s would take 2 s; the deadline cuts the request at 1 s.
    assert 1.0 <= elapsed < 2.0
    assert 1 <= len(stub.behaviour.requests) <= 3


def test_the_deadline_bounds_a_request_across_lm_retries(
    stub: RunningStub, programs_dir: Path
) -> None:
    stub.behaviour.status_code = 500
    settings = make_settings(
        stub.base_url,
        programs_dir,
        request_deadline_s=3.0,
        lm_retries=20,
        lm_retry_backoff_s=0.2,
    )
    with TestClient(create_app(settings)) as client:
        client.get("/readyz")  # warm up outside the timed request: CI machines may be busy
        started = time.perf_counter()
        response = client.post("/sql", json=ASK)
        elapsed = time.perf_counter() - started
    assert response.status_code == 504
    assert response.json()["error"]["code"] == "deadline_exceeded"
    assert elapsed < 5
    assert 2 <= len(stub.behaviour.requests) < 20
