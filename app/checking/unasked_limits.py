"""A check that reads the question: a ranked LIMIT where nothing ranked was asked for.

"Which events had at least one ticket in a refunded order?" answered with ``... GROUP BY
e.title ORDER BY COUNT(*) DESC LIMIT 1`` runs and returns one event: the question asked for
every event that qualifies. Small models reach for ``ORDER BY ... LIMIT 1`` whenever a
question sounds like a pick ("Who beat the class average?"). When the result is cut by
``LIMIT`` (or ``FETCH FIRST``) after an ``ORDER BY`` and the question names no rank, extreme
or number ("most", "highest", "first", "latest", "top 5", "one", "second", any word in -est),
the answer is refused with an issue that says to return every qualifying row. Only the
result's own level is read: a ``LIMIT 1`` inside a subquery picks a value, not the answer's
rows. "At least one" and "at most 3" are bounds, not ranks, and do not count as asking.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.clock_reads import NAMED_PERIOD_EDGE

_RANK = re.compile(
    r"\b(?:most|least|top|bottom|high\w*|low\w*|max\w*|min\w*|best|worst|first|last|"
    r"latest|earliest|newest|oldest|\w{2,}est|single|one|only|\d+\w*|two|three|four|five|six|"
    r"seven|eight|nine|ten|twenty|hundred|dozen|few|some|second|third|fourth|fifth|"
    r"an? (?:example|sample)|rank\w*|lead\w*|winner|peak|record|favou?rite|popular\w*|"
    r"extreme|ever)\b",
    re.IGNORECASE,
)
# "at least one ticket": a bound on a count, with its number; it does not ask for one row.
# "averaged over 100", "more than 3 nights", "before 2024": a number compared with is a bound.
_BOUND = re.compile(
    r"\bat (?:least|most)\b(?: (?:\d+|one|two|three|four|five|ten|a|an)\b)?|"
    r"\b(?:over|above|under|below|exceeding|than|before|after|since|until|beyond)\s+"
    r"[$€£]?\d[\d,.]*\w*",
    re.IGNORECASE,
)

# "in 2025", "the last month of 2025": a year names a period, not a number of rows.
_NAMED_YEAR = re.compile(
    rf"{NAMED_PERIOD_EDGE.pattern}|\b(?:in|of|during|for|from|to|since|until)\s+"
    r"(?:(?:early|late|mid|[a-z]+)\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def asks_for_a_rank(question: str) -> bool:
    """Whether ``question`` names a rank, an extreme or a number of rows.

    >>> asks_for_a_rank("Which customer spent the most?")
    True
    >>> asks_for_a_rank("Which events had at least one ticket in a refunded order?")
    False
    >>> asks_for_a_rank("List the 3 longest rivers")
    True
    >>> asks_for_a_rank("Which members averaged over 100 per payment?")
    False
    """
    return bool(_RANK.search(_BOUND.sub(" ", _NAMED_YEAR.sub(" ", question))))


def unasked_limit_issues(statement: exp.Expr, question: str) -> list[str]:
    """The issue of a result cut to its first rows by rank when the question asks for no
    rank (none otherwise, and none without a question)."""
    if not question or asks_for_a_rank(question):
        return []
    order = statement.args.get("order")
    cut = statement.args.get("limit") or statement.args.get("fetch")
    if not isinstance(statement, (exp.Select, exp.SetOperation)) or order is None or cut is None:
        return []
    return [
        f"{cut.sql()} after ORDER BY keeps only the first rows, but the question asks for no "
        "most, highest, first or number of rows: return every row that qualifies (drop "
        f"{cut.sql()}). To keep the rows above an average or a total, compare with a subquery in "
        "WHERE or HAVING"
    ]
