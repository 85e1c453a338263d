"""Not a check: the top groups within each group asked, where a grouped answer ranks them all.

"What's the single most-played track in each genre?" answered with ``SELECT t.genre, t.title,
COUNT(*) AS plays FROM tracks t JOIN plays p ON ... GROUP BY t.genre, t.title ORDER BY plays
DESC LIMIT 1`` counts the right rows, groups them by genre and track, ranks by the right figure,
and keeps the one most-played track of all (or, with no LIMIT, every track). A 1.5B model told to
number the rows within each genre rarely manages it (app.checking.group_limits refuses such an
answer); the intent is already in the SQL. When the question ranks within each of something
(``group_asked_to_rank``), the read groups by a column of that something (``genre``,
``category_id``, a column of the ``hotels`` table, a key to it) and by more, returns only what
it groups by or aggregates, and orders by exactly one aggregate, the read is kept whole and its
rows numbered within that group by the aggregate::

    SELECT genre, title, plays FROM (SELECT t.genre, t.title, COUNT(*) AS plays,
      RANK() OVER (PARTITION BY t.genre ORDER BY COUNT(*) DESC) AS group_rank ...) AS ranked
    WHERE group_rank = 1 ORDER BY genre, plays DESC

The count kept is the one the question says ("top 3 tracks in each genre"), else 1. Ties keep
every tied row (RANK), unless the question asks for one row ("single", "one ... per", "break
ties"): then ROW_NUMBER breaks them by the answer's other ORDER BY keys and the grouped columns.
Any other shape (grouped by the group alone, windows already there, DISTINCT, columns neither
grouped nor aggregated) is left for the check to refuse.
"""

from __future__ import annotations

import re

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect

from app.checking.candidate import Candidate
from app.checking.group_limits import group_asked_to_rank
from app.checking.group_picks import keys_group, names_group, projected
from app.checking.row_identity import spoken_forms
from app.checking.schema import SchemaInfo
from app.checking.scopes import aggregated, column_table, query_scopes, scope_tables

_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_NUMBER.update({"nine": 9, "ten": 10})
_COUNT = r"(\d+|two|three|four|five|six|seven|eight|nine|ten)"
_RANK_WORD = r"(?:most|least|best|worst|highest|lowest|largest|smallest|biggest|\w+est)"
_COUNT_ASKED = re.compile(
    rf"\b(?:top|first|bottom|last)\s+{_COUNT}\b|\b{_COUNT}\s+{_RANK_WORD}\b", re.IGNORECASE
)
# "break ties" asks for one row; "include ties" for every tied one, as RANK keeps them.
_ONE_ASKED = re.compile(
    r"\b(?:single|one\s+\w+\s+(?:per|for each|in each)|break(?:ing)?\s+(?:any\s+)?ties?|"
    r"ties?\s+broken|no\s+ties?)\b",
    re.I,
)
_RANK_ALIAS = "group_rank"


def rank_within_groups(
    statement: exp.Expr, question: str, schema: SchemaInfo
) -> tuple[exp.Expr, list[str]]:
    """The read with its groups ranked within the group asked (see the module), and a note;
    ``statement`` itself and no note when the shape is not certain."""
    if not isinstance(statement, exp.Select) or not question:
        return statement, []
    group = group_asked_to_rank(question)
    grouped = statement.args.get("group")
    order = statement.args.get("order")
    if group is None or grouped is None or order is None or _has_picks(statement):
        return statement, []
    scopes = query_scopes(statement)
    if not scopes:
        return statement, []
    tables = scope_tables(scopes[-1])
    keys = list(grouped.expressions)
    partition = [key for key in keys if _of_group(key, group, tables, schema)]
    if not partition or len(partition) == len(keys) or not _only_grouped(statement, keys):
        return statement, []
    ranked = [
        term for term in order.expressions if projected(term.this, statement).find(exp.AggFunc)
    ]
    if len(ranked) != 1:
        return statement, []
    key = ranked[0]
    count = _count_asked(question)
    one = _ONE_ASKED.search(question) is not None
    rewritten = _ranked_read(statement, partition, key, order, keys, count, one, schema.dialect)
    if rewritten is None:
        return statement, []
    cut = statement.args.get("limit")
    function = "ROW_NUMBER" if one else "RANK"
    return rewritten, [
        f"kept the top {count} of each {group} by {projected(key.this, statement).sql()} "
        f"({function}() OVER (PARTITION BY {', '.join(p.sql() for p in partition)})): the "
        f"question asks for the top rows within each {group}"
        + (f", not the first rows of all ({cut.sql()})" if cut is not None else "")
    ]


def _has_picks(select: exp.Select) -> bool:
    """A window, DISTINCT or a set operation: the answer already picks rows its own way."""
    return bool(select.find(exp.Window) or select.args.get("distinct") or select.args.get("fetch"))


def _of_group(key: exp.Expr, group: str, tables: dict[str, str], schema: SchemaInfo) -> bool:
    """Whether a GROUP BY key says which ``group`` a row is in: its name (``genre``,
    ``category_id``), its table (a column of ``hotels`` for "each hotel") or a key to it."""
    if not isinstance(key, exp.Column):
        return False
    if names_group(key.name, group):
        return True
    table = column_table(key, tables, schema.lowered_columns())
    if table is None:
        return False
    return bool(set(spoken_forms(table)) & set(spoken_forms(group))) or keys_group(
        table, key.name, group, schema
    )


def _only_grouped(select: exp.Select, keys: list[exp.Expr]) -> bool:
    """Whether every returned value is a grouped key or inside an aggregate."""
    grouped = {key.sql().lower() for key in keys}
    for projection in select.expressions:
        value = projection.unalias()
        if value.sql().lower() in grouped or isinstance(value, exp.Literal):
            continue
        for column in value.find_all(exp.Column):
            if column.sql().lower() not in grouped and not aggregated(column):
                return False
    return True


def _count_asked(question: str) -> int:
    match = _COUNT_ASKED.search(question)
    if match is None:
        return 1
    said = (match.group(1) or match.group(2)).lower()
    return int(said) if said.isdigit() else _NUMBER[said]


def _ranked_read(
    select: exp.Select,
    partition: list[exp.Expr],
    key: exp.Ordered,
    order: exp.Order,
    keys: list[exp.Expr],
    count: int,
    one: bool,
    dialect: str,
) -> exp.Select | None:
    inner = select.copy()
    ctes = inner.args.get("with_")
    for arg in ("order", "limit", "offset", "with_"):
        inner.set(arg, None)
    names: list[str] = []
    for position, projection in enumerate(inner.expressions):
        if not projection.alias_or_name or projection.alias_or_name == "*":
            if projection.find(exp.Star):
                return None
            projection = projection.replace(exp.alias_(projection, f"value_{position + 1}"))
        names.append(projection.alias_or_name)
    if len({name.lower() for name in names}) != len(names) or _RANK_ALIAS in names:
        return None
    measure = projected(key.this, select).copy()
    descending = bool(key.args.get("desc"))
    ranking = [_ordered(measure, descending, dialect)]
    if one:  # ties broken by what the answer ordered by next, then by what it grouped by
        seen = {p.sql().lower() for p in partition} | {measure.sql().lower()}
        rest = [t for t in order.expressions if t is not key]
        rest += [exp.Ordered(this=k) for k in keys]
        for term in rest:
            value = projected(term.this, select)
            if value.sql().lower() not in seen:
                seen.add(value.sql().lower())
                ranking.append(_ordered(value.copy(), bool(term.args.get("desc")), dialect))
    window = exp.Window(
        this=exp.RowNumber() if one else exp.Anonymous(this="RANK"),
        partition_by=[p.copy() for p in partition],
        order=exp.Order(expressions=ranking),
    )
    inner.append("expressions", exp.alias_(window, _RANK_ALIAS))
    kept = exp.column(_RANK_ALIAS)
    condition = (
        kept.eq(1) if count == 1 else exp.LTE(this=kept, expression=exp.Literal.number(count))
    )
    outer = exp.select(*(exp.column(name) for name in names)).from_(inner.subquery("ranked"))
    outer = outer.where(condition)
    shown_groups = [name for name in (_output(p, select) for p in partition) if name]
    shown = _output(measure, select)
    sort = [_ordered(exp.column(name), False, dialect) for name in shown_groups]
    if shown:
        sort.append(_ordered(exp.column(shown), descending, dialect))
    if sort:
        outer = outer.order_by(*sort)
    if ctes is not None:
        outer.set("with_", ctes)
    return outer


def _ordered(value: exp.Expr, descending: bool, dialect: str) -> exp.Ordered:
    """``value`` ascending or descending, NULLs where the database puts them unasked (a key
    built here must not add ``NULLS LAST`` the answer never wrote)."""
    ordering = Dialect.get_or_raise(dialect).NULL_ORDERING
    nulls_first = {"nulls_are_small": not descending, "nulls_are_large": descending}
    return exp.Ordered(this=value, desc=descending, nulls_first=nulls_first.get(ordering, False))


def _output(value: exp.Expr, select: exp.Select) -> str | None:
    """The name under which the read returns ``value``, if it does."""
    for projection in select.expressions:
        if projection.unalias().sql().lower() == value.sql().lower():
            return projection.alias_or_name or None
    return None


def correct_group_ranks(candidate: Candidate) -> list[str]:
    """Not a check: a grouped read ranks its groups within each group the question asks."""
    if not candidate.question:
        return []
    question = candidate.question.splitlines()[-1]
    rewritten, notes = rank_within_groups(candidate.statements[0], question, candidate.schema)
    candidate.statements[0] = rewritten
    candidate.corrections.extend(notes)
    return []
