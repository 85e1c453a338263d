"""The question bounds a total or an average; the answer bounds each row.

"Machines with more than 10 hours of total downtime" answered with ``SELECT machine_id,
SUM(downtime_hours) ... WHERE downtime_hours > 10 GROUP BY machine_id`` runs and returns the
machines with one long stop, summed over those stops only: the bound belongs to the total,
after grouping, in HAVING. "Categories averaging under 4 stars" answered ``WHERE rating < 4
GROUP BY category`` returns every category with one poor review. Small models put the number
where the column is, in WHERE.

A bound is read from the question where a total or an average word ("total", "combined",
"average", "averaging", "mean") stands within three words of a comparison and its number
("averaging under 4", "more than 10 hours of total downtime"). In a grouped query, a WHERE
condition comparing a row's value (no aggregate; not a stored figure whose name says
total/avg/mean/sum) with that number is then

- dropped, when HAVING already compares an aggregate with the number (the model wrote both);
- moved to HAVING as ``SUM(value)`` or ``AVG(value)``, the aggregate the question's word names,
  when the query returns that aggregate of the same value or no aggregate of it at all
  (``SELECT category ... WHERE rating < 4 GROUP BY category`` for "averaging under 4": the
  groups are the ones asked for, only the bound sits on the wrong side of the grouping);

both reported as corrections; where the query returns another aggregate of the value (a SUM
where the question bounds an average) it is refused with an issue that says to compare the
group's aggregate in HAVING.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from sqlglot import exp

from app.checking.conditions import conjuncts

_SUM_WORDS = r"total(?:s|ing|ling|led|ed)?|combined|in all|altogether|sum"
_AVG_WORDS = r"averag(?:e|es|ing|ed)|mean"
_COMPARISON = (
    r"(?:(?:more|less|fewer|greater|higher|lower|bigger|larger|smaller)\s+than|over|under|"
    r"above|below|at\s+least|at\s+most|exceed(?:s|ing)?|>=?|<=?)"
)
_NUMBER = r"\$?(\d[\d,]*(?:\.\d+)?)\s*(k\b|m\b|%|percent\b)?"
_NEAR = r"(?:\W+\w+){0,3}?\W+"
_BOUND = re.compile(
    rf"\b(?P<word>{_SUM_WORDS}|{_AVG_WORDS})\b{_NEAR}{_COMPARISON}\s+{_NUMBER}"
    rf"|\b{_COMPARISON}\s+{_NUMBER}{_NEAR}(?P<after>{_SUM_WORDS}|{_AVG_WORDS})\b",
    re.IGNORECASE,
)
_STORED_FIGURE = re.compile(r"total|sum|avg|average|mean|cumul", re.IGNORECASE)
_SCALE = {"k": 1e3, "m": 1e6}


@dataclass(frozen=True)
class Bound:
    """A number the question sets on a total (``SUM``) or an average (``AVG``)."""

    aggregate: type[exp.AggFunc]
    values: frozenset[float]
    text: str

    @property
    def figure(self) -> str:
        return "average" if self.aggregate is exp.Avg else "total"


def question_bounds(question: str) -> list[Bound]:
    """The totals and averages ``question`` bounds, with the numbers they are bounded by.

    >>> [(b.aggregate.__name__, sorted(b.values)) for b in question_bounds(
    ...     "Which categories are averaging under 4 stars?")]
    [('Avg', [4.0])]
    >>> [(b.aggregate.__name__, b.text) for b in question_bounds(
    ...     "Machines with more than 10 hours of total downtime")]
    [('Sum', 'more than 10 hours of total')]
    >>> question_bounds("Total 2023 revenue per drug, orders above $500 first")
    []
    """
    bounds = []
    for match in _BOUND.finditer(question):
        word = (match.group("word") or match.group("after")).lower()
        number, unit = (match.group(2), match.group(3)) if match.group(2) else match.group(4, 5)
        value = float(number.replace(",", "")) * _SCALE.get((unit or "").lower(), 1)
        values = {value, value / 100} if unit and unit.lower() in ("%", "percent") else {value}
        aggregate = exp.Avg if re.fullmatch(_AVG_WORDS, word) else exp.Sum
        bounds.append(Bound(aggregate, frozenset(values), match.group(0).strip()))
    return bounds


def _number(node: exp.Expr) -> float | None:
    if isinstance(node, exp.Literal) and not node.is_string:
        try:
            return float(node.this)
        except ValueError:
            return None
    return None


def _row_bounds(
    select: exp.Select, bounds: list[Bound]
) -> Iterator[tuple[exp.Expr, exp.Expr, Bound]]:
    """Each WHERE condition of ``select`` comparing a row's value with a question's bound:
    (the condition, the value, the bound)."""
    where = select.args.get("where")
    if where is None or select.args.get("group") is None:
        return
    for condition in conjuncts(where.this):
        if not isinstance(condition, (exp.GT, exp.GTE, exp.LT, exp.LTE)):
            continue
        for value, other in (
            (condition.this, condition.expression),
            (condition.expression, condition.this),
        ):
            number = _number(other)
            bound = next((b for b in bounds if number in b.values), None)
            columns = list(value.find_all(exp.Column))
            if (
                bound is None
                or not columns
                or value.find(exp.AggFunc, exp.Select, exp.Window)
                or any(_STORED_FIGURE.search(c.name) for c in columns)
            ):
                continue
            yield condition, value, bound


def _compares_aggregate(select: exp.Select, bound: Bound) -> bool:
    having = select.args.get("having")
    if having is None:
        return False
    for comparison in having.find_all(exp.GT, exp.GTE, exp.LT, exp.LTE):
        sides = (comparison.this, comparison.expression)
        if any(_number(s) in bound.values for s in sides) and any(
            s.find(exp.AggFunc) for s in sides
        ):
            return True
    return False


def _settles_aggregate(select: exp.Select, value: exp.Expr, bound: Bound) -> bool:
    """Whether the query returns no aggregate of ``value`` but the one the question names."""
    wanted = value.sql().lower()
    return all(
        isinstance(node, bound.aggregate)
        for projection in select.expressions
        for node in projection.find_all(exp.AggFunc)
        if node.this is not None and node.this.sql().lower() == wanted
    )


def _remove(select: exp.Select, condition: exp.Expr) -> None:
    where = select.args["where"]
    rest = [c for c in conjuncts(where.this) if c is not condition]
    if rest:
        where.set("this", exp.and_(*rest, copy=False))
    else:
        select.set("where", None)


def move_row_bounds(statement: exp.Expr, question: str) -> list[str]:
    """Drop or move to HAVING, in place, a WHERE bound the question sets on a total or an
    average, where the query settles which aggregate (see the module); the notes say what
    changed.

    >>> import sqlglot
    >>> query = sqlglot.parse_one("SELECT m, SUM(h) AS t FROM logs WHERE h > 10 GROUP BY m")
    >>> move_row_bounds(query, "Machines with more than 10 hours of total downtime")
    ['h > 10 moved from WHERE to HAVING as SUM(h) > 10 (the question bounds the total)']
    >>> query.sql()
    'SELECT m, SUM(h) AS t FROM logs GROUP BY m HAVING SUM(h) > 10'
    """
    bounds = question_bounds(question) if question else []
    notes: list[str] = []
    for select in list(statement.find_all(exp.Select)) if bounds else []:
        for condition, value, bound in list(_row_bounds(select, bounds)):
            said = f"the question bounds the {bound.figure}"
            if _compares_aggregate(select, bound):
                _remove(select, condition)
                notes.append(f"{condition.sql()} dropped from WHERE ({said}, in HAVING)")
            elif _settles_aggregate(select, value, bound):
                moved = condition.copy()
                side = "this" if moved.this.sql() == value.sql() else "expression"
                moved.set(side, bound.aggregate(this=value.copy()))
                _remove(select, condition)
                having = select.args.get("having")
                select.set(
                    "having",
                    exp.Having(this=exp.and_(having.this, moved) if having else moved),
                )
                notes.append(
                    f"{condition.sql()} moved from WHERE to HAVING as {moved.sql()} ({said})"
                )
    return notes


def row_bound_issues(statement: exp.Expr, question: str) -> list[str]:
    """One issue per WHERE condition that bounds each row by a number the question sets on a
    total or an average (after :func:`move_row_bounds`, what it could not settle)."""
    bounds = question_bounds(question) if question else []
    issues = []
    for select in list(statement.find_all(exp.Select)) if bounds else []:
        for condition, value, bound in _row_bounds(select, bounds):
            aggregate = bound.aggregate(this=value.copy()).sql()
            issues.append(
                f"WHERE {condition.sql()} keeps single rows past the number, but the question "
                f"bounds the group's {bound.figure} "
                f"('{bound.text}'): group the rows, drop that condition from WHERE and compare "
                f"{aggregate} in HAVING"
            )
    return issues
