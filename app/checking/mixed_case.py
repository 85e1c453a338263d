"""A correction from the schema's rows: a value the rows spell in several cases is compared
without case.

Typed-in data spells one thing several ways: a car's make as 'Ford', 'FORD' and 'ford', a city
as 'Brussels' and 'brussels'. Asked "how many Ford vehicles", a small model writes ``make =
'Ford'``, which PostgreSQL and SQLite compare case by case: it counts one spelling and misses
the others, and nothing in the answer looks wrong. Where the schema's INSERT rows (or a dump's
COPY data) hold the compared value in more than one case, ``make = 'Ford'`` becomes
``LOWER(make) = 'ford'`` (an ``IN`` list likewise), and the change is reported in
``corrections``. A value the rows spell one way only is left as written, and so is MySQL, whose
default collations compare without case already.
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.candidate import Candidate, correct_read
from app.checking.conditions import compared_values
from app.checking.schema import SchemaInfo
from app.checking.scopes import column_table, query_scopes, scope_tables


def correct_mixed_case(candidate: Candidate) -> list[str]:
    """Not a check: a value the rows spell in several cases is compared without case."""
    return correct_read(candidate, lambda s: compare_without_case(s, candidate.schema))


def compare_without_case(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """Apply this module's correction to ``statement`` in place; one note per comparison.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema("CREATE TABLE v (make TEXT); INSERT INTO v VALUES ('Ford'), "
    ...                       "('FORD'), ('Audi')", "sqlite")
    >>> query = sqlglot.parse_one("SELECT COUNT(*) FROM v WHERE make = 'Ford'")
    >>> len(compare_without_case(query, schema))
    1
    >>> query.sql()
    "SELECT COUNT(*) FROM v WHERE LOWER(make) = 'ford'"
    """
    if schema.dialect == "mysql" or not schema.mixed_case:
        return []
    columns = schema.lowered_columns()
    notes: list[str] = []
    for scope in query_scopes(statement):
        tables = scope_tables(scope)
        for comparison in list(scope.find_all(exp.EQ, exp.In)):
            for column, values in compared_values([comparison]):
                if not isinstance(column, exp.Column):
                    continue
                table = column_table(column, tables, columns)
                mixed = schema.mixed_case.get((table or "", column.name.lower()), frozenset())
                texts = [v for v in values if isinstance(v, exp.Literal) and v.is_string]
                if not texts or not any(t.this.lower() in mixed for t in texts):
                    continue
                before = comparison.sql(schema.dialect)
                for text in texts:
                    text.replace(exp.Literal.string(text.this.lower()))
                column.replace(exp.Lower(this=column.copy()))
                notes.append(
                    f"{before} -> {comparison.sql(schema.dialect)} (the rows spell "
                    f"{column.name} in more than one case)"
                )
    return notes
