"""A correction before the join-key check: a join that skipped the one table linking two others.

Asked for "the cheapest ticket at each venue", a small model writes ``FROM venues v JOIN
tickets t ON v.venue_id = t.event_id``: it pairs a venue's id with an event's id, because
tickets reach venues only through events. Told so by the join-key check
(app.checking.join_keys), it tends to write the same join again. When the schema's keys link
the two tables through exactly one table between them, no key links them directly, that table
is not already read there, and the pairing is a join's whole condition, the join goes through
it: ``JOIN events e ON e.venue_id = v.venue_id JOIN tickets t ON t.event_id = e.event_id``. Of
several such tables, the one a key of the pairing points at is meant: ``p.project_id =
te.task_id`` goes through tasks, not through the people both projects and time entries name.
The same holds for a join on two columns that are no keys and are named differently
(``JOIN offices o ON e.hire_date = o.opened_on`` where employees reach offices through
departments): it relates rows by coincidence, the way no schema links them.

Two more joins the keys settle. A join whose condition compares a column with itself (``JOIN
reservations r ON h.hotel_id = h.hotel_id``, always true) is joined on the one way the keys
link the joined table to the table compared, directly or through one table between. A
referencing key paired with another key of the table it points at (``JOIN reviews v ON
r.room_id = v.reservation_id``, where reviews.reservation_id points at reservations and is
their one link) is paired with that table's key. Anything less certain is left to the checks,
which name the keys that link the tables. Every change is reported with the answer
(``corrections``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from sqlglot import exp

from app.checking.candidate import Candidate, correct_read
from app.checking.join_keys import Link, bridges, table_links
from app.checking.schema import SchemaInfo
from app.checking.scopes import join_sides, query_scopes, scope_tables, tables_before


def correct_bridge_joins(candidate: Candidate) -> list[str]:
    """Not a check: a join that skipped the one table linking two others goes through it."""
    return correct_read(candidate, lambda s: bridge_joins(s, candidate.schema))


def bridge_joins(statement: exp.Expr, schema: SchemaInfo) -> list[str]:
    """Route each join that pairs keys of unlinked tables, or two of their columns that are no
    keys, through their one linking table, in place; one note per join rerouted."""
    if statement.find(exp.Join) is None:
        return []
    # Built only when a join pairs columns of different tables: every checked read passes here.
    links = cache(lambda: table_links(schema.keys, schema.lowered_columns()))
    notes: list[str] = []
    for scope in query_scopes(statement):
        tables = scope_tables(scope)
        read = frozenset(tables.values())  # the bridges added below are not the read's own
        select = scope.expression
        for join in list(select.args.get("joins") or []):
            note = _reroute(select, join, tables, links, schema, read)
            if note:
                notes.append(note)
    return notes


def _reroute(
    select: exp.Expr,
    join: exp.Join,
    tables: dict[str, str],
    table_links_of_schema: Callable[[], dict[str, list[Link]]],
    schema: SchemaInfo,
    read: frozenset[str],
) -> str:
    condition = join.args.get("on")
    joined = join.this
    if not isinstance(condition, exp.EQ) or not isinstance(joined, exp.Table):
        return ""
    sides = (condition.this, condition.expression)
    if not all(isinstance(side, exp.Column) and side.table for side in sides):
        return ""
    if sides[0].sql().lower() == sides[1].sql().lower():
        links = table_links_of_schema()
        return _settle_self_comparison(select, join, tables, links, schema, read)
    split = join_sides(join)
    if split is None:
        return ""
    near, far = split
    near_table, far_table = tables.get(near.table.lower()), tables.get(far.table.lower())
    if near_table is None or far_table is None or near_table == far_table:
        return ""
    near_target = schema.keys.target(near_table, near.name.lower())
    far_target = schema.keys.target(far_table, far.name.lower())
    if near_target and far_target and near_target != far_target:
        paired = "keys of different tables"
    elif near_target is None and far_target is None and near.name.lower() != far.name.lower():
        paired = "columns that are no keys"  # e.hire_date = o.opened_on
    else:
        return ""
    links = table_links_of_schema()
    direct = [link for link in links.get(far_table, []) if link.other(far_table) == near_table]
    if direct:
        return _pair_the_link(join, direct, {far_table: far, near_table: near}, paired)
    why = f"the join condition {condition.sql()} paired {paired}"
    ends = ((far_table, far.table), (near_table, near.table))
    named = {t for t in (near_target, far_target) if t and t not in (far_table, near_table)}
    return _bridge(select, join, (tables, read), ends, links, schema, why, named)


def _pair_the_link(
    join: exp.Join, direct: list[Link], sides: dict[str, exp.Column], paired: str
) -> str:
    """The one key linking two tables, where the join pairs its referencing column with another
    column: ``r.room_id = rv.reservation_id`` where reviews.reservation_id points at
    reservations."""
    if len(direct) != 1 or len(sides) != 2:
        return ""  # which of several keys was meant is the check's to ask
    link = direct[0]
    if sides[link.table].name.lower() != link.column:
        # Only the referencing column says where it points; a table's own key (venues.venue_id
        # = e.event_id) could be meant for another table, so which was meant is the check's.
        return ""
    written = join.args["on"].sql()
    aliases = {table: column.table for table, column in sides.items()}
    join.set("on", _equality(link, aliases))
    return (
        f"the join condition {written} paired {paired}; {link.table} and {link.target} are "
        f"linked by {link}, so the join now pairs those: {join.args['on'].sql()}"
    )


def _settle_self_comparison(
    select: exp.Expr,
    join: exp.Join,
    tables: dict[str, str],
    links: dict[str, list[Link]],
    schema: SchemaInfo,
    read: frozenset[str],
) -> str:
    """``JOIN reservations r ON h.hotel_id = h.hotel_id`` (always true): joined on the one way
    the schema's keys link the joined table to the table compared (or, when the joined table's
    own column is compared, to the one earlier table it links to), directly or through one
    table between."""
    condition = join.args["on"]
    joined = join.this
    joined_alias = (joined.alias or joined.name).lower()
    near_table = tables.get(joined_alias)
    compared = condition.this.table.lower()
    earlier = [(table.alias or table.name).lower() for table in tables_before(select, join)]
    if near_table is None or (compared != joined_alias and compared not in earlier):
        return ""
    candidates = [compared] if compared != joined_alias else earlier
    linked = [
        (
            alias,
            [
                link
                for link in links.get(tables[alias], [])
                if link.other(tables[alias]) == near_table
            ],
        )
        for alias in candidates
        if alias in tables and tables[alias] != near_table
    ]
    written = condition.sql()
    why = f"the join condition {written} compared a column with itself, so it was always true"
    direct = [(alias, found) for alias, found in linked if found]
    if len(direct) == 1 and len(direct[0][1]) == 1:
        alias, [link] = direct[0]
        join.set("on", _equality(link, {tables[alias]: alias, near_table: joined_alias}))
        return (
            f"{why}; {tables[alias]} and {near_table} are linked by {link}, so the join now "
            f"pairs those: {join.args['on'].sql()}"
        )
    if direct or len(candidates) != 1 or candidates[0] not in tables:
        return ""
    ends = ((tables[candidates[0]], candidates[0]), (near_table, joined_alias))
    return _bridge(select, join, (tables, read), ends, links, schema, why)


def _bridge(
    select: exp.Expr,
    join: exp.Join,
    reading: tuple[dict[str, str], frozenset[str]],
    ends: tuple[tuple[str, str], tuple[str, str]],
    links: dict[str, list[Link]],
    schema: SchemaInfo,
    why: str,
    named: set[str] | None = None,
) -> str:
    """Route ``join`` between its ``ends`` ((table, alias) before it, (table, alias) it joins)
    through the one table that links them and is not read yet; the note (empty when there is
    no such table, and nothing changed). Of several such tables, the one a key of the join
    points at (``named``: ``te.task_id`` names tasks) is the one meant. ``reading`` is the
    level's tables by alias, bridges added included, and the tables the read itself reads: a
    second bridge through one table (sender's and recipient's customers) gets an alias of its
    own."""
    tables, read = reading
    (far_table, far_alias), (near_table, near_alias) = ends
    paths = bridges(far_table, near_table, links)
    if len(paths) > 1 and named:
        paths = [path for path in paths if path[0].other(far_table) in named]
    if len(paths) != 1:
        return ""
    to_middle, onward = paths[0]
    middle = to_middle.other(far_table)
    if middle in read:
        return ""
    aliases = {far_table: far_alias, near_table: near_alias}
    joined = _joined_bridge(select, middle, to_middle, aliases)
    if joined is not None:  # an earlier bridge from the same row: the join goes through it
        join.set("on", _equality(onward, {**aliases, middle: joined}))
        return (
            f"{why}; {far_table} and {near_table} are linked through {middle}, joined already, "
            f"so the join now goes through it: {onward}"
        )
    middle_alias = _free_alias(middle, tables)
    tables[middle_alias] = middle
    aliases[middle] = middle_alias
    select.append(
        "joins",
        exp.Join(
            this=exp.Table(
                this=exp.to_identifier(schema.declared_table(middle)),
                alias=None
                if middle_alias == middle
                else exp.TableAlias(this=exp.to_identifier(middle_alias)),
            ),
            on=_equality(to_middle, aliases),
            side=join.side or None,
            kind=join.kind or None,
        ),
    )
    joins = select.args["joins"]
    joins.insert(joins.index(join), joins.pop())  # the bridge goes just before the join
    # Set again so that every join's stored index is its place now: a later pop() or
    # replace() on one of them must not act on its old neighbour.
    select.set("joins", list(joins))
    join.set("on", _equality(onward, aliases))
    return (
        f"{why}; {far_table} and {near_table} are linked through {middle}, so the join now goes "
        f"through it: {to_middle}, then {onward}"
    )


def _joined_bridge(
    select: exp.Expr, middle: str, to_middle: Link, aliases: dict[str, str]
) -> str | None:
    """The alias of a join of ``middle`` on ``to_middle`` from the same row, added before."""
    for join in select.args.get("joins") or []:
        table = join.this
        if not isinstance(table, exp.Table) or table.name.lower() != middle:
            continue
        alias = table.alias_or_name
        on = join.args.get("on")
        if on is not None and on.sql() == _equality(to_middle, {**aliases, middle: alias}).sql():
            return str(alias)
    return None


def _equality(link: Link, aliases: dict[str, str]) -> exp.EQ:
    return exp.EQ(
        this=exp.column(link.column, table=aliases[link.table]),
        expression=exp.column(link.key, table=aliases[link.target]),
    )


def _free_alias(table: str, tables: dict[str, str]) -> str:
    taken = set(tables) | set(tables.values())
    alias, n = table, 1
    while alias in taken:
        n += 1
        alias = f"{table}_{n}"
    return alias
