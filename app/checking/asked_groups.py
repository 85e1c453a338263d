"""A check that reads the question: groups by another column than the one it asks for each of.

"For each country we have lent objects to, how many institutions are there?" answered with
``GROUP BY loan_fee_usd`` runs and returns one row per fee: the reader asked for countries.
When the question asks for each of something ("for each country", "in each clinic"), the
outer query groups by plain columns, none of which, nor the table any of them belongs to, is
named after that word, and exactly one column of the tables the query reads is
(``borrower_country``), the answer is refused with an issue naming that column, so the repair
round can group by it. A grouped column equal to one that names it counts as named: "for each
supervisor" grouped by ``s.courier_id`` of ``JOIN couriers s ON c.supervisor_id = s.courier_id``
groups by supervisor. Periods ("each month") are formatted dates, not columns, and are left to
the date rules.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate
from app.checking.row_identity import singular_of
from app.checking.schema import SchemaInfo
from app.checking.scopes import column_table, query_scopes, scope_tables, source_name

_EACH = re.compile(r"\b(?:for|in|at|per|by|from|to)\s+(?:each|every)\s+([a-z]+)")
_NOT_NOUNS = frozenset(
    {"of", "one", "other", "single", "the", "a", "an", "day", "week", "month", "quarter", "year"}
    | {"hour", "minute", "date", "time", "period", "cent", "percent", "unit", "person", "head"}
)


def groups_by_what_is_asked(candidate: Candidate) -> list[str]:
    """The checker's rule (app.checking.check.RULES)."""
    question = candidate.last_question if candidate.question else ""
    return ungrouped_asked_issues(candidate.statements[0], question, candidate.schema)


def ungrouped_asked_issues(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """The issue of a grouped read that groups by none of what the question asks for each of
    (none without a question, or where the schema has no one column to name).

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema(
    ...     "CREATE TABLE loans (id INT, borrower_country TEXT, loan_fee_usd INT)", "sqlite")
    >>> query = sqlglot.parse_one(
    ...     "SELECT loan_fee_usd, COUNT(*) FROM loans GROUP BY loan_fee_usd")
    >>> ungrouped_asked_issues(query, "How many loans for each country?", schema)[0][:60]
    'the question asks for each country, but the query groups by '
    """
    if not question or not isinstance(statement, exp.Select):
        return []
    group = statement.args.get("group")
    nouns = asked_nouns(question)
    if group is None or not nouns:
        return []
    grouped = list(group.expressions)
    if not grouped or not all(isinstance(g, exp.Column) for g in grouped):
        return []  # a formatted date, a CASE: the date and bucket rules read those
    scopes = query_scopes(statement)
    if not scopes:
        return []
    read, columns = scope_tables(scopes[-1]), schema.lowered_columns()
    owners = [column_table(g, read, columns) or "" for g in grouped]
    equals = _equal_names(statement)
    issues = []
    for noun in dict.fromkeys(nouns):
        if any(
            names_noun(g.name, noun)
            or names_noun(owner, noun)
            or any(names_noun(other, noun) for other in equals.get(g.sql().lower(), ()))
            for g, owner in zip(grouped, owners, strict=True)
        ):
            continue
        # By table: a table read twice (a self-join) still has one such column.
        named: dict[tuple[str, str], str] = {}
        for alias, table in sorted(read.items()):
            for column in columns.get(table, ()):
                if names_noun(column, noun):
                    named.setdefault((table, column), alias)
        if len(named) != 1:
            continue
        [((_, column), alias)] = named.items()
        alias = source_name(scopes[-1], alias) or alias
        issues.append(
            f"the question asks for each {noun}, but the query groups by "
            f"{', '.join(g.sql(schema.dialect) for g in grouped)}: group by {alias}.{column} "
            "(and return it) instead"
        )
    return issues


def asked_nouns(question: str) -> list[str]:
    """What the question asks for each of ("for each country", "at each workshop"), singular."""
    nouns = [singular_of(m.group(1)) for m in _EACH.finditer(question.lower())]
    return [noun for noun in nouns if noun not in _NOT_NOUNS and len(noun) > 2]


def _equal_names(select: exp.Select) -> dict[str, set[str]]:
    """The names of the columns each column of the query's own conditions is set equal to."""
    equals: dict[str, set[str]] = {}
    for equality in select.find_all(exp.EQ):
        if equality.find_ancestor(exp.Select) is not select:
            continue
        sides = (equality.this, equality.expression)
        if all(isinstance(side, exp.Column) for side in sides):
            for one, other in (sides, sides[::-1]):
                equals.setdefault(one.sql().lower(), set()).add(other.name)
    return equals


def names_noun(name: str, noun: str) -> bool:
    """Whether a column or table name says ``noun``: ``borrower_country``, ``countries``."""
    words = re.split(r"_|(?<=[a-z])(?=[A-Z])", name)
    return any(singular_of(word) == noun for word in words if word)
