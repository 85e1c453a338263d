"""Logs and metrics: a request id everywhere, one JSON access line per request, Prometheus."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY

from app.main import create_app
from app.observability import ACCESS_FIELDS, observe_generation
from bench.stub_lm import RunningStub
from tests.hardening.conftest import SCHEMA, make_settings

ASK = {"question": "names of users", "schema": SCHEMA}


@pytest.fixture
def client(stub: RunningStub, programs_dir: Path) -> Iterator[TestClient]:
    with TestClient(create_app(make_settings(stub.base_url, programs_dir))) as test_client:
        yield test_client


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def access_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "app.access"]


@pytest.mark.parametrize("presented", ["abc-123", "trace.id:42_x"])
def test_a_safe_request_id_is_echoed(client: TestClient, presented: str) -> None:
    response = client.get("/healthz", headers={"X-Request-ID": presented})
    assert response.headers["x-request-id"] == presented


@pytest.mark.parametrize(
    "presented", ["", "x" * 65, "two words", 'quote"', "new\\nline", "<script>"]
)
def test_an_unsafe_request_id_is_replaced(client: TestClient, presented: str) -> None:
    response = client.get("/healthz", headers={"X-Request-ID": presented})
    assert response.headers["x-request-id"] != presented
    assert len(response.headers["x-request-id"]) == 32


def test_one_access_line_per_request_with_the_generation_fields(
    client: TestClient, stub: RunningStub, caplog: pytest.LogCaptureFixture
) -> None:
    stub.behaviour.answers("SELECT nope FROM users", "SELECT name FROM users")
    with caplog.at_level(logging.INFO, logger="app.access"):
        response = client.post("/sql", json=ASK, headers={"X-Request-ID": "req-1"})
        client.get("/healthz")
    assert response.status_code == 200
    sql_line, health_line = access_records(caplog)
    fields = vars(sql_line)
    assert fields["method"] == "POST" and fields["path"] == "/sql" and fields["status"] == 200
    assert fields["program"] == "uncompiled" and fields["attempts"] == 2
    assert fields["valid"] is True and fields["duration_ms"] > 0
    assert fields["request_id"] == "req-1"
    assert vars(health_line)["path"] == "/healthz" and "attempts" not in vars(health_line)


def test_errors_are_logged_with_their_code_and_request_id(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="app.access"):
        response = client.post("/sql", json={"question": "q", "schema": "CREATE TABL x"})
    (line,) = access_records(caplog)
    assert response.status_code == 400
    assert vars(line)["error"] == "schema_invalid" and vars(line)["status"] == 400
    assert vars(line)["request_id"] == response.headers["x-request-id"]


def test_log_lines_are_json_with_the_request_id(client: TestClient) -> None:
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "text2sql_json", False))
    record = logging.LogRecord("app.test", logging.INFO, __file__, 1, "hello %s", ("you",), None)
    assert handler.filter(record)  # the filter stamps the request id
    line = json.loads(handler.format(record))
    assert line["message"] == "hello you"
    assert line["level"] == "INFO" and line["logger"] == "app.test"
    assert "request_id" in line and "time" in line


def test_metrics_count_requests_lm_calls_attempts_validity_and_tokens(
    client: TestClient, stub: RunningStub
) -> None:
    before = {
        "requests": sample(
            "text2sql_http_requests_total", method="POST", route="/sql", status="200"
        ),
        "lm_ok": sample("text2sql_lm_call_duration_seconds_count", outcome="ok"),
        "attempts": sample("text2sql_generation_attempts_sum"),
        "valid": sample("text2sql_answers_total", program="uncompiled", valid="true"),
        "invalid": sample("text2sql_answers_total", program="uncompiled", valid="false"),
        "prompt": sample("text2sql_lm_tokens_total", kind="prompt"),
        "completion": sample("text2sql_lm_tokens_total", kind="completion"),
        "latency": sample(
            "text2sql_http_request_duration_seconds_count", method="POST", route="/sql"
        ),
    }
    stub.behaviour.answers("SELECT nope FROM users", "SELECT name FROM users")
    assert client.post("/sql", json=ASK).json()["valid"] is True  # 2 attempts
    stub.behaviour.answers("SELECT nope FROM users")
    assert client.post("/sql", json=ASK).json()["valid"] is False  # 3 attempts
    after = {
        "requests": sample(
            "text2sql_http_requests_total", method="POST", route="/sql", status="200"
        ),
        "lm_ok": sample("text2sql_lm_call_duration_seconds_count", outcome="ok"),
        "attempts": sample("text2sql_generation_attempts_sum"),
        "valid": sample("text2sql_answers_total", program="uncompiled", valid="true"),
        "invalid": sample("text2sql_answers_total", program="uncompiled", valid="false"),
        "prompt": sample("text2sql_lm_tokens_total", kind="prompt"),
        "completion": sample("text2sql_lm_tokens_total", kind="completion"),
        "latency": sample(
            "text2sql_http_request_duration_seconds_count", method="POST", route="/sql"
        ),
    }
    delta = {name: after[name] - before[name] for name in before}
    # The stub reports 100 prompt and 20 completion tokens per call; 5 calls in all.
    assert delta == {
        "requests": 2,
        "lm_ok": 5,
        "attempts": 5,
        "valid": 1,
        "invalid": 1,
        "prompt": 500,
        "completion": 100,
        "latency": 2,
    }


def test_failed_lm_calls_are_counted_by_error_code(client: TestClient, stub: RunningStub) -> None:
    before = sample("text2sql_lm_call_duration_seconds_count", outcome="lm_bad_response")
    stub.behaviour.mode = "garbage"
    assert client.post("/sql", json=ASK).status_code == 502
    assert sample("text2sql_lm_call_duration_seconds_count", outcome="lm_bad_response") == (
        before + 1
    )


def test_metrics_endpoint_exposes_prometheus_text_with_bounded_route_labels(
    client: TestClient,
) -> None:
    client.get("/no/such/path/12345")
    client.post("/admin/programs/some-name/activate")
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert 'route="unmatched"' in text and "/no/such/path" not in text
    assert 'route="/admin/programs/{name}/activate"' in text and "some-name" not in text
    for name in [
        "text2sql_http_requests_total",
        "text2sql_http_request_duration_seconds_bucket",
        "text2sql_lm_call_duration_seconds_bucket",
        "text2sql_generation_attempts_bucket",
        "text2sql_answers_total",
        "text2sql_lm_tokens_total",
        "text2sql_http_requests_in_flight",
    ]:
        assert name in text, name


def test_no_lm_call_history_or_trace_is_kept_in_memory(
    client: TestClient, stub: RunningStub
) -> None:
    """DSPy keeps the last 10,000 calls by default: ~90 MiB of prompts in a long-lived server."""
    import dspy
    from dspy.clients import base_lm

    global_before = len(base_lm.GLOBAL_HISTORY)
    trace_before = len(dspy.settings.trace)
    for _ in range(3):
        assert client.post("/sql", json=ASK).status_code == 200
    service = client.app.state.service  # type: ignore[attr-defined]
    assert service.gateway.lm.history == []
    assert service.registry.get().module.generate.history == []
    assert len(base_lm.GLOBAL_HISTORY) == global_before
    assert len(dspy.settings.trace) == trace_before
    # Token usage is still counted without the history.
    assert client.post("/sql", json=ASK).json()["usage"]["prompt_tokens"] == 100


def test_answers_the_deadline_cut_short_are_counted_and_logged() -> None:
    before = sample("text2sql_answers_stopped_early_total", program="p")
    fields: dict[str, object] = {}
    token = ACCESS_FIELDS.set(fields)
    try:
        observe_generation(
            "p", attempts=1, valid=True, prompt_tokens=1, completion_tokens=1, stopped_early=True
        )
        observe_generation("p", attempts=1, valid=True, prompt_tokens=1, completion_tokens=1)
    finally:
        ACCESS_FIELDS.reset(token)

    assert sample("text2sql_answers_stopped_early_total", program="p") == before + 1
    assert fields["stopped_early"] is True
