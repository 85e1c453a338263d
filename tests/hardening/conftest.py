"""Fixtures for the hardening suite: the stub LM, hermetic settings, a real HTTP server.

Settings here read nothing from the environment or a .env file, so a developer's or CI's
TEXT2SQL_* variables cannot change what these tests prove.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource

from app.config import Settings
from bench.stub_lm import RunningStub, free_port, run_stub

SCHEMA = (
    "CREATE TABLE users (id INT PRIMARY KEY, name TEXT, email TEXT);\n"
    "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT, total INT);"
)
ADMIN_TOKEN = "admin-token-for-tests"


class HermeticSettings(Settings):
    """Only what the test passes: no environment variables, no .env file."""

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings,)


def make_settings(lm_base_url: str, programs_dir: Path, **overrides: Any) -> Settings:
    """Small timeouts so that every failure mode answers within a second or two."""
    values: dict[str, Any] = {
        "lm_base_url": lm_base_url,
        "lm_model": "stub",
        "lm_api_key": "stub-key",
        "lm_timeout_s": 1.0,
        "lm_retries": 1,
        "lm_retry_backoff_s": 0.01,
        "lm_queue_timeout_s": 5.0,
        "request_deadline_s": 10.0,
        "programs_dir": programs_dir,
        "admin_token": ADMIN_TOKEN,
        "rate_limit_per_minute": 0,
        "log_level": "WARNING",
        **overrides,
    }
    return HermeticSettings(**values)


@pytest.fixture(scope="module")
def stub_server() -> Iterator[RunningStub]:
    with run_stub() as running:
        yield running


@pytest.fixture
def stub(stub_server: RunningStub) -> Iterator[RunningStub]:
    """The module's stub LM, back to its default behaviour for every test."""
    stub_server.behaviour.restore()
    yield stub_server
    stub_server.behaviour.restore()


@pytest.fixture
def programs_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "compiled_programs"
    directory.mkdir()
    return directory


@contextmanager
def serve(app: FastAPI, start_timeout_s: float = 10) -> Iterator[str]:
    """Serve ``app`` with uvicorn on a free loopback port in a thread; yield its base URL."""
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout_s
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the service did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
