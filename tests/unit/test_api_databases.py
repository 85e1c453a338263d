"""POST /sql by database name, GET /databases and the admin refresh, on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from bench.postgres_server import build_shop_sqlite
from bench.stub_lm import RunningStub, stub_settings

ADMIN = {"Authorization": "Bearer admin-secret"}
ASK = {"question": "How many orders per status?", "database": "shop"}
PER_STATUS = "SELECT status, COUNT(*) FROM orders GROUP BY status ORDER BY status"


def write_databases_file(tmp_path: Path, shop: Path, **extra: object) -> Path:
    settings = "".join(f"{key} = {value!r}\n".replace("'", '"') for key, value in extra.items())
    path = tmp_path / "databases.toml"
    path.write_text(
        f'[databases.shop]\nurl = "sqlite:///{shop}"\ndescription = "The demo shop"\n{settings}'
        f'\n[databases.gone]\nurl = "sqlite:///{tmp_path / "missing.db"}"\n'
    )
    return path


@pytest.fixture
def shop_file(tmp_path: Path) -> Path:
    return build_shop_sqlite(tmp_path / "shop.db")


@pytest.fixture
def db_client(
    stub: RunningStub, programs_dir: Path, tmp_path: Path, shop_file: Path
) -> Iterator[TestClient]:
    path = write_databases_file(tmp_path, shop_file, row_limit=3, statement_timeout_s=0.3)
    settings = stub_settings(stub, programs_dir, databases_file=path)
    with TestClient(create_app(settings)) as client:
        yield client


def test_a_question_by_database_name_returns_checked_sql_and_its_rows(
    db_client: TestClient, stub: RunningStub
) -> None:
    stub.behaviour.answers(PER_STATUS)
    response = db_client.post("/sql", json={**ASK, "execute": True})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["valid"] is True
    assert body["dialect"] == "sqlite"
    assert body["database"] == "shop"
    assert body["columns"] == ["status", "COUNT(*)"]
    assert body["rows"] == [["cancelled", 11], ["delivered", 33], ["pending", 4]]
    assert body["rows_truncated"] is True  # row_limit = 3, four statuses exist
    assert body["candidates"] == {"made": 1, "valid": 1, "agreeing": 1}
    # The model saw the introspected schema with sample values.
    prompt = str(stub.behaviour.requests[0])
    assert "CREATE TABLE orders" in prompt
    assert "'delivered'" in prompt


def test_without_execute_no_rows_come_back(db_client: TestClient, stub: RunningStub) -> None:
    stub.behaviour.answers(PER_STATUS)
    body = db_client.post("/sql", json=ASK).json()
    assert body["valid"] is True
    assert (body["columns"], body["rows"], body["rows_truncated"]) == (None, None, None)


def test_a_database_error_drives_a_repair_round(db_client: TestClient, stub: RunningStub) -> None:
    # Passes the checker (the column exists), fails on the database: a type the data refuses.
    stub.behaviour.answers(
        "SELECT status FROM orders WHERE id = json_extract('not json', '$')",
        PER_STATUS,
    )
    body = db_client.post("/sql", json={**ASK, "execute": True}).json()
    assert body["valid"] is True
    assert body["attempts"] == 2
    repair_prompt = str(stub.behaviour.requests[1])
    assert "the SQL fails when run on the schema's database" in repair_prompt
    assert "malformed JSON" in repair_prompt


def test_a_query_past_the_statement_timeout_is_a_504(
    db_client: TestClient, stub: RunningStub
) -> None:
    stub.behaviour.answers(
        "SELECT COUNT(*) FROM order_items AS a, order_items AS b, order_items AS c, "
        "order_items AS d"
    )
    response = db_client.post("/sql", json={**ASK, "execute": True})
    assert response.status_code == 504
    assert response.json()["error"]["code"] == "database_timeout"


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({"question": "q"}, "exactly one of `schema`"),
        ({**ASK, "schema": "CREATE TABLE t (a INT);"}, "exactly one of `schema`"),
        (
            {"question": "q", "schema": "CREATE TABLE t (a INT);", "execute": True},
            "`execute` needs `database`",
        ),
        ({**ASK, "execute": True, "allow_write": True}, "cannot be combined"),
        ({**ASK, "database": ""}, "database"),
    ],
)
def test_schema_and_database_are_exclusive(
    db_client: TestClient, body: dict[str, object], problem: str
) -> None:
    response = db_client.post("/sql", json=body)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert problem in error["message"]


def test_an_unknown_database_is_a_404(db_client: TestClient, stub: RunningStub) -> None:
    response = db_client.post("/sql", json={**ASK, "database": "nope"})
    assert response.status_code == 404
    error = response.json()["error"]
    assert error["code"] == "database_not_found"
    assert "gone, shop" in error["message"]
    assert stub.behaviour.requests == []


def test_another_dialect_than_the_database_speaks_is_refused(db_client: TestClient) -> None:
    response = db_client.post("/sql", json={**ASK, "dialect": "postgres"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "dialect_unsupported"
    assert db_client.post("/sql", json={**ASK, "dialect": "sqlite"}).status_code == 200


def test_an_unreachable_database_is_a_503_with_retry_after(
    db_client: TestClient, stub: RunningStub
) -> None:
    response = db_client.post("/sql", json={**ASK, "database": "gone"})
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "database_unavailable"
    assert response.headers["retry-after"] == "5"
    assert stub.behaviour.requests == []


def test_databases_are_listed_with_their_state(db_client: TestClient, stub: RunningStub) -> None:
    before = db_client.get("/databases").json()["databases"]
    assert [(d["name"], d["dialect"], d["reachable"]) for d in before] == [
        ("gone", "sqlite", False),
        ("shop", "sqlite", True),
    ]
    assert before[1]["tables"] is None and before[1]["introspected_at"] is None
    assert before[1]["description"] == "The demo shop"
    stub.behaviour.answers(PER_STATUS)
    db_client.post("/sql", json=ASK)
    after = db_client.get("/databases").json()["databases"][1]
    assert after["tables"] == 5
    assert after["introspected_at"].endswith(("Z", "+00:00"))


def test_the_admin_refresh_reads_a_changed_schema(
    db_client: TestClient, stub: RunningStub, shop_file: Path
) -> None:
    import sqlite3

    stub.behaviour.answers(PER_STATUS)
    db_client.post("/sql", json=ASK)
    with sqlite3.connect(shop_file) as writer:
        writer.execute("CREATE TABLE returns (id INTEGER PRIMARY KEY, reason TEXT)")
    assert db_client.post("/admin/databases/shop/refresh").status_code == 401
    response = db_client.post("/admin/databases/shop/refresh", headers=ADMIN)
    assert response.status_code == 200
    assert response.json()["tables"] == 6
    stub.behaviour.answers("SELECT reason FROM returns")
    asked_about_returns = {**ASK, "question": "Why were items returned?"}
    assert db_client.post("/sql", json=asked_about_returns).json()["valid"] is True
    missing = db_client.post("/admin/databases/nope/refresh", headers=ADMIN)
    assert missing.status_code == 404


def test_without_a_databases_file_the_listing_is_empty(client: TestClient) -> None:
    assert client.get("/databases").json() == {"databases": []}
    response = client.post("/sql", json=ASK)
    assert response.status_code == 404
    assert "none are configured" in response.json()["error"]["message"]
