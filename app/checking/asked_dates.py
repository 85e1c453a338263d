"""A check that reads the question: "When ...?" is answered with a date or a time.

Asked "When did each buyer place their most recent order?", a small model returns
``MAX(o.order_id)``: the latest order, but not when it was placed. A question that asks when
(``When did``, ``when was``, ``what date``, ``which day``...) whose answer returns nothing read
from a date or time column (declared ``DATE``/``TIME``/``TIMESTAMP``, or named like one:
``ordered_at``, ``visit_date``, ``joined_on``) nor a date function is refused with an issue
naming the date and time columns of the tables the query reads. "Since when", "when ... ,
how many" and other questions whose when is a condition are left alone: the check reads only
questions that open with the asking words.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.schema import SchemaInfo
from app.checking.scopes import query_scopes, scope_tables
from app.checking.types import DATE_NAME, DATE_TYPE, date_columns

_ASKS_WHEN = re.compile(
    r"^\W*(?:when\s+(?:did|was|were|is|are|does|do|will|has|have|had)\b|"
    r"(?:on\s+)?(?:what|which)\s+(?:date|day|time)\b)",
    re.I,
)
_DATE_FUNCTIONS = (
    exp.CurrentDate,
    exp.CurrentTimestamp,
    exp.CurrentTime,
    exp.TimeToStr,
    exp.StrToTime,
    exp.StrToDate,
    exp.TsOrDsToDate,
    exp.Date,
    exp.DateTrunc,
    exp.TimestampTrunc,
)


def undated_answer_issues(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """One issue when the question asks when and the answer returns no date or time."""
    if not _ASKS_WHEN.search(question) or not isinstance(statement, exp.Select):
        return []
    if any(_is_dated(projection, schema) for projection in statement.expressions):
        return []
    scopes = query_scopes(statement)
    read = sorted(set(scope_tables(scopes[-1]).values())) if scopes else []
    dated = [column for table in read for column in date_columns(table, schema)]
    hint = f": return {' or '.join(dated)}" if dated else ""
    return [f"the question asks when, but the answer returns no date or time{hint}"]


def _is_dated(projection: exp.Expr, schema: SchemaInfo) -> bool:
    if projection.find(exp.Star) or projection.find(*_DATE_FUNCTIONS):
        return True
    for column in projection.find_all(exp.Column):
        if DATE_NAME.search(column.name):
            return True
        declared = [
            kind
            for columns in schema.tables.values()
            for name, kind in columns.items()
            if name.lower() == column.name.lower()
        ]
        if not declared or any(DATE_TYPE.search(kind or "") for kind in declared):
            return True  # a date, or a CTE's or subquery's column, whose type is not declared
    return False
