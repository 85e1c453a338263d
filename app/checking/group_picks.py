"""Not a check: the top row of each group, where the answer ranks every row or cuts to one.

"What is the most expensive room in each hotel?" answered with ``SELECT h.name, r.room_number,
r.nightly_rate FROM hotels h JOIN rooms r ON ... ORDER BY r.nightly_rate DESC`` (every room,
the dearest first) or with the same ``... LIMIT 1`` (the dearest room of all) ranks the right
rows by the right column and keeps the wrong ones. A 1.5B model told to number rows with
ROW_NUMBER() rarely manages it; the intent is already in the SQL. When the question ranks within
each of something (app.checking.group_limits: "the most expensive room in each hotel") and asks
for no count ("top 3") or order ("rank", "sort"), and a plain read (no grouping, aggregate,
window, MAX or MIN) orders by one column of a table it reads once (not the group's own), with no
LIMIT or ``LIMIT 1``, the read keeps the rows whose
value is the MAX (descending order) or MIN (ascending) of their group, computed by a correlated
subquery over the same table with the read's own conditions on it: ``WHERE r.nightly_rate =
(SELECT MAX(top_rooms.nightly_rate) FROM rooms AS top_rooms WHERE top_rooms.hotel_id =
r.hotel_id)``. The group is the table's column the word names (``genre``, ``genre_id``) or its
key to the table the word names (``hotel`` -> ``rooms.hotel_id`` -> ``hotels``). Ties keep every
tied row. Anything else stays as written for the check to refuse.
"""

from __future__ import annotations

import re

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.group_limits import group_asked_to_rank, picks_within_groups, says_a_count
from app.checking.row_identity import spoken_forms
from app.checking.schema import SchemaInfo
from app.checking.scopes import column_table, query_scopes, scope_source, scope_tables

# "Rank the stops on each route by boardings": every row asked for, in order.
_ORDER_ASKED = re.compile(r"\b(?:rank|ranked|ranking|sort|sorted)\b", re.I)


def pick_top_rows(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Keep, in place, the top row of each group the question ranks within (see the module);
    the note says what changed."""
    if not isinstance(statement, exp.Select) or not question:
        return []
    correlated = correlate_group_tops(statement, question, schema)
    if correlated:
        return correlated
    if says_a_count(question) or _ORDER_ASKED.search(question):
        return []
    group = group_asked_to_rank(question)
    if group is not None and _aggregates(statement):
        return _pick_beside_top(statement, question, schema)
    order = statement.args.get("order")
    if group is None or order is None or not order.expressions or _aggregates(statement):
        return []
    cut = statement.args.get("limit")
    if statement.args.get("fetch") or (cut is not None and cut.expression.sql() != "1"):
        return []
    first = order.expressions[0]
    ranked = projected(first.this, statement)
    scopes = query_scopes(statement)
    if not isinstance(ranked, exp.Column) or not scopes:
        return []
    scope = scopes[-1]
    read = scope_tables(scope)
    table = column_table(ranked, read, schema.lowered_columns())
    aliases = [alias for alias, name in read.items() if name == table]
    if table is None or len(aliases) != 1:
        return []
    partition = _partition(table, group, schema)
    inner = _inner_conditions(statement, aliases[0], len(read) == 1)
    if partition is None or partition.lower() == ranked.name.lower() or inner is None:
        return []  # ordered by the group itself: the rows are listed group by group
    descending = bool(first.args.get("desc"))
    statement.where(
        _top_condition(ranked, scope, aliases[0], partition, descending, inner), copy=False
    )
    statement.set("limit", None)
    kept = "MAX" if first.args.get("desc") else "MIN"
    return [
        f"kept the rows whose {ranked.sql(schema.dialect)} is the {kept} of their {group} "
        f"(the question asks for the top row within each {group}"
        f"{', not the first row of all' if cut is not None else ''})"
    ]


def _pick_beside_top(statement: exp.Select, question: str, schema: SchemaInfo) -> list[str]:
    """``SELECT style, name, MAX(abv) ... GROUP BY style``: a column beside the group's top
    that no aggregate picks is some row's, not the top row's (SQLite takes the top row's, one
    of a tie; MySQL and PostgreSQL any or none). Read as the plain read it means, ordered by
    the aggregated column, and kept only if that read's top rows can be kept (in place)."""
    read = _as_plain_read(statement, schema)
    if read is None:
        return []
    notes = pick_top_rows(read, question, schema)
    if not notes:
        return []
    before = statement.sql(schema.dialect)
    for key in {*statement.args, *read.args}:
        statement.set(key, read.args.get(key))
    return [f"{before} -> the top rows read whole: {notes[0]}"]


def _as_plain_read(select: exp.Select, schema: SchemaInfo) -> exp.Select | None:
    """The read a grouped SELECT of its groups, columns beside them and one MAX or MIN of a
    column means, ordered by that column; None for any other shape, or when every column
    beside the top is the group's own (grouped, or of a row a grouped key names)."""
    group = select.args.get("group")
    if group is None or select.args.get("having") or select.args.get("distinct"):
        return None
    keys = {key.sql().lower() for key in group.expressions}
    tops = [p for p in select.expressions if p.find(exp.AggFunc, exp.Window)]
    if len(tops) != 1 or not all(isinstance(k, exp.Column) for k in group.expressions):
        return None
    top = tops[0].unalias()
    if not isinstance(top, exp.Max | exp.Min) or not isinstance(top.this, exp.Column):
        return None
    beside = [p.unalias() for p in select.expressions if p is not tops[0]]
    if not all(isinstance(p, exp.Column) for p in beside):
        return None
    scopes = query_scopes(select)
    if not scopes or all(
        p.sql().lower() in keys or _of_grouped_row(p, group.expressions, scopes[-1], schema)
        for p in beside
    ):
        return None  # the groups' own tops: what MAX is for
    read = select.copy()
    column = top.this
    read.expressions[select.expressions.index(tops[0])].unalias().replace(column.copy())
    read.set("group", None)
    read.set("limit", None)
    read.set(
        "order",
        exp.Order(expressions=[exp.Ordered(this=column.copy(), desc=isinstance(top, exp.Max))]),
    )
    return read


def _of_grouped_row(
    column: exp.Expr, keys: list[exp.Expr], scope: Scope, schema: SchemaInfo
) -> bool:
    """Whether ``column`` belongs to a row a grouped key names: its table's own key, or a key
    pointing at its table (``GROUP BY j.department_id`` names the ``d.name`` joined to it)."""
    read, columns = scope_tables(scope), schema.lowered_columns()
    assert isinstance(column, exp.Column)
    table = column_table(column, read, columns)
    for key in keys:
        assert isinstance(key, exp.Column)
        owner = column_table(key, read, columns)
        if table is None or owner is None:
            continue
        target = schema.keys.target(owner, key.name.lower())
        if target == table and (owner != table or key.table.lower() == column.table.lower()):
            return True
    return False


def _aggregates(select: exp.Select) -> bool:
    return bool(
        select.args.get("group")
        or select.args.get("having")
        or select.args.get("distinct")
        or any(p.find(exp.AggFunc, exp.Window) for p in select.expressions)
        or picks_within_groups(select)
    )


def projected(ranked: exp.Expr, select: exp.Select) -> exp.Expr:
    """What an ORDER BY key ranks by: a projection's alias stands for its expression."""
    if isinstance(ranked, exp.Column) and not ranked.table:
        for projection in select.expressions:
            if (
                isinstance(projection, exp.Alias)
                and projection.alias.lower() == ranked.name.lower()
            ):
                return projection.unalias()
    return ranked


def _partition(table: str, group: str, schema: SchemaInfo) -> str | None:
    """The column of ``table`` that says which ``group`` a row is in, as the DDL spells it."""
    declared = schema.columns_of(table)
    named = (column for column in declared if names_group(column, group))
    keyed = (column for column in declared if keys_group(table, column, group, schema))
    return next(named, None) or next(keyed, None) or _keys_compound(table, group, schema)


def _keys_compound(table: str, group: str, schema: SchemaInfo) -> str | None:
    """The one column of ``table`` keyed to a table whose name begins with the group's word:
    "each shipping line" reads as the group "shipping", and ``line_id`` keys
    ``shipping_lines``."""
    words = set(spoken_forms(group))
    keyed = [
        column
        for column in schema.columns_of(table)
        if (target := schema.keys.target(table, column.lower()))
        and target != table
        and any(form.split()[0] in words for form in spoken_forms(target))
    ]
    return keyed[0] if len(keyed) == 1 else None


def names_group(column: str, group: str) -> bool:
    """Whether the column's name is the group's (``genre``, ``category_id`` for "category")."""
    words = {form.replace(" ", "_") for form in spoken_forms(group)}
    return column.lower() in {word + suffix for word in words for suffix in ("", "_id", "id")}


def keys_group(table: str, column: str, group: str, schema: SchemaInfo) -> bool:
    """Whether ``table.column`` is a key to the group's table (``hotel_id`` -> ``hotels``)."""
    target = schema.keys.target(table, column.lower())
    return bool(target and target != table and set(spoken_forms(target)) & set(spoken_forms(group)))


def _inner_conditions(select: exp.Select, alias: str, alone: bool) -> list[exp.Expr] | None:
    """The read's WHERE for the subquery, its columns requalified there (none when it has no
    WHERE); None when a condition reads another table (the groups would differ)."""
    where = select.args.get("where")
    if where is None:
        return []
    copied: exp.Expr = where.this.copy()
    for column in copied.find_all(exp.Column):
        if (column.table or (alias if alone else "")).lower() != alias:
            return None
        column.set("table", exp.to_identifier(_INNER))
    return [copied]


_INNER = "top_rows"


def _top_condition(
    ranked: exp.Column,
    scope: Scope,
    alias: str,
    partition: str,
    descending: bool,
    conditions: list[exp.Expr],
) -> exp.EQ:
    source = scope_source(scope, alias)
    assert isinstance(source, exp.Table)  # scope_tables read only tables
    table = source.copy()
    table.set("alias", exp.TableAlias(this=exp.to_identifier(_INNER)))
    outer = source.alias_or_name
    inner_value = exp.column(ranked.name, table=_INNER)
    aggregate = exp.Max(this=inner_value) if descending else exp.Min(this=inner_value)
    same_group = exp.column(partition, table=_INNER).eq(exp.column(partition, table=outer))
    subquery = exp.select(aggregate).from_(table).where(exp.and_(same_group, *conditions))
    return exp.EQ(this=exp.column(ranked.name, table=outer), expression=exp.Subquery(this=subquery))


def correlate_group_tops(statement: exp.Select, question: str, schema: SchemaInfo) -> list[str]:
    """``r.rate = (SELECT MAX(rate) FROM rooms)``, the top of all, where the question ranks
    within each group: the subquery takes the top of the row's own group (in place)."""
    group = group_asked_to_rank(question)
    scopes = query_scopes(statement)
    if group is None or not scopes or says_a_count(question):
        return []
    scope, columns = scopes[-1], schema.lowered_columns()
    read = scope_tables(scope)
    notes: list[str] = []
    for test in list((statement.args.get("where") or exp.Where()).find_all(exp.EQ)):
        sides = (test.this, test.expression.unnest())
        if not isinstance(sides[0], exp.Column) or not isinstance(sides[1], exp.Select):
            continue
        inner, ranked = sides[1], sides[0]
        top = inner.expressions[0] if len(inner.expressions) == 1 else None
        source = inner.args.get("from_")
        if not isinstance(top, exp.Max | exp.Min) or source is None or inner.args.get("joins"):
            continue
        table = column_table(ranked, read, columns)
        aliases = [alias for alias, name in read.items() if name == table]
        if table is None or len(aliases) != 1 or not isinstance(source.this, exp.Table):
            continue
        if source.this.name.lower() != table or inner.find(exp.Subquery):
            continue
        partition = _partition(table, group, schema)
        own = {source.this.alias_or_name.lower(), table}
        if partition is None or any(
            c.table and c.table.lower() not in own for c in inner.find_all(exp.Column)
        ):
            continue  # correlated already, or reads another table
        for column in inner.find_all(exp.Column):
            column.set("table", exp.to_identifier(_INNER))
        source.this.set("alias", exp.TableAlias(this=exp.to_identifier(_INNER)))
        same_group = exp.column(partition, table=_INNER).eq(exp.column(partition, aliases[0]))
        inner.where(same_group, copy=False)
        notes.append(
            f"the {top.key.upper()} compared with {ranked.sql(schema.dialect)} is now taken "
            f"within each {group} ({partition}), not over all rows: the question asks for the "
            f"top of each {group}"
        )
    return notes
