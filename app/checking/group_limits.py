"""A check that reads the question: the top rows of each group cut to the top rows of all.

"What's the single most-played track in each genre?" answered with ``... GROUP BY t.genre,
t.title ORDER BY COUNT(*) DESC LIMIT 1`` runs and returns one track: the most played overall,
not one per genre. Small models reach for ``ORDER BY ... LIMIT n`` for every "most" or "top",
including the ones asked within each group. When the result is cut by ``LIMIT`` (or ``FETCH
FIRST``) after an ``ORDER BY`` and one sentence of the question both names a rank ("most",
"top", "two highest", any word in -est) and puts it in each of something ("in each genre", "for
every region", "on each asset"), the answer is refused with an issue that says to rank within each
group. "Across every region" asks about all of them together and does not count, nor does
"per customer", as often a rate as a group; a rank in
another sentence ("... on each route? Worst first.") or as an order ("to each city, heaviest
first", "best record on top") orders the rows, it does not pick them.

A result not cut at all is refused the same way when nothing in it could pick rows within a
group: no window function, no MAX or MIN (the highest value of each group is its MAX), no
subquery cut by LIMIT. There "first" and "last" do not count as ranks: "from first trial start
to approval in each area" names a moment.
"""

from __future__ import annotations

import re

from sqlglot import exp

from app.checking.dates import MONTHS

# "per customer" is as often a rate ("revenue per customer") as a group, so only "each" and
# "every" after a preposition count.
_PER_GROUP = re.compile(
    r"\b(?:in|on|for|within|from|of|at|by|among|to)\s+(?:each|every)\s+"
    r"(?!one\b|other\b|of\b|single\b)(\w+)",
    re.IGNORECASE,
)
# Superlatives and their kin; narrower than unasked_limits' ranks ("only", numbers), since here
# a rank found makes a refusal, not spares one. Words in -est that rank nothing are left out.
_RANKED = re.compile(
    r"\b(?:most|least|top|bottom|best|worst|first|last|leading|(?!(?:gu|requ|inter|for|cont|"
    r"harv|sugg|inv|prot|hon|mod|arr|dig|manif|conqu|inqu|ch|n|v|w|r|t|qu|p)est\b)\w+est)\b",
    re.IGNORECASE,
)
# "heaviest lane first", "best record on top": an order asked for the rows, not a pick.
_ORDERING = re.compile(
    r"\b\w+(?:\s+\w+)?\s+(?:(?:first|last)\b(?=\s*(?:[,.;!?]|$))|(?:on|at the) top\b)",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"(?<=[.?!;])\s+")
# "each campaign that has at least one donation": a bound on a count, not a rank.
_BOUNDS = re.compile(r"\bat\s+(?:least|most)\b", re.IGNORECASE)


# Numbers that count no rows: dates ("1 April 2025", "March 3rd", "2025-04-01", "Q1") and the
# rows a tie clause supposes ("if two batches share the earliest expiry, return both").
_NOT_COUNTS = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{'|'.join(MONTHS)})\b"
    rf"|\b(?:{'|'.join(MONTHS)})\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\b\d{4}(?:-\d{2}){0,2}\b|\bq[1-4]\b"
    r"|\b(?:if|when|where)\s+(?:two|2|several|more)\b[^.;?]*?\b(?:share|tie|tied)\b",
    re.IGNORECASE,
)
_COUNTS = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozen)\b", re.I)


def says_a_count(question: str) -> bool:
    """Whether ``question`` says a number that may count rows ("top 3", "two cheapest"):
    dates and tie clauses do not.

    >>> says_a_count("Which 3 rooms cost most?"), says_a_count("On 1 April 2025, which room?")
    (True, False)
    >>> says_a_count("Each drug's next batch; if two batches share the earliest, return both.")
    False
    """
    return bool(_COUNTS.search(_NOT_COUNTS.sub(" ", question)))


def group_asked_to_rank(question: str, positions: bool = True) -> str | None:
    """The group a sentence of ``question`` asks to rank within ("genre" for "the most-played
    track in each genre"), or None. ``positions=False``: "first" and "last" do not rank, as
    they do not in "from first trial start to approval in each area".

    >>> group_asked_to_rank("What's the single most-played track in each genre?")
    'genre'
    >>> group_asked_to_rank("For every region, which store sold the most?")
    'region'
    >>> group_asked_to_rank("Average delay on each route? Put the worst routes at the top.")
    >>> group_asked_to_rank("Which store had the highest sales across every region?")
    >>> group_asked_to_rank("Total weight shipped to each city in April, heaviest lane first.")
    >>> group_asked_to_rank("What was the first order in each month?")
    'month'

    >>> group_asked_to_rank("Which region made the most revenue per customer?")
    >>> group_asked_to_rank("What did each guest spend for each stay, counting only paid ones?")
    >>> group_asked_to_rank("For each campaign with at least one donation, how many donors?")
    """
    for sentence in _SENTENCES.split(question):
        match = _PER_GROUP.search(sentence)
        if match is None:
            continue
        rest = _ORDERING.sub(" ", sentence[: match.start()] + " " + sentence[match.end() :])
        rest = _BOUNDS.sub(" ", rest)
        ranks = [rank.group(0).lower() for rank in _RANKED.finditer(rest)]
        if any(positions or rank not in ("first", "last") for rank in ranks):
            return match.group(1)
    return None


def picks_within_groups(statement: exp.Expr) -> bool:
    """Whether anything in ``statement`` could pick rows within groups: a window function, a
    MAX or MIN (the highest value of each group, or a subquery matching it), or a LIMIT in a
    subquery (correlated, one row per outer row)."""
    if statement.find(exp.Window, exp.Max, exp.Min):
        return True
    return any(
        subquery.args.get("limit") is not None
        for subquery in statement.find_all(exp.Select)
        if subquery is not statement
    )


def group_limit_issues(statement: exp.Expr, question: str) -> list[str]:
    """The issue of a result cut to its first rows overall, or not cut at all, when the
    question asks for the first rows of each group (none otherwise, and none without a
    question)."""
    if not isinstance(statement, (exp.Select, exp.SetOperation)) or not question:
        return []
    group = group_asked_to_rank(question)
    if group is None:
        return []
    order = statement.args.get("order")
    cut = statement.args.get("limit") or statement.args.get("fetch")
    if order is not None and cut is not None:
        return [
            f"{cut.sql()} keeps the first rows of the whole result, but the question asks for "
            f"the top rows within each {group}: {_HOW.format(group=group)}, without {cut.sql()}"
        ]
    if cut is None and not picks_within_groups(statement):
        if group_asked_to_rank(question, positions=False) is None:
            return []
        return [
            f"the result keeps every row, but the question asks for the top rows within each "
            f"{group}: {_HOW.format(group=group)} (or compare with the MAX or MIN of each "
            f"{group} in a subquery)"
        ]
    return []


_HOW = (
    "number the rows of each {group} with ROW_NUMBER() OVER (PARTITION BY <the {group} "
    "column> ORDER BY <the ranking> DESC) in a subquery and keep those numbered up to the "
    "count asked"
)
