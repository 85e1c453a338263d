"""Choose among checked candidates by running them and counting agreeing results.

Self-consistency for SQL (CHASE-SQL, CSC-SQL): different SQL that computes the same result is
more likely right than SQL whose result nobody else reproduced. Candidates run on a sandbox
built from the request's schema (with its INSERT rows when the schema carries them). A
candidate that the checker passed but the database refuses is not valid: its error becomes an
issue for the repair round, exactly like a checker issue (unless the request's dialect is not
SQLite and the error only says SQLite cannot run that dialect's SQL: it then stands unrun).
Writes run too, on a copy of the sandbox that is thrown away (a missing column, a NOT NULL or
UNIQUE key refused), but never on a named database; their results are not compared, so each
write stands alone in the vote.

Tie rule: the largest group of agreeing results wins; among equally large groups, a non-empty
result beats an empty one (an empty result usually means a filter value the data does not
have), then the group holding the most likely candidate (when the LM returned each sampled
candidate's token log-probabilities: the highest mean; a greedy answer counts as the most
likely, being the model's own first choice), then the group holding the earliest candidate
(candidate order is the model's own). The answer is the winning group's most likely candidate,
else its earliest.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, replace

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from app.checking import CheckResult, SchemaInfo, check_sql
from app.execution import QueryResult, QueryRunner, Sandbox, SandboxError
from app.grammar.dialects import dialect_spec

QUERY_TIMEOUT_S = 2.0
# SQLite's words for SQL it cannot read or a function it does not have.
_UNTRANSLATED = re.compile(
    r"no such function|syntax error|unrecognized token|does not parse|not supported"
)
_MISSING_FUNCTION = re.compile(r"no such function: (\w+)")
# Statement types (as the checker names them) that read: set operations are reads too.
READS = frozenset({"select", "union", "intersect", "except"})
MAX_ROWS = 10_000


@dataclass(frozen=True)
class Ballot:
    """One checked candidate and what running it gave."""

    index: int
    check: CheckResult
    outcome: Hashable | None = None  # the result, normalised for comparison
    empty: bool = False
    found_nothing: bool = False
    """No rows, or one row of zeros and NULLs (``COUNT(*)`` of nothing)."""
    error: str | None = None
    likelihood: float | None = None
    """Mean token log-probability of a sampled candidate; None: not returned (greedy answers)."""

    def rank(self) -> tuple[float, int]:
        """Sorts most likely first, then earliest; a greedy answer is the model's first choice."""
        likelihood = math.inf if self.likelihood is None else self.likelihood
        return (-likelihood, self.index)


@dataclass(frozen=True)
class Vote:
    """The chosen candidate and the counts the response reports."""

    chosen: CheckResult
    made: int
    valid: int
    agreeing: int
    empty: bool = False
    """The chosen candidate ran and returned no rows."""
    found_nothing: bool = False
    """It ran and returned no rows, or one row of zeros and NULLs."""
    runnable: tuple[Ballot, ...] = ()
    """The valid candidates that ran (a later round may vote on them again)."""


def result_key(result: QueryResult) -> Hashable:
    """Rows as a multiset, floats rounded: two SQLs agree when they return the same rows."""

    def normal(value: object) -> object:
        return round(value, 6) if isinstance(value, float) else value

    rows = Counter(tuple(normal(v) for v in row) for row in result.rows)
    return (len(result.columns), frozenset(rows.items()))


def cast_ballot(
    index: int, check: CheckResult, sandbox: QueryRunner | None, dialect: str
) -> Ballot:
    """Run a checked answer on the sandbox (unchecked answers are not run)."""
    if not check.valid or sandbox is None:
        return Ballot(index, check)
    if check.statement_type not in READS:
        return _tried_write(index, check, sandbox, dialect)
    try:
        result = sandbox.query(
            check.sql, timeout_s=QUERY_TIMEOUT_S, max_rows=MAX_ROWS, dialect=dialect
        )
    except SandboxError as error:
        if _lost_in_translation(error, check.sql, sandbox, dialect):
            return Ballot(index, check)  # unrun: SQLite lacks what the dialect has
        return Ballot(index, check, error=str(error))
    nothing = not result.rows or (
        len(result.rows) == 1 and all(value in (None, 0) for value in result.rows[0])
    )
    return Ballot(index, check, result_key(result), empty=not result.rows, found_nothing=nothing)


def _lost_in_translation(error: SandboxError, sql: str, sandbox: QueryRunner, dialect: str) -> bool:
    """Whether a sandbox failure says only that SQLite cannot run the dialect's SQL.

    The sandbox is SQLite. For another dialect the answer is translated first, and what has no
    SQLite form (PostgreSQL's ``'x' = ANY (tags)``, ``EXTRACT(EPOCH FROM ...)``) fails there
    while the client's database runs it. Refusing it would steer the repair away from right SQL,
    so such a candidate stands unrun in the vote, like a write. Names were checked before; a
    function sqlglot does not know in the dialect either (an invented one) is still an error.
    """
    if dialect == "sqlite" or not isinstance(sandbox, Sandbox):
        return False
    if _UNTRANSLATED.search(str(error)) is None:
        return False
    missing = _MISSING_FUNCTION.search(str(error))
    if missing is None:
        return True
    name = missing.group(1).lower()
    if name.upper() in dialect_spec(dialect).functions:
        return True  # one the grammar offers in this dialect (PostgreSQL's AGE)
    try:
        statement = sqlglot.parse_one(sql, read=dialect)
    except SqlglotError:
        return False
    return not any(f.name.lower() == name for f in statement.find_all(exp.Anonymous))


def _tried_write(index: int, check: CheckResult, sandbox: QueryRunner, dialect: str) -> Ballot:
    """Run a write on a throwaway copy of the request's sandbox; a named database runs none."""
    if not isinstance(sandbox, Sandbox):
        return Ballot(index, check)
    try:
        sandbox.execute_write(
            check.sql, timeout_s=QUERY_TIMEOUT_S, max_rows=MAX_ROWS, dialect=dialect
        )
    except SandboxError as error:
        return Ballot(index, check, error=str(error))
    return Ballot(index, check)


def _refused(ballot: Ballot) -> CheckResult:
    issue = f"the SQL fails when run on the schema's database: {ballot.error}"
    return replace(ballot.check, valid=False, issues=[*ballot.check.issues, issue])


def choose(ballots: Sequence[Ballot]) -> Vote:
    """Apply the tie rule of this module's docstring; the first ballot if none is valid."""
    if not ballots:
        raise ValueError("no candidates to choose from")
    runnable = [b for b in ballots if b.check.valid and b.error is None]
    if not runnable:
        failed = next((b for b in ballots if b.check.valid), None)
        chosen = _refused(failed) if failed is not None else ballots[0].check
        return Vote(chosen, made=len(ballots), valid=0, agreeing=0)
    groups: dict[Hashable, list[Ballot]] = {}
    for ballot in runnable:
        # Unrun candidates (writes, no sandbox) each stand alone: nothing to compare.
        key = ballot.outcome if ballot.outcome is not None else ("unrun", ballot.index)
        groups.setdefault(key, []).append(ballot)
    ranked = [sorted(group, key=Ballot.rank) for group in groups.values()]
    winner = min(ranked, key=lambda group: (-len(group), group[0].empty, group[0].rank()))
    return Vote(
        winner[0].check,
        made=len(ballots),
        valid=len(runnable),
        agreeing=len(winner),
        empty=winner[0].empty,
        found_nothing=winner[0].found_nothing,
        runnable=tuple(runnable),
    )


def judge_answers(
    answers: list[str],
    schema: SchemaInfo,
    dialect: str,
    allow_write: bool,
    sandbox: QueryRunner | None,
    forgive_errors: bool = True,
    question: str = "",
    likelihoods: list[float | None] | None = None,
) -> list[Ballot]:
    """Check each answer and run it on ``sandbox``: one ballot per answer, in order."""
    ballots = []
    for index, answer in enumerate(answers):
        ballot = cast_ballot(
            index, check_sql(answer, schema, dialect, allow_write, question), sandbox, dialect
        )
        if ballot.error is not None and dialect != "sqlite" and forgive_errors:
            # The sandbox is SQLite: another dialect's SQL may fail there and still be right.
            # It then only stays out of the comparison; it is not refused.
            ballot = Ballot(index, ballot.check)
        if likelihoods:
            ballot = replace(ballot, likelihood=likelihoods[index])
        ballots.append(ballot)
    return ballots
