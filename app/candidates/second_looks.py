"""A checked answer worth one more repair round: what its rows say against the question.

Three doubts: an answer that finds nothing while comparing a column with a value no row holds
(app.candidates.unmatched_values), one that finds rows but never uses a value the question
names (app.candidates.unused_values), both read on the request's sandbox, and one that keeps
only rows of a declared value the question never says (app.candidates.unasked_values), read
from the schema. Each earns
one repair round naming what it doubts; the doubted answer is held and stays the answer unless
the repair does better (app.generation).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.candidates.unasked_values import unasked_values
from app.candidates.unmatched_values import unmatched_values
from app.candidates.unused_values import unused_values
from app.checking import CheckResult, SchemaInfo
from app.execution import Sandbox


@dataclass(frozen=True)
class Doubt:
    """What a repair round is told about a checked answer (no issues: the answer stands)."""

    issues: list[str]
    firm: bool = True
    """The answer is wrong as it stands: a repair that writes it again is sampled anew. Not
    firm: the model may mean what it wrote (a value kept that the question says in words this
    service does not know), so a greedy repair that writes it again settles the doubt."""


def doubts(
    answer: CheckResult,
    found_nothing: bool,
    question: str,
    schema: SchemaInfo,
    dialect: str,
    sandbox: Sandbox,
) -> Doubt:
    """The doubt worth a repair round for a checked answer."""
    if found_nothing:
        return Doubt(unmatched_values(answer.sql, dialect, schema.lowered_columns(), sandbox))
    unused = unused_values(question, answer.sql, dialect, schema, answer.tables, sandbox)
    unasked = unasked_values(question, answer.sql, dialect, schema)
    return Doubt(unused + unasked, firm=bool(unused))


def ignored_values(
    answer: CheckResult, question: str, schema: SchemaInfo, dialect: str, sandbox: Sandbox
) -> list[str]:
    """Values ``question`` names that the answer's SQL never uses, and declared values it keeps
    that the question never says."""
    return unused_values(
        question, answer.sql, dialect, schema, answer.tables, sandbox
    ) + unasked_values(question, answer.sql, dialect, schema)
