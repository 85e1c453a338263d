"""The SQLite sandbox: building from contexts, limits, typed errors, write snapshots."""

from __future__ import annotations

import time

import pytest

from app.execution import (
    ContextBuildError,
    QueryError,
    QueryTimeoutError,
    RowLimitError,
    Sandbox,
    SandboxError,
    is_query,
    split_statements,
)

CONTEXT = """
CREATE TABLE emp (id INT PRIMARY KEY, name TEXT, dept TEXT, salary REAL);
INSERT INTO emp VALUES (1, 'Ann', 'IT', 100.0), (2, 'Bob', 'IT', 80.0), (3, 'Cid', 'HR', 60.5);
"""
RUNAWAY = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r"
ENDLESS_ROWS = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r"


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(CONTEXT)


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("SELECT 1", ["SELECT 1"]),
        ("SELECT 1; SELECT 2;", ["SELECT 1;", "SELECT 2;"]),
        ("INSERT INTO t VALUES ('a;b');", ["INSERT INTO t VALUES ('a;b');"]),
        ('CREATE TABLE "x;y" (a INT);', ['CREATE TABLE "x;y" (a INT);']),
        ("SELECT 1; -- trailing; comment\n", ["SELECT 1;"]),
        ("/* a; b */ SELECT 1; /* c */ -- d\n;", ["/* a; b */ SELECT 1;"]),
        ("-- only a comment", []),
        (" ; ;\n", []),
        (
            "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET a = 1; END; SELECT 1;",
            ["CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET a = 1; END;", "SELECT 1;"],
        ),
    ],
)
def test_split_statements(script: str, expected: list[str]) -> None:
    assert split_statements(script) == expected


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT 1", True),
        ("  (SELECT a FROM t) UNION SELECT b FROM u", True),
        ("WITH x AS (SELECT 1) SELECT * FROM x", True),
        ("VALUES (1), (2)", True),
        ("INSERT INTO t VALUES (1)", False),
        ("WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x", False),
        ("UPDATE t SET a = 1", False),
        ("DELETE FROM t", False),
        ("CREATE TABLE t (a INT)", False),
        ("SELECT 1; SELECT 2", False),
        ("SELECT FROM WHERE ((", True),  # unparseable: judged by its first keyword
    ],
)
def test_is_query(sql: str, expected: bool) -> None:
    assert is_query(sql) is expected


def test_query_returns_columns_and_rows(sandbox: Sandbox) -> None:
    result = sandbox.query("SELECT name, salary FROM emp WHERE dept = 'IT' ORDER BY id")
    assert result.columns == ("name", "salary")
    assert result.rows == (("Ann", 100.0), ("Bob", 80.0))


def test_a_mariadb_dump_s_tables_are_built_as_it_writes_them() -> None:
    # mysqldump of MariaDB (and MySQL 5) writes integer display widths and named unique keys;
    # SQLite takes AUTOINCREMENT only on a key typed exactly INTEGER, and no name on UNIQUE.
    context = (
        "CREATE TABLE `customers` (\n  `customer_id` int(11) NOT NULL AUTO_INCREMENT,\n"
        "  `email` varchar(160) NOT NULL,\n  PRIMARY KEY (`customer_id`),\n"
        "  UNIQUE KEY `uq_customers_email` (`email`),\n  KEY `idx_email` (`email`)\n"
        ") ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4;\n"
        "INSERT INTO `customers` VALUES (1,'a@x.de'),(2,'b@x.nl');"
    )
    with Sandbox(context, dialect="mysql") as sandbox:
        assert sandbox.query("SELECT COUNT(DISTINCT email) FROM customers").rows == ((2,),)
        with pytest.raises(QueryError):  # the key is still unique
            sandbox.execute_write("INSERT INTO customers (email) VALUES ('a@x.de')")


def test_a_mysqldump_with_unsigned_keys_and_escaped_quotes_is_built_whole() -> None:
    # Two bundled dumps built no sandbox: `int(10) unsigned ... AUTO_INCREMENT` (SQLite's
    # AUTOINCREMENT wants INTEGER), and 'O\'Brien' read by SQLite's splitter as a string that
    # ends at the backslash, which swallowed every statement after it into one.
    context = (
        "CREATE TABLE `staff` (\n  `staff_id` int(10) unsigned NOT NULL AUTO_INCREMENT,\n"
        "  `name` varchar(40) NOT NULL,\n  PRIMARY KEY (`staff_id`)\n) ENGINE=InnoDB;\n"
        "INSERT INTO `staff` VALUES (1,'O\\'Brien; Jr'),(2,'C:\\\\');\n"
        "CREATE TABLE `shifts` (`shift_id` int(10) unsigned NOT NULL, `staff_id` int(10) "
        "unsigned NOT NULL, PRIMARY KEY (`shift_id`));\n"
        "INSERT INTO `shifts` VALUES (1,1),(2,1);"
    )
    with Sandbox(context, dialect="mysql") as sandbox:
        assert len(sandbox.statements) == 4
        assert sandbox.query(
            "SELECT s.name, COUNT(*) FROM staff s JOIN shifts h ON h.staff_id = s.staff_id "
            "GROUP BY s.name"
        ).rows == (("O'Brien; Jr", 2),)
        assert sandbox.query("SELECT name FROM staff WHERE staff_id = 2").rows == (("C:\\",),)


def test_mysql_context_is_transpiled_statement_by_statement() -> None:
    context = (
        "CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20)) ENGINE=InnoDB;\n"
        "INSERT INTO t (name) VALUES ('O\\'Brien'), (\"plain\");"
    )
    with Sandbox(context) as sandbox:
        assert "AUTO_INCREMENT" not in sandbox.statements[0]
        assert sandbox.query("SELECT id, name FROM t ORDER BY id").rows == (
            (1, "O'Brien"),
            (2, "plain"),
        )


def test_postgres_context_with_explicit_dialect() -> None:
    context = "CREATE TABLE t (a INT, b TEXT); INSERT INTO t VALUES (1, 'x'::TEXT);"
    with Sandbox(context) as detected:
        assert detected.query("SELECT a, b FROM t").rows == ((1, "x"),)
    with Sandbox(context, dialect="postgres") as sandbox:
        assert sandbox.query("SELECT a FROM t").rows == ((1,),)


@pytest.mark.parametrize(
    ("context", "dialect"),
    [
        (  # a column COMMENT and an inline KEY: SQLite reads neither
            "CREATE TABLE t (a INT NOT NULL COMMENT 'the a', b ENUM('x', 'y'), KEY ix (a));"
            "INSERT INTO t VALUES (1, 'x');",
            "mysql",
        ),
        (  # a CHECK on an array, an enum type, an array column and a cast as the default
            "CREATE TABLE s.t (a INT CHECK (a = ANY (ARRAY[1, 2])), b s.kind DEFAULT 'x'::s.kind, "
            "tags TEXT[]); INSERT INTO s.t VALUES (1, 'x', '{p,q}');",
            "postgres",
        ),
    ],
)
def test_a_create_table_sqlite_cannot_run_is_relaxed_to_one_it_can(
    context: str, dialect: str
) -> None:
    with Sandbox(context, dialect=dialect) as sandbox:
        qualified = "s.t" if dialect == "postgres" else "t"
        result = sandbox.query(f"SELECT a, b FROM {qualified} WHERE b = 'x'", dialect=dialect)
    assert result.rows == ((1, "x"),)


def test_query_in_another_dialect_is_transpiled(sandbox: Sandbox) -> None:
    result = sandbox.query("SELECT name FROM emp WHERE id = 1::INT", dialect="postgres")
    assert result.rows == (("Ann",),)


def test_failing_context_statement_is_named() -> None:
    with pytest.raises(ContextBuildError) as info:
        Sandbox("CREATE TABLE a (x INT);\nINSERT INTO missing VALUES (1);")
    assert info.value.index == 2
    assert info.value.statement == "INSERT INTO missing VALUES (1);"
    assert "no such table: missing" in str(info.value)
    assert info.value.code == "sandbox_context_invalid"


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT nope FROM emp",
        "SELEC name FROM emp",
        "SELECT 1; SELECT 2",
        "",
        "ATTACH DATABASE 'sandbox-escape.db' AS other",  # would create a file
        "SELECT length(randomblob(100000000))",  # over the per-value size cap
    ],
)
def test_bad_queries_raise_query_error(sandbox: Sandbox, sql: str) -> None:
    with pytest.raises(QueryError) as info:
        sandbox.query(sql)
    assert info.value.code == "sandbox_query_failed"


def test_runaway_query_is_interrupted_at_its_deadline(sandbox: Sandbox) -> None:
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError) as info:
        sandbox.query(RUNAWAY, timeout_s=0.2)
    assert time.monotonic() - started < 1.0
    assert info.value.timeout_s == 0.2
    assert info.value.code == "sandbox_timeout"


def test_runaway_write_is_interrupted(sandbox: Sandbox) -> None:
    insert = (
        "INSERT INTO emp (id) WITH RECURSIVE r(n) AS (SELECT 10 UNION ALL SELECT n + 1 FROM r) "
        "SELECT n FROM r"
    )
    with pytest.raises(QueryTimeoutError):
        sandbox.execute_write(insert, timeout_s=0.2)


@pytest.mark.parametrize(("max_rows", "fails"), [(2, True), (3, False)])
def test_row_limit_raises_instead_of_truncating(
    sandbox: Sandbox, max_rows: int, fails: bool
) -> None:
    if fails:
        with pytest.raises(RowLimitError) as info:
            sandbox.query("SELECT * FROM emp", max_rows=max_rows)
        assert info.value.max_rows == max_rows
    else:
        assert len(sandbox.query("SELECT * FROM emp", max_rows=max_rows).rows) == 3


def test_endless_result_stops_at_the_row_limit(sandbox: Sandbox) -> None:
    with pytest.raises(RowLimitError):
        sandbox.query(ENDLESS_ROWS, max_rows=100)


def test_write_returns_full_state_and_leaves_template_untouched(sandbox: Sandbox) -> None:
    state = sandbox.execute_write("UPDATE emp SET salary = 0 WHERE dept = 'HR'")
    (table,) = state.tables
    assert table.name == "emp"
    assert table.columns == ("id", "name", "dept", "salary")
    assert (3, "Cid", "HR", 0) in table.rows
    # every run gets a fresh copy: the update is gone for the next one
    assert sandbox.query("SELECT salary FROM emp WHERE id = 3").rows == ((60.5,),)
    assert sandbox.state() != state


def test_state_is_a_sorted_multiset_of_mixed_types() -> None:
    context = "CREATE TABLE m (v); INSERT INTO m VALUES ('b'), (2), (NULL), (1.5), (2), (x'00');"
    (table,) = Sandbox(context).state().tables
    assert table.rows == ((None,), (1.5,), (2,), (2,), ("b",), (b"\x00",))


def test_write_state_covers_ddl_and_views(sandbox: Sandbox) -> None:
    state = sandbox.execute_write(
        "CREATE VIEW Rich AS SELECT name FROM emp WHERE salary > 90; ALTER TABLE emp ADD bonus INT"
    )
    tables = {t.name: t for t in state.tables}
    assert tables["rich"].rows == (("Ann",),)
    assert tables["emp"].columns[-1] == "bonus"


def test_write_with_own_transaction(sandbox: Sandbox) -> None:
    state = sandbox.execute_write("BEGIN; DELETE FROM emp WHERE id = 1; COMMIT;")
    assert len(state.tables[0].rows) == 2


def test_failing_write_raises_query_error() -> None:
    with Sandbox(CONTEXT) as sandbox, pytest.raises(QueryError):
        sandbox.execute_write("UPDATE nope SET a = 1")


def test_error_codes_are_distinct_and_share_a_base() -> None:
    classes: list[type[SandboxError]] = [
        ContextBuildError,
        QueryError,
        QueryTimeoutError,
        RowLimitError,
    ]
    assert all(issubclass(cls, SandboxError) for cls in classes)
    assert len({cls.code for cls in classes} | {SandboxError.code}) == 5
