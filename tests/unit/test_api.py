"""The HTTP contract, with the LM replaced by a local OpenAI-compatible stub server."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.checking import check
from app.main import create_app
from bench.stub_lm import RunningStub, stub_settings
from tests.unit.test_registry import save_program

SCHEMA = "CREATE TABLE orders (id INT, total REAL, status TEXT);"
ASK = {"question": "What is the total of all orders?", "schema": SCHEMA}


def test_a_valid_answer_comes_back_with_every_field(client: TestClient, stub: RunningStub) -> None:
    stub.behaviour.answers("SELECT SUM(total) FROM orders")
    response = client.post("/sql", json={**ASK, "dialect": "postgres"})
    assert response.status_code == 200
    body = response.json()
    assert body["sql"] == "SELECT SUM(total) FROM orders"
    assert body["valid"] is True
    assert body["dialect"] == "postgres"
    assert body["statement_type"] == "select"
    assert body["tables"] == ["orders"]
    assert body["issues"] == []
    assert body["corrections"] == []
    assert body["attempts"] == 1
    assert body["program"] == {"name": "uncompiled", "version": "builtin"}
    assert body["usage"] == {"prompt_tokens": 100, "completion_tokens": 20}
    assert body["timing_ms"]["total"] >= body["timing_ms"]["lm"] > 0
    assert response.headers["x-request-id"]


def test_the_checker_feedback_drives_a_repair(client: TestClient, stub: RunningStub) -> None:
    stub.behaviour.answers("SELECT totl FROM orders", "SELECT SUM(total) FROM orders")
    body = client.post("/sql", json=ASK).json()
    assert body["valid"] is True
    assert body["attempts"] == 2
    repair_prompt = str(stub.behaviour.requests[1])
    assert "unknown column totl" in repair_prompt
    assert "SELECT totl FROM orders" in repair_prompt


def test_a_checker_bug_on_one_answer_is_a_refused_answer_not_a_500(
    client: TestClient, stub: RunningStub, monkeypatch: pytest.MonkeyPatch
) -> None:
    def raises_on_sum(candidate: check.Candidate) -> list[str]:
        if "SUM" in candidate.sql:
            raise RuntimeError("a bug in a rule")
        return []

    monkeypatch.setattr(check, "RULES", (*check.RULES, raises_on_sum))
    stub.behaviour.answers("SELECT SUM(total) FROM orders", "SELECT total FROM orders")
    response = client.post("/sql", json=ASK)
    assert response.status_code == 200
    body = response.json()
    assert body["valid"] is True and body["sql"] == "SELECT total FROM orders"
    assert body["attempts"] == 2  # the refused answer went to the repair round
    repair_prompt = str(stub.behaviour.requests[1])
    assert "its rule raises_on_sum failed (RuntimeError('a bug in a rule'))" in repair_prompt
    metrics = client.get("/metrics").text
    assert 'text2sql_checker_rule_errors_total{rule="raises_on_sum"}' in metrics


def test_a_column_moved_to_its_joined_table_is_reported_with_the_answer(
    client: TestClient, stub: RunningStub
) -> None:
    schema = SCHEMA.replace("status TEXT", "status TEXT, cid INT") + (
        " CREATE TABLE customers (id INT, name TEXT);"
    )
    stub.behaviour.answers(
        "SELECT c.name, SUM(c.total) FROM customers c JOIN orders o ON o.cid = c.id GROUP BY c.name"
    )
    body = client.post("/sql", json={**ASK, "schema": schema}).json()
    assert body["valid"] is True and body["attempts"] == 1
    assert "SUM(o.total)" in body["sql"]
    assert body["corrections"] == [
        "c.total -> o.total (total is a column of orders, not of customers)"
    ]


def test_the_question_month_and_a_true_ratio_are_corrected_and_reported(
    client: TestClient, stub: RunningStub
) -> None:
    schema = "CREATE TABLE runs (line TEXT, made INT, scrapped INT, run_date DATE);"
    stub.behaviour.answers(
        "SELECT line, SUM(scrapped) / SUM(made) FROM runs WHERE run_date = '2024-03-01' "
        "GROUP BY line"
    )
    ask = {"question": "Scrap rate by line for March 2024?", "schema": schema}
    body = client.post("/sql", json=ask).json()
    assert body["valid"] is True and body["attempts"] == 1
    assert body["sql"] == (
        "SELECT line, CAST(SUM(scrapped) AS REAL) / SUM(made) FROM runs "
        "WHERE (run_date >= '2024-03-01' AND run_date < '2024-04-01') GROUP BY line"
    )
    assert [c.split(" (")[1] for c in body["corrections"]] == [
        "both are integers, which sqlite divides as integers)",
        "the question asks about March 2024, not one day)",
    ]


def test_a_join_on_a_column_compared_with_itself_is_repaired(
    client: TestClient, stub: RunningStub
) -> None:
    schema = SCHEMA + " CREATE TABLE items (order_id INT, sku TEXT);"
    stub.behaviour.answers(
        "SELECT o.id, i.sku FROM orders o JOIN items i ON i.order_id = i.order_id",
        "SELECT o.id, i.sku FROM orders o JOIN items i ON i.order_id = o.id",
    )
    body = client.post("/sql", json={**ASK, "schema": schema}).json()
    assert body["valid"] is True and body["attempts"] == 2
    assert "compares a column with itself" in str(stub.behaviour.requests[1])


def test_when_no_attempt_passes_the_answer_is_invalid_with_issues(
    client: TestClient, stub: RunningStub
) -> None:
    stub.behaviour.answers("DELETE FROM orders")
    body = client.post("/sql", json=ASK).json()
    assert body["valid"] is False
    assert body["attempts"] == 3
    assert body["statement_type"] == "delete"
    assert "DELETE statements are refused" in body["issues"][0]
    assert len(stub.behaviour.requests) == 3


def test_bad_ddl_is_a_400_naming_the_statement(client: TestClient, stub: RunningStub) -> None:
    response = client.post("/sql", json={**ASK, "schema": SCHEMA + " CREATE TABL x (y INT);"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "schema_invalid"
    assert "statement 2" in error["message"]
    assert stub.behaviour.requests == []  # refused before any LM call


def test_request_errors_have_stable_codes(client: TestClient) -> None:
    cases = [
        ({"schema": SCHEMA}, 422, "invalid_request"),
        ({**ASK, "extra": 1}, 422, "invalid_request"),
        ({**ASK, "dialect": "klingon"}, 400, "dialect_unsupported"),
        ({**ASK, "program": "nope"}, 404, "program_not_found"),
        ({**ASK, "allow_write": True}, 403, "write_not_allowed"),
    ]
    for body, status, code in cases:
        response = client.post("/sql", json=body)
        assert response.status_code == status, body
        assert response.json()["error"]["code"] == code
    assert client.get("/nowhere").json()["error"]["code"] == "not_found"


def test_writes_need_both_the_request_and_the_server(stub: RunningStub, programs_dir: Path) -> None:
    stub.behaviour.answers("UPDATE orders SET status = 'done' WHERE id = 1")
    settings = stub_settings(stub, programs_dir, allow_writes=True)
    with TestClient(create_app(settings)) as client:
        refused = client.post("/sql", json=ASK).json()
        allowed = client.post("/sql", json={**ASK, "allow_write": True}).json()
    assert refused["valid"] is False
    assert allowed["valid"] is True and allowed["statement_type"] == "update"


def test_lm_unreachable_is_a_503_with_retry_after(programs_dir: Path, stub: RunningStub) -> None:
    settings = stub_settings(stub, programs_dir, lm_base_url="http://127.0.0.1:9/v1")
    with TestClient(create_app(settings)) as client:
        response = client.post("/sql", json=ASK)
        ready = client.get("/readyz")
        alive = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "lm_unavailable"
    assert int(response.headers["retry-after"]) > 0
    assert ready.status_code == 503 and alive.status_code == 200


def test_lm_timeout_is_a_504(stub: RunningStub, programs_dir: Path) -> None:
    stub.behaviour.delay_s = 2
    settings = stub_settings(stub, programs_dir, lm_timeout_s=0.3, lm_retries=0)
    with TestClient(create_app(settings)) as client:
        response = client.post("/sql", json=ASK)
    assert response.status_code == 504
    assert response.json()["error"]["code"] == "lm_timeout"


def test_concurrent_requests_are_served_concurrently(stub: RunningStub, programs_dir: Path) -> None:
    stub.behaviour.delay_s = 1.0
    stub.behaviour.answers("SELECT id FROM orders")
    settings = stub_settings(stub, programs_dir, lm_timeout_s=5)
    with TestClient(create_app(settings)) as client, ThreadPoolExecutor(8) as pool:
        started = time.perf_counter()
        responses = list(pool.map(lambda _: client.post("/sql", json=ASK), range(8)))
        elapsed = time.perf_counter() - started
    assert all(r.status_code == 200 and r.json()["valid"] for r in responses)
    # One after another would take 8 s; concurrently it is about one delay.
    assert elapsed < 4, elapsed


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json()["status"] == "ok"
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"]["program"] == "uncompiled loaded"


def test_programs_are_listed_reloaded_and_activated(
    client: TestClient, programs_dir: Path, stub: RunningStub
) -> None:
    admin = {"Authorization": "Bearer admin-secret"}
    save_program(programs_dir, "fewshot", demos=2)
    assert client.post("/admin/programs/reload").status_code == 401
    assert (
        client.post("/admin/programs/reload", headers={"Authorization": "Bearer x"}).status_code
        == 401
    )
    listing = client.post("/admin/programs/reload", headers=admin).json()
    assert {p["name"] for p in listing["programs"]} == {"uncompiled", "fewshot"}
    activated = client.post("/admin/programs/fewshot/activate", headers=admin).json()
    assert activated["active"] == "fewshot"
    stub.behaviour.answers("SELECT id FROM orders")
    assert client.post("/sql", json=ASK).json()["program"]["name"] == "fewshot"
    explicit = client.post("/sql", json={**ASK, "program": "uncompiled"}).json()
    assert explicit["program"]["name"] == "uncompiled"
    (programs_dir / "broken.json").write_text("{")
    refused = client.post("/admin/programs/broken/activate", headers=admin)
    assert refused.status_code == 422 and refused.json()["error"]["code"] == "program_invalid"
    assert client.get("/programs").json()["active"] == "fewshot"


def test_the_openapi_docs_describe_every_field_with_an_example(client: TestClient) -> None:
    components = client.get("/openapi.json").json()["components"]["schemas"]
    for model in ("SQLRequest", "SQLResponse"):
        for name, field in components[model]["properties"].items():
            assert field.get("description"), f"{model}.{name} has no description"
            has_example = "examples" in field or "$ref" in field or "allOf" in field
            assert has_example, f"{model}.{name} has no example"
    assert client.get("/docs").status_code == 200


def _meta(directory: Path, name: str, model: str) -> None:
    meta = {"version": "v1", "lm": {"model": model}}
    (directory / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")


def test_programs_and_readyz_warn_when_the_active_program_was_measured_on_another_model(
    stub: RunningStub, tmp_path: Path
) -> None:
    save_program(tmp_path, "mine")
    _meta(tmp_path, "mine", "smollm2")
    (tmp_path / "manifest.json").write_text('{"active": "mine"}', encoding="utf-8")
    with TestClient(create_app(stub_settings(stub, tmp_path))) as client:
        listing = client.get("/programs").json()
        ready = client.get("/readyz").json()

    assert listing["serving_model"] == "stub"
    [program] = [p for p in listing["programs"] if p["name"] == "mine"]
    assert program["model"] == "smollm2"
    assert program["config"]["adapter"] == "chat"
    assert listing["warnings"] == [
        "program 'mine' was compiled and measured on 'smollm2', but the service is serving "
        "'stub': its scores do not describe these answers"
    ]
    assert ready["checks"]["program_model"] == listing["warnings"][0]
    assert ready["checks"]["lm"].endswith("(model stub)")


def test_no_warning_when_the_program_was_measured_on_the_serving_model(
    stub: RunningStub, tmp_path: Path
) -> None:
    save_program(tmp_path, "mine")
    _meta(tmp_path, "mine", "stub")
    (tmp_path / "manifest.json").write_text('{"active": "mine"}', encoding="utf-8")
    with TestClient(create_app(stub_settings(stub, tmp_path))) as client:
        assert client.get("/programs").json()["warnings"] == []
        assert "program_model" not in client.get("/readyz").json()["checks"]
