"""A check that reads the question: two tables joined through the row they both point at.

"For every cancelled pledge, give the donor's name" answered ``FROM pledges AS p JOIN
volunteers AS v ON p.donor_id = v.donor_id`` reads a name, but a volunteer's: the two tables
share no row, only the donor each points at, so every pledge meets every volunteer of its donor
(and a donor who never volunteered loses the pledge). When a join's one equality pairs two
keys that point at the same third table (neither of them that table's own key), and the
question names neither the joined table nor a pairing ("the same", "also", "both", "other"),
the answer is refused with an issue naming the table both point at, so the repair round can
join that one. A table joined to itself on such a key is judged the same way.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.candidate import Candidate
from app.checking.row_identity import table_mentions
from app.checking.schema import SchemaInfo
from app.checking.scopes import join_sides, query_scopes, scope_tables

_PAIRING = re.compile(r"\b(?:same|also|both|other|another|pairs?|too|as well)\b", re.IGNORECASE)


def joins_through_their_own_rows(candidate: Candidate) -> list[str]:
    """The checker's rule (app.checking.check.RULES)."""
    question = candidate.last_question if candidate.question else ""
    return sibling_join_issues(candidate.statements[0], question, candidate.schema)


def sibling_join_issues(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """One issue per join of two tables through a row they both point at (see the module);
    none without a question.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema(
    ...     "CREATE TABLE d (d_id INT PRIMARY KEY, name TEXT);"
    ...     "CREATE TABLE p (p_id INT PRIMARY KEY, d_id INT REFERENCES d (d_id));"
    ...     "CREATE TABLE v (v_id INT PRIMARY KEY, d_id INT REFERENCES d (d_id), name TEXT)",
    ...     "sqlite")
    >>> query = sqlglot.parse_one("SELECT v.name FROM p JOIN v ON p.d_id = v.d_id")
    >>> sibling_join_issues(query, "Give each p's d name.", schema)[0][:42]
    'the condition p.d_id = v.d_id joins p to v'
    """
    if not question or _PAIRING.search(question):
        return []
    keys, issues = schema.keys, []
    for scope in query_scopes(statement):
        read = scope_tables(scope)
        for join in scope.expression.args.get("joins") or []:
            sides = join_sides(join)
            if sides is None:
                continue
            near, far = sides
            near_table, far_table = read.get(near.table.lower()), read.get(far.table.lower())
            if near_table is None or far_table is None:
                continue
            target = keys.target(near_table, near.name.lower())
            if target is None or target in (near_table, far_table):
                continue
            if keys.target(far_table, far.name.lower()) != target:
                continue
            if table_mentions(question, near_table):
                continue
            key = keys.primary_keys.get(target, near.name.lower())
            issues.append(
                f"the condition {join.args['on'].sql(schema.dialect)} joins {far_table} to "
                f"{near_table} through the {target} row both point at, so each {far_table} row "
                f"meets every {near_table} row of its {target}, and the question names no "
                f"{near_table}: to read the {target} row, join {target} ON "
                f"{target}.{key} = {far.sql(schema.dialect)}"
            )
    return issues
