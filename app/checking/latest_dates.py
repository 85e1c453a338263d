"""A correction that reads the question: the last (or first) date of each row asked about,
answered with every date.

"When was each meter last read?" over ``meters`` and ``readings`` is answered ``SELECT
m.serial_number, r.read_at FROM meters m JOIN readings r ON ... ORDER BY r.read_at DESC``: every
reading of every meter, the newest first, where one date per meter was asked. Seen on two blind
sets in a row ("When did each property last apply for a permit?"). When the question asks about
each row of one table the query reads (app.checking.row_identity), asks for the last, latest or
most recent (first, earliest) of something, and a plain read (no grouping, aggregate, window,
DISTINCT or LIMIT) returns exactly one date or time of another table beside columns of the table
asked about (or keys to it), the date becomes its MAX (MIN) over the groups those columns make::

    SELECT m.serial_number, MAX(r.read_at) AS read_at FROM ... GROUP BY m.serial_number

"How long did each visit last?", "last name" and "last month" ask for no such date, and an ORDER
BY on anything else, or more than one date returned, leave the SQL as written. A column declared
as text counts as a date where the schema's rows show it holds dates (app.checking.stored_dates).
The change is reported with the answer (``corrections``).
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate, correct_asked
from app.checking.group_limits import picks_within_groups
from app.checking.row_identity import tables_asked_one_by_one
from app.checking.schema import SchemaInfo
from app.checking.scopes import column_table, query_scopes, scope_tables
from app.checking.types import DATE_TYPE, date_aware_types

_NOT_A_MOMENT = r"(?!\s+(?:names?|years?|months?|weeks?|quarters?|days?|nights?)\b)"
_LATEST = re.compile(rf"\b(?:last|latest|most\s+recent(?:ly)?|newest){_NOT_A_MOMENT}", re.I)
_EARLIEST = re.compile(rf"\b(?:first|earliest|oldest){_NOT_A_MOMENT}", re.I)
# "How long did each visit last?": the verb, not a position in time.
_LASTED = re.compile(r"\bhow\s+long\b|\blast(?:ed)?\s*(?:[?.!,;]|$)", re.I)
_EACH = re.compile(r"\b(?:each|every)\b", re.I)


def _direction(question: str) -> type[exp.Max] | type[exp.Min] | None:
    if not _EACH.search(question) or _LASTED.search(question):
        return None
    latest, earliest = bool(_LATEST.search(question)), bool(_EARLIEST.search(question))
    if latest == earliest:
        return None  # neither, or both ("from first to last"): no one date asked
    return exp.Max if latest else exp.Min


def take_latest_dates(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Aggregate, in place, the one date a plain read returns per row asked about (see the
    module); one note, or none."""
    function = _direction(question)
    if function is None or not isinstance(statement, exp.Select):
        return []
    if any(statement.args.get(arg) for arg in ("group", "having", "distinct", "limit")):
        return []
    if picks_within_groups(statement) or statement.find(exp.AggFunc):
        return []
    scopes = query_scopes(statement)
    read = scope_tables(scopes[-1]) if scopes else {}
    asked = tables_asked_one_by_one(question, set(read.values()))
    if len(asked) != 1:
        return []
    group_table = asked[0]
    columns, types = schema.lowered_columns(), date_aware_types(schema)
    dates: list[exp.Column] = []
    keys: list[exp.Column] = []
    for projection in statement.expressions:
        column = projection.unalias()
        if not isinstance(column, exp.Column):
            return []
        table = column_table(column, read, columns)
        if table is None:
            return []
        is_date = DATE_TYPE.search(types.get(table, {}).get(column.name.lower(), ""))
        if is_date and table != group_table:
            dates.append(column)
        elif table == group_table and is_date:
            keys.append(column)  # the asked row's own date: one per row already
        elif table == group_table or schema.keys.target(table, column.name.lower()) == group_table:
            keys.append(column)
        else:
            return []  # a column of the dated rows themselves: grouping would merge them
    if len(dates) != 1 or not keys:
        return []
    [date] = dates
    order = statement.args.get("order")
    ordered = [term.this for term in order.expressions] if order is not None else []
    outputs = {p.alias.lower() for p in statement.expressions if isinstance(p, exp.Alias)}
    if any(
        term != date and term not in keys and not _names_output(term, outputs) for term in ordered
    ):
        return []
    before = date.sql(schema.dialect)
    taken = function(this=date.copy())
    for term in ordered:
        if term == date:
            term.replace(taken.copy())
    if isinstance(date.parent, exp.Alias):
        date.replace(taken)
    else:
        date.replace(exp.alias_(taken, date.name))
    grouped = [key.copy() for key in keys]
    primary = schema.keys.primary_keys.get(group_table)
    own = next(
        (key.table for key in keys if key.table and read.get(key.table.lower()) == group_table), ""
    )
    if primary and own and not any(key.name.lower() == primary for key in keys):
        grouped.insert(0, exp.column(primary, table=own))  # two rows may share a name
    statement.group_by(*grouped, copy=False)
    word = "last" if function is exp.Max else "first"
    return [
        f"{before} -> {taken.sql(schema.dialect)} per {schema.declared_table(group_table)} row "
        f"(the question asks for the {word} date of each, not every one)"
    ]


def _names_output(term: exp.Expr, outputs: set[str]) -> bool:
    return isinstance(term, exp.Column) and not term.table and term.name.lower() in outputs


def correct_latest_dates(candidate: Candidate) -> list[str]:
    """Not a check: every date of the rows asked about, where the last (first) of each is
    asked, becomes its MAX (MIN) per row (and says so)."""
    return correct_asked(candidate, lambda s, q: take_latest_dates(s, q, candidate.schema))
