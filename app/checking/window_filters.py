"""A correction: a window function in WHERE, filtered after the window as QUALIFY would be.

"The two most severe vulnerabilities of each asset" answered ``... WHERE RANK() OVER
(PARTITION BY asset_id ORDER BY cvss_score DESC) <= 2``: no database runs it (SQLite: "misuse
of window function RANK()"), since WHERE filters rows before any window is computed, and
repair rounds rarely mend it (stored test runs ended invalid on it again and again). What the
model means is what QUALIFY says (DuckDB, Snowflake, BigQuery): the other conditions of WHERE
choose the rows, the window is computed over them, and its condition keeps the rows after. So
the query is rewritten the way those databases evaluate QUALIFY: it becomes a derived table
returning its own columns, each window (as ``_w1``...) and each column its window condition
or ORDER BY reads (as ``_k1``...), and the outer query filters on those, then orders, cuts
(LIMIT) and removes duplicates (DISTINCT) as the query did. Left as written: a grouped or
aggregated query (its windows run after grouping, and HAVING is what filters there), a
``SELECT *`` and a write; the database then refuses the query as before.
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.candidate import Candidate, rewrite_read
from app.checking.conditions import conjuncts


def filter_windows_after(statement: exp.Expr) -> tuple[exp.Expr, list[str]]:
    """``statement`` with each SELECT whose WHERE holds a window function rewritten (the
    statement itself when it is one); one note each."""
    notes: list[str] = []
    for select in list(statement.find_all(exp.Select)):
        where = select.args.get("where")
        if where is None or not _own_windows(where.this, select):
            continue
        rewritten = _qualified(select)
        if rewritten is None:
            continue
        before = where.sql()
        if select is statement:
            statement = rewritten
        else:
            select.replace(rewritten)
        notes.append(
            f"{before} -> a derived table computing the window, filtered outside it: WHERE "
            "filters rows before a window is computed, so the window's condition is applied to "
            "its result"
        )
    return statement, notes


def _own_windows(node: exp.Expr, select: exp.Select) -> list[exp.Window]:
    return [w for w in node.find_all(exp.Window) if w.parent_select is select]


def _qualified(select: exp.Select) -> exp.Select | None:
    """The SELECT as a derived table filtered on its windows; None when it cannot be."""
    projections = select.expressions
    if (
        select.args.get("group")
        or select.args.get("having")
        or any(
            isinstance(p, exp.Star) or (isinstance(p, exp.Column) and p.is_star)
            for p in projections
        )
    ):
        return None
    if any(
        a.parent_select is select and not a.find_ancestor(exp.Window) for a in _aggregates(select)
    ):
        return None
    where = select.args["where"]
    windowed = [c for c in conjuncts(where.this) if _own_windows(c, select)]
    kept = [c for c in conjuncts(where.this) if not _own_windows(c, select)]
    order = select.args.get("order")

    inner = select.copy()
    for arg in ("order", "limit", "offset", "distinct"):
        inner.set(arg, None)
    inner.set("where", exp.Where(this=exp.and_(*(c.copy() for c in kept))) if kept else None)
    names: list[str] = []
    inner_projections: list[exp.Expr] = []
    for index, projection in enumerate(projections):
        name = projection.alias_or_name or f"_c{index + 1}"
        if name in names:
            return None  # two outputs of one name: the outer query could not tell them apart
        names.append(name)
        inner_projections.append(
            exp.alias_(
                projection.this.copy() if isinstance(projection, exp.Alias) else projection.copy(),
                name,
            )
        )

    outer_conditions = [c.copy() for c in windowed]
    outer_order = order.copy() if order is not None else None
    extra: dict[str, str] = {}

    returned = {
        (p.this if isinstance(p, exp.Alias) else p).sql(): name
        for p, name in zip(projections, names, strict=True)
    }

    def lift(node: exp.Expr, prefix: str) -> str:
        key = node.sql()
        if key in returned:
            return returned[key]  # a column the query returns: read it under its output name
        if key not in extra:
            extra[key] = f"{prefix}{sum(v.startswith(prefix) for v in extra.values()) + 1}"
            inner_projections.append(exp.alias_(node.copy(), extra[key]))
        return extra[key]

    for condition in outer_conditions:
        for window in list(condition.find_all(exp.Window)):
            window.replace(exp.column(lift(window, "_w")))
        for column in list(condition.find_all(exp.Column)):
            if not column.find_ancestor(exp.Window) and not _lifted(column, extra):
                column.replace(exp.column(lift(column, "_k")))
    if outer_order is not None:
        for column in list(outer_order.find_all(exp.Column)):
            bare_output = not column.table and column.name in names
            if not bare_output:
                column.replace(exp.column(lift(column, "_k")))
    inner.set("expressions", inner_projections)

    outer = exp.select(*(exp.column(name) for name in names)).from_(inner.subquery("ranked"))
    outer = outer.where(exp.and_(*outer_conditions))
    for arg in ("order", "limit", "offset", "distinct"):
        value = outer_order if arg == "order" else select.args.get(arg)
        if value is not None:
            outer.set(arg, value.copy() if arg != "order" else value)
    return outer


def _lifted(column: exp.Column, extra: dict[str, str]) -> bool:
    """Whether ``column`` is already one the outer query reads (a window's ``_w1``). A bare
    name the query also returns is not: in WHERE it reads the table's column, which an output
    of that name may not be (``price * 2 AS price``)."""
    return not column.table and column.name in extra.values()


def _aggregates(select: exp.Select) -> list[exp.AggFunc]:
    return [a for p in select.expressions for a in p.find_all(exp.AggFunc)]


def correct_window_filters(candidate: Candidate) -> list[str]:
    """Not a check: a window function in WHERE filters the rows after the window, as QUALIFY."""
    return rewrite_read(candidate, filter_windows_after)
