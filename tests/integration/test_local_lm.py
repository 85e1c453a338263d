"""The real local vLLM server: it lists its model, answers chat requests, enforces its key."""

from __future__ import annotations

import httpx
import pytest

from tests.integration.conftest import LocalLM

pytestmark = pytest.mark.integration


def auth(lm: LocalLM) -> dict[str, str]:
    return {"Authorization": f"Bearer {lm.api_key}"}


def test_lists_the_served_model(local_lm: LocalLM) -> None:
    response = httpx.get(f"{local_lm.base_url}/models", headers=auth(local_lm), timeout=10)

    assert response.status_code == 200
    assert local_lm.model in [item["id"] for item in response.json()["data"]]


def test_chat_completion_returns_text(local_lm: LocalLM) -> None:
    body = {
        "model": local_lm.model,
        "messages": [
            {"role": "system", "content": "You write SQLite SQL."},
            {"role": "user", "content": "Count the rows of the table users."},
        ],
        "max_tokens": 24,
        "temperature": 0,
    }
    response = httpx.post(
        f"{local_lm.base_url}/chat/completions", json=body, headers=auth(local_lm), timeout=120
    )

    assert response.status_code == 200, response.text
    payload = response.json()
    assert payload["choices"][0]["message"]["content"].strip()
    assert 0 < payload["usage"]["completion_tokens"] <= 24


@pytest.mark.parametrize(
    "headers", [{}, {"Authorization": "Bearer wrong-key"}], ids=["none", "wrong"]
)
def test_request_without_the_api_key_is_refused(local_lm: LocalLM, headers: dict[str, str]) -> None:
    response = httpx.get(f"{local_lm.base_url}/models", headers=headers, timeout=10)

    assert response.status_code == 401
