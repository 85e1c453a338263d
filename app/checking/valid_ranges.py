"""A correction that reads the question: the current row of a table that keeps a history.

A table that keeps each value's history marks the span a row held by two dates, the end NULL
for the row that holds now: a salary history's ``effective_from`` / ``effective_to``, a price
list's ``valid_from`` / ``valid_to``. Asked "For every current employee, return ... their current
annual salary", a small model joins the history and returns every salary each employee ever
had. When the question says "current" before words that name such a table or one of its own
columns ("current annual salary" for ``annual_salary_pence``; keys and the two dates do not
count), each query level that reads the table and never reads the end column keeps the rows
whose end is NULL. A table on the outer side of a join is left alone.

The same two dates say which rows held on a day. "What was the headcount of every department
on 30 June 2024? ... (someone counts on their last working day)" answered with ``LEFT JOIN
employees e ON ... AND e.hired_on <= '2024-06-30'`` counts everyone who had started by then,
leavers included. When the question asks about a day ("on 30 June 2024", "as of 2025-05-01",
"on that date") and a query level bounds such a table's start by a date (``start <= D``, in
WHERE or in a join's ON) but never reads its end, the end is bounded beside it: ``(end IS NULL
OR end >= D)``. A row's start and end are its two dates named so (``effective_from`` /
``effective_to``) or by a beginning and an ending event (``hired_on`` / ``left_on``,
``opened_on`` / ``closed_on``), the end nullable. Asked about a day, a query that tests only
the end for that day (``end_date = '2025-06-15'`` for "staying in a foster home on 15 June")
asks which rows ended then: it tests the span instead, unless the question asks what ended.
Every change is reported with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.candidate import Candidate, correct_asked
from app.checking.conditions import conjuncts
from app.checking.event_dates import column_event, word_root
from app.checking.event_states import ENDINGS, reads_column, stated_reads
from app.checking.row_identity import singular_of
from app.checking.schema import SchemaInfo
from app.checking.scopes import scope_tables, select_scopes, source_name
from app.checking.types import DATE_TYPE, ColumnTypes, date_aware_types

_ENDS = frozenset({"to", "until", "till", "thru", "end", "ends", "ended"})
_STARTS = frozenset({"from", "start", "starts", "started", "begin", "begins", "since"})
_BEGINNINGS = frozenset(
    {"hir", "join", "open", "start", "sign", "enrol", "enroll", "regist", "begin", "activat"}
    | {"subscrib", "commenc", "employ", "admitt", "admit", "creat"}
)
# A day the question asks about: "on 30 June 2024", "as of 2025-05-01", "on that date".
_ON_DAY = re.compile(
    r"\b(?:on|as of|as at|at the end of)\s+(?:that (?:date|day)|\d{4}-\d{2}-\d{2}|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+\d{4}|[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})",
    re.IGNORECASE,
)
_DAY_LITERAL = re.compile(r"^\d{4}-\d{2}-\d{2}")
# The question asks about rows that ended: "which memberships ended on 31 August".
_ENDED = re.compile(
    r"\b(?:ended|ends|finished|expired|left|closed|terminated|stopped|cancell?ed|returned)\b",
    re.IGNORECASE,
)
# "current" and the few words after it, up to a comma or the end of a clause.
_CURRENT = re.compile(r"\bcurrent(?:ly)?\s+((?:[a-z']+\s*){1,3})", re.IGNORECASE)


def correct_valid_ranges(candidate: Candidate) -> list[str]:
    """Not a check: a history table's rows the question asks the current one of keep the row
    whose end is NULL (and say so)."""
    return correct_asked(candidate, lambda s, q: current_rows(s, q, candidate.schema))


def current_rows(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Add, in place, ``end IS NULL`` for each history table read whose current row the
    question asks for (see the module); one note per test added.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema(
    ...     "CREATE TABLE salary_history (employee_id INT, annual_salary INT, "
    ...     "effective_from DATE NOT NULL, effective_to DATE)", "sqlite")
    >>> query = sqlglot.parse_one("SELECT employee_id, annual_salary FROM salary_history AS s")
    >>> [note] = current_rows(query, "What is each employee's current annual salary?", schema)
    >>> query.sql()
    'SELECT employee_id, annual_salary FROM salary_history AS s WHERE s.effective_to IS NULL'
    """
    said = {_root(w) for m in _CURRENT.finditer(question) for w in m.group(1).split()}
    if not said:
        return []  # no "current": most questions
    types = date_aware_types(schema)
    ends = {
        table: end
        for table, (_, end) in _spans(types, schema, named_only=True).items()
        if said & _words_of(table, types[table], schema, exclude=end)
    }
    columns = schema.lowered_columns()
    notes: list[str] = []
    for scope, select, alias, _, end, _ in stated_reads(statement, ends):
        if reads_column(scope, alias, end, columns):
            continue
        declared = source_name(scope, alias) or alias
        current = exp.Is(this=exp.column(end, table=declared), expression=exp.Null())
        select.where(current, copy=False)
        notes.append(
            f"added {declared}.{end} IS NULL: the question asks for the current row, and "
            f"{end} is NULL on the row that still holds"
        )
    return notes


def _words_of(table: str, types: dict[str, str], schema: SchemaInfo, exclude: str) -> set[str]:
    """The word roots naming ``table`` and its columns (``types``) other than its keys and
    dates."""
    words = set(re.findall(r"[a-z]+", table))
    keys = {schema.keys.primary_keys.get(table, "")}
    keys |= {column for (owner, column) in schema.keys.references if owner == table}
    for column, kind in types.items():
        if column in keys or column == exclude or DATE_TYPE.search(kind):
            continue
        words |= set(re.findall(r"[a-z]+", column))
    return {_root(w) for w in words if len(w) > 2 and w not in {"id", "key"}}


def _root(word: str) -> str:
    return word_root(singular_of(word.lower()))


def correct_held_rows(candidate: Candidate) -> list[str]:
    """Not a check: rows bounded by their start on a day the question asks about are bounded
    by their end too (and say so)."""
    return correct_asked(candidate, lambda s, q: rows_held_on(s, q, candidate.schema))


def rows_held_on(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Add, in place, ``(end IS NULL OR end >= D)`` beside each ``start <= D`` of a table with
    a start and an end, on a question about a day (see the module); one note per bound added.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema(
    ...     "CREATE TABLE staff (id INT PRIMARY KEY, hired_on DATE NOT NULL, left_on DATE)",
    ...     "sqlite")
    >>> query = sqlglot.parse_one("SELECT COUNT(*) FROM staff WHERE hired_on <= '2024-06-30'")
    >>> [note] = rows_held_on(query, "How many people were employed on 30 June 2024?", schema)
    >>> query.args["where"].sql()
    "WHERE hired_on <= '2024-06-30' AND (staff.left_on IS NULL OR staff.left_on >= '2024-06-30')"
    """
    if not _ON_DAY.search(question):
        return []
    spans = _spans(date_aware_types(schema), schema)
    if not spans:
        return []
    columns = schema.lowered_columns()
    notes: list[str] = []
    for scope, select in select_scopes(statement):
        tables = scope_tables(scope)
        if not _ENDED.search(question):
            notes += _held_on_its_last_day(select, scope, tables, spans, columns)
        for alias, table in tables.items():
            if table not in spans or reads_column(scope, alias, spans[table][1], columns):
                continue
            start, end = spans[table]
            declared = source_name(scope, alias) or alias
            for holder in _condition_holders(select):
                day = _start_bound(
                    holder.args.get("on" if isinstance(holder, exp.Join) else "this"),
                    start,
                    alias,
                    len(tables) == 1,
                )
                if day is None:
                    continue
                ended = exp.column(end, table=declared)
                held = exp.paren(
                    exp.or_(
                        exp.Is(this=ended, expression=exp.Null()),
                        exp.GTE(this=ended.copy(), expression=exp.Literal.string(day)),
                    )
                )
                if isinstance(holder, exp.Join):
                    holder.set("on", exp.and_(holder.args["on"], held, copy=False))
                else:
                    holder.set("this", exp.and_(holder.this, held, copy=False))
                notes.append(
                    f"added {held.sql()} beside {declared}.{start} <= '{day}': the question asks "
                    f"about that day, and a row whose {end} is before it no longer held then"
                )
                break
    return notes


def _held_on_its_last_day(
    select: exp.Select,
    scope: Scope,
    tables: dict[str, str],
    spans: dict[str, tuple[str, str]],
    columns: dict[str, set[str]],
) -> list[str]:
    """``end = D`` -> ``start <= D AND (end IS NULL OR end >= D)`` in WHERE, for a span
    table whose start the query never reads: "staying in a foster home on 15 June" answered
    with the placements that ended that day."""
    where = select.args.get("where")
    notes: list[str] = []
    for test in list(conjuncts(where.this)) if where is not None else []:
        if not isinstance(test, exp.EQ) or not isinstance(test.this, exp.Column):
            continue
        column, day = test.this, test.expression
        alias = column.table.lower() or (next(iter(tables)) if len(tables) == 1 else "")
        table = tables.get(alias)
        if table not in spans or not (isinstance(day, exp.Literal) and day.is_string):
            continue
        start, end = spans[table]
        if column.name.lower() != end or reads_column(scope, alias, start, columns):
            continue
        if not _DAY_LITERAL.match(day.this):
            continue
        name = source_name(scope, alias) or alias
        begun = exp.LTE(this=exp.column(start, table=name), expression=day.copy())
        held = exp.or_(
            exp.Is(this=column.copy(), expression=exp.Null()),
            exp.GTE(this=column.copy(), expression=day.copy()),
        )
        span = exp.and_(begun, exp.paren(held))
        notes.append(
            f"{test.sql()} -> {span.sql()}: the question asks which rows held on that day, "
            f"not which {end} fell on it"
        )
        test.replace(exp.paren(span))
        # A test that the end is set only kept the rows the equality needed.
        unset = exp.Is(this=column, expression=exp.Null())
        kept = [
            c
            for c in conjuncts(select.args["where"].this)
            if not (isinstance(c, exp.Not) and c.this == unset)
        ]
        select.set("where", exp.Where(this=exp.and_(*kept, copy=False)))
    return notes


def _condition_holders(select: exp.Select) -> list[exp.Expr]:
    """The WHERE and each join with an ON of ``select``."""
    where = select.args.get("where")
    joins = [join for join in select.args.get("joins") or [] if join.args.get("on") is not None]
    return [*([where] if where is not None else []), *joins]


def _start_bound(condition: exp.Expr | None, start: str, alias: str, alone: bool) -> str | None:
    """The day D of a ``start <= D`` (or ``D >= start``) among ``condition``'s conjuncts."""
    for test in conjuncts(condition) if condition is not None else []:
        if isinstance(test, exp.LTE):
            column, day = test.this, test.expression
        elif isinstance(test, exp.GTE):
            column, day = test.expression, test.this
        else:
            continue
        if not (isinstance(column, exp.Column) and column.name.lower() == start):
            continue
        if not (column.table.lower() == alias or (not column.table and alone)):
            continue
        if isinstance(day, exp.Literal) and day.is_string and _DAY_LITERAL.match(day.this):
            return str(day.this)[:10]
    return None


def _spans(
    types: ColumnTypes, schema: SchemaInfo, named_only: bool = False
) -> dict[str, tuple[str, str]]:
    """table (lowercased) -> (its start date, its nullable end date), one of each: named as a
    span's (``effective_from`` / ``effective_to``) or, unless ``named_only``, by a beginning
    and an ending event (``hired_on`` / ``left_on``)."""
    found: dict[str, tuple[str, str]] = {}
    for table, columns in types.items():
        dates = [column for column, kind in columns.items() if DATE_TYPE.search(kind)]
        starts = [
            c
            for c in dates
            if _STARTS & set(c.split("_")) or (not named_only and column_event(c) in _BEGINNINGS)
        ]
        ends = [
            c
            for c in dates
            if (table, c) in schema.nullable
            and (_ENDS & set(c.split("_")) or (not named_only and column_event(c) in ENDINGS))
        ]
        if len(starts) == 1 and len(ends) == 1:
            found[table] = (starts[0], ends[0])
    return found
