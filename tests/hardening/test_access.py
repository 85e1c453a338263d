"""Access: client API keys, the separate admin token, open health/metrics, CORS, rate limits."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app import deps
from app.config import Settings
from app.errors import RateLimitedError
from app.main import create_app
from app.ratelimit import RateLimiter
from bench.stub_lm import RunningStub
from tests.hardening.conftest import ADMIN_TOKEN, SCHEMA, make_settings

ASK = {"question": "names of users", "schema": SCHEMA}
KEYS = ["key-alpha-0123456789", "key-beta-9876543210"]


@pytest.fixture
def keys_file(tmp_path: Path) -> Path:
    path = tmp_path / "keys.txt"
    path.write_text("# client keys, one a line\nkey-from-file-1\n\n  key-from-file-2  \n")
    return path


@pytest.fixture
def client(stub: RunningStub, programs_dir: Path, keys_file: Path) -> Iterator[TestClient]:
    settings = make_settings(
        stub.base_url, programs_dir, api_keys=",".join(KEYS), api_keys_file=keys_file
    )
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def assert_unauthorized(response: Any) -> None:
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    error = response.json()["error"]
    assert error["code"] == "unauthorized"
    assert error["request_id"] == response.headers["x-request-id"]


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-key"},
        {"Authorization": f"Bearer {KEYS[0][:-1]}"},  # a prefix of a real key
        {"Authorization": f"Bearer {KEYS[0]}x"},  # a real key plus one character
        {"Authorization": f"Basic {KEYS[0]}"},  # right secret, wrong scheme
        {"X-API-Key": ""},
        {"Authorization": f"Bearer {ADMIN_TOKEN}"},  # the admin token is not a client key
    ],
    ids=["none", "wrong", "prefix", "longer", "basic", "empty", "admin-token"],
)
def test_sql_without_a_valid_key_is_401_json(client: TestClient, headers: dict[str, str]) -> None:
    assert_unauthorized(client.post("/sql", json=ASK, headers=headers))
    assert_unauthorized(client.get("/programs", headers=headers))


@pytest.mark.parametrize(
    "headers",
    [
        {"Authorization": f"Bearer {KEYS[0]}"},
        {"Authorization": f"Bearer {KEYS[1]}"},
        {"X-API-Key": KEYS[1]},
        {"Authorization": "Bearer key-from-file-1"},
        {"X-API-Key": "key-from-file-2"},
    ],
    ids=["env-1", "env-2", "x-api-key", "file-1", "file-2-stripped"],
)
def test_every_configured_key_is_accepted(client: TestClient, headers: dict[str, str]) -> None:
    response = client.post("/sql", json=ASK, headers=headers)
    assert response.status_code == 200, response.text
    assert client.get("/programs", headers=headers).status_code == 200


def test_comment_lines_in_the_keys_file_are_not_keys(client: TestClient) -> None:
    response = client.post("/sql", json=ASK, headers={"X-API-Key": "# client keys, one a line"})
    assert_unauthorized(response)


def test_keys_come_from_the_environment_comma_separated(
    monkeypatch: pytest.MonkeyPatch, keys_file: Path
) -> None:
    monkeypatch.setenv("TEXT2SQL_API_KEYS", " k1 , k2,,")
    monkeypatch.setenv("TEXT2SQL_API_KEYS_FILE", str(keys_file))
    settings = Settings(_env_file=None)
    assert settings.client_keys() == ["k1", "k2", "key-from-file-1", "key-from-file-2"]


def test_keys_are_compared_in_constant_time_against_every_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    accepted = ["first", "second", "third"]
    for presented in ["first", "third", "nope", "f"]:
        compared.clear()
        deps._matches(presented, accepted)
        # No early exit on a match, and equal-length digests (no length leak).
        assert len(compared) == len(accepted)
        assert all(len(a) == len(b) == 32 for a, b in compared)
    assert deps._matches("second", accepted) and not deps._matches("secon", accepted)


@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/metrics"])
def test_health_and_metrics_stay_open(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 200


def test_admin_needs_the_admin_token_not_a_client_key(client: TestClient) -> None:
    for headers in [{}, {"Authorization": f"Bearer {KEYS[0]}"}, {"X-API-Key": ADMIN_TOKEN}]:
        assert_unauthorized(client.post("/admin/programs/reload", headers=headers))
        assert_unauthorized(client.post("/admin/programs/uncompiled/activate", headers=headers))
    admin = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    assert client.post("/admin/programs/reload", headers=admin).status_code == 200
    assert client.post("/admin/programs/uncompiled/activate", headers=admin).status_code == 200


def test_admin_is_disabled_without_a_token(stub: RunningStub, programs_dir: Path) -> None:
    settings = make_settings(stub.base_url, programs_dir, admin_token=None)
    with TestClient(create_app(settings)) as client:
        response = client.post("/admin/programs/reload", headers={"Authorization": "Bearer "})
    assert_unauthorized(response)
    assert "disabled" in response.json()["error"]["message"]


def test_cors_is_closed_by_default(client: TestClient) -> None:
    preflight = client.options(
        "/sql",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    simple = client.get("/healthz", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in preflight.headers
    assert "access-control-allow-origin" not in simple.headers


def test_cors_allows_only_the_configured_origins(stub: RunningStub, programs_dir: Path) -> None:
    allowed, other = "https://app.example", "https://evil.example"
    settings = make_settings(stub.base_url, programs_dir, cors_origins=allowed)
    with TestClient(create_app(settings)) as client:

        def preflight(origin: str) -> Any:
            return client.options(
                "/sql",
                headers={
                    "Origin": origin,
                    "Access-Control-Request-Method": "POST",
                    "Access-Control-Request-Headers": "authorization,content-type",
                },
            )

        ok, refused = preflight(allowed), preflight(other)
        simple = client.post("/sql", json=ASK, headers={"Origin": allowed})
    assert ok.status_code == 200
    assert ok.headers["access-control-allow-origin"] == allowed
    assert "access-control-allow-origin" not in refused.headers
    assert simple.headers["access-control-allow-origin"] == allowed
    assert "X-Request-ID" in simple.headers["access-control-expose-headers"]


def test_rate_limit_is_per_key_with_429_and_retry_after(
    stub: RunningStub, programs_dir: Path
) -> None:
    settings = make_settings(
        stub.base_url, programs_dir, api_keys=",".join(KEYS), rate_limit_per_minute=3
    )
    first, second = ({"Authorization": f"Bearer {key}"} for key in KEYS)
    with TestClient(create_app(settings)) as client:
        statuses = [client.post("/sql", json=ASK, headers=first).status_code for _ in range(3)]
        limited = client.post("/sql", json=ASK, headers=first)
        listing_limited = client.get("/programs", headers=first)
        other_key = client.post("/sql", json=ASK, headers=second)
        health = client.get("/healthz")
    assert statuses == [200, 200, 200]
    assert limited.status_code == 429 and listing_limited.status_code == 429
    assert limited.json()["error"]["code"] == "rate_limited"
    # 3 a minute: the next token is back in at most 20 s.
    assert 1 <= int(limited.headers["retry-after"]) <= 20
    assert other_key.status_code == 200 and health.status_code == 200


def test_rate_limit_without_keys_is_per_client_address(
    stub: RunningStub, programs_dir: Path
) -> None:
    settings = make_settings(stub.base_url, programs_dir, rate_limit_per_minute=2)
    with TestClient(create_app(settings)) as client:
        # Made-up keys do not buy fresh buckets when keys are off.
        statuses = [
            client.post("/sql", json=ASK, headers={"X-API-Key": f"made-up-{i}"}).status_code
            for i in range(3)
        ]
    assert statuses == [200, 200, 429]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_token_bucket_refills_at_the_configured_rate() -> None:
    clock = FakeClock()
    limiter = RateLimiter(60, clock=clock)  # one a second, bursts of 60
    for _ in range(60):
        limiter.check("a")
    with pytest.raises(RateLimitedError) as refused:
        limiter.check("a")
    assert refused.value.retry_after_s == 1
    clock.now += 0.5
    with pytest.raises(RateLimitedError):
        limiter.check("a")
    clock.now += 0.5
    limiter.check("a")  # one token back after one second
    limiter.check("b")  # other clients have their own bucket


def test_token_bucket_memory_is_bounded() -> None:
    limiter = RateLimiter(1, max_clients=100, clock=FakeClock())
    for client in range(1000):
        limiter.check(f"client-{client}")
    assert len(limiter) == 100
