"""Faults: the LM down, slow, babbling, failing or cut off mid-answer; reloads under load.

Every failure answers quickly with its documented code, and the service recovers as soon as
the LM does. Times are generous for CI; the settings make each failure take about a second.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import dspy
import httpx
import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.program import Text2SQLProgram
from app.routes.sql import ERRORS
from tests.hardening.conftest import ADMIN_TOKEN, SCHEMA, make_settings, serve
from tests.support.stub_lm import RunningStub, free_port

ASK = {"question": "names of users", "schema": SCHEMA}
FAST_FAILURE_S = 5.0


@pytest.fixture
def client(stub: RunningStub, programs_dir: Path) -> Iterator[TestClient]:
    settings = make_settings(stub.base_url, programs_dir, lm_timeout_s=0.5, lm_retries=1)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def timed_post(client: TestClient) -> tuple[Any, float]:
    started = time.perf_counter()
    response = client.post("/sql", json=ASK)
    return response, time.perf_counter() - started


def assert_error(response: Any, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code
    assert error["request_id"] == response.headers["x-request-id"]
    assert status in ERRORS, "the status must be one /sql documents"
    assert "Traceback" not in response.text


def assert_recovers(client: TestClient, stub: RunningStub) -> None:
    stub.behaviour.restore()
    response = client.post("/sql", json=ASK)
    assert response.status_code == 200, response.text
    assert response.json()["valid"] is True


def test_lm_down_is_503_lm_unavailable_with_retry_after(
    stub: RunningStub, programs_dir: Path
) -> None:
    port = free_port()  # nothing listens here: connection refused
    settings = make_settings(f"http://127.0.0.1:{port}/v1", programs_dir, lm_retries=1)
    with TestClient(create_app(settings)) as client:
        response, elapsed = timed_post(client)
    assert_error(response, 503, "lm_unavailable")
    assert int(response.headers["retry-after"]) > 0
    assert elapsed < FAST_FAILURE_S


def test_lm_slow_is_504_lm_timeout(client: TestClient, stub: RunningStub) -> None:
    stub.behaviour.delay_s = 3.0
    response, elapsed = timed_post(client)
    assert_error(response, 504, "lm_timeout")
    assert elapsed < FAST_FAILURE_S
    assert_recovers(client, stub)


def test_lm_garbage_is_502_lm_bad_response(client: TestClient, stub: RunningStub) -> None:
    stub.behaviour.mode = "garbage"
    response, elapsed = timed_post(client)
    assert_error(response, 502, "lm_bad_response")
    assert elapsed < FAST_FAILURE_S
    assert_recovers(client, stub)


@pytest.mark.parametrize(
    ("lm_status", "status", "code"),
    [
        (500, 502, "lm_bad_response"),
        (400, 502, "lm_bad_response"),
        (401, 502, "lm_bad_response"),
        (503, 503, "lm_unavailable"),
        (429, 503, "lm_unavailable"),
    ],
)
def test_lm_error_bodies_map_to_documented_codes(
    client: TestClient, stub: RunningStub, lm_status: int, status: int, code: str
) -> None:
    stub.behaviour.status_code = lm_status
    response, elapsed = timed_post(client)
    assert_error(response, status, code)
    if status == 503:
        assert int(response.headers["retry-after"]) > 0
    assert elapsed < FAST_FAILURE_S
    assert_recovers(client, stub)


@pytest.mark.parametrize(("lm_status", "mode"), [(500, "ok"), (400, "ok"), (200, "garbage")])
def test_a_502_from_the_lm_path_carries_no_url_host_or_upstream_text(
    client: TestClient, stub: RunningStub, lm_status: int, mode: str
) -> None:
    stub.behaviour.status_code = lm_status
    stub.behaviour.mode = mode
    response, _ = timed_post(client)
    assert_error(response, 502, "lm_bad_response")
    error = response.json()["error"]
    shown = f"{error['message']} {error['details']}"
    endpoint = urlsplit(stub.base_url)
    leaks = (
        "http://",
        "https://",
        "/v1",
        str(endpoint.hostname),
        f":{endpoint.port}",
        "localhost",
        "upstream exploded",  # the stub's error body
        "server_error",
        "not json",  # the stub's garbage body
        "litellm",
        "openai",
    )
    assert not [leak for leak in leaks if leak.lower() in shown.lower()], shown
    assert_recovers(client, stub)


def test_connection_reset_mid_response_is_503_lm_unavailable(
    client: TestClient, stub: RunningStub
) -> None:
    stub.behaviour.mode = "reset"
    response, elapsed = timed_post(client)
    assert_error(response, 503, "lm_unavailable")
    assert "reset" in response.json()["error"]["message"]
    assert elapsed < FAST_FAILURE_S
    assert len(stub.behaviour.requests) == 2  # the call and its one retry, both reset
    assert_recovers(client, stub)


@pytest.mark.parametrize("fault", ["reset", "error_body", "garbage"])
def test_one_transient_fault_is_retried_invisibly(
    client: TestClient, stub: RunningStub, fault: str
) -> None:
    stub.behaviour.script = [fault]  # the first call fails, the retry gets the answer
    response = client.post("/sql", json=ASK)
    retried = fault != "garbage"  # a 200 that is not JSON is not worth a second call
    if retried:
        assert response.status_code == 200, response.text
        assert len(stub.behaviour.requests) == 2
    else:
        assert_error(response, 502, "lm_bad_response")
        assert len(stub.behaviour.requests) == 1


def save_program(directory: Path, name: str, demos: int) -> None:
    program = Text2SQLProgram()
    program.generate.demos = [
        dspy.Example(question=f"q{i}", sql_context=SCHEMA, sql="SELECT name FROM users")
        for i in range(demos)
    ]
    program.save(str(directory / f"{name}.json"))


async def reload_under_load(base_url: str) -> tuple[list[httpx.Response], list[httpx.Response]]:
    admin = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as client:
        done = asyncio.Event()

        async def hammer_admin() -> list[httpx.Response]:
            answers: list[httpx.Response] = []
            while not done.is_set() or len(answers) < 20:
                for call in ("reload", "alpha/activate", "beta/activate"):
                    answers.append(await client.post(f"/admin/programs/{call}", headers=admin))
            return answers

        async def ask() -> httpx.Response:
            return await client.post("/sql", json=ASK)

        admin_task = asyncio.create_task(hammer_admin())
        answers = list(await asyncio.gather(*(ask() for _ in range(60))))
        done.set()
        return answers, await admin_task


def test_reloading_programs_under_load_loses_no_request(
    stub: RunningStub, programs_dir: Path
) -> None:
    save_program(programs_dir, "alpha", demos=1)
    save_program(programs_dir, "beta", demos=2)
    stub.behaviour.delay_s = 0.05
    stub.behaviour.answers("SELECT name FROM users")
    settings = make_settings(stub.base_url, programs_dir, lm_timeout_s=5)
    with serve(create_app(settings)) as base_url:
        answers, admin_answers = asyncio.run(reload_under_load(base_url))
    assert [r.status_code for r in answers] == [200] * 60
    assert {r.json()["program"]["name"] for r in answers} <= {"uncompiled", "alpha", "beta"}
    assert all(r.json()["valid"] for r in answers)
    assert len(admin_answers) >= 20
    assert {r.status_code for r in admin_answers} == {200}


async def slow_requests_and_a_health_check(
    base_url: str, n: int
) -> tuple[list[httpx.Response], float]:
    """n /sql requests at once, and the latency of /healthz while they wait on the LM."""
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as client:

        async def health_latency() -> float:
            await asyncio.sleep(0.3)  # the /sql requests are all waiting on the LM now
            started = time.perf_counter()
            assert (await client.get("/healthz")).status_code == 200
            return time.perf_counter() - started

        answers = asyncio.gather(*(client.post("/sql", json=ASK) for _ in range(n)))
        latency, responses = await asyncio.gather(health_latency(), answers)
        return list(responses), latency


def test_slow_lm_calls_do_not_block_the_event_loop(stub: RunningStub, programs_dir: Path) -> None:
    n = 12
    stub.behaviour.delay_s = 1.0
    settings = make_settings(stub.base_url, programs_dir, lm_timeout_s=5, lm_max_concurrency=n)
    with serve(create_app(settings)) as base_url:
        started = time.perf_counter()
        responses, health_latency = asyncio.run(slow_requests_and_a_health_check(base_url, n))
        elapsed = time.perf_counter() - started
    assert [r.status_code for r in responses] == [200] * n
    # Serially this takes n seconds; concurrently about one delay plus overhead.
    assert elapsed < 4.0, elapsed
    assert health_latency < 1.0, health_latency
