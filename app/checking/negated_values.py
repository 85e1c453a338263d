"""A correction that reads the question: a declared value it excludes, written as one it keeps.

"List the tasks that are not done yet" over ``status CHECK (status IN ('todo', 'in_progress',
'done'))``: small models write ``status = 'todo'``, which drops the tasks in progress. When the
question excludes a value the DDL declares for a column ("not done", "isn't shipped", "other
than cancelled") and the query keeps that column to one of its other values, leaving out values
the question never excluded, the condition becomes the exclusion itself (``status <> 'done'``).
A list of kept values is left as written: "not resolved" may well mean neither resolved nor
closed, and a model that lists several values has weighed them. Nothing changes either when
the question names the kept value itself ("not done and in progress"), or when the comparison
is not a plain filter (under OR or NOT, in a CASE). Every change is reported with the answer.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.declared_values import declared_comparisons, spoken_value, value_fold
from app.checking.schema import SchemaInfo

_EXCLUDING = (
    r"(?:\b(?:do\s+not|don't|not)\s+count(?:ing)?|\bleav(?:e|ing)\s+out|\bleft\s+out|"
    r"\bignor(?:e|ing)|\bexclud(?:e|ing)|\bnot|n't|\bnever|\bother\s+than|\bexcept)"
)
"""Words that exclude the value after them: "not done", "leaving out refunded", "don't count
cancelled" (a counting verb is the exclusion's own word, not a value)."""
_FILLER = r"(?:(?:yet|been|be|being|already|marked|as|set|to|with|a|an|the|status|of)\s+){0,3}"


def _said(value: str) -> str:
    return r"[\s_-]+".join(re.escape(word) for word in spoken_value(value).split())


def excluded_values(question: str, values: frozenset[str]) -> set[str]:
    """The declared values the question excludes ("not done" -> {"done"}).

    >>> sorted(excluded_values("Tasks not done yet?", frozenset({"todo", "done"})))
    ['done']
    >>> sorted(excluded_values("Orders that aren't yet shipped", frozenset({"shipped", "new"})))
    ['shipped']
    >>> sorted(excluded_values("Not new, paid or done", frozenset({"new", "paid", "done", "x"})))
    ['done', 'new', 'paid']
    >>> sorted(excluded_values("Leave out refunded ones", frozenset({"refunded", "paid"})))
    ['refunded']
    >>> sorted(excluded_values("Not counting no-shows", frozenset({"no_show", "paid"})))
    ['no_show']
    >>> excluded_values("Done tasks", frozenset({"todo", "done"}))
    set()
    """
    said = {value: _said(value) for value in values if spoken_value(value)}
    if not said:
        return set()
    # The longest first: "in progress" before "in".
    alternatives = "|".join(
        f"(?P<v{i}>{pattern})"
        for i, pattern in enumerate(sorted(said.values(), key=len, reverse=True))
    )
    by_group = {
        f"v{i}": value
        for i, value in enumerate(sorted(said, key=lambda v: len(said[v]), reverse=True))
    }
    first = re.compile(rf"{_EXCLUDING}\s+{_FILLER}(?:{alternatives})s?\b", re.IGNORECASE)
    # "not blocked or done", "other than new, paid or shipped": every value of the list.
    more = re.compile(
        rf"\s*(?:,\s*(?:or\s+|nor\s+)?|or\s+|nor\s+){_FILLER}(?:{alternatives})s?\b", re.IGNORECASE
    )
    found: set[str] = set()
    for match in first.finditer(question):
        listed: re.Match[str] | None = match
        while listed is not None:
            found.update(by_group[name] for name, text in listed.groupdict().items() if text)
            listed = more.match(question, listed.end())
    return found


def _named(question: str, value: str) -> bool:
    return re.search(rf"\b{_said(value)}\b", question, re.IGNORECASE) is not None


def keep_excluded_values(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Rewrite, in place, a filter keeping some of a column's declared values where the
    question only excludes others; one note per filter rewritten.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema(
    ...     "CREATE TABLE tasks (title TEXT, status TEXT "
    ...     "CHECK (status IN ('todo', 'in_progress', 'done')))", "sqlite")
    >>> query = sqlglot.parse_one("SELECT title FROM tasks WHERE status = 'todo'")
    >>> [note] = keep_excluded_values(query, "Which tasks are not done yet?", schema)
    >>> query.sql()
    "SELECT title FROM tasks WHERE status <> 'done'"
    """
    if not question:
        return []
    fold = value_fold(schema.dialect)
    notes: list[str] = []
    for compared in declared_comparisons(statement, schema):
        node, column, kept = compared.node, compared.column, compared.texts
        declared = compared.declared
        if isinstance(node, exp.NEQ) or not _filters(node):
            continue
        if len(kept) != len(node.expressions or [None]):
            continue  # not only texts: a list with a number or a column
        if len(kept) > 1:
            continue  # several values chosen on purpose: "not resolved" may mean not closed
        by_fold = {fold(value): value for value in declared}
        kept_declared = {by_fold.get(fold(value)) for value in kept}
        if None in kept_declared:
            continue  # a value outside the list: compares_declared_values says so
        excluded = excluded_values(question, declared)
        if not excluded or kept_declared & excluded:
            continue
        if kept_declared | excluded == declared:
            continue  # every value the question did not exclude is kept
        if any(_named(question, value) for value in kept_declared if value):
            continue  # the question asks for a kept value too
        rewritten = _excluding(column, sorted(excluded))
        was = node.sql(schema.dialect)
        if rewritten.sql(schema.dialect) in _conjuncts_beside(node, schema.dialect):
            _drop_conjunct(node)  # "= 'confirmed' AND <> 'refunded'": the exclusion is there
        else:
            node.replace(rewritten)
        notes.append(
            f"the question excludes {', '.join(repr(v) for v in sorted(excluded))} "
            f"rather than asking for {', '.join(repr(v) for v in sorted(kept))}: "
            f"{was} is written {rewritten.sql(schema.dialect)}"
        )
    return notes


def _filters(node: exp.Expr) -> bool:
    """Whether ``node`` is a condition of a WHERE, HAVING or JOIN, not under NOT or CASE."""
    parent = node.parent
    while parent is not None and not isinstance(parent, (exp.Where, exp.Having, exp.Join)):
        if not isinstance(parent, (exp.And, exp.Paren)):
            return False
        parent = parent.parent
    return parent is not None


def _conjuncts_beside(node: exp.Expr, dialect: str) -> set[str]:
    """The other conditions ANDed with ``node`` (a filter, so under And and Paren only)."""
    top = node
    while isinstance(top.parent, (exp.And, exp.Paren)):
        top = top.parent
    if not isinstance(top, exp.And):
        return set()
    return {part.sql(dialect) for part in top.flatten() if part is not node}


def _drop_conjunct(node: exp.Expr) -> None:
    while isinstance(node.parent, exp.Paren):
        node = node.parent
    conjunction = node.parent
    assert isinstance(conjunction, exp.And)
    conjunction.replace(conjunction.expression if conjunction.this is node else conjunction.this)


def _excluding(column: exp.Column, values: list[str]) -> exp.Expr:
    if len(values) == 1:
        return exp.NEQ(this=column.copy(), expression=exp.Literal.string(values[0]))
    return exp.Not(
        this=exp.In(this=column.copy(), expressions=[exp.Literal.string(v) for v in values])
    )
