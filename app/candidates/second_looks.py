"""A checked answer worth one more repair round: what its rows say against the question.

Two doubts, each read on the request's sandbox: an answer that finds nothing while comparing a
column with a value no row holds (app.candidates.unmatched_values), and one that finds rows but
never uses a value the question names (app.candidates.unused_values). Either earns one repair
round naming what was missed; the doubted answer is held and stays the answer unless the repair
does better (app.generation).
"""

from __future__ import annotations

from app.candidates.unmatched_values import unmatched_values
from app.candidates.unused_values import unused_values
from app.checking import CheckResult, SchemaInfo
from app.execution import Sandbox


def doubts(
    answer: CheckResult,
    found_nothing: bool,
    question: str,
    schema: SchemaInfo,
    dialect: str,
    sandbox: Sandbox,
) -> list[str]:
    """The issues worth a repair round for a checked answer (none: it stands)."""
    if found_nothing:
        return unmatched_values(answer.sql, dialect, schema.lowered_columns(), sandbox)
    return ignored_values(answer, question, schema, dialect, sandbox)


def ignored_values(
    answer: CheckResult, question: str, schema: SchemaInfo, dialect: str, sandbox: Sandbox
) -> list[str]:
    """Values ``question`` names that the answer's SQL never uses."""
    return unused_values(question, answer.sql, dialect, schema, answer.tables, sandbox)
