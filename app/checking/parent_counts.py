"""Not a check: a count of a table's rows beside a count of the rows that repeat them.

"For every site, the number of chargers and the number of charging sessions" answered with
``SELECT s.name, COUNT(c.charger_id), COUNT(cs.session_id) FROM sites s LEFT JOIN chargers c
ON c.site_id = s.site_id LEFT JOIN charging_sessions cs ON cs.charger_id = c.charger_id GROUP BY
s.name``: each charger comes back once per session, so a site with two chargers and five
sessions has "five chargers". When one read counts a table's primary key (not DISTINCT) and
also aggregates a table joined below it, through a key that points at its rows (many sessions
per charger), the count becomes ``COUNT(DISTINCT c.charger_id)``: each charger once. A read
grouped by that key is left alone (each group is one charger), as is one with no aggregate
over the repeating rows (``COUNT(c.charger_id)`` alone may count the sessions on purpose).
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.fanned_rows import points_at
from app.checking.join_keys import TableKeys
from app.checking.scopes import join_sides, scope_tables, select_scopes


def count_parents_once(statement: exp.Expr, keys: TableKeys) -> list[str]:
    """Count, in place, each table's rows once where a join below it repeats them (see the
    module); one note per count."""
    notes: list[str] = []
    for scope, select in select_scopes(statement):
        read = scope_tables(scope)
        below = _rows_below(select, read, keys)
        aggregates = [
            node
            for node in select.find_all(exp.AggFunc)
            if node.find_ancestor(exp.Select) is select and node.find_ancestor(exp.Window) is None
        ]
        for count in aggregates:
            column = count.this if isinstance(count, exp.Count) else None
            if not isinstance(column, exp.Column) or not column.table:
                continue
            alias = column.table.lower()
            repeating = below.get(alias, set())
            if not repeating or keys.primary_keys.get(read.get(alias, "")) != column.name.lower():
                continue
            if _grouped_by(select, alias, column.name.lower()) or not any(
                other is not count
                and any(c.table.lower() in repeating for c in other.find_all(exp.Column))
                for other in aggregates
            ):
                continue
            before = count.sql()
            count.set("this", exp.Distinct(expressions=[column.copy()]))
            notes.append(
                f"{before} -> {count.sql()} (each {read[alias]} row comes back once per row "
                "joined below it, which the read also counts: counted once each)"
            )
    return notes


def _rows_below(select: exp.Select, read: dict[str, str], keys: TableKeys) -> dict[str, set[str]]:
    """alias -> the aliases of tables joined to it (directly or through others) by a key that
    points at its rows: each of its rows comes back once per their row."""
    children: dict[str, set[str]] = {}
    for join in select.args.get("joins") or []:
        sides = join_sides(join)
        if sides is None:
            continue
        for child, parent in (sides, sides[::-1]):
            child_table = read.get(child.table.lower())
            parent_table = read.get(parent.table.lower())
            if child_table is None or parent_table is None or child_table == parent_table:
                continue
            if keys.primary_keys.get(parent_table) == parent.name.lower() and points_at(
                keys, child_table, child.name.lower(), parent_table
            ):
                children.setdefault(parent.table.lower(), set()).add(child.table.lower())
    below: dict[str, set[str]] = {}
    for alias in children:
        seen, todo = set(), list(children[alias])
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo.extend(children.get(node, ()))
        below[alias] = seen
    return below


def _grouped_by(select: exp.Select, alias: str, key: str) -> bool:
    group = select.args.get("group")
    return group is not None and any(
        column.name.lower() == key and column.table.lower() in ("", alias)
        for column in group.find_all(exp.Column)
    )
