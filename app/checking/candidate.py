"""One answer on its way through the checker's rules, the shape of a rule, and how one runs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlglot import exp

from app.checking.policy import DML_ROOTS
from app.checking.schema import SchemaInfo
from app.observability import CHECKER_RULE_ERRORS

logger = logging.getLogger(__name__)


@dataclass
class Candidate:
    """One answer on its way through the rules; parsing fills in ``statements``."""

    sql: str
    schema: SchemaInfo
    dialect: str
    allow_write: bool
    question: str = ""
    statements: list[exp.Expr] = field(default_factory=list)
    corrections: list[str] = field(default_factory=list)

    @property
    def last_question(self) -> str:
        """The conversation's last question (its last line; "" without one): the result's rows
        answer it, not the earlier ones. "Which orders are open?" then "What do they add up
        to?" asks for one sum."""
        return self.question.splitlines()[-1] if self.question else ""


Rule = Callable[[Candidate], list[str]]


def run_rule(rule: Rule, candidate: Candidate) -> list[str]:
    """Run one rule; a rule that raises fails this candidate closed instead of the request.

    A rule's exception is the checker's own bug, not the model's: the answer it was checking is
    unchecked, so it is not returned as valid, and the other candidates of the request still
    count. The traceback goes to the log and the rule's name to the metrics.
    """
    try:
        return rule(candidate)
    except Exception as error:  # noqa: BLE001 - any bug in a rule must not become a 500
        name = getattr(rule, "__name__", repr(rule))
        logger.exception("checker rule %s raised on %r", name, candidate.sql)
        CHECKER_RULE_ERRORS.labels(rule=name).inc()
        return [f"the checker could not check this SQL: its rule {name} failed ({error!r})"]


def correct_read(candidate: Candidate, correction: Callable[[exp.Expr], list[str]]) -> list[str]:
    """Apply ``correction`` to a read in place and keep its notes; writes stay as written.

    Corrections are not checks: they never return issues.
    """
    statement = candidate.statements[0]
    if not isinstance(statement, DML_ROOTS):
        candidate.corrections.extend(correction(statement))
    return []


def correct_asked(
    candidate: Candidate, correction: Callable[[exp.Expr, str], list[str]]
) -> list[str]:
    """:func:`correct_read` for a correction that reads the conversation's last question;
    nothing without a question."""
    if not candidate.question:
        return []
    question = candidate.last_question
    return correct_read(candidate, lambda s: correction(s, question))


def rewrite_read(
    candidate: Candidate, rewrite: Callable[[exp.Expr], tuple[exp.Expr, list[str]]]
) -> list[str]:
    """:func:`correct_read` for a correction that may replace the whole statement (a set
    operation or a query wrapped in another): it returns the statement and its notes."""
    if not isinstance(candidate.statements[0], DML_ROOTS):
        candidate.statements[0], notes = rewrite(candidate.statements[0])
        candidate.corrections.extend(notes)
    return []
