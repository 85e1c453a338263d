"""Named databases on a real SQLite file (the demo shop): config, introspection, execution."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from pathlib import Path

import pytest

from app.checking import parse_schema
from app.databases.config import DatabaseConfig, DatabaseConfigError, load_databases
from app.databases.engines import Database
from app.databases.execute import json_safe, run_read_only
from app.databases.introspect import introspect
from app.databases.render import render_ddl
from app.errors import DatabaseTimeoutError, DatabaseUnavailableError
from app.execution import QueryError
from app.prompt.schema_view import render_schema
from bench.postgres_server import SHOP_SQL, build_shop_sqlite


@pytest.fixture(scope="module")
def shop_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_shop_sqlite(tmp_path_factory.mktemp("sqlite") / "shop.db")


@pytest.fixture
def shop(shop_file: Path) -> Database:
    database = Database(DatabaseConfig(name="shop", url=f"sqlite:///{shop_file}"))
    yield database
    database.dispose()


# --- the databases file ---


def test_a_toml_file_names_databases_with_relative_sqlite_paths(tmp_path: Path) -> None:
    path = tmp_path / "databases.toml"
    path.write_text(
        '[databases.shop]\nurl = "sqlite:///data/shop.db"\nrow_limit = 50\n'
        'statement_timeout_s = 2.5\ntables = ["orders"]\n'
    )
    loaded = load_databases(path)
    shop = loaded.databases["shop"]
    assert (shop.row_limit, shop.statement_timeout_s, shop.tables) == (50, 2.5, ["orders"])
    assert shop.resolved_url(loaded.base_dir).database == str(tmp_path / "data" / "shop.db")


def test_a_yaml_file_takes_the_url_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHOP_URL", "postgresql+psycopg://u:pw-in-env@db.internal/shop")
    path = tmp_path / "databases.yaml"
    path.write_text("databases:\n  shop:\n    url_env: SHOP_URL\n    schemas: [public]\n")
    database = Database(load_databases(path).databases["shop"])
    assert database.dialect == "postgres"
    assert "pw-in-env" not in database.label


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("[databases.a]\nrow_limit = 5\n", "exactly one of url and url_env"),
        ('[databases.a]\nurl = "sqlite:///x.db"\nurl_env = "X"\n', "exactly one"),
        ('[databases.a]\nurl_env = "TEXT2SQL_TEST_UNSET_VARIABLE"\n', "is not set"),
        ('[databases.a]\nurl = "oracle://u:secret-pw@h/db"\n', "oracle is not supported"),
        ('[databases.a]\nurl = "sqlite://"\n', "must be a file path"),
        ('[databases.a]\nurl = "sqlite:///x.db"\nrow_limit = 0\n', "row_limit"),
        ('[databases.a]\nurl = "sqlite:///x.db"\ncolour = "red"\n', "colour"),
        ('[databases."bad name"]\nurl = "sqlite:///x.db"\n', "name"),
        ("not = [toml", "does not parse"),
    ],
)
def test_a_bad_databases_file_is_refused_with_a_clear_message(
    tmp_path: Path, body: str, expected: str
) -> None:
    path = tmp_path / "databases.toml"
    path.write_text(body)
    with pytest.raises(DatabaseConfigError, match=expected) as caught:
        load_databases(path)
    assert "secret-pw" not in str(caught.value)


def test_build_from_creates_a_missing_sqlite_file_once(tmp_path: Path) -> None:
    target = tmp_path / "var" / "shop.db"
    config = DatabaseConfig(name="demo", url=f"sqlite:///{target}", build_from=SHOP_SQL)
    database = Database(config)
    assert run_read_only(database, "SELECT COUNT(*) FROM customers").rows == [[20]]
    assert target.exists() and not target.with_name("shop.db.building").exists()
    database.dispose()


# --- introspection ---


def test_introspection_reads_tables_views_columns_and_keys(shop: Database) -> None:
    schema = introspect(shop)
    tables = {t.name: t for t in schema.tables}
    assert set(tables) == {"customers", "products", "orders", "order_items", "order_totals"}
    assert tables["order_totals"].kind == "view"
    items = tables["order_items"]
    assert items.primary_key == ("order_id", "product_id")
    assert {(fk.columns, fk.referred_table) for fk in items.foreign_keys} == {
        (("order_id",), "orders"),
        (("product_id",), "products"),
    }
    price = next(c for c in items.columns if c.name == "unit_price")
    assert price.type == "DECIMAL(10, 2)"
    assert not price.nullable
    # SQLite keeps no comments in its catalogue; the ones written in its DDL are read.
    assert price.comment == "price paid per unit, in EUR"


def test_sample_values_are_shown_only_for_low_cardinality_text(shop: Database) -> None:
    columns = {(t.name, c.name): c for t in introspect(shop).tables for c in t.columns}
    # Every status the rows hold, most frequent first: the prompt picks three of them.
    assert columns["orders", "status"].samples == ("delivered", "shipped", "cancelled", "pending")
    assert columns["products", "category"].samples[0] in {"coffee", "equipment", "accessories"}
    assert columns["customers", "email"].samples == ()  # every value distinct: not a category
    assert columns["customers", "id"].samples == ()
    assert columns["order_totals", "status"].samples == ()  # views are not sampled


def test_the_prompt_shows_three_samples_and_a_question_values_program_the_asked_one(
    shop: Database,
) -> None:
    text = render_ddl(introspect(shop), shop.engine.dialect.identifier_preparer)
    question = "How many orders are still pending?"
    status = "  status TEXT NOT NULL"  # the orders table (the view's has no samples)
    first = next(line for line in render_schema(text, question).text.splitlines() if status in line)
    assert first.endswith("-- e.g. 'delivered', 'shipped', 'cancelled'")
    asked = render_schema(text, question, question_values=True).text.splitlines()
    assert next(line for line in asked if status in line).endswith("'shipped', 'pending'")


def test_the_rendered_schema_parses_as_a_pasted_one(shop: Database) -> None:
    schema = introspect(shop)
    text = render_ddl(schema, shop.engine.dialect.identifier_preparer)
    assert (
        "INSERT INTO orders (status) VALUES ('delivered'), ('shipped'), ('cancelled'), ('pending');"
        in text
    )
    assert "FOREIGN KEY (customer_id) REFERENCES customers (id)" in text
    assert "-- view" in text
    info = parse_schema(text, "sqlite")
    assert set(info.tables["order_totals"]) == {
        "order_id",
        "customer_id",
        "ordered_on",
        "status",
        "total",
    }


def test_the_allow_list_limits_what_is_shown(shop_file: Path) -> None:
    config = DatabaseConfig(
        name="shop", url=f"sqlite:///{shop_file}", tables=["orders", "Customers"]
    )
    database = Database(config)
    assert {t.name for t in introspect(database).tables} == {"orders", "customers"}
    database.dispose()


def test_a_missing_sqlite_file_is_unavailable_not_created(tmp_path: Path) -> None:
    database = Database(DatabaseConfig(name="gone", url=f"sqlite:///{tmp_path / 'gone.db'}"))
    with pytest.raises(DatabaseUnavailableError):
        introspect(database)
    assert not (tmp_path / "gone.db").exists()
    assert database.ping() is False


# --- execution ---


def test_rows_come_back_with_columns(shop: Database) -> None:
    rows = run_read_only(
        shop, "SELECT status, COUNT(*) AS n FROM orders GROUP BY status ORDER BY status"
    )
    assert rows.columns == ["status", "n"]
    assert rows.rows == [["cancelled", 11], ["delivered", 33], ["pending", 4], ["shipped", 12]]
    assert rows.truncated is False


def test_rows_past_the_limit_are_cut_and_flagged(shop: Database) -> None:
    rows = run_read_only(shop, "SELECT id FROM orders ORDER BY id", row_limit=5)
    assert rows.rows == [[1], [2], [3], [4], [5]]
    assert rows.truncated is True
    exact = run_read_only(shop, "SELECT id FROM orders WHERE id <= 5", row_limit=5)
    assert exact.truncated is False


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE orders SET status = 'cancelled'",
        "DELETE FROM order_items",
        "INSERT INTO customers (id, name, email, country, segment, signed_up_on) "
        "VALUES (99, 'x', 'x@x', 'x', 'consumer', '2025-01-01')",
        "CREATE TABLE stolen (x INTEGER)",
        "DROP TABLE orders",
        "PRAGMA query_only = OFF",
    ],
)
def test_a_write_is_refused_by_sqlite_itself(shop: Database, sql: str) -> None:
    if sql.startswith("PRAGMA"):
        # Even turning query_only off leaves the file opened read-only.
        run_read_only(shop, sql)
        sql = "DELETE FROM order_items"
    with pytest.raises(QueryError, match="readonly"):
        run_read_only(shop, sql)
    assert run_read_only(shop, "SELECT COUNT(*) FROM order_items").rows[0][0] > 0


def test_a_slow_query_is_interrupted_at_the_timeout(shop: Database) -> None:
    slow = "SELECT COUNT(*) FROM order_items a, order_items b, order_items c, order_items d"
    with pytest.raises(DatabaseTimeoutError, match="0.2 s"):
        run_read_only(shop, slow, timeout_s=0.2)
    assert run_read_only(shop, "SELECT 1").rows == [[1]]  # the connection is fine after


def test_a_bad_query_is_a_query_error_with_the_database_message(shop: Database) -> None:
    with pytest.raises(QueryError, match="no such column: totl"):
        run_read_only(shop, "SELECT totl FROM orders")


def test_values_become_json_safe() -> None:
    assert json_safe(Decimal("12.34")) == 12.34
    assert json_safe(Decimal("12.0000")) == 12
    assert json_safe(Decimal("0.1000000000000000055511151231257827")) == (
        "0.1000000000000000055511151231257827"
    )
    assert json_safe(Decimal("NaN")) == "NaN"
    assert json_safe(float("inf")) == "inf"
    assert json_safe(dt.datetime(2025, 1, 2, 3, 4, 5)) == "2025-01-02T03:04:05"
    assert json_safe(dt.date(2025, 1, 2)) == "2025-01-02"
    assert json_safe(dt.timedelta(minutes=1)) == 60.0
    assert json_safe(b"\x00\xff") == "00ff"
    assert json_safe(memoryview(b"\x01")) == "01"
    uid = uuid.uuid4()
    assert json_safe(uid) == str(uid)
    assert json_safe([Decimal("1.5"), {"a": dt.date(2025, 1, 1)}]) == [1.5, {"a": "2025-01-01"}]
