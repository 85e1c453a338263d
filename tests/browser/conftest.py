"""Fixtures for the playground's browser tests: Debian's Chromium driven by Playwright.

The browser is the system's /usr/bin/chromium (``make browser-deps`` installs it); Playwright's
own browser download is never used (it needs a network and a matching build). The service runs
with uvicorn on a free loopback port, against the stub LM, with hermetic settings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from app.main import create_app
from tests.hardening.conftest import make_settings, serve
from tests.support.stub_lm import RunningStub, run_stub

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "playground"


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium: run `make browser-deps` (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Watched:
    """What the page did that a test may want to assert never happened."""

    dialogs: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)


@pytest.fixture
def watched() -> Watched:
    return Watched()


def open_page(browser: Any, watched: Watched, width: int = 1280, height: int = 900) -> Any:
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.set_default_timeout(10_000)

    def on_dialog(dialog: Any) -> None:
        watched.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on(
        "console",
        lambda message: (
            watched.console_errors.append(message.text) if message.type == "error" else None
        ),
    )
    page.on("pageerror", lambda error: watched.page_errors.append(str(error)))
    return page


@pytest.fixture
def page(browser: Any, watched: Watched) -> Iterator[Any]:
    page = open_page(browser, watched)
    yield page
    page.context.close()


@pytest.fixture
def shot(request: pytest.FixtureRequest) -> Callable[[Any, str], Path]:
    """Save a full-page screenshot under test-artifacts/playground/ (kept after the run)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def take(page: Any, state: str) -> Path:
        path = ARTIFACTS / f"{state}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


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


ServiceFactory = Callable[..., AbstractContextManager[str]]


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
