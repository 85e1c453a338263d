"""POST /sql end to end against the real local vLLM server running a real (tiny) model.

The model is weak, so these tests assert honesty, not accuracy: whatever it writes, the
service returns either checked SQL marked valid or issues marked invalid, never a mix.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlglot
from fastapi.testclient import TestClient

from app.checking import check_sql, parse_schema
from app.main import create_app
from tests.integration.conftest import real_lm_settings

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
SCHEMA = (
    "CREATE TABLE employees (id INT PRIMARY KEY, name VARCHAR(100), department VARCHAR(50), "
    "salary DECIMAL(10,2));\n"
    "INSERT INTO employees VALUES (1, 'Ana', 'Sales', 52000), (2, 'Bo', 'IT', 61000);"
)
QUESTIONS = [
    "What is the average salary?",
    "List the names of employees in the Sales department.",
    "How many employees are there in each department?",
]


@pytest.fixture(scope="module")
def real_client(local_lm: Any) -> Iterator[TestClient]:
    settings = real_lm_settings(local_lm, lm_max_tokens=128)
    with TestClient(create_app(settings)) as client:
        yield client


def assert_honest(body: dict[str, Any], dialect: str) -> None:
    """valid=true only for SQL that really passes the checker; otherwise issues explain why."""
    assert 1 <= body["attempts"] <= 3
    assert body["usage"]["prompt_tokens"] > 0 and body["usage"]["completion_tokens"] > 0
    assert body["timing_ms"]["lm"] > 0
    if body["valid"]:
        assert body["issues"] == []
        assert body["statement_type"] in {"select", "union", "intersect", "except"}
        assert {t.lower() for t in body["tables"]} <= {"employees"}
        sqlglot.parse_one(body["sql"], read=dialect)
        recheck = check_sql(body["sql"], parse_schema(SCHEMA, dialect), dialect, False)
        assert recheck.valid, recheck.issues
    else:
        assert body["issues"], "an invalid answer must say why"


@pytest.mark.parametrize("question", QUESTIONS)
def test_real_model_answers_are_checked(real_client: TestClient, question: str) -> None:
    response = real_client.post("/sql", json={"question": question, "schema": SCHEMA})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["dialect"] == "sqlite"
    assert_honest(body, "sqlite")


def test_real_model_answer_in_another_dialect(real_client: TestClient) -> None:
    body = real_client.post(
        "/sql",
        json={"question": QUESTIONS[0], "schema": SCHEMA, "dialect": "postgres"},
    ).json()
    assert body["dialect"] == "postgres"
    assert_honest(body, "postgres")


def test_readiness_sees_the_real_model(real_client: TestClient) -> None:
    ready = real_client.get("/readyz")
    assert ready.status_code == 200, ready.text
    model = real_client.app.state.service.settings.lm_model  # type: ignore[attr-defined]
    assert ready.json()["checks"]["lm"] == f"ok (model {model})"


def test_the_shipped_programs_all_load_and_the_manifest_names_the_default(
    real_client: TestClient,
) -> None:
    listing = real_client.get("/programs").json()
    manifest = json.loads((REPO / "compiled_programs" / "manifest.json").read_text())
    assert listing["active"] == manifest["active"]
    assert listing["refused"] == {}
    active = next(p for p in listing["programs"] if p["name"] == listing["active"])
    # The default was measured: its scores come with it.
    assert active["meta"]["scores"]["test"]["n"] > 0
    body = real_client.post("/sql", json={"question": QUESTIONS[0], "schema": SCHEMA}).json()
    assert body["program"]["name"] == manifest["active"]
