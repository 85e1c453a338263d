"""Every candidate answer of one LM call reaches the vote (app.generation._answers)."""

from __future__ import annotations

import dspy

from app.generation import _answers
from app.program import Text2SQLProgram
from app.program_config import ProgramConfig
from tests.unit.test_candidate_modes import ScriptedLM


def numbering_lm() -> ScriptedLM:
    """Answers ``SELECT 0``, ``SELECT 1``, ... one per requested completion (``n``)."""
    return ScriptedLM([lambda n: [f"SELECT {i}" for i in range(n)]])


def test_every_completion_is_a_candidate_in_order() -> None:
    prediction = dspy.Prediction.from_completions(
        [{"sql": "SELECT 1"}, {"sql": "SELECT 2"}, {"sql": "SELECT 3"}]
    )
    assert prediction.sql == "SELECT 1"
    assert _answers(prediction) == ["SELECT 1", "SELECT 2", "SELECT 3"]


def test_a_missing_completion_becomes_an_empty_answer_not_none() -> None:
    prediction = dspy.Prediction.from_completions({"sql": ["SELECT 1", None, "SELECT 3"]})
    assert _answers(prediction) == ["SELECT 1", "", "SELECT 3"]


def test_a_single_prediction_gives_its_one_answer() -> None:
    assert _answers(dspy.Prediction(sql="SELECT 1")) == ["SELECT 1"]
    assert _answers(dspy.Prediction(sql=None)) == [""]


def test_completions_without_sql_fall_back_to_the_prediction_itself() -> None:
    prediction = dspy.Prediction.from_completions({"reasoning": ["because"]})
    prediction.sql = "SELECT 9"
    assert _answers(prediction) == ["SELECT 9"]


def test_a_program_sampling_candidates_hands_all_of_them_on() -> None:
    program = Text2SQLProgram(config=ProgramConfig(adapter="sql-chat", candidates=3))
    lm = numbering_lm()
    with dspy.context(lm=lm):
        prediction = program(question="q?", sql_context="CREATE TABLE t (a INT)")
    assert lm.kwargs_seen == [{"n": 3, "temperature": 0.7}]
    assert _answers(prediction) == ["SELECT 0", "SELECT 1", "SELECT 2"]


def test_a_program_with_one_candidate_asks_for_one_greedy_answer() -> None:
    program = Text2SQLProgram(config=ProgramConfig(adapter="sql-chat"))
    lm = numbering_lm()
    with dspy.context(lm=lm):
        prediction = program(question="q?", sql_context="CREATE TABLE t (a INT)")
    assert "n" not in lm.kwargs_seen[0]
    assert _answers(prediction) == ["SELECT 0"]
