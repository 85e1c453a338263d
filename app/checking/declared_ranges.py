"""A correction: a number compared with a column whose declared range cannot hold it.

"Which students achieved a distinction (130 or more out of 150)?" over ``exams (grade INTEGER
CHECK (grade BETWEEN 1 AND 8), score INTEGER CHECK (score BETWEEN 0 AND 150))`` answered
``WHERE e.grade >= 130`` returns nothing, ever: no grade reaches 130. The number belongs to
another column. When a comparison of a column with a number (``=``, ``<``, ``<=``, ``>``,
``>=``, ``BETWEEN``) can hold for no value the column's CHECK allows, and exactly one other
column of its table is declared on a scale (bounded on both sides) the comparison can hold in,
the comparison reads that column (``e.score >= 130``). Every change is reported with the
answer.
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.candidate import Candidate, correct_read
from app.checking.conditions import COMPARISONS
from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes, source_column
from app.checking.value_lists import Range, compared_range


def correct_declared_ranges(candidate: Candidate) -> list[str]:
    """Not a check: a number no value of its column can meet is compared with the one column
    of that table that can hold it (and said so)."""
    return correct_read(candidate, lambda s: compare_within_ranges(s, candidate.schema))


def compare_within_ranges(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """Move, in place, each impossible comparison to the one sibling column it fits.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema("CREATE TABLE e (id INT PRIMARY KEY, grade INT CHECK (grade "
    ...     "BETWEEN 1 AND 8), score INT CHECK (score BETWEEN 0 AND 150), fee INT CHECK (fee > 0))",
    ...     "sqlite")
    >>> query = sqlglot.parse_one("SELECT id FROM e WHERE e.grade >= 130")
    >>> compare_within_ranges(query, schema)
    ['e.grade >= 130 -> e.score >= 130: grade is declared between 1 and 8, and score between 0 and 150']
    """  # noqa: E501
    if not schema.declared_ranges:
        return []
    columns = schema.lowered_columns()
    notes: list[str] = []
    for scope in query_scopes(statement):
        for node in scope.expression.find_all(*COMPARISONS, exp.Between):
            if node.find_ancestor(exp.Select) is not scope.expression:
                continue
            compared = compared_range(node)
            if compared is None:
                continue
            column, wanted = compared
            found = source_column(column, scope, columns)
            table, name = (found[2] if found else None) or "", column.name.lower()
            declared = schema.declared_ranges.get((table, name))
            if declared is None or _meets(declared, wanted):
                continue
            fitting = [
                other
                for (owner, other), span in schema.declared_ranges.items()
                if owner == table and other != name and _meets(span, wanted)
            ]
            # A scale (1 to 8, 0 to 150), not a bare quantity (``> 0``): the number was said
            # on a scale.
            fitting = [f for f in fitting if None not in schema.declared_ranges[(table, f)]]
            if len(fitting) != 1:
                continue
            spelt = next(c for c in schema.columns_of(table) if c.lower() == fitting[0])
            before = node.sql(schema.dialect)
            column.set("this", exp.to_identifier(spelt))
            notes.append(
                f"{before} -> {node.sql(schema.dialect)}: {name} is declared {_said(declared)}, "
                f"and {spelt} {_said(schema.declared_ranges[(table, fitting[0])])}"
            )
    return notes


def _meets(declared: Range, wanted: Range) -> bool:
    """Whether some value lies in both ranges (their bounds counted in)."""
    low = max((b for b in (declared[0], wanted[0]) if b is not None), default=None)
    high = min((b for b in (declared[1], wanted[1]) if b is not None), default=None)
    return low is None or high is None or low <= high


def _said(span: Range) -> str:
    def number(value: float | None) -> str:
        return "" if value is None else f"{value:g}"

    if span[0] is not None and span[1] is not None:
        return f"between {number(span[0])} and {number(span[1])}"
    return f"at least {number(span[0])}" if span[0] is not None else f"at most {number(span[1])}"
