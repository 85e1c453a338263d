"""One answer on its way through the checker's rules, the shape of a rule, and how one runs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlglot import exp

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
