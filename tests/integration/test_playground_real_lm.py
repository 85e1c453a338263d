"""The playground in a real browser against the real local LM: the README's question."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from app.main import create_app
from tests.hardening.conftest import make_settings, serve
from tests.support.browser import CHROMIUM, Watched, chromium, open_page, screenshot

pytestmark = [pytest.mark.integration, pytest.mark.browser]

REPO = Path(__file__).resolve().parents[2]
QUESTION = "How many employees does each department have?"
SCHEMA = "CREATE TABLE employees (id INT PRIMARY KEY, name TEXT, department TEXT, salary REAL);"


@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: run make browser-deps")
def test_the_readme_question_gets_checked_sql_and_a_badge(local_lm: Any) -> None:
    settings = make_settings(
        local_lm.base_url,
        REPO / "compiled_programs",
        lm_model=local_lm.model,
        lm_api_key=local_lm.api_key,
        lm_timeout_s=300,
        lm_max_tokens=128,
        request_deadline_s=600,
    )
    watched = Watched()
    # A knn program loads its embedder at start: allow for it on a busy machine.
    with serve(create_app(settings), start_timeout_s=120) as url, chromium() as browser:
        page = open_page(browser, watched)
        page.goto(url + "/")
        page.fill("#schema", SCHEMA)
        page.select_option("#dialect", "postgres")
        page.fill("#question", QUESTION)
        page.click("#ask")
        badge = page.locator("#badge")
        expect(page.locator("#answer")).to_be_visible(timeout=600_000)
        screenshot(page, "20-real-lm-answer")
        sql = page.inner_text("#sql")
        assert sql.strip()
        assert badge.inner_text() in {"valid", "not valid"}
        if badge.inner_text() == "valid":
            assert page.locator("#issues li").count() == 0
            assert "employees" in sql.lower()
        else:  # a weak model may not pass the checker: then it says why
            assert page.locator("#issues li").count() > 0
        assert page.inner_text("#asked").endswith(QUESTION)
        assert watched.page_errors == [] and watched.dialogs == []


@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: run make browser-deps")
def test_a_question_to_the_demo_database_shows_sql_badge_and_rows(
    local_lm: Any, tmp_path: Path
) -> None:
    config = tmp_path / "databases.toml"
    shutil.copy(REPO / "databases.demo.toml", config)
    demo = tmp_path / "app" / "databases" / "demo"
    demo.mkdir(parents=True)
    shutil.copy(REPO / "app/databases/demo/shop.sql", demo / "shop.sql")
    settings = make_settings(
        local_lm.base_url,
        REPO / "compiled_programs",
        lm_model=local_lm.model,
        lm_api_key=local_lm.api_key,
        lm_timeout_s=300,
        request_deadline_s=600,
        databases_file=config,
    )
    watched = Watched()
    with serve(create_app(settings), start_timeout_s=120) as url, chromium() as browser:
        page = open_page(browser, watched)
        page.goto(url + "/")
        expect(page.locator("#database-field")).to_be_visible(timeout=30_000)
        page.select_option("#database", "shop")
        page.check("#execute")
        page.fill("#question", "How many orders are there?")
        page.click("#ask")
        expect(page.locator("#answer")).to_be_visible(timeout=600_000)
        screenshot(page, "21-real-lm-database-rows")
        assert page.inner_text("#badge") == "valid", page.inner_text("#issues")
        assert "orders" in page.inner_text("#sql").lower()
        # The rows the database returned, rendered as a table.
        expect(page.locator("#results table")).to_be_visible()
        assert page.locator("#results table tbody tr").count() >= 1
        assert watched.page_errors == [] and watched.dialogs == []
