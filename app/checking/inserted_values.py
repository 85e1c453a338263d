"""The values a schema's ``INSERT ... VALUES`` statements give each column, for the readers
that learn from the rows (app.checking.stored_dates, app.checking.row_spellings)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from sqlglot import exp


def inserted_values(
    insert: exp.Insert, tables: Mapping[str, Mapping[str, str]]
) -> Iterator[tuple[tuple[str, str], exp.Expr]]:
    """((table, column) lowercased, value) for each value ``insert`` gives a column, by its
    column list or, without one, by the columns ``tables`` declares in order."""
    target = insert.this
    table = target.this if isinstance(target, exp.Schema) else target
    rows = insert.expression
    if not isinstance(table, exp.Table) or not isinstance(rows, exp.Values):
        return
    if isinstance(target, exp.Schema):
        names = [column.name for column in target.expressions]
    else:
        declared = next((t for t in tables if t.lower() == table.name.lower()), None)
        names = list(tables[declared]) if declared is not None else []
    for row in rows.expressions:
        values = row.expressions if isinstance(row, exp.Tuple) else [row]
        for name, value in zip(names, values, strict=False):
            yield (table.name.lower(), name.lower()), value
