"""A check after the identifier check: one table joined twice on the same key.

"Give the equipment name, the farm name of its owner and the farm name of the borrower" was
answered ``JOIN members AS m1 ON el.borrower_member_id = m1.member_id JOIN members AS m2 ON
el.borrower_member_id = m2.member_id``: two aliases that are the same row, so the owner's
column shows the borrower. A table is joined twice for two roles; when two joins of one table
match the same column of the same other table, and another key to that table is there to give
the second role (a declared foreign key of another table the query reads), the answer is
refused with the keys it could join through.
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.candidate import Candidate
from app.checking.schema import SchemaInfo
from app.checking.scopes import join_sides, scope_tables, select_scopes


def joins_each_role_once(candidate: Candidate) -> list[str]:
    """The checker's rule (app.checking.check.RULES)."""
    return twin_join_issues(candidate.statements[0], candidate.schema)


def twin_join_issues(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """One issue per pair of joins of one table on the same key.

    >>> import sqlglot
    >>> from app.checking import parse_schema
    >>> schema = parse_schema(
    ...     "CREATE TABLE m (id INT PRIMARY KEY, name TEXT);"
    ...     "CREATE TABLE e (id INT PRIMARY KEY, owner_id INT REFERENCES m (id));"
    ...     "CREATE TABLE l (e_id INT REFERENCES e (id), borrower_id INT REFERENCES m (id))",
    ...     "sqlite")
    >>> sql = ("SELECT a.name, b.name FROM l JOIN e ON e.id = l.e_id "
    ...        "JOIN m AS a ON l.borrower_id = a.id JOIN m AS b ON l.borrower_id = b.id")
    >>> twin_join_issues(sqlglot.parse_one(sql), schema)[0].split(":")[0]
    'm AS a and m AS b are both joined on l.borrower_id, so they are the same row'
    """
    issues: list[str] = []
    for scope, select in select_scopes(statement):
        read = scope_tables(scope)
        seen: dict[tuple[str, str, str], exp.Table] = {}
        for join in select.args.get("joins") or []:
            joined, key = join.this, join_sides(join)
            if not isinstance(joined, exp.Table) or key is None:
                continue
            table = schema.declared_table(joined.name).lower()
            signature = (table, key[0].name.lower(), key[1].sql().lower())
            twin = seen.setdefault(signature, joined)
            if twin is joined:
                continue
            other_keys = [
                f"{source}.{column}"
                for (source, column), target in sorted(schema.keys.references.items())
                if target == table != source
                and source in read.values()
                and f"{source}.{column}" != f"{read.get(key[1].table.lower())}.{key[1].name}"
            ]
            if other_keys:
                issues.append(
                    f"{twin.sql()} and {joined.sql()} are both joined on {key[1].sql()}, so they "
                    f"are the same row: join the other role through {' or '.join(other_keys)}"
                )
    return issues
