"""Integration fixtures: one real vLLM server (the default local model, CPU) for the session.

``local_lm`` reuses a server already answering at TEXT2SQL_LM_BASE_URL (default: the local
launcher's http://127.0.0.1:8008/v1), e.g. one started with ``python -m model_serve.local up``;
otherwise it starts one (installing vLLM on first use, ~3-10 minutes) and stops it at the end.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.config import Settings
from model_serve.local.catalogue import selected_model
from model_serve.local.errors import LocalLMError
from model_serve.local.health import host_port, list_models
from model_serve.local.launcher import ensure_up, stop
from model_serve.local.settings import api_key

_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True)
class LocalLM:
    """How to reach the LM under test."""

    base_url: str
    model: str
    api_key: str


@pytest.fixture(scope="session")
def local_lm(pytestconfig: pytest.Config) -> Iterator[LocalLM]:
    spec = selected_model().spec
    base_url = os.environ.get("TEXT2SQL_LM_BASE_URL", spec.base_url).rstrip("/")
    model = os.environ.get("TEXT2SQL_LM_MODEL", spec.served_model_name)
    key = api_key()
    models = list_models(base_url, key)
    if models is not None:
        if model not in models:
            pytest.fail(f"the LM at {base_url} serves {models}, not {model!r}")
        yield LocalLM(base_url, model, key)
        return

    host, port = host_port(base_url)
    if host not in _LOOPBACK:
        pytest.fail(f"no LM answers at {base_url} (TEXT2SQL_LM_BASE_URL) and it is not local")
    # Show the launcher's progress live: a first install takes minutes.
    capture = pytestconfig.pluginmanager.getplugin("capturemanager")
    try:
        with capture.global_and_fixture_disabled():
            running = ensure_up(host, port)
    except LocalLMError as exc:
        pytest.fail(f"local LM server could not start: {exc}")
    try:
        yield LocalLM(running.base_url, running.model, running.api_key)
    finally:
        stop(running)


REPO = Path(__file__).resolve().parents[2]


def real_lm_settings(local_lm: LocalLM, **overrides: object) -> Settings:
    """The service wired to the real local LM, with limits for a slow CPU model."""
    values: dict[str, object] = {
        "lm_base_url": local_lm.base_url,
        "lm_model": local_lm.model,
        "lm_api_key": local_lm.api_key,
        "programs_dir": REPO / "compiled_programs",
        "lm_timeout_s": 300,
        "request_deadline_s": 600,
        "rate_limit_per_minute": 0,
        **overrides,
    }
    return Settings(**values)  # type: ignore[arg-type]
