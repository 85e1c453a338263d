"""A correction that reads the question: a group of rows named by one of its members.

A table whose rows point at other rows of the same table (``couriers.supervisor_id``,
``teachers.head_of_department_id``, ``members.referred_by``) answers "for each supervisor, give
the supervisor's name and how many couriers report to them" by counting the rows that point at
each one, and naming the row pointed at. Small models count right and name wrong:
``SELECT supervisor_id, full_name, COUNT(*) FROM couriers GROUP BY supervisor_id`` returns the
name of one courier of each supervisor, ``GROUP BY head_of_department_id, full_name`` splits
each head's group into one row per teacher, and a self-join ``FROM members AS m JOIN members AS
r ON m.referred_by = r.member_id GROUP BY m.farm_name`` counts each referred farm's one
referrer. When the question names the pointing column ("supervisor", "head", "referred"), the
query reads only that table and groups by the pointing column or by the name of the rows that
point, and returns that name outside its aggregates, the name is read from the row pointed at:
joined on the pointing column where the query has no such join, the join's other side where it
has one (and reads nothing else of it). Every change is reported with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.candidate import Candidate, correct_asked
from app.checking.event_dates import word_root
from app.checking.labels import labels_of
from app.checking.schema import SchemaInfo
from app.checking.scopes import aggregated, free_alias, join_sides, query_scopes, scope_tables

_NOT_A_WORD = frozenset({"id", "by", "of", "no", "fk"})


def correct_parent_labels(candidate: Candidate) -> list[str]:
    """Not a check: the rows pointed at named by their own name, not a pointing row's."""
    return correct_asked(candidate, lambda s, q: name_parent_rows(s, q, candidate.schema))


def name_parent_rows(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Read, in place, the returned name of each group of pointing rows from the row they point
    at (see the module); one note per query level changed.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema("CREATE TABLE couriers (courier_id INT PRIMARY KEY, full_name TEXT,"
    ...     " supervisor_id INT REFERENCES couriers (courier_id))", "sqlite")
    >>> query = sqlglot.parse_one("SELECT full_name, COUNT(*) FROM couriers GROUP BY supervisor_id")
    >>> [note] = name_parent_rows(query, "For each supervisor, their name and team size?", schema)
    >>> query.sql()
    'SELECT supervisor.full_name, COUNT(*) FROM couriers JOIN couriers AS supervisor ON couriers.supervisor_id = supervisor.courier_id GROUP BY supervisor.courier_id'
    """  # noqa: E501
    words = {word_root(word) for word in re.findall(r"[a-z]+", question.lower())}
    notes: list[str] = []
    for scope in query_scopes(statement):
        select = scope.expression
        if not isinstance(select, exp.Select) or select.args.get("group") is None:
            continue
        if select.find(exp.Subquery) or not any(p.find(exp.AggFunc) for p in select.expressions):
            continue
        read = scope_tables(scope)
        if len(set(read.values())) != 1 or len(read) > 2:
            continue
        table = next(iter(read.values()))
        key = schema.keys.primary_keys.get(table)
        pointer = _asked_pointer(table, words, schema)
        labels = {label.lower() for label in labels_of(table, schema)}
        if key is None or pointer is None or not labels:
            continue
        if len(read) == 1:
            note = _join_parent(select, scope, next(iter(read)), table, (pointer, key), labels)
        else:
            note = _read_parent_side(select, (pointer, key), labels)
        if note:
            notes.append(note)
    return notes


def _asked_pointer(table: str, words: set[str], schema: SchemaInfo) -> str | None:
    """The one column of ``table`` pointing at its own rows whose name the question says."""
    pointers = [
        column
        for column in schema.columns_of(table)
        if schema.keys.target(table, column.lower()) == table
        and column.lower() != schema.keys.primary_keys.get(table)
        and any(
            word_root(part) in words
            for part in column.lower().split("_")
            if part not in _NOT_A_WORD and len(part) > 2
        )
    ]
    return pointers[0].lower() if len(pointers) == 1 else None


def _level_columns(select: exp.Select) -> list[exp.Column]:
    return [c for c in select.find_all(exp.Column) if c.find_ancestor(exp.Select) is select]


def _plain_reads(select: exp.Select, names: set[str]) -> list[exp.Column]:
    """The columns of those names ``select`` returns, groups or orders by, outside aggregates."""
    places = [*select.expressions, select.args.get("group"), select.args.get("order")]
    return [
        column
        for place in places
        if place is not None
        for column in place.find_all(exp.Column)
        if column.find_ancestor(exp.Select) is select
        and not aggregated(column)
        and column.name.lower() in names
    ]


def _label_reads(select: exp.Select, alias: str, labels: set[str], alone: bool) -> list[exp.Column]:
    """The pointing rows' names ``select`` returns, groups or orders by, outside aggregates."""
    return [
        column
        for column in _plain_reads(select, labels)
        if (column.table.lower() == alias if column.table else alone)
    ]


def _join_parent(
    select: exp.Select,
    scope: Scope,
    child: str,
    table: str,
    pointer_key: tuple[str, str],
    labels: set[str],
) -> str | None:
    """The pointing rows' names read from the row they point at, joined under a new alias."""
    pointer, key = pointer_key
    grouped = select.args["group"].expressions
    if not any(isinstance(g, exp.Column) and g.name.lower() == pointer for g in grouped):
        return None
    reads = _label_reads(select, child, labels, alone=True)
    from_ = select.args.get("from_")
    source = from_.this if from_ is not None else None
    if not reads or not isinstance(source, exp.Table):
        return None
    written = source.alias_or_name
    outputs = {p.alias.lower() for p in select.expressions if p.alias}
    for column in _level_columns(select):
        if not column.table and column.name.lower() not in outputs:
            # A second alias of the table: every bare column would be ambiguous.
            column.set("table", exp.to_identifier(written))
    stem = re.sub(r"_(?:id|by|no|fk)$", "", pointer)
    parent = stem if stem not in (table, child) else free_alias(table, scope)
    joined = source.copy()
    joined.set("alias", exp.TableAlias(this=exp.to_identifier(parent)))
    on = exp.EQ(this=exp.column(pointer, table=written), expression=exp.column(key, table=parent))
    select.join(joined, on=on, copy=False)
    before = ", ".join(dict.fromkeys(column.sql() for column in reads))
    for column in reads:
        column.set("table", exp.to_identifier(parent))
    for column in _plain_reads(select, {pointer}):
        # The same value, read as the key of the row pointed at: the group is that row.
        column.replace(exp.column(key, table=parent))
    return (
        f"{before} -> {parent}.{reads[0].name}: {pointer} points at another {table} row, the one "
        f"the question asks about (joined as JOIN {joined.sql()} ON {on.sql()})"
    )


def _read_parent_side(
    select: exp.Select, pointer_key: tuple[str, str], labels: set[str]
) -> str | None:
    """The pointing rows' names read from the self-join's other side, which nothing else reads."""
    pointer, key = pointer_key
    for join in select.args.get("joins") or []:
        sides = join_sides(join)
        if sides is None:
            continue
        by_name = {side.name.lower(): side.table.lower() for side in sides}
        child, parent = by_name.get(pointer), by_name.get(key)
        if child is None or parent is None or child == parent:
            continue
        condition = join.args["on"]
        columns = _level_columns(select)
        if any(
            column.table.lower() == parent and column.find_ancestor(exp.Join) is not join
            for column in columns
        ):
            return None  # the query reads the row pointed at already
        if any(aggregated(c) and c.table.lower() != child for c in columns):
            return None
        reads = _label_reads(select, child, labels, alone=False)
        grouped = [g for g in select.args["group"].expressions if isinstance(g, exp.Column)]
        if not reads or not any(g.table.lower() == child for g in grouped):
            return None
        before = ", ".join(dict.fromkeys(column.sql() for column in reads))
        written = next(s.table for s in sides if s.name.lower() == key)
        for column in reads:
            column.set("table", exp.to_identifier(written))
        for column in _plain_reads(select, {pointer}):
            if column.table.lower() == child:  # the same value, as the key of the row pointed at
                column.replace(exp.column(key, table=written))
        # Grouped by the row pointed at: two of one name stay two groups.
        group = select.args["group"]
        keyed = exp.column(key, table=written)
        if not any(g.sql().lower() == keyed.sql().lower() for g in group.expressions):
            group.set("expressions", [keyed, *group.expressions])
        return (
            f"{before} -> {written}.{reads[0].name}: {pointer} points at another row, the one "
            f"the question asks about, joined as {written} ON {condition.sql()}"
        )
    return None
