"""Debian's headless Chromium driven by Playwright, for the playground's browser tests.

The browser is the system's /usr/bin/chromium (``make browser-deps`` installs it); Playwright's
own browser download is never used (it needs a network and a matching build).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
# Screenshots of each state the tests reach: kept after the run, ignored by git.
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "playground"


@contextmanager
def chromium() -> Iterator[Any]:
    """A launched headless Chromium (Playwright's ``Browser``)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Watched:
    """What the page did that a test may want to assert never happened."""

    dialogs: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)


def open_page(browser: Any, watched: Watched, width: int = 1280, height: int = 900) -> Any:
    """A page in a fresh context (its own sessionStorage) that records dialogs and errors."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.set_default_timeout(10_000)

    def on_dialog(dialog: Any) -> None:
        watched.dialogs.append(dialog.message)
        dialog.dismiss()

    def on_console(message: Any) -> None:
        if message.type == "error":
            watched.console_errors.append(message.text)

    page.on("dialog", on_dialog)
    page.on("console", on_console)
    page.on("pageerror", lambda error: watched.page_errors.append(str(error)))
    return page


def screenshot(page: Any, state: str) -> Path:
    """Save a full-page screenshot of ``state`` under ``ARTIFACTS``."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{state}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
