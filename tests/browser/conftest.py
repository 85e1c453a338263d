"""Fixtures for the playground's browser tests: the service on a free port, the stub LM, and
Debian's headless Chromium (tests.support.browser). Settings are hermetic (no environment)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import pytest

from app.main import create_app
from bench.stub_lm import RunningStub, run_stub
from tests.hardening.conftest import make_settings, serve
from tests.support.browser import CHROMIUM, Watched, chromium, open_page, screenshot

ServiceFactory = Callable[..., AbstractContextManager[str]]


# Module scope, not session: while Playwright's sync API is open it holds a running event loop
# in the main thread, and later tests that call asyncio.run() would fail.
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium: run `make browser-deps` (make test does)")
    with chromium() as launched:
        yield launched


@pytest.fixture
def watched() -> Watched:
    return Watched()


@pytest.fixture
def page(browser: Any, watched: Watched) -> Iterator[Any]:
    page = open_page(browser, watched)
    yield page
    page.context.close()


@pytest.fixture
def shot() -> Callable[[Any, str], Path]:
    """``shot(page, "02-answer-valid")`` keeps a screenshot of that state."""
    return screenshot


@pytest.fixture(scope="module")
def stub_server() -> Iterator[RunningStub]:
    with run_stub() as running:
        yield running


@pytest.fixture
def stub(stub_server: RunningStub) -> Iterator[RunningStub]:
    stub_server.behaviour.restore()
    yield stub_server
    stub_server.behaviour.restore()


@pytest.fixture
def programs_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "compiled_programs"
    directory.mkdir()
    return directory


@pytest.fixture
def service(stub: RunningStub, programs_dir: Path) -> ServiceFactory:
    """``with service(**settings) as url:`` the app on a free port, talking to the stub LM."""

    @contextmanager
    def running(**overrides: Any) -> Iterator[str]:
        lm_base_url = overrides.pop("lm_base_url", stub.base_url)
        settings = make_settings(lm_base_url, programs_dir, **overrides)
        with serve(create_app(settings)) as url:
            yield url

    return running


@pytest.fixture
def base_url(service: ServiceFactory) -> Iterator[str]:
    with service() as url:
        yield url
