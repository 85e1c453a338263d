"""One answer on its way through the checker's rules, and the shape of a rule."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlglot import exp

from app.checking.schema import SchemaInfo


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
