"""Step 3 of the checker: the read/write policy.

Read-only unless the request allows writes (and the server does); statements that change the
schema, the session or the server, and functions that reach files, code, time or locks, are
never allowed.
"""

from __future__ import annotations

import re

from sqlglot import exp

READ_ROOTS: tuple[type[exp.Expr], ...] = (exp.Select, exp.SetOperation)
DML_ROOTS: tuple[type[exp.Expr], ...] = (exp.Insert, exp.Update, exp.Delete, exp.Merge)

# Nodes that change data, schema, session or server state, wherever they appear in a tree
# (a DELETE hidden in a CTE, SELECT ... INTO, PRAGMA, ATTACH, a statement sqlglot could only
# keep as an opaque Command, ...).
WRITE_NODES: tuple[type[exp.Expr], ...] = (
    exp.Insert,
    exp.Update,
    exp.Delete,
    exp.Merge,
    exp.Into,
    exp.Lock,
)
NEVER_NODES: tuple[type[exp.Expr], ...] = (
    exp.Create,
    exp.Drop,
    exp.Alter,
    exp.TruncateTable,
    exp.Command,
    exp.Pragma,
    exp.Attach,
    exp.Detach,
    exp.Transaction,
    exp.Commit,
    exp.Rollback,
    exp.Grant,
    exp.Revoke,
    exp.Copy,
    exp.Use,
    exp.LoadData,
    exp.Set,
    exp.Kill,
    exp.Cache,
    exp.Uncache,
    exp.Refresh,
    exp.Analyze,
    exp.Describe,
    exp.Show,
    exp.Export,
)

# Functions that read or write files, load code, sleep, or touch server state. A query that
# calls them is not "read-only" in any sense that matters to the database owner.
FORBIDDEN_FUNCTIONS = frozenset(
    {
        "load_extension",
        "readfile",
        "writefile",
        "edit",
        "fts3_tokenizer",
        "zipfile",
        "pg_sleep",
        "pg_sleep_for",
        "pg_sleep_until",
        "sleep",
        "benchmark",
        "waitfor",
        "pg_read_file",
        "pg_read_binary_file",
        "pg_ls_dir",
        "pg_stat_file",
        "lo_import",
        "lo_export",
        "lo_unlink",
        "dblink",
        "dblink_exec",
        "pg_terminate_backend",
        "pg_cancel_backend",
        "pg_reload_conf",
        "set_config",
        "nextval",
        "setval",
        "load_file",
        "xp_cmdshell",
        "openrowset",
        "opendatasource",
        "system",
        "sys_exec",
        "sys_eval",
        "read_csv",
        "read_csv_auto",
        "read_parquet",
        "read_json",
        "read_text",
        "read_blob",
        "glob",
        "http_get",
        "http_post",
        "url",
        # dynamic SQL (runs text the checker never sees), large objects, locks, notifications
        "query_to_xml",
        "query_to_xmlschema",
        "query_to_xml_and_xmlschema",
        "cursor_to_xml",
        "openquery",
        "query",
        "query_table",
        "lo_create",
        "lo_creat",
        "lo_from_bytea",
        "lo_put",
        "pg_file_write",
        "pg_file_rename",
        "pg_file_unlink",
        "pg_notify",
        "pg_advisory_lock",
        "pg_advisory_lock_shared",
        "pg_advisory_xact_lock",
        "pg_try_advisory_lock",
        "get_lock",
        "release_lock",
    }
)

# MySQL and MariaDB execute the text of /*! ... */ and /*M! ... */ comments.
EXECUTABLE_COMMENT = re.compile(r"/\*M?!")
# T-SQL table hints that take the locks FOR UPDATE takes.
LOCK_HINTS = frozenset({"updlock", "xlock", "tablockx", "holdlock"})


def policy_issues(statement: exp.Expr, allow_write: bool) -> list[str]:
    """Read-only unless writes are allowed; some statements are never allowed."""
    kind = statement.key.upper()
    for node in statement.walk():
        if isinstance(node, NEVER_NODES):
            return [f"{node.key.upper()} statements are never allowed"]
        if isinstance(node, exp.Func):
            name = (node.name if isinstance(node, exp.Anonymous) else node.sql_name()).lower()
            if name in FORBIDDEN_FUNCTIONS:
                return [f"the function {name}() is not allowed"]
    if allow_write and isinstance(statement, READ_ROOTS + DML_ROOTS):
        return []
    if not isinstance(statement, READ_ROOTS):
        return [f"{kind} statements are refused: only queries (SELECT) are allowed"]
    for node in statement.walk():
        if isinstance(node, WRITE_NODES):
            what = "SELECT ... INTO" if isinstance(node, exp.Into) else node.key.upper()
            return [f"{what} inside a query is refused: only read-only queries are allowed"]
        if isinstance(node, exp.WithTableHint) and LOCK_HINTS & {
            hint.name.lower() for hint in node.expressions
        }:
            return ["locking table hints (UPDLOCK, XLOCK, ...) are refused: only reads are allowed"]
    return []
