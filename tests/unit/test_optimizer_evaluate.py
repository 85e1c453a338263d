"""Evaluation through the serving pipeline: an outage aborts the run instead of scoring 0."""

from __future__ import annotations

import pytest
from dspy.utils import DummyLM

from app.config import Settings
from app.program import Text2SQLProgram
from bench.stub_lm import free_port
from optimizer.datasets import load_bundled
from optimizer.evaluate import EvaluationAborted, evaluate, summarize
from optimizer.metrics import make_llm_judge
from optimizer.runtime import build_cached_lm


def test_an_unreachable_lm_aborts_the_evaluation() -> None:
    settings = Settings(lm_base_url=f"http://127.0.0.1:{free_port()}/v1", lm_retries=0)
    examples = load_bundled()[:2]

    with pytest.raises(EvaluationAborted, match="unreachable"):
        evaluate(
            Text2SQLProgram(),
            examples,
            settings=settings,
            lm=build_cached_lm(settings, num_retries=0),
        )


def test_an_answer_the_checker_refuses_scores_zero() -> None:
    # The gold SQL of a read task with a write smuggled after it: the service must refuse it.
    example = next(ex for ex in load_bundled() if ex.sql_task_type != "data manipulation")
    table = example.sql_context.split("CREATE TABLE", 1)[1].split("(", 1)[0].strip()
    answer = f"{example.sql.rstrip(';')}; DELETE FROM {table};"
    lm = DummyLM({"": {"sql": answer}})

    [result] = evaluate(Text2SQLProgram(), [example], settings=Settings(max_attempts=1), lm=lm)

    assert (result.valid, result.correct) == (False, False)
    assert summarize([result]).to_json()["execution_accuracy"] == 0.0


def test_results_keep_input_order_and_breakdowns_add_up() -> None:
    examples = load_bundled()[:6]
    lm = DummyLM({ex.question: {"sql": ex.sql} for ex in examples})

    results = evaluate(Text2SQLProgram(), examples, settings=Settings(), lm=lm, concurrency=3)

    assert [r.id for r in results] == [ex.id for ex in examples]
    summary = summarize(results)
    assert summary.correct == summary.n == 6 and summary.mean_attempts == 1.0
    assert sum(level["n"] for level in summary.by_complexity.values()) == 6


def test_exact_match_is_counted_beside_execution_accuracy() -> None:
    examples = load_bundled()[:2]
    # The first answer is the gold re-spaced (same after normalisation); the second differs.
    answers = {
        examples[0].question: {"sql": "  " + examples[0].sql.replace(" ", "  ")},
        examples[1].question: {"sql": "SELECT 1"},
    }
    results = evaluate(
        Text2SQLProgram(), examples, settings=Settings(max_attempts=1), lm=DummyLM(answers)
    )

    assert [r.exact_match for r in results] == [True, False]
    scores = summarize(results).to_json()
    assert scores["exact_match"] == 1 and scores["exact_match_rate"] == 0.5
    assert scores["judge_accuracy"] is None and all(r.judged is None for r in results)


def test_a_judge_on_its_own_lm_scores_every_example() -> None:
    examples = load_bundled()[:3]
    program_lm = DummyLM({ex.question: {"sql": ex.sql} for ex in examples})
    judge_lm = DummyLM([{"correct": "Yes"}, {"correct": "No"}, {"correct": "Yes"}])

    results = evaluate(
        Text2SQLProgram(),
        examples,
        settings=Settings(max_attempts=1),
        lm=program_lm,
        concurrency=1,
        judge=make_llm_judge(judge_lm),
    )

    assert [r.judged for r in results] == [True, False, True]
    assert len(judge_lm.history) == 3  # the judge's calls went to the judge's LM
    assert summarize(results).to_json()["judge_accuracy"] == round(2 / 3, 4)


def test_a_verdict_that_is_neither_yes_nor_no_is_recorded_not_guessed() -> None:
    [example] = load_bundled()[:1]
    program_lm = DummyLM({example.question: {"sql": example.sql}})
    judge_lm = DummyLM([{"correct": "it depends"}] * 4)

    [result] = evaluate(
        Text2SQLProgram(),
        [example],
        settings=Settings(max_attempts=1),
        lm=program_lm,
        judge=make_llm_judge(judge_lm),
    )

    assert result.judged is None and result.judge_error is not None
    assert "it depends" in result.judge_error
    scores = summarize([result]).to_json()
    assert (scores["judged_yes"], scores["judge_unparsed"], scores["judge_accuracy"]) == (0, 1, 0.0)
    assert result.correct  # execution accuracy does not depend on the judge
