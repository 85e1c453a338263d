"""Schemas pasted as database dumps: pg_dump, mysqldump and SQLite's .dump read into DDL.

The PostgreSQL dump is real pg_dump 15 output (a support desk with a schema of its own, an enum
type, serial keys, a comment and COPY data; bench/unseen/ asks questions of it); a fresh pg_dump
of the live test server is read in test_databases_postgres.py. The SQLite dump is made here by
SQLite itself.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.checking import parse_schema
from app.dumps import read_schema
from app.dumps.copy_blocks import lift_copy_blocks, parse_copy_row
from app.errors import SchemaError
from app.execution import Sandbox
from app.prompt.schema_view import render_schema

ROOT = Path(__file__).parents[2]
PG_DUMP = (ROOT / "bench" / "unseen" / "support_desk_pg_dump.sql").read_text(encoding="utf-8")
MYSQL_DUMP = (Path(__file__).parent / "data" / "shop_mysqldump.sql").read_text(encoding="utf-8")


def test_a_schema_that_is_not_a_dump_comes_back_as_written() -> None:
    schema = (
        "CREATE TABLE t (id INT PRIMARY KEY, name TEXT); -- people\n"
        "INSERT INTO t VALUES (1, 'a');\nCREATE VIEW v AS SELECT name FROM t;"
    )
    reading = read_schema(schema, "sqlite")
    assert reading.text is schema  # the prompts the programs were measured with, unchanged
    assert reading.notes == []


def test_a_pg_dump_reads_as_its_tables_keys_comments_enum_values_and_rows() -> None:
    reading = read_schema(PG_DUMP, "postgres")
    info = parse_schema(reading.text, "postgres")
    assert set(info.tables) == {"agents", "customers", "tickets"}
    assert info.tables["customers"]["companyName"] == "VARCHAR(120)"
    assert info.keys.primary_keys == {
        "agents": "agent_id",
        "customers": "customer_id",
        "tickets": "ticket_id",
    }
    assert info.keys.references == {
        ("tickets", "agent_id"): "agents",
        ("tickets", "customer_id"): "customers",
    }
    assert info.keys.unfilled == {}  # nextval defaults: the database fills the keys in
    view = render_schema(reading.text, "Which tickets are open?", "postgres").text
    assert "subscription tier" in view  # COMMENT ON COLUMN
    assert "one of 'open', 'pending', 'closed'" in view  # CREATE TYPE ... AS ENUM
    assert "'Acme Corp'" in view  # a COPY row, as an example value
    assert "OWNER" not in reading.text and "SET " not in reading.text
    notes = "\n".join(reading.notes)
    assert "SET x11" in notes and "ALTER ... OWNER TO x8" in notes
    assert "primary key x3" in notes and "foreign key x2" in notes and "serial key x3" in notes
    assert "13 rows of 3 COPY blocks" in notes


def test_the_rows_of_a_pg_dump_fill_a_sandbox_that_answers_schema_qualified_queries() -> None:
    reading = read_schema(PG_DUMP, "postgres")
    with Sandbox(reading.text, dialect="postgres") as sandbox:
        rows = sandbox.query(
            'SELECT c."companyName", COUNT(*) FROM support.tickets AS t '
            "JOIN support.customers AS c ON c.customer_id = t.customer_id "
            "WHERE t.status <> 'closed' GROUP BY c.\"companyName\" ORDER BY 1",
            dialect="postgres",
        ).rows
        nulls = sandbox.query(
            "SELECT COUNT(*) FROM support.tickets WHERE agent_id IS NULL", dialect="postgres"
        ).rows
    assert rows == (("Globex", 2), ("Initech", 1))
    assert nulls == ((1,),)  # COPY's \N is NULL


def test_a_mysqldump_reads_without_its_locks_and_drops() -> None:
    reading = read_schema(MYSQL_DUMP, "mysql")
    info = parse_schema(reading.text, "mysql")
    assert set(info.tables) == {"customers", "orders"}
    assert info.keys.references == {("orders", "customer_id"): "customers"}  # a named CONSTRAINT
    assert reading.notes == [
        "6 statements left out, as they do not change what a query reads: "
        "DROP TABLE x2, LOCK TABLES x2, UNLOCK TABLES x2"
    ]
    with Sandbox(reading.text, dialect="mysql") as sandbox:
        total = sandbox.query("SELECT SUM(total) FROM orders", dialect="mysql").rows
    assert total == ((245.75,),)


def test_sqlites_own_dump_reads_without_its_transaction(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "library.db")
    connection.executescript(
        "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT);"
        "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors(id));"
        "CREATE INDEX books_author ON books (author_id);"
        "INSERT INTO authors VALUES (1, 'Ursula'); INSERT INTO books VALUES (1, 1);"
    )
    dump = "PRAGMA foreign_keys=OFF;\n" + "\n".join(connection.iterdump())
    connection.close()
    reading = read_schema(dump, "sqlite")
    assert set(parse_schema(reading.text, "sqlite").tables) == {"authors", "books"}
    assert reading.notes == [
        "4 statements left out, as they do not change what a query reads: "
        "PRAGMA x1, BEGIN x1, CREATE INDEX x1, COMMIT x1"
    ]


def test_grants_and_privileges_are_left_out() -> None:
    schema = (
        "CREATE TABLE t (id INT);\nGRANT SELECT ON TABLE t TO reader;\n"
        "REVOKE ALL ON SCHEMA public FROM PUBLIC;\n"
        "ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO reader;"
    )
    reading = read_schema(schema, "postgres")
    assert reading.text == "CREATE TABLE t (id INT);\n"
    assert reading.notes == [
        "3 statements left out, as they do not change what a query reads: "
        "GRANT x1, REVOKE x1, ALTER DEFAULT x1"
    ]


def test_a_migration_log_reads_as_the_tables_stand_after_it() -> None:
    schema = """
        CREATE TABLE users (id INT PRIMARY KEY, name TEXT, legacy_flag INT);
        ALTER TABLE users ADD COLUMN email TEXT;
        ALTER TABLE users RENAME COLUMN name TO full_name;
        ALTER TABLE users DROP COLUMN legacy_flag;
        ALTER TABLE users ALTER COLUMN email SET NOT NULL;
        COMMENT ON TABLE users IS 'people who can sign in';
        CREATE TABLE sessions_old (id INT);
        DROP TABLE sessions_old;
    """
    reading = read_schema(schema, "postgres")
    assert parse_schema(reading.text, "postgres").tables == {
        "users": {"id": "INT", "full_name": "TEXT", "email": "TEXT"}
    }
    assert "people who can sign in" in reading.text
    assert reading.notes == [
        "folded into the CREATE TABLE statements: added column x1, renamed column x1, "
        "dropped column x1, column setting x1, comment x1, dropped table x1"
    ]


@pytest.mark.parametrize(
    ("statement", "refused"),
    [
        ("ALTER TABLE users ALTER COLUMN id TYPE BIGINT", "ALTER"),  # a type change
        ("ALTER TABLE users DROP COLUMN nope", "ALTER"),  # a column that is not there
        ("ALTER TABLE ghosts ADD COLUMN x INT", "ALTER"),  # a table that was not sent
        ("UPDATE users SET id = 2", "UPDATE"),
    ],
)
def test_what_cannot_be_folded_faithfully_is_still_refused_by_name(
    statement: str, refused: str
) -> None:
    schema = f"SET client_encoding = 'UTF8';\nCREATE TABLE users (id INT);\n{statement};"
    with pytest.raises(SchemaError, match=f"is a {refused} statement"):
        parse_schema(read_schema(schema, "postgres").text, "postgres")


def test_copy_rows_are_typed_by_their_columns_and_unescaped() -> None:
    dump = (
        "CREATE TABLE public.events (id integer, label text, done boolean, score numeric);\n"
        "COPY public.events (id, label, done, score) FROM stdin;\n"
        "1\ttab\\there\tt\t1.5\n"
        "2\tback\\\\slash\tf\t\\N\n"
        "\\.\n"
    )
    reading = read_schema(dump, "postgres")
    assert "(1, 'tab\there', TRUE, 1.5)" in reading.text
    assert "(2, 'back\\slash', FALSE, NULL)" in reading.text


def test_a_copy_block_without_a_column_list_or_a_known_table_keeps_its_rows_as_text() -> None:
    lifted = lift_copy_blocks("COPY elsewhere FROM stdin;\n7\tx\n\\.\n\\restrict abc\nSELECT 1;")
    assert [(b.table, b.columns, b.rows) for b in lifted.copies] == [
        ("elsewhere", None, [["7", "x"]])
    ]
    assert lifted.meta_commands == 1
    assert lifted.sql == "SELECT 1;"
    assert parse_copy_row("a\\nb\t\\101\t\\x41\t\\N") == ["a\nb", "A", "A", None]


def test_a_sql_server_script_reads_without_its_go_batches_and_settings() -> None:
    script = (Path(__file__).parent / "data" / "shop_ssms_script.sql").read_text()
    reading = read_schema(script, "tsql")
    info = parse_schema(reading.text, "tsql")
    assert set(info.tables) == {"Customers", "Orders"}
    assert info.keys.primary_keys == {"customers": "customerid", "orders": "orderid"}
    assert info.keys.references == {("orders", "customerid"): "customers"}
    assert reading.notes == [
        "11 statements left out, as they do not change what a query reads: "
        "client command (psql \\..., GO) x7, SET x2, USE x1, ALTER TABLE x1",
        "folded into the CREATE TABLE statements: foreign key x1",
    ]
    rows = reading.text + "\nINSERT INTO [dbo].[Customers] ([Name]) VALUES (N'Ann');"
    with Sandbox(rows, dialect="tsql") as sandbox:  # CLUSTERED keys, ON [PRIMARY], N'...'
        found = sandbox.query(
            "SELECT TOP 1 CustomerID, Name FROM dbo.Customers WHERE Name = N'Ann'", dialect="tsql"
        ).rows
    assert found == ((1, "Ann"),)


def test_a_dump_statement_sqlglot_would_parse_for_hours_is_refused_unparsed() -> None:
    view = "CREATE VIEW v AS SELECT * FROM t" + " JOIN t" * 40
    dump = f"SET client_encoding = 'UTF8';\nCREATE TABLE t (id INT);\n{view};"
    reading = read_schema(dump, "postgres")  # 40 bare JOINs would take sqlglot hours to parse
    with pytest.raises(SchemaError, match="statement 2 is refused unparsed: .*40 JOINs"):
        parse_schema(reading.text, "postgres")
