"""One answer through the whole checker on a SQLite schema: how the correction tests see what a
rule made of it."""

from __future__ import annotations

from app.checking.check import check_sql
from app.checking.schema import parse_schema


def checked_sql(schema: str, question: str, answer: str) -> tuple[str, list[str]]:
    """The checked SQL of a read ``answer`` to ``question`` and its corrections; it must pass."""
    result = check_sql(answer, parse_schema(schema, "sqlite"), "sqlite", False, question)
    assert result.valid, result.issues
    return result.sql, result.corrections


def without_name_groups(corrections: list[str]) -> list[str]:
    """``corrections`` less app.checking.name_groups' notes: answers grouped by a row's name
    get its key too, beside whatever a test is about."""
    return [note for note in corrections if "may share a name" not in note]
