"""Follow-up questions: the earlier turns of a conversation, as the model sees them.

"Which of them work in Sales?" means nothing without the question and SQL it follows. A request
may carry its conversation's earlier turns (``history`` in the API). They are written into the
question itself, right before it: the earlier questions, the last one's SQL, then the follow-up
with the instruction to build on that SQL. Shown as chat turns of their own instead, they
looked to a small model like more demos, independent examples, and it answered the follow-up
alone (measured: bench/unseen_questions.py --follow-ups).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Turn:
    """One earlier question of the conversation and the SQL it was answered with."""

    question: str
    sql: str


def follow_up_question(question: str, turns: Sequence[Turn]) -> str:
    """The question as the model reads it: alone, or after the turns it follows.

    Only the last turn's SQL is shown: it is where the conversation stands (each answer
    builds on the one before), and with every SQL shown the model built on the first one.
    """
    if not turns:
        return question
    *before, last = turns
    asked = [f"Earlier question: {turn.question}" for turn in before]
    asked.append(f"{'Last' if before else 'Earlier'} question: {last.question}")
    context = "\n".join([*asked, f"Its SQL: {last.sql.strip()}"])
    follow_up = (
        "Follow-up question (change the last SQL to answer it; keep its conditions unless "
        f"the follow-up drops them): {question}"
    )
    return f"{context}\n\n{follow_up}"


def conversation_text(question: str, turns: Sequence[Turn]) -> str:
    """What demos are retrieved by, the schema view ranks tables and picks example values by,
    and the checker's corrections read as asked (a month, a year): every question of the
    conversation, so a table, value or period named earlier stays in view."""
    return "\n".join([*(turn.question for turn in turns), question])
