"""A check that reads the question: rows asked for "including those with none" need an outer join.

"How many tickets were sold for each event, including events with none?" answered with
``FROM events JOIN tickets ... GROUP BY e.title`` runs and looks right, and leaves out exactly
the events the question asked to keep: an inner join drops a row without a match. And with a
``LEFT JOIN``, ``COUNT(*)`` still counts such a row once. When the question asks to include
rows with none (or zero, or no match: "including", "even those", "with or without") and the
query aggregates over a join, each inner join is refused with an issue that says how to keep
the rows (start from the listed table, ``LEFT JOIN`` the counted one, count its column), and a
``COUNT(*)`` over an outer join is refused for counting the unmatched rows as one. Where the
query has one ``LEFT JOIN`` whose ``ON`` names a column of the joined table, that ``COUNT(*)``
is corrected before the check instead (``count_joined_rows``): a small model told to count a
column often writes ``COUNT(*)`` again.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.scopes import aggregated, select_outputs

_KEEP_NONE = re.compile(
    r"\b(?:includ\w*|even)\b[^.?!;]*?\b(?:none|no|zero|without|nothing|nobody|no one|0)\b"
    # "including products not stocked anywhere", "include customers who never ordered"; not
    # past a comma ("Including tax, which orders are not shipped?").
    r"|\b(?:includ\w*|even)\b[^.?!;,]*?(?:\b(?:not|never)\b|n't\b)"
    r"|\bwith or without\b|\bif any\b"
    # "showing 0 for campaigns that have raised nothing", "(0 if nothing was received)"
    r"|\b(?:show\w*|with|giv\w*|as|report\w*|put\w*)\s+(?:a\s+)?(?:0|zero)\s+(?:for|if|when)\b"
    r"|\(\s*(?:0|zero)\s+(?:for|if|when)\b",
    re.IGNORECASE,
)


def asks_to_keep_rows_with_none(question: str) -> bool:
    """Whether ``question`` asks to keep the rows that have nothing to count or join.

    >>> asks_to_keep_rows_with_none("Tickets per event, including events with none?")
    True
    >>> asks_to_keep_rows_with_none("How many tickets were sold for each event?")
    False
    """
    return bool(_KEEP_NONE.search(question))


def outer_join_issues(statement: exp.Expr, question: str) -> list[str]:
    """Issues for an aggregate over inner joins (or ``COUNT(*)`` over an outer one) when the
    question asks to keep rows with none; nothing otherwise."""
    if not question or not asks_to_keep_rows_with_none(question):
        return []
    issues: list[str] = []
    for select in statement.find_all(exp.Select):
        joins = select.args.get("joins") or []
        aggregates = [a for e in select.expressions for a in e.find_all(exp.AggFunc)]
        if not joins or not aggregates:
            continue
        inner = [j for j in joins if not j.side and j.kind.upper() in ("", "INNER")]
        source = select.args.get("from_")
        for join in inner:
            table, counted = join.this.sql(), join.this.sql()
            how = f"Start FROM the table whose rows are listed and LEFT JOIN {table}"
            if source is not None and _listed(select, join.this.alias_or_name):
                counted = source.this.sql()  # FROM the counted rows, joined to the listed ones
                how = f"Start FROM {table}, whose rows are listed, and LEFT JOIN {counted}"
            issues.append(
                f"the question asks to include rows with none, but JOIN {table} is an inner "
                f"join: it drops every row without a match. {how}, counting a column of "
                f"{counted}"
            )
        if not inner and any(_counts_rows(a) for a in aggregates):
            issues.append(
                "COUNT(*) over a LEFT JOIN counts a row without a match as 1: the question "
                "asks to include rows with none, so count a column of the joined table "
                "(COUNT(t.id) counts 0 for them)"
            )
    return issues


def _listed(select: exp.Select, alias: str) -> bool:
    """Whether the SELECT returns a column of ``alias`` outside any aggregate."""
    return any(
        column.table.lower() == alias.lower() and not aggregated(column)
        for projection in select.expressions
        for column in projection.find_all(exp.Column)
    )


def _counts_rows(aggregate: exp.Expr) -> bool:
    return isinstance(aggregate, exp.Count) and isinstance(aggregate.this, exp.Star)


def count_joined_rows(statement: exp.Expr, question: str) -> list[str]:
    """Turn ``COUNT(*)`` over one ``LEFT JOIN`` into a count of the joined table's ON column,
    in place, when the question asks to keep rows with none.

    >>> import sqlglot
    >>> query = sqlglot.parse_one(
    ...     "SELECT e.title, COUNT(*) FROM events e LEFT JOIN tickets t "
    ...     "ON e.event_id = t.event_id GROUP BY e.title")
    >>> count_joined_rows(query, "Tickets per event, including events with none")
    ['COUNT(*) -> COUNT(t.event_id) (a row of e without a match in t counts 0, not 1)']
    """
    if not question or not asks_to_keep_rows_with_none(question):
        return []
    notes: list[str] = []
    for select in statement.find_all(exp.Select):
        joins = select.args.get("joins") or []
        if len(joins) != 1 or joins[0].side.upper() != "LEFT":
            continue
        joined = joins[0].this
        name = joined.alias_or_name
        on = joins[0].args.get("on")
        matched = [
            c for c in (on.find_all(exp.Column) if on is not None else ()) if c.table == name
        ]
        if not matched:
            continue
        source = select.args.get("from_")
        listed = source.this.alias_or_name if source is not None else "the listed table"
        # COUNT(e.event_id) of the listed side's ON column counts its own row, matched or not.
        listed_on = {
            c.sql().lower()
            for c in (on.find_all(exp.Column) if on is not None else ())
            if c.table == listed
        }
        for count in [a for e in select.expressions for a in e.find_all(exp.Count)]:
            if _counts_rows(count) or count.this.sql().lower() in listed_on:
                counted = exp.Count(this=matched[0].copy())
                notes.append(
                    f"{count.sql()} -> {counted.sql()} (a row of {listed} without a match in "
                    f"{name} counts 0, not 1)"
                )
                count.replace(counted)
    return notes


def keep_listed_side(statement: exp.Expr, question: str) -> list[str]:
    """Swap, in place, the two tables of one ``LEFT JOIN`` that keeps the counted table's rows
    where the question keeps the listed table's ("each author, including authors with none"
    answered ``FROM books b LEFT JOIN authors a ... GROUP BY a.name``): the rows it groups by
    are the joined table's, so that is the table to start from. An inner join written the
    same way (``FROM checklists c JOIN sites s ... GROUP BY s.region``, "including regions
    with none"), whose FROM table is read only inside aggregates, becomes that ``LEFT JOIN``.

    >>> import sqlglot
    >>> query = sqlglot.parse_one(
    ...     "SELECT a.name, COUNT(b.title) FROM books b LEFT JOIN authors a "
    ...     "ON a.author_id = b.author_id GROUP BY a.name")
    >>> [note] = keep_listed_side(query, "Books per author, including authors with none")
    >>> query.sql().split(" ON ")[0]
    'SELECT a.name, COUNT(b.title) FROM authors AS a LEFT JOIN books AS b'
    """
    if not question or not asks_to_keep_rows_with_none(question):
        return []
    notes: list[str] = []
    for select in statement.find_all(exp.Select):
        joins, source = select.args.get("joins") or [], select.args.get("from_")
        group = select.args.get("group")
        if len(joins) != 1 or source is None or not group:
            continue
        listed, joined = source.this, joins[0].this
        if not isinstance(listed, exp.Table) or not isinstance(joined, exp.Table):
            continue
        name = joined.alias_or_name
        keys = group.expressions
        if not all(isinstance(k, exp.Column) and k.table == name for k in keys):
            continue
        inner = not joins[0].side and joins[0].kind.upper() in ("", "INNER")
        if not (joins[0].side.upper() == "LEFT" or inner and _counted_only(select, listed)):
            continue
        before = f"{listed.sql()} {'INNER' if inner else 'LEFT'} JOIN {joined.sql()}"
        listed.replace(joined.copy())
        joined.replace(listed.copy())
        joins[0].set("kind", None)
        joins[0].set("side", "LEFT")
        notes.append(
            f"{before} -> {joined.sql()} LEFT JOIN {listed.sql()}: the question lists the rows "
            f"of {joined.name}, with none included, so they are the rows every result keeps"
        )
    return notes


def _counted_only(select: exp.Select, table: exp.Table) -> bool:
    """Whether the SELECT reads ``table``'s columns (outside its joins and WHERE) only inside
    aggregates: its rows are counted, not listed."""
    name = table.alias_or_name.lower()
    read = (column for node in select_outputs(select) for column in node.find_all(exp.Column))
    return all(aggregated(column) for column in read if column.table.lower() == name)
