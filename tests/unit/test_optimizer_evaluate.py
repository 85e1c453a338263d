"""Evaluation through the serving pipeline: an outage aborts the run instead of scoring 0."""

from __future__ import annotations

import pytest
from dspy.utils import DummyLM

from app.config import Settings
from app.program import Text2SQLProgram
from optimizer.datasets import load_bundled
from optimizer.evaluate import EvaluationAborted, evaluate, summarize
from optimizer.runtime import build_cached_lm
from tests.support.stub_lm import free_port


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
