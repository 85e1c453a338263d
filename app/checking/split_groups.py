"""A correction that reads the question: groups split by their rows' own key.

"How many hours of labour were logged at each workshop?" answered ``SELECT j.workshop,
SUM(l.minutes) / 60.0 FROM jobs AS j JOIN labour_entries AS l ... GROUP BY j.workshop,
j.job_id``: grouping by the jobs' primary key as well makes every job a group of its own, and
the answer lists each workshop once per job. When the question asks for each of something
("at each workshop"), the query groups by a column named after it (not a name or title, whose
key app.checking.name_groups adds on purpose) and also by the primary key of that column's
table, and returns of that table only what it groups by besides the key, the key leaves the
GROUP BY; not where a window ranks rows within the groups asked for ("the top article in each
section"), since each row ranked is a group of its own there. The change is reported in
``corrections``.
"""

from __future__ import annotations

from sqlglot import exp

from app.checking.asked_groups import asked_nouns, names_noun
from app.checking.candidate import Candidate, correct_asked
from app.checking.name_groups import NAME
from app.checking.schema import SchemaInfo
from app.checking.scopes import (
    aggregated,
    column_table,
    scope_tables,
    select_outputs,
    select_scopes,
)


def correct_split_groups(candidate: Candidate) -> list[str]:
    """Not a check: a group asked for each of is not split by its rows' key."""
    return correct_asked(candidate, lambda s, q: merge_split_groups(s, q, candidate.schema))


def merge_split_groups(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Drop, in place, each grouped primary key that splits a group the question asks for.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema("CREATE TABLE j (id INT PRIMARY KEY, shop TEXT, h INT)", "sqlite")
    >>> query = sqlglot.parse_one("SELECT shop, SUM(h) FROM j GROUP BY shop, id")
    >>> len(merge_split_groups(query, "Hours at each shop?", schema))
    1
    >>> query.sql()
    'SELECT shop, SUM(h) FROM j GROUP BY shop'
    """
    nouns = asked_nouns(question)
    if not nouns:
        return []
    columns = schema.lowered_columns()
    notes: list[str] = []
    for scope, select in select_scopes(statement):
        group = select.args.get("group")
        if group is None or not all(isinstance(g, exp.Column) for g in group.expressions):
            continue
        if select.find(exp.Window):
            continue  # ranked within the groups asked for: each row ranked is a group
        read = scope_tables(scope)
        pairs = [(g, column_table(g, read, columns)) for g in group.expressions]
        keys = {
            id(g)
            for g, owner in pairs
            if owner and schema.keys.primary_keys.get(owner) == g.name.lower()
        }
        asked = {
            (owner, g.table.lower())
            for g, owner in pairs
            if owner
            and id(g) not in keys
            and not NAME.search(g.name)
            and any(names_noun(g.name, n) for n in nouns)
        }
        returned = _plain_outputs(select, read, columns)
        for key, owner in pairs:
            grouped = {g.name.lower() for g, o in pairs if o == owner and g is not key}
            if (
                id(key) not in keys
                or (owner, key.table.lower()) not in asked
                or any(t == owner and c not in grouped for t, c in returned)
            ):
                continue
            key.pop()
            notes.append(
                f"GROUP BY {key.sql()} dropped: the question asks for each "
                f"{' / '.join(nouns)}, and grouping by the key of {owner} as well made each "
                "of its rows a group of its own"
            )
    return notes


def _plain_outputs(
    select: exp.Select, read: dict[str, str], columns: dict[str, set[str]]
) -> set[tuple[str | None, str]]:
    """(table, column) of each column the SELECT returns or ranks by outside an aggregate."""
    return {
        (column_table(column, read, columns), column.name.lower())
        for output in select_outputs(select)
        for column in output.find_all(exp.Column)
        if not aggregated(column)
    }
