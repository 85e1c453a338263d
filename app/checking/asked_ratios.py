"""A check that reads the question: a rate asked for, and a result that computes none.

"Launch success rate for the Falcon 9 launches, broken out by year" answered with ``SELECT
STRFTIME('%Y', launch_date), COUNT(*) ... WHERE outcome = 'Success' GROUP BY ...`` runs and
returns the successes, not their rate: small models drop the denominator. When the question asks
for a rate, a percentage, a share, a proportion or a ratio and the read computes no ratio
anywhere (no division, no ``AVG``, which is the rate of a 0/1 condition, and no
``PERCENT_RANK``/``CUME_DIST``), the answer is refused with an issue that says how to compute
one. A rate that is a stored figure is left alone: a named one ("interest rate", "nightly
rate", "tax rate") or a column whose name says so (``success_rate``, ``pct_full``), returned
or read ("the highest rate" ordered by ``hourly_rate``).
A percentage as a threshold ("more than 85% full") may be written as a product
(``stored > 0.85 * capacity``), so a number with ``%`` is no request for a rate. A rate whose
numerator counts a condition (``SUM(CASE WHEN result = 'FAIL' THEN 1 ELSE 0 END) / COUNT(*)``)
that the query's WHERE also keeps every row to is 100% whatever the data, and refused too.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.conditions import conjuncts

_ASKED = re.compile(
    r"\b(?:(?P<what>\w+)\s+)?(?P<word>rates?|percentages?|share|proportions?|ratios?|fraction)\b"
    r"(?!\s+(?:plan|card|limit|class|table|code|type|price|holder|count)s?\b)",
    re.IGNORECASE,
)
# A rate that is a stored figure, named by the word before it; "to share" is a verb.
_STORED = re.compile(
    r"^(?:interest|nightly|hourly|daily|weekly|monthly|annual|tax|exchange|discount|room|base|"
    r"commission|heart|mortgage|fixed|variable|flat|unit|day|hour|to|we|you|they)$",
    re.IGNORECASE,
)
# "if several employees share the top rating": "share" as a verb, before what is shared.
_SHARED = re.compile(r"\s+(?:the|a|an|their|its|same|this|that|these|those|it|them|one)\b", re.I)
_FILLER = {"what", "the", "a", "an", "and", "of", "their", "its", "with", "by", "each", "per"}
_RATIO_NAME = re.compile(r"rate|ratio|pct|percent|share|proportion|fraction", re.IGNORECASE)


def asked_rate(question: str) -> str | None:
    """The words by which ``question`` asks for a computed rate ("success rate"), or None.

    >>> asked_rate("Launch success rate for the Falcon 9 launches, broken out by year.")
    'success rate'
    >>> asked_rate("What share of revenue comes from each region?")
    'share'
    >>> asked_rate("Which accounts have an interest rate above 4%?")
    >>> asked_rate("Which warehouses are more than 85% full?")
    >>> asked_rate("Which employees got the top rating? If several share the top one, all.")
    """
    for match in _ASKED.finditer(question):
        what, word = match.group("what") or "", match.group("word")
        if _STORED.match(what):
            continue
        if word.lower() == "share" and _SHARED.match(question, match.end()):
            continue
        return word if not what or what.lower() in _FILLER else f"{what} {word}"
    return None


def _computes_ratio(statement: exp.Expr) -> bool:
    if statement.find(exp.Div, exp.Avg, exp.PercentRank, exp.CumeDist):
        return True
    names = [
        projection.alias_or_name
        for select in statement.find_all(exp.Select)
        for projection in select.expressions
    ]
    # A stored rate returned by name, or Oracle's RATIO_TO_REPORT, which sqlglot leaves unnamed
    # (it parses PERCENT_RANK and CUME_DIST into the nodes found above in every dialect).
    # A stored rate read anywhere ("the highest rate" ordered by hourly_rate) is the rate asked.
    names += [column.name for column in statement.find_all(exp.Column)]
    return any(_RATIO_NAME.search(name or "") for name in names) or any(
        f.name.upper() == "RATIO_TO_REPORT" for f in statement.find_all(exp.Anonymous)
    )


def missing_ratio_issues(statement: exp.Expr, question: str) -> list[str]:
    """The issue of a read whose question asks for a rate it does not compute (none without a
    question)."""
    if not isinstance(statement, (exp.Select, exp.SetOperation)) or not question:
        return []
    asked = asked_rate(question)
    if asked is None:
        return []
    if _computes_ratio(statement):
        return [
            f"the WHERE keeps only the rows where {condition}, the rows the {asked} counts, so "
            "it is always 100%: test the condition in the numerator only, and keep the other "
            "rows in the denominator"
            for condition in _filtered_numerators(statement)
        ]
    return [
        f"the question asks for a {asked}, but the SQL computes no ratio: divide the count or "
        "sum that qualifies by the count or sum of all the rows it is a part of (for example "
        "100.0 * SUM(CASE WHEN <condition> THEN 1 ELSE 0 END) / COUNT(*)), keeping the rows "
        "that do not qualify in the denominator"
    ]


def _filtered_numerators(statement: exp.Expr) -> list[str]:
    """The conditions a division's numerator counts (``SUM(CASE WHEN c THEN 1 ...)``) that its
    query's WHERE also keeps every row to: the numerator and the denominator count the same."""
    found: list[str] = []
    for select in statement.find_all(exp.Select):
        where = select.args.get("where")
        if where is None:
            continue
        kept = {condition.sql().lower() for condition in conjuncts(where.this)}
        for case in select.find_all(exp.Case):
            if case.find_ancestor(exp.Select) is not select or not _in_numerator(case):
                continue
            found += [
                when.this.sql()
                for when in case.args.get("ifs") or []
                if when.this.sql().lower() in kept
            ]
    return list(dict.fromkeys(found))


def _in_numerator(node: exp.Expr) -> bool:
    child, parent = node, node.parent
    while parent is not None and not isinstance(parent, exp.Div | exp.Select):
        child, parent = parent, parent.parent
    return isinstance(parent, exp.Div) and parent.this is child
