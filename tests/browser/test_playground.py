"""The playground page in a real browser (Debian's headless Chromium), against the stub LM.

Each state a person can reach is screenshotted under test-artifacts/playground/.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import expect

from bench.stub_lm import RunningStub
from tests.browser.conftest import ServiceFactory
from tests.hardening.conftest import ADMIN_TOKEN
from tests.support.browser import Watched, open_page
from tests.unit.test_registry import save_program

pytestmark = pytest.mark.browser

Shot = Callable[[Any, str], Path]
GROUPED = "SELECT department, COUNT(*) FROM employees GROUP BY department"
# Each payload sets a flag if it ever runs, besides the dialog it would open.
IMG = '<img src=x onerror="window.__pwned=1;alert(1)">'
SCRIPT = "<script>window.__pwned=1;alert(2)</script>"


def ask(page: Any, question: str | None = None, schema: str | None = None) -> None:
    if schema is not None:
        page.fill("#schema", schema)
    if question is not None:
        page.fill("#question", question)
    page.click("#ask")


def error_box(page: Any) -> Any:
    box = page.locator("#error")
    expect(box).to_be_visible()
    return box


def assert_nothing_ran(page: Any, watched: Watched) -> None:
    assert watched.dialogs == []
    assert page.evaluate("window.__pwned") is None
    assert page.locator("main img, main script").count() == 0


def test_a_question_gets_formatted_highlighted_sql_and_a_valid_badge(
    page: Any, base_url: str, stub: RunningStub, shot: Shot, watched: Watched
) -> None:
    stub.behaviour.answers(GROUPED)
    page.goto(base_url + "/")
    shot(page, "01-loaded")
    ask(page)
    expect(page.locator("#badge")).to_have_text("valid")
    assert page.inner_text("#sql") == (
        "SELECT department, COUNT(*)\nFROM employees\nGROUP BY department"
    )
    keywords = page.locator("#sql .tok-kw").all_inner_texts()
    assert keywords == ["SELECT", "FROM", "GROUP", "BY"]
    facts = page.inner_text("#facts")
    assert "uncompiled · builtin" in facts and "Attempts\n1" in facts
    page.click("details.curl summary")
    curl = page.inner_text("#curl")
    assert curl.startswith(f"curl -s '{base_url}/sql'")
    words = shlex.split(curl)  # a shell reads it back as the same request
    sent = json.loads(words[words.index("-d") + 1])
    assert sent["schema"].startswith("CREATE TABLE employees") and "'Ana'" in sent["schema"]
    assert sent["question"] == "How many employees does each department have?"
    assert "Authorization" not in curl  # no key set, so none in the command
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.click("#copy-sql")
    expect(page.locator("#copy-sql")).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == GROUPED  # as checked, unformatted
    page.click("#copy-curl")
    expect(page.locator("#copy-curl")).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == curl
    shot(page, "02-answer-valid")
    assert watched.page_errors == []


def test_a_follow_up_sends_the_conversation_and_a_new_schema_starts_over(
    page: Any, base_url: str, stub: RunningStub, shot: Shot, watched: Watched
) -> None:
    sales = "SELECT name FROM employees WHERE salary > 50000 AND department = 'Sales'"
    stub.behaviour.answers("SELECT name FROM employees WHERE salary > 50000", sales)
    page.goto(base_url + "/")
    expect(page.locator("#follow-up-field")).to_be_hidden()  # nothing to follow yet
    ask(page, "Which employees earn more than 50000?")
    expect(page.locator("#badge")).to_have_text("valid")
    expect(page.locator("#follow-up-field")).to_be_visible()
    expect(page.locator("#follow-up-label")).to_contain_text(
        "Follow up on “Which employees earn more than 50000?”"
    )
    ask(page, "Which of them work in Sales?")
    expect(page.locator("#asked")).to_contain_text("Follow-up (after 1): Which of them")
    expect(page.locator("#sql")).to_contain_text("department = 'Sales'")
    # The model saw the earlier question and its checked SQL before the follow-up.
    prompt = json.dumps(stub.behaviour.requests[-1])
    assert prompt.index("earn more than 50000") < prompt.index("Which of them work in Sales?")
    page.click("details.curl summary")
    words = shlex.split(page.inner_text("#curl"))
    sent = json.loads(words[words.index("-d") + 1])
    assert sent["history"] == [
        {
            "question": "Which employees earn more than 50000?",
            "sql": "SELECT name FROM employees WHERE salary > 50000",
        }
    ]
    expect(page.locator("#follow-up-label")).to_have_text("Follow up on the 2 questions so far")
    shot(page, "02b-follow-up")
    # Unchecked, the next question goes alone; a new schema forgets the conversation.
    page.uncheck("#follow-up")
    ask(page, "Who earns the most?")
    expect(page.locator("#asked")).to_have_text("Question: Who earns the most?")
    words = shlex.split(page.inner_text("#curl"))
    assert "history" not in json.loads(words[words.index("-d") + 1])
    page.fill("#schema", "CREATE TABLE teams (id INT, name TEXT);")
    expect(page.locator("#follow-up-field")).to_be_hidden()
    assert watched.page_errors == []


def test_a_pasted_sqlite_dump_is_answered_and_the_page_says_how_it_was_read(
    page: Any, base_url: str, stub: RunningStub, shot: Shot, watched: Watched
) -> None:
    stub.behaviour.answers("SELECT COUNT(*) FROM books")
    dump = (
        "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"
        "CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT);\n"
        "INSERT INTO books VALUES(1,'Dune');\nCREATE INDEX books_title ON books (title);\n"
        "COMMIT;\n"
    )
    page.goto(base_url + "/")
    ask(page, "How many books are there?", dump)
    expect(page.locator("#badge")).to_have_text("valid")
    facts = page.inner_text("#facts")
    assert "How the schema was read" in facts
    assert "4 statements left out" in facts and "PRAGMA x1" in facts and "COMMIT x1" in facts
    shot(page, "04b-dump-read")
    assert watched.page_errors == []


def test_an_answer_that_never_passes_shows_the_checkers_issues(
    page: Any, base_url: str, stub: RunningStub, shot: Shot
) -> None:
    stub.behaviour.answers("SELECT salry FROM employees")
    page.goto(base_url + "/")
    ask(page)
    expect(page.locator("#badge")).to_have_text("not valid")
    issues = page.locator("#issues li").all_inner_texts()
    assert issues and "salry" in issues[0]
    assert "Attempts\n3" in page.inner_text("#facts")
    shot(page, "03-answer-invalid")


def test_a_key_is_asked_for_then_sent_and_never_shown(
    page: Any, service: ServiceFactory, stub: RunningStub, shot: Shot
) -> None:
    stub.behaviour.answers(GROUPED)
    with service(api_keys="client-key-1") as url:
        page.goto(url + "/")
        ask(page)
        box = error_box(page)
        expect(box.locator(".error-title")).to_contain_text("needs an API key")
        expect(box).to_contain_text("401 unauthorized")
        shot(page, "04-error-401")
        page.fill("#api-key", "client-key-1")
        page.click("#save-key")
        ask(page)
        expect(page.locator("#badge")).to_have_text("valid")
        expect(page.locator("#error")).to_be_hidden()
        page.click("details.curl summary")
        curl = page.inner_text("#curl")
        assert 'Authorization: Bearer $TEXT2SQL_API_KEY"' in curl
        assert "client-key-1" not in curl
        assert page.evaluate("sessionStorage.getItem('text2sql.apiKey')") == "client-key-1"
        assert page.evaluate("localStorage.length") == 0
        # Programs are listed with the key too (GET /programs needs it).
        expect(page.locator("#program")).to_contain_text("the active one (uncompiled)")


@pytest.mark.parametrize(
    ("settings", "behaviour", "status", "words", "state"),
    [
        ({"rate_limit_per_minute": 1}, {}, "429", "Too many requests", "05-error-429"),
        (
            {"lm_base_url": "http://127.0.0.1:9/v1", "lm_retries": 0},
            {},
            "503",
            "not reachable right now",
            "06-error-503",
        ),
        (
            {"lm_timeout_s": 0.3, "lm_retries": 0},
            {"delay_s": 2.0},
            "504",
            "took too long",
            "07-error-504",
        ),
        ({"max_question_chars": 10}, {}, "413", "too large", "08-error-413"),
    ],
    ids=["429", "503", "504", "413"],
)
def test_api_errors_are_said_in_words(
    page: Any,
    service: ServiceFactory,
    stub: RunningStub,
    shot: Shot,
    settings: dict[str, Any],
    behaviour: dict[str, Any],
    status: str,
    words: str,
    state: str,
) -> None:
    for name, value in behaviour.items():
        setattr(stub.behaviour, name, value)
    with service(**settings) as url:
        page.goto(url + "/")
        # The page's own GET /programs spends the one token of a 1/minute limit.
        expect(page.locator("#programs-status")).not_to_have_text("Loading programs…")
        ask(page)
        box = error_box(page)
        expect(box.locator(".error-title")).to_contain_text(words)
        assert box.get_attribute("data-status") == status
        assert "request id: " in box.inner_text()
        expect(page.locator("#ask")).to_be_enabled()
        shot(page, state)


def test_a_long_request_ticks_and_can_be_cancelled(
    page: Any, base_url: str, stub: RunningStub, shot: Shot
) -> None:
    stub.behaviour.delay_s = 1.8
    page.goto(base_url + "/")
    ask(page)
    expect(page.locator("#progress")).to_contain_text("1 s", timeout=3000)
    expect(page.locator("#cancel")).to_be_visible()
    shot(page, "09-in-progress")
    page.click("#cancel")
    expect(page.locator("#progress")).to_have_text("Cancelled.")
    expect(page.locator("#answer")).to_be_hidden()
    expect(page.locator("#ask")).to_be_enabled()


def test_markup_in_a_schema_comment_a_question_and_the_sql_stays_text(
    page: Any, base_url: str, stub: RunningStub, shot: Shot, watched: Watched
) -> None:
    # The model echoes markup back, in a string literal and in an unknown column.
    stub.behaviour.answers(f"SELECT name FROM employees WHERE name = '{IMG}' AND \"{SCRIPT}\" = 1")
    schema = f"-- {SCRIPT} {IMG}\nCREATE TABLE employees (id INT, name TEXT); /* {IMG} */"
    page.goto(base_url + "/")
    ask(page, question=f"Who is {SCRIPT} or {IMG}?", schema=schema)
    expect(page.locator("#badge")).to_be_visible()
    expect(page.locator("#asked")).to_contain_text(f"Who is {SCRIPT} or {IMG}?")
    assert IMG in page.inner_text("#sql")
    assert any(SCRIPT in issue for issue in page.locator("#issues li").all_inner_texts())
    # The prompt really carried the schema comment to the model.
    assert SCRIPT in json.dumps(stub.behaviour.requests[0])
    assert_nothing_ran(page, watched)
    shot(page, "10-xss-inert")


def fake_answer(**extra: Any) -> dict[str, Any]:
    return {
        "sql": GROUPED,
        "dialect": "sqlite",
        "valid": True,
        "statement_type": "select",
        "tables": ["employees"],
        "issues": [],
        "attempts": 1,
        "program": {"name": "knn-k4", "version": "20261126-f5686e731d31"},
        "usage": {"prompt_tokens": 900, "completion_tokens": 30},
        "timing_ms": {"total": 1500.0, "lm": 1450.0},
        **extra,
    }


def test_rows_candidates_and_model_render_with_a_chart_and_markup_as_text(
    page: Any, base_url: str, shot: Shot, watched: Watched
) -> None:
    # /sql does not return rows yet: the answer a database-backed server gives is faked.
    answer = fake_answer(
        columns=["department", "n"],
        rows=[[IMG, 3], [SCRIPT, 5], ["IT", 2]],
        rows_truncated=True,
        candidates={"made": 5, "valid": 4, "agreeing": 3},
        tables_seen=["employees", "departments"],
        model="starling",
    )
    page.route("**/sql", lambda route: route.fulfill(json=answer))
    page.goto(base_url + "/")
    ask(page)
    expect(page.locator("#results table")).to_be_visible()
    cells = page.locator("#results tbody td").all_inner_texts()
    assert cells == [IMG, "3", SCRIPT, "5", "IT", "2"]
    assert "more rows exist" in page.inner_text("#row-count")
    chart = page.locator("#results svg.chart-bar, #results svg.chart")
    expect(chart).to_have_count(1)
    assert page.locator("#results svg .chart-bar").count() == 3
    assert IMG[:20] in chart.text_content()
    facts = page.inner_text("#facts")
    assert "5 made, 4 valid, 3 agreeing" in facts
    assert "starling" in facts and "employees, departments" in facts
    assert_nothing_ran(page, watched)
    shot(page, "11-rows-and-chart")


def test_a_timeline_result_is_drawn_as_a_line(page: Any, base_url: str) -> None:
    answer = fake_answer(
        columns=[{"name": "month"}, {"name": "revenue"}],
        rows=[{"month": "2026-01", "revenue": 10.5}, {"month": "2026-02", "revenue": 12}],
    )
    page.route("**/sql", lambda route: route.fulfill(json=answer))
    page.goto(base_url + "/")
    ask(page)
    expect(page.locator("#results svg.chart-line")).to_have_count(1)
    assert page.locator("#results tbody td").all_inner_texts() == [
        "2026-01",
        "10.5",
        "2026-02",
        "12",
    ]


def test_a_result_without_a_chart_has_no_stray_text(page: Any, base_url: str) -> None:
    answer = fake_answer(columns=["total"], rows=[[60]])
    page.route("**/sql", lambda route: route.fulfill(json=answer))
    page.goto(base_url + "/")
    ask(page)
    expect(page.locator("#results table")).to_be_visible()
    assert page.locator("#results figure").count() == 0
    assert page.inner_text("#results").split() == ["Result", "1", "row", "total", "60"]


def test_the_database_picker_appears_only_when_the_server_lists_databases(
    page: Any, base_url: str
) -> None:
    page.goto(base_url + "/")
    expect(page.locator("#programs-status")).to_contain_text("active")
    expect(page.locator("#database-field")).to_be_hidden()  # GET /databases is a 404 today
    expect(page.locator("#schema")).to_be_visible()

    listing = {"databases": [{"name": "shop", "dialect": "sqlite"}]}
    page.route("**/databases", lambda route: route.fulfill(json=listing))
    sent: list[dict[str, Any]] = []

    def answer(route: Any) -> None:
        sent.append(json.loads(route.request.post_data))
        route.fulfill(json=fake_answer())

    page.route("**/sql", answer)
    page.reload()
    expect(page.locator("#database-field")).to_be_visible()
    page.select_option("#database", "shop")
    expect(page.locator("#schema-field")).to_be_hidden()
    expect(page.locator("#execute")).to_be_checked()
    ask(page)
    expect(page.locator("#badge")).to_have_text("valid")
    assert sent[0]["database"] == "shop" and sent[0]["execute"] is True
    assert "schema" not in sent[0]


def meta(name: str, correct: int, n: int = 40) -> dict[str, Any]:
    return {
        "name": name,
        "created_at": "2026-11-26T11:21:36+00:00",
        "lm": {"model": "smollm2"},
        "optimizer": {"name": "labeled", "settings": {"k": 4}, "summary": "fixed demos"},
        "scores": {
            "val": {"n": n, "correct": correct, "valid_rate": 0.3, "mean_attempts": 2.4},
            "test": {"n": n, "correct": 0, "valid_rate": 0.1, "mean_attempts": 2.8},
        },
    }


def test_programs_view_lists_scores_with_intervals_and_activates_with_the_admin_token(
    page: Any, service: ServiceFactory, programs_dir: Path, shot: Shot
) -> None:
    for name, correct in [("labeled-k4", 1), ("baseline", 0)]:
        save_program(programs_dir, name, demos=2)
        (programs_dir / f"{name}.meta.json").write_text(json.dumps(meta(name, correct)))
    (programs_dir / "manifest.json").write_text(json.dumps({"active": "baseline"}))
    (programs_dir / "broken.json").write_text("{not json")
    with service() as url:
        page.goto(url + "/#programs")
        expect(page.locator("#programs")).to_contain_text("Refused program files")
        expect(page.locator("#programs")).to_contain_text("broken")
        expect(page.locator("article[data-program='uncompiled']")).to_contain_text("Not scored")
        card = page.locator("article[data-program='labeled-k4']")
        expect(card).to_contain_text("2.5% (1/40) [0.4–12.9]")  # as in reports/results.md
        expect(card).to_contain_text("labeled · k=4")
        expect(card).to_contain_text("smollm2")
        expect(page.locator("article[data-program='baseline'] .badge")).to_have_text("active")
        shot(page, "12-programs")

        card.locator("button.activate").click()
        expect(page.locator("#programs-error")).to_contain_text("Type the admin token")
        page.fill("#admin-token", "wrong-token")
        page.click("#save-admin")
        card.locator("button.activate").click()
        expect(page.locator("#programs-error")).to_contain_text("admin token was not accepted")
        shot(page, "13-programs-admin-refused")

        page.fill("#admin-token", ADMIN_TOKEN)
        page.click("#save-admin")
        card.locator("button.activate").click()
        expect(page.locator("#programs-status")).to_have_text("labeled-k4 is now active.")
        expect(card.locator(".badge")).to_have_text("active")
        assert json.loads((programs_dir / "manifest.json").read_text())["active"] == "labeled-k4"
        assert page.evaluate("sessionStorage.getItem('text2sql.adminToken')") == ADMIN_TOKEN
        page.click("#tab-ask")
        assert "active one (labeled-k4)" in page.inner_text("#program")
        shot(page, "14-programs-activated")


def test_the_page_and_its_assets_carry_a_strict_csp_and_no_secrets(
    page: Any, service: ServiceFactory, watched: Watched
) -> None:
    with service(api_keys="client-key-1") as url:
        response = page.goto(url + "/")
        assert response is not None and response.status == 200
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "unsafe-eval" not in policy
        assert response.headers["x-content-type-options"] == "nosniff"
        page.wait_for_load_state("networkidle")
        assets = page.evaluate(
            "performance.getEntriesByType('resource').map(e => e.name)"
            ".filter(n => n.includes('/playground/static/'))"
        )
        assert len(assets) >= 5  # the modules, the styles and the icon
        texts = [response.text()]
        for asset in assets:
            fetched = httpx.get(asset)
            assert "script-src 'self'" in fetched.headers["content-security-policy"], asset
            texts.append(fetched.text)
        for secret in ("client-key-1", ADMIN_TOKEN, "stub-key"):
            assert all(secret not in text for text in texts)
        # The page breaks none of its own rules (Chromium logs every CSP violation).
        assert not [e for e in watched.console_errors if "Content Security Policy" in e]
        inline = page.evaluate(
            """[...document.querySelectorAll('*')].filter(e =>
                 (e.tagName === 'SCRIPT' && !e.src) || e.hasAttribute('style') ||
                 [...e.attributes].some(a => a.name.startsWith('on'))).length"""
        )
        assert inline == 0  # no inline script, inline style or inline event handler
        # The JSON API and /docs are not under the page's policy.
        assert "content-security-policy" not in httpx.get(url + "/healthz").headers


def test_every_input_has_a_label(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    unlabeled = page.evaluate(
        """[...document.querySelectorAll('input, select, textarea')]
             .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label'))
             .map(e => e.id || e.outerHTML)"""
    )
    assert unlabeled == []
    assert page.locator("input, select, textarea").count() >= 8


def test_it_works_375_px_wide_without_horizontal_scrolling(
    browser: Any, base_url: str, stub: RunningStub, watched: Watched, shot: Shot
) -> None:
    long_sql = (
        "SELECT department, COUNT(*) AS employees_in_the_department_with_a_long_alias "
        "FROM employees WHERE salary > 1000 AND name <> 'a_rather_long_name_value_here' "
        "GROUP BY department ORDER BY employees_in_the_department_with_a_long_alias DESC"
    )
    stub.behaviour.answers(long_sql)
    page = open_page(browser, watched, width=375, height=812)
    try:
        page.goto(base_url + "/")
        shot(page, "15-mobile-loaded")
        ask(page)
        expect(page.locator("#badge")).to_have_text("valid")
        page.click("details.curl summary")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, width
        page.click("#tab-programs")
        expect(page.locator("article.program")).to_have_count(1)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        page.click("#tab-ask")
        shot(page, "16-mobile-answer")
    finally:
        page.context.close()


def test_it_loads_in_under_a_second(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    page.goto(base_url + "/")  # the second load is the one a person sees after the first
    timing = page.evaluate(
        "(() => { const n = performance.getEntriesByType('navigation')[0];"
        " return {load: n.loadEventEnd, interactive: n.domInteractive}; })()"
    )
    assert 0 < timing["load"] < 1000, timing
