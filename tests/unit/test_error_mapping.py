"""DSPy's LM errors become the service's typed errors, and those become one JSON shape."""

from __future__ import annotations

import pytest
from dspy.utils import exceptions as dspy_errors
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app import errors
from app.error_handlers import install_error_handlers
from app.lm.gateway import translate_lm_error

CASES = [
    (TimeoutError(), errors.LMTimeoutError, 504),
    (
        dspy_errors.LMTransportError("read timed out waiting for headers"),
        errors.LMTimeoutError,
        504,
    ),
    (dspy_errors.LMTimeoutError("Request timed out", status=408), errors.LMTimeoutError, 504),
    (dspy_errors.LMTransportError("failed to connect"), errors.LMUnavailableError, 503),
    (dspy_errors.LMRateLimitError("slow down", retry_after=7), errors.LMUnavailableError, 503),
    (dspy_errors.LMServerError("busy", status=503), errors.LMUnavailableError, 503),
    (dspy_errors.LMServerError("boom", status=500), errors.LMBadResponseError, 502),
    (dspy_errors.LMAuthError("bad key"), errors.LMBadResponseError, 502),
    (dspy_errors.ContextWindowExceededError(message="too long"), errors.LimitExceededError, 413),
    (dspy_errors.LMProviderError("not JSON"), errors.LMBadResponseError, 502),
    (RuntimeError("??"), errors.LMBadResponseError, 502),
]


@pytest.mark.parametrize(("raised", "expected", "status"), CASES)
def test_lm_errors_map_to_typed_errors(
    raised: BaseException, expected: type[errors.Text2SQLError], status: int
) -> None:
    translated = translate_lm_error(raised)
    assert type(translated) is expected
    assert translated.status_code == status


def test_rate_limit_keeps_the_upstream_retry_after() -> None:
    translated = translate_lm_error(dspy_errors.LMRateLimitError("x", retry_after=7))
    assert isinstance(translated, errors.LMUnavailableError)
    assert translated.retry_after_s == 7


UPSTREAM = "upstream said no at http://10.1.2.3:8000/v1/chat/completions (host lm.internal)"


@pytest.mark.parametrize(
    "raised",
    [
        dspy_errors.LMTransportError(UPSTREAM),
        dspy_errors.LMServerError(UPSTREAM, status=500),
        dspy_errors.LMServerError(UPSTREAM, status=503),
        dspy_errors.LMProviderError(UPSTREAM, status=400),
        dspy_errors.LMAuthError(UPSTREAM),
        RuntimeError(UPSTREAM),
    ],
)
def test_lm_error_messages_never_carry_the_upstream_text(raised: BaseException) -> None:
    message = translate_lm_error(raised).message
    for leak in ("http", "10.1.2.3", "8000", "lm.internal", "upstream said no"):
        assert leak not in message


def app_raising(error: Exception) -> TestClient:
    app = FastAPI()
    install_error_handlers(app)

    @app.get("/boom")
    async def boom() -> None:
        raise error

    return TestClient(app, raise_server_exceptions=False)


def test_domain_errors_become_json_with_code_and_retry_after() -> None:
    response = app_raising(errors.LMUnavailableError("down", retry_after_s=9)).get("/boom")
    assert response.status_code == 503
    assert response.headers["retry-after"] == "9"
    assert response.json()["error"]["code"] == "lm_unavailable"
    assert response.json()["error"]["message"] == "down"


def test_unexpected_errors_leak_no_stack_trace() -> None:
    response = app_raising(ValueError("secret internals at line 42")).get("/boom")
    assert response.status_code == 500
    body = response.json()
    assert body["error"]["code"] == "internal_error"
    assert "secret" not in response.text and "Traceback" not in response.text


def test_dspy_model_metadata_is_never_fetched_from_the_network(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import urllib.request

    from dspy.clients import model_metadata

    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("DSPy tried to reach the network")

    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    monkeypatch.setattr(model_metadata, "_data", None)
    model_metadata._load()
    assert model_metadata._source["is_env_forced"] is True
