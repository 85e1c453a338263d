"""Corrections that read the question: rows asked for "including those with none" kept.

Two ways a small model writes an outer join and still drops the rows the question keeps:

- "List every session with the name of its room, including sessions that have no room yet"
  answered ``FROM sessions s JOIN rooms r ON ...``: the inner join drops the sessions without a
  room, the very rows the question names. When the question names the joined table after its
  "no" or "without", that join becomes a ``LEFT JOIN`` (``lookup_missing_rows``). Aggregates
  are left to app.checking.outer_joins, which refuses every inner join under such a question.
- "For each conference, how many registrations are not cancelled? Include conferences with
  none" answered ``FROM conferences c LEFT JOIN registrations r ON ... WHERE r.cancelled = 0``:
  the ``WHERE`` is false for a conference without a registration (``r.cancelled`` is NULL), so
  the outer join keeps nothing an inner one would not. A condition that reads only the table
  the ``LEFT JOIN`` adds (joined to the listed rows themselves) moves into its ``ON``, where it
  chooses the joined rows and keeps every listed one (``filter_joined_rows``). A test for NULL
  stays where it is: ``WHERE r.id IS NULL`` asks for the rows without a match (``IS NOT
  NULL`` moves: it only chooses which joined rows count). The other way round, "For every
  pharmacist, the number of dispensings they checked (0 for none)" answered ``FROM staff s LEFT
  JOIN dispensings d ON s.staff_id = d.checked_by AND s.role = 'pharmacist'`` lists every member
  of staff: in the ``ON``, a condition on the listed table only leaves the others unmatched. It
  moves to ``WHERE`` (``filter_listed_rows``).

- "Which products have fewer than 20 units in stock, including products not stocked anywhere?"
  answered ``... LEFT JOIN stock s ... HAVING SUM(s.quantity) < 20``: the SUM of no rows is
  NULL, not 0, so ``HAVING`` drops the very products kept, and a returned total reads NULL.
  A SUM of the outer-joined table's column becomes ``COALESCE(SUM(...), 0)``
  (``sum_none_as_zero``). An average, minimum or maximum of nothing stays NULL: it has no
  value, where a total of nothing is 0.

Every change is reported with the answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.outer_joins import asks_to_keep_rows_with_none
from app.checking.row_identity import spoken_forms
from app.checking.schema import SchemaInfo
from app.checking.scopes import aggregated, query_scopes, select_outputs, source_column

# The words after "no" or "without" in the clause that keeps rows: "that have no room assigned".
_MISSING = re.compile(
    r"\b(?:includ\w*|even)\b[^.?!;]*?\b(?:no|without)\s+((?:[a-z]+\s*){1,3})", re.IGNORECASE
)


def keep_unmatched_rows(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Both corrections, in place, on each SELECT of a read whose question keeps rows with
    none: the missing table's inner join made a ``LEFT JOIN``, then a ``LEFT JOIN``'s own
    conditions moved from ``WHERE`` into its ``ON``."""
    if not question or not asks_to_keep_rows_with_none(question):
        return []
    columns = schema.lowered_columns()
    notes: list[str] = []
    for scope in query_scopes(statement):
        if isinstance(scope.expression, exp.Select):
            notes.extend(lookup_missing_rows(scope.expression, question))
            notes.extend(count_missing_rows(scope.expression))
            notes.extend(filter_joined_rows(scope, columns))
            notes.extend(filter_listed_rows(scope, columns))
            notes.extend(sum_none_as_zero(scope, columns))
    return notes


def missing_words(question: str) -> str:
    """What the question says the kept rows have none of ("" when it says no such thing).

    >>> missing_words("List each session, including sessions that have no room assigned yet.")
    'room assigned yet'
    >>> missing_words("Tickets per event, including events with none")
    ''
    """
    found = _MISSING.search(question)
    return " ".join(found.group(1).lower().split()) if found else ""


def lookup_missing_rows(select: exp.Select, question: str) -> list[str]:
    """An inner join of the table the question says the kept rows may have none of, in a
    SELECT that aggregates nothing, made a ``LEFT JOIN`` (in place); a join a later join reads
    through stays as written."""
    if any(a for e in select.expressions for a in e.find_all(exp.AggFunc)):
        return []
    said = f" {missing_words(question)} "
    if not said.strip():
        return []
    return _outer_join(
        select,
        lambda joined: any(f" {form} " in said for form in spoken_forms(joined.name)),
        lambda joined: f"the question keeps the rows with no {joined.name}",
    )


def count_missing_rows(select: exp.Select) -> list[str]:
    """In a grouped SELECT, an inner join of a table read only inside aggregates, to the
    grouped rows of its FROM table, made a ``LEFT JOIN`` (in place): the question keeps the
    groups with nothing to count, which the inner join drops. A join a later join reads
    through stays as written, as does one whose FROM table is the counted one."""
    source, group = select.args.get("from_"), select.args.get("group")
    if source is None or group is None or not isinstance(source.this, exp.Table):
        return []
    listed = source.this.alias_or_name.lower()
    if listed not in {c.table.lower() for c in group.find_all(exp.Column)}:
        return []
    read = [c for node in select_outputs(select) for c in node.find_all(exp.Column)]

    def counted(joined: exp.Table) -> bool:
        mine = [c for c in read if c.table.lower() == joined.alias_or_name.lower()]
        return bool(mine) and all(aggregated(c) for c in mine)

    return _outer_join(
        select, counted, lambda _: "the question keeps the groups with nothing to count"
    )


def _outer_join(
    select: exp.Select,
    missing: Callable[[exp.Table], bool],
    why: Callable[[exp.Table], str],
) -> list[str]:
    """Make each inner join of a table ``missing`` accepts a ``LEFT JOIN`` (in place), unless
    a later join reads through it; one note each, saying ``why``."""
    joins = list(select.args.get("joins") or [])
    notes: list[str] = []
    for index, join in enumerate(joins):
        joined = join.this
        if join.side or join.kind.upper() not in ("", "INNER") or not isinstance(joined, exp.Table):
            continue
        if not missing(joined):
            continue
        alias = joined.alias_or_name.lower()
        if any(_reads(later.args.get("on"), alias) for later in joins[index + 1 :]):
            continue
        before = join.sql()
        join.set("kind", None)
        join.set("side", "LEFT")
        notes.append(f"{before} -> {join.sql()}: {why(joined)}, which an inner join drops")
    return notes


def filter_joined_rows(scope: Scope, columns: dict[str, set[str]]) -> list[str]:
    """Move ``WHERE`` conditions reading only the table of a ``LEFT JOIN`` to the listed rows
    into that join's ``ON`` (in place)."""
    select = scope.expression
    where, source = select.args.get("where"), select.args.get("from_")
    if where is None or source is None or not isinstance(source.this, exp.Table):
        return []
    listed = source.this.alias_or_name.lower()
    notes: list[str] = []
    for join in select.args.get("joins") or []:
        joined, on = join.this, join.args.get("on")
        if join.side.upper() != "LEFT" or not isinstance(joined, exp.Table) or on is None:
            continue
        alias = joined.alias_or_name.lower()
        # Joined to the listed rows themselves: through another joined table, its condition
        # would choose rows of a row the listed one may not have.
        if {c.table.lower() for c in on.find_all(exp.Column)} != {alias, listed}:
            continue
        conditions = list(where.this.flatten()) if isinstance(where.this, exp.And) else [where.this]
        moved = [c for c in conditions if _reads_only(c, alias, scope, columns)]
        if not moved:
            continue
        kept = [c for c in conditions if all(c is not m for m in moved)]
        join.set("on", exp.and_(on.copy(), *(m.copy() for m in moved)))
        if kept:
            where.set("this", exp.and_(*(c.copy() for c in kept)))
        else:
            select.set("where", None)
        shown = " AND ".join(m.sql() for m in moved)
        notes.append(
            f"WHERE {shown} -> LEFT JOIN {joined.sql()} ON ... AND {shown}: in WHERE it drops "
            f"the rows with no {joined.name}, which the question keeps"
        )
        where = select.args.get("where")
        if where is None:
            break
    return notes


def filter_listed_rows(scope: Scope, columns: dict[str, set[str]]) -> list[str]:
    """Move the conditions of a ``LEFT JOIN``'s ``ON`` that read only the listed table into
    ``WHERE`` (in place): in ``ON`` they choose no listed row, they only unmatch the others."""
    select, source = scope.expression, scope.expression.args.get("from_")
    if not isinstance(select, exp.Select) or source is None:
        return []
    if not isinstance(source.this, exp.Table):
        return []
    listed = source.this.alias_or_name.lower()
    notes: list[str] = []
    for join in select.args.get("joins") or []:
        on = join.args.get("on")
        if join.side.upper() != "LEFT" or not isinstance(on, exp.And):
            continue
        conditions = list(on.flatten())
        moved = [c for c in conditions if _reads_only_columns_of(c, listed, scope, columns)]
        kept = [c for c in conditions if all(c is not m for m in moved)]
        if not moved or not kept:
            continue
        join.set("on", exp.and_(*(c.copy() for c in kept)))
        select.where(*(m.copy() for m in moved), copy=False)
        shown = " AND ".join(m.sql() for m in moved)
        notes.append(
            f"LEFT JOIN {join.this.sql()} ON ... AND {shown} -> WHERE {shown}: in the join's ON "
            f"it keeps every {source.this.name} row and only leaves the others unmatched"
        )
    return notes


def sum_none_as_zero(scope: Scope, columns: dict[str, set[str]]) -> list[str]:
    """Each SUM of a ``LEFT JOIN``'s own columns (returned, in ``HAVING`` or ``ORDER BY``)
    made ``COALESCE(SUM(...), 0)``, in place."""
    select = scope.expression
    outer = [
        join.this.alias_or_name.lower()
        for join in select.args.get("joins") or []
        if join.side.upper() == "LEFT" and isinstance(join.this, exp.Table)
    ]
    notes: list[str] = []
    for total in list(select.find_all(exp.Sum)):
        if total.parent_select is not select or isinstance(total.parent, exp.Coalesce):
            continue
        # Whatever the SUM tests (``CASE WHEN r.refunded_at IS NULL THEN r.amount END``), a
        # row with no match adds only NULLs to it.
        if any(_reads_only_columns_of(total.this, alias, scope, columns) for alias in outer):
            before = total.sql()
            total.replace(exp.Coalesce(this=total.copy(), expressions=[exp.Literal.number(0)]))
            notes.append(
                f"{before} -> COALESCE({before}, 0): the total of a row with none is 0, "
                "where SUM gives NULL"
            )
    return list(dict.fromkeys(notes))


def _reads(node: exp.Expr | None, alias: str) -> bool:
    return node is not None and any(c.table.lower() == alias for c in node.find_all(exp.Column))


def _reads_only(
    condition: exp.Expr, alias: str, scope: Scope, columns: dict[str, set[str]]
) -> bool:
    """Whether ``condition`` is a plain test of the joined table's own columns: no IS NULL
    (it asks about the unmatched rows; IS NOT NULL only chooses the joined rows, as "not
    counting drafts" does with ``published_at IS NOT NULL``), no subquery, no column of
    another table."""
    if any(
        isinstance(node.expression, exp.Null) and not isinstance(node.parent, exp.Not)
        for node in condition.find_all(exp.Is)
    ):
        return False
    return _reads_only_columns_of(condition, alias, scope, columns)


def _reads_only_columns_of(
    node: exp.Expr, alias: str, scope: Scope, columns: dict[str, set[str]]
) -> bool:
    """Whether ``node`` reads columns of the joined table ``alias`` and of nothing else, with
    no subquery and no COALESCE: NULL wherever that table has no row."""
    if node.find(exp.Select, exp.Coalesce):
        return False
    found = list(node.find_all(exp.Column))
    for column in found:
        source = source_column(column, scope, columns)
        if source is None or source[0] is not scope or source[1] != alias:
            return False
    return bool(found)
