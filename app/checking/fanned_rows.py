"""A correction: a list of rows repeated by a join to a table it never reads.

"How long did each paid order last?" answered with ``FROM orders AS o JOIN order_items AS i ON
o.order_id = i.order_id``, nothing else read from ``order_items``: every order comes back once
per item. When a read that neither aggregates nor removes duplicates inner-joins a table only
through that table's key to a row it points at (its foreign key, so many rows per row), reads
nothing else from it, and the question never names it, the join only repeats rows; what it
still means is that such a row exists. It becomes exactly that, ``WHERE EXISTS (SELECT 1 FROM
order_items AS i WHERE o.order_id = i.order_id)``, which keeps the same rows once each.

The same holds when the joined table is read only by conditions of its own: "Which players
were sent off?" answered with ``FROM players p JOIN cards c ON ... WHERE c.color = 'red'``
lists a player once per red card. Those conditions move into the ``EXISTS`` (a player with
such a card). An ``ORDER BY`` of the joined table's columns only ordered the repeats; without
a ``LIMIT`` it goes too, and with one (the earliest card's player) the join stays. A later join
that only looks up the row the joined table points at, for conditions of its own ("Which
gold-tier customers rented an SUV?": ``JOIN rentals ... JOIN cars ON r.car_id = ca.car_id WHERE
ca.car_class = 'suv'``), moves into the same ``EXISTS``: each rental has one car, so the lookup
repeats nothing and says which rentals count.
A sum or an average over such a join ("How long is each course in total?" adding up each
lesson once per view of it) counts every row as often as it repeats, so a query whose
aggregates are only SUM, AVG, MIN and MAX is judged the same way. ``COUNT`` is left alone:
``COUNT(*)`` over such a join counts the joined rows on purpose, and so may a query around a
CTE or derived table, so only the statement's own rows are judged.
A question that names the joined table only as a row that must exist ("Which members have a
confirmed booking for an IMAX screening?") asks for the members, once each, all the same.
Every change is reported with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.conditions import conjuncts
from app.checking.join_keys import TableKeys
from app.checking.row_identity import singular_of, spoken_forms
from app.checking.schema import SchemaInfo
from app.checking.scopes import join_sides, query_scopes, scope_tables, tables_before


def semi_join_unread_children(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Turn, in place, each join that only repeats rows into ``EXISTS``; one note per join.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema(
    ...     "CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL);"
    ...     "CREATE TABLE items (item_id INTEGER PRIMARY KEY, "
    ...     "order_id INTEGER REFERENCES orders (id));", "sqlite")
    >>> query = sqlglot.parse_one(
    ...     "SELECT o.id FROM orders AS o JOIN items AS i ON o.id = i.order_id")
    >>> [note] = semi_join_unread_children(query, "Which orders cost over 10?", schema)
    >>> query.sql()
    'SELECT o.id FROM orders AS o WHERE EXISTS(SELECT 1 FROM items AS i WHERE o.id = i.order_id)'
    """
    notes: list[str] = []
    if not question:
        return notes  # whether the question asks for the joined rows is unknown
    for scope in query_scopes(statement):
        select = scope.expression
        if select is not statement or not isinstance(select, exp.Select):
            continue  # a CTE or derived table's rows may be counted outside it: repeats wanted
        if not (_lists_rows(select) or _sums_rows(select)):
            continue
        read = scope_tables(scope)
        for join in list(select.args.get("joins") or []):
            if join.parent is not select:
                continue  # a lookup moved into the EXISTS of the join before it
            found = _repeating_child(select, join, read, schema)
            if found is None or _named(question, found[0].name):
                continue
            child, lookups = found
            aliases = {child.alias_or_name.lower(), *(_alias(j) for j in lookups)}
            inner = exp.select("1").from_(child.copy())
            for lookup in lookups:
                inner.join(lookup.copy(), copy=False)
            inner.where(join.args["on"].copy(), copy=False)
            own = _own_conditions(select, aliases)
            if own:
                _move_conditions(select, own, inner)
            _drop_orders_by(select, aliases)
            exists = exp.Exists(this=inner)
            for popped in (join, *lookups):
                popped.pop()
            select.where(exists, append=True, copy=False)
            notes.append(
                f"the join of {child.sql(schema.dialect)} returned none of its columns and "
                f"repeated each row once per {child.name} row: it is written as "
                f"{exists.sql(schema.dialect)}"
            )
    return notes


def _lists_rows(select: exp.Select) -> bool:
    """Whether ``select`` returns its rows as they are: no grouping, aggregate, window or
    DISTINCT of its own, no ``*``."""
    if select.args.get("group") or select.args.get("distinct") or select.is_star:
        return False
    return not _own_aggregates(select)


def _sums_rows(select: exp.Select) -> bool:
    """Whether ``select`` aggregates its rows only by SUM, AVG, MIN or MAX (no COUNT, which
    may count the joined rows on purpose), with no DISTINCT or window of its own."""
    if select.args.get("distinct") or select.is_star:
        return False
    own = _own_aggregates(select)
    return bool(own) and all(isinstance(node, (exp.Sum, exp.Avg, exp.Min, exp.Max)) for node in own)


def _own_aggregates(select: exp.Select) -> list[exp.Expr]:
    """The aggregates and windows of ``select`` itself (not of its subqueries)."""
    return [
        node
        for node in select.find_all(exp.AggFunc, exp.Window)
        if node.find_ancestor(exp.Select) is select
    ]


def _repeating_child(
    select: exp.Select, join: exp.Join, read: dict[str, str], schema: SchemaInfo
) -> tuple[exp.Table, list[exp.Join]] | None:
    """The joined table of ``join`` when the join only repeats rows (see the module), with the
    later joins that only look up a row it points at for conditions (they move with it)."""
    table, split = join.this, join_sides(join)
    if not _inner(join) or not isinstance(table, exp.Table) or split is None:
        return None
    qualifiers = {c.table.lower() for c in select.find_all(exp.Column) if c.table}
    if not qualifiers <= read.keys():
        return None  # a column of no table read here: the identifier check names it first
    lookups = _lookups(select, join, schema)
    aliases = {table.alias_or_name.lower(), *(_alias(lookup) for lookup in lookups)}
    columns = {
        c.lower() for t in (table, *(j.this for j in lookups)) for c in schema.columns_of(t.name)
    }
    own = [*_own_conditions(select, aliases)]
    if not select.args.get("limit"):
        own.extend(o for o in _orders(select) if _reads_only(o, aliases))
    moved = {id(column) for node in own for column in node.find_all(exp.Column)}
    for column in select.find_all(exp.Column):
        if column.find_ancestor(exp.Join) in (join, *lookups) and column.parent_select is select:
            continue
        if id(column) in moved:
            continue  # a condition of its own, moved with it (or an order of its repeats)
        qualifier = column.table.lower()
        if qualifier in aliases or (not qualifier and column.name.lower() in columns):
            return None  # read elsewhere: the join is wanted
    left, right = split
    other = read.get(right.table.lower())
    if other is None or other == table.name.lower():
        return None
    before = {t.alias_or_name.lower() for t in tables_before(select, join)}
    if right.table.lower() not in before:
        return None  # joined to a table read later: a link in a chain, not a repeat
    key = points_at(schema.keys, table.name.lower(), left.name.lower(), other)
    if key and schema.keys.primary_keys.get(other) == right.name.lower():
        return table, lookups
    return None


def _lookups(select: exp.Select, join: exp.Join, schema: SchemaInfo) -> list[exp.Join]:
    """The later inner joins of a row ``join``'s table points at, on that row's primary key
    (``JOIN cars AS ca ON r.car_id = ca.car_id`` after ``JOIN rentals AS r``), or a row such a
    looked-up row points at: each row of the joined table has one such row, so they repeat
    nothing more."""
    child, joins = join.this, list(select.args.get("joins") or [])
    # The rows reached so far, by alias: the child's, then each looked up (a screening's
    # screen after the booking's screening), since each of them has one such row too.
    reached = {child.alias_or_name.lower(): child.name.lower()}
    found = []
    after = next(index for index, each in enumerate(joins) if each is join) + 1
    for later in joins[after:]:
        parent, split = later.this, join_sides(later)
        if not _inner(later) or not isinstance(parent, exp.Table) or split is None:
            continue
        near, far = split
        name, source = parent.name.lower(), reached.get(far.table.lower())
        if (
            source is not None
            and schema.keys.primary_keys.get(name) == near.name.lower()
            and points_at(schema.keys, source, far.name.lower(), name)
        ):
            found.append(later)
            reached[parent.alias_or_name.lower()] = name
    return found


def _inner(join: exp.Join) -> bool:
    return not join.side and join.kind in ("", "INNER") and not join.args.get("using")


def _alias(join: exp.Join) -> str:
    return str(join.this.alias_or_name).lower()


def _own_conditions(select: exp.Select, aliases: set[str]) -> list[exp.Expr]:
    """The WHERE conditions every row must meet that read only the columns of ``aliases``
    (qualified) and no subquery."""
    where = select.args.get("where")
    return [
        condition
        for condition in (conjuncts(where.this) if where is not None else ())
        if _reads_only(condition, aliases) and condition.find(exp.Select) is None
    ]


def _move_conditions(select: exp.Select, moved: list[exp.Expr], inner: exp.Select) -> None:
    """Move the ``moved`` conditions of ``select``'s WHERE into ``inner``'s."""
    kept = [c for c in conjuncts(select.args["where"].this) if not any(c is m for m in moved)]
    for condition in moved:
        inner.where(condition.copy(), append=True, copy=False)
    select.set("where", exp.Where(this=exp.and_(*kept, copy=False)) if kept else None)


def _orders(select: exp.Select) -> list[exp.Expr]:
    order = select.args.get("order")
    return list(order.expressions) if order is not None else []


def _reads_only(node: exp.Expr, aliases: set[str]) -> bool:
    columns = list(node.find_all(exp.Column))
    return bool(columns) and all(column.table.lower() in aliases for column in columns)


def _drop_orders_by(select: exp.Select, aliases: set[str]) -> None:
    """Remove the ORDER BY terms that read only ``aliases`` (the whole clause if all do)."""
    orders = _orders(select)
    kept = [o for o in orders if not _reads_only(o, aliases)]
    if len(kept) == len(orders):
        return
    if kept:
        select.args["order"].set("expressions", kept)
    else:
        select.set("order", None)


def points_at(keys: TableKeys, table: str, column: str, other: str) -> bool:
    """Whether ``table.column`` is a key to ``other``'s rows (declared, or named after
    ``other``'s primary key and not ``table``'s own)."""
    declared = keys.references.get((table, column))
    if declared is not None:
        return declared == other
    return keys.primary_keys.get(table) != column and keys.primary_keys.get(other) == column


# A row that only has to exist: "members who have a confirmed booking", "at least one order".
_EXISTENTIAL = re.compile(
    r"\b(?:an?|any|some|at\s+least\s+one|one\s+or\s+more)\s+(?:[a-z-]+\s+){0,2}$", re.IGNORECASE
)


def _named(question: str, table: str) -> bool:
    """Whether the question names ``table`` ("order items", "order item", "items") other than
    as a row that only has to exist ("have a confirmed booking")."""
    last = table.lower().replace("_", " ").split()[-1] if table.strip("_") else table
    forms = {*spoken_forms(table), singular_of(last), singular_of(last) + "s"}
    for form in forms:
        for said in re.finditer(rf"\b{re.escape(form)}\b", question, re.IGNORECASE):
            if not _EXISTENTIAL.search(question[: said.start()]):
                return True
    return False
