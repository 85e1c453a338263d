"""An independent judge of "one pure query": shares no code with app.checking on purpose."""

from __future__ import annotations

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

NOT_A_QUERY: tuple[type[exp.Expr], ...] = (
    exp.Insert,
    exp.Update,
    exp.Delete,
    exp.Merge,
    exp.Into,
    exp.Lock,
    exp.Create,
    exp.Drop,
    exp.Alter,
    exp.TruncateTable,
    exp.Command,
    exp.Pragma,
    exp.Attach,
    exp.Detach,
    exp.Copy,
    exp.Set,
    exp.Transaction,
    exp.Commit,
    exp.Rollback,
    exp.Use,
    exp.LoadData,
    exp.Grant,
    exp.WithTableHint,
)
SIDE_EFFECT_FUNCTIONS = {
    "sleep",
    "pg_sleep",
    "load_extension",
    "writefile",
    "readfile",
    "pg_read_file",
    "lo_export",
    "lo_from_bytea",
    "dblink_exec",
    "query_to_xml",
    "openquery",
    "openrowset",
    "query",
    "read_csv_auto",
    "pg_notify",
    "pg_advisory_lock",
    "get_lock",
    "set_config",
}


def is_pure_query(sql: str, dialect: str) -> bool:
    """One read-only query, judged independently of app.checking."""
    if "/*!" in sql or "/*M!" in sql:
        return False
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except SqlglotError:
        return False
    if len(statements) != 1 or not isinstance(statements[0], exp.Query):
        return False
    for node in statements[0].walk():
        if isinstance(node, NOT_A_QUERY):
            return False
        if isinstance(node, exp.Func):
            name = node.name if isinstance(node, exp.Anonymous) else node.sql_name()
            if name.lower() in SIDE_EFFECT_FUNCTIONS:
                return False
    return True
