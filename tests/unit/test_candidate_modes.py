"""Candidate modes in the generate/check loop: vote samples at once, fallback only on failure."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import dspy
import pytest

from app.checking import parse_schema
from app.config import Settings
from app.errors import DeadlineExceededError
from app.generation import GenerationResult, generate_checked
from app.lm.gateway import LMGateway
from app.program import Text2SQLProgram
from app.program_config import ProgramConfig

SCHEMA = "CREATE TABLE t (a INT, b INT);\nINSERT INTO t VALUES (1, 10), (2, 20);"


class ScriptedLM(dspy.BaseLM):
    """Answers each call with the next script entry: one SQL per requested completion."""

    def __init__(self, script: list[Callable[[int], list[str]]]) -> None:
        super().__init__("scripted", cache=False)
        self.script = list(script)
        self.kwargs_seen: list[dict[str, Any]] = []
        self.messages_seen: list[list[dict[str, Any]]] = []
        self.logprobs: dict[str, dict[str, Any]] = {}
        """An answer's ``choice.logprobs`` in OpenAI's shape, by its SQL."""

    def likes(self, sql: str, *token_logprobs: float) -> None:
        self.logprobs[sql] = {"content": [{"token": "t", "logprob": p} for p in token_logprobs]}

    def forward(
        self, prompt: str | None = None, messages: list[dict[str, Any]] | None = None, **kwargs: Any
    ) -> Any:
        self.kwargs_seen.append(kwargs)
        self.messages_seen.append(messages or [])
        answers = self.script.pop(0)(int(kwargs.get("n") or 1))
        choices = [
            SimpleNamespace(
                message=SimpleNamespace(content=sql),
                finish_reason="stop",
                # Like vLLM: token log-probabilities only when asked for.
                logprobs=self.logprobs.get(sql) if kwargs.get("logprobs") else None,
            )
            for sql in answers
        ]
        return SimpleNamespace(choices=choices, usage={}, model="scripted")

    async def aforward(
        self, prompt: str | None = None, messages: list[dict[str, Any]] | None = None, **kwargs: Any
    ) -> Any:
        return self.forward(prompt, messages, **kwargs)


def run(
    config: ProgramConfig,
    lm: ScriptedLM,
    max_attempts: int = 3,
    schema: str = SCHEMA,
    settings: Settings | None = None,
    question: str = "q?",
) -> GenerationResult:
    program = Text2SQLProgram(config=config)
    gateway = LMGateway(settings or Settings(), lm=lm)

    async def generate() -> GenerationResult:
        with dspy.context(lm=lm):
            return await generate_checked(
                program,
                gateway,
                question=question,
                schema_text=schema,
                schema=parse_schema(schema, "sqlite"),
                dialect="sqlite",
                allow_write=False,
                max_attempts=max_attempts,
            )

    return asyncio.run(generate())


def fallback(candidates: int = 3) -> ProgramConfig:
    return ProgramConfig(adapter="sql-chat", candidates=candidates, candidate_mode="fallback")


def test_fallback_keeps_a_passing_greedy_answer_without_sampling() -> None:
    lm = ScriptedLM([lambda n: ["SELECT a FROM t"]])
    result = run(fallback(), lm)

    assert result.check.valid and result.check.sql == "SELECT a FROM t"
    assert result.attempts == 1
    assert "n" not in lm.kwargs_seen[0] and "temperature" not in lm.kwargs_seen[0]


def test_fallback_samples_candidates_of_the_same_prompt_after_a_failed_greedy_answer() -> None:
    lm = ScriptedLM(
        [
            lambda n: ["SELECT nope FROM t"],  # unknown column: the checker refuses it
            lambda n: ["SELECT b FROM t", "SELECT a FROM t", "SELECT a FROM t"][:n],
        ]
    )
    result = run(fallback(), lm)

    assert result.check.valid and result.check.sql == "SELECT a FROM t"
    assert result.attempts == 2
    assert lm.kwargs_seen[1]["n"] == 3 and lm.kwargs_seen[1]["temperature"] == 0.7
    assert (result.votes[-1].made, result.votes[-1].agreeing) == (3, 2)


def test_fallback_samples_once_then_repairs_with_one_answer() -> None:
    lm = ScriptedLM(
        [
            lambda n: ["SELECT nope FROM t"],
            lambda n: ["SELECT nope FROM t"] * n,
            lambda n: ["SELECT b FROM t"],
        ]
    )
    result = run(fallback(), lm)

    assert result.check.sql == "SELECT b FROM t" and result.attempts == 3
    assert "n" not in lm.kwargs_seen[2]  # the repair round answers once
    assert len(lm.kwargs_seen) == 3


def test_a_greedy_answer_the_database_refuses_also_falls_back() -> None:
    lm = ScriptedLM(
        [
            lambda n: ["SELECT a FROM t WHERE COUNT(b) > 1"],  # parses, SQLite refuses it
            lambda n: ["SELECT a FROM t"] * n,
        ]
    )
    result = run(fallback(), lm)

    assert result.history[0].valid is False
    assert "fails when run" in result.history[0].issues[-1]
    assert result.check.sql == "SELECT a FROM t" and result.attempts == 2


def test_vote_mode_samples_on_the_first_call() -> None:
    lm = ScriptedLM([lambda n: ["SELECT a FROM t"] * n])
    result = run(ProgramConfig(adapter="sql-chat", candidates=2), lm)

    assert lm.kwargs_seen[0]["n"] == 2 and result.attempts == 1


def test_an_unknown_candidate_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="candidate mode"):
        ProgramConfig(candidate_mode="sometimes")


def test_fallback_lets_an_empty_greedy_result_stand() -> None:
    lm = ScriptedLM([lambda n: ["SELECT a FROM t WHERE a > 5"]])
    result = run(fallback(), lm)

    assert result.check.sql == "SELECT a FROM t WHERE a > 5" and result.attempts == 1


def test_fallback_empty_doubts_an_empty_greedy_result_and_votes_with_the_samples() -> None:
    lm = ScriptedLM(
        [
            lambda n: ["SELECT a FROM t WHERE a > 5"],  # runs, returns no rows
            lambda n: ["SELECT a FROM t WHERE a > 5", "SELECT a FROM t", "SELECT a FROM t"][:n],
        ]
    )
    config = ProgramConfig(adapter="sql-chat", candidates=3, candidate_mode="fallback-empty")
    result = run(config, lm)

    assert result.check.sql == "SELECT a FROM t" and result.attempts == 2
    # The greedy answer voted too: 4 candidates, the two empty ones lost to the two non-empty.
    assert (result.votes[-1].made, result.votes[-1].agreeing) == (4, 2)


def test_fallback_empty_keeps_the_greedy_answer_when_the_samples_agree_it_is_empty() -> None:
    lm = ScriptedLM(
        [
            lambda n: ["SELECT a FROM t WHERE a > 5"],
            lambda n: ["SELECT a FROM t WHERE a > 9"] * 2 + ["SELECT nope FROM t"],
        ]
    )
    config = ProgramConfig(adapter="sql-chat", candidates=3, candidate_mode="fallback-empty")
    result = run(config, lm)

    assert result.check.sql == "SELECT a FROM t WHERE a > 5"  # same (empty) result, earliest
    assert (result.votes[-1].made, result.votes[-1].valid, result.votes[-1].agreeing) == (4, 3, 3)


@pytest.mark.parametrize(
    "schema",
    [
        "CREATE TABLE t (a INT, b INT);",  # sent without sample rows
        "CREATE TABLE t (a INT, b INT);\nCREATE TABLE u (c INT);\nINSERT INTO u VALUES (1);",
    ],
)
def test_fallback_empty_does_not_doubt_an_empty_result_of_a_table_without_rows(
    schema: str,
) -> None:
    lm = ScriptedLM([lambda n: ["SELECT a FROM t"]])  # a second call would find no script
    config = ProgramConfig(adapter="sql-chat", candidates=3, candidate_mode="fallback-empty")
    result = run(config, lm, schema=schema)

    assert result.check.valid and result.check.sql == "SELECT a FROM t"
    assert result.attempts == 1 and len(lm.kwargs_seen) == 1


class StallingSamplesLM(ScriptedLM):
    """Answers greedy calls at once; a sampled call (``n`` > 1) outlasts any deadline."""

    async def aforward(
        self, prompt: str | None = None, messages: list[dict[str, Any]] | None = None, **kwargs: Any
    ) -> Any:
        if int(kwargs.get("n") or 1) > 1:
            await asyncio.sleep(30)
        return self.forward(prompt, messages, **kwargs)


def run_with_deadline(lm: ScriptedLM, deadline_s: float) -> GenerationResult:
    config = ProgramConfig(adapter="sql-chat", candidates=3, candidate_mode="fallback-empty")
    return run(config, lm, settings=Settings(request_deadline_s=deadline_s, lm_retries=0))


def test_the_deadline_returns_a_checked_answer_whose_second_look_it_cut_short() -> None:
    lm = StallingSamplesLM([lambda n: ["SELECT a FROM t WHERE a > 5"], lambda n: []])
    result = run_with_deadline(lm, deadline_s=1.0)

    assert result.stopped_early
    assert result.check.valid and result.check.sql == "SELECT a FROM t WHERE a > 5"
    assert result.attempts == 1 and len(lm.kwargs_seen) == 1  # the samples never came back


def test_the_deadline_still_fails_a_request_without_a_checked_answer() -> None:
    lm = StallingSamplesLM([lambda n: ["SELECT nope FROM t"], lambda n: []])

    with pytest.raises(DeadlineExceededError):
        run_with_deadline(lm, deadline_s=1.0)


def test_an_answer_in_time_is_not_marked_stopped_early() -> None:
    lm = ScriptedLM([lambda n: ["SELECT a FROM t"]])
    assert not run(fallback(), lm).stopped_early


def _disagreeing_samples(n: int) -> list[str]:
    return ["SELECT a FROM t WHERE b = 10", "SELECT b FROM t", "SELECT a, b FROM t"][:n]


@pytest.mark.parametrize(
    ("tie_break", "chosen", "asks_for_logprobs"),
    [
        ("order", "SELECT a FROM t WHERE b = 10", False),  # the earliest of three lone results
        ("likelihood", "SELECT b FROM t", True),  # the one the model found most likely
    ],
)
def test_the_tie_break_tells_apart_samples_that_all_disagree(
    tie_break: str, chosen: str, asks_for_logprobs: bool
) -> None:
    lm = ScriptedLM([lambda n: ["SELECT a FROM t WHERE a > 5"], _disagreeing_samples])
    lm.likes("SELECT a FROM t WHERE b = 10", -0.9, -1.5)
    lm.likes("SELECT b FROM t", -0.1, -0.3)  # mean -0.2: the most likely
    lm.likes("SELECT a, b FROM t", -0.4, -2.0)
    config = ProgramConfig(
        adapter="sql-chat", candidates=3, candidate_mode="fallback-empty", tie_break=tie_break
    )
    result = run(config, lm)

    assert result.check.sql == chosen
    assert (result.votes[-1].made, result.votes[-1].agreeing) == (4, 1)
    # Only the sampled call asks for log-probabilities: the greedy request (and its cache
    # entry) is the same as an ``order`` program's.
    assert [bool(kwargs.get("logprobs")) for kwargs in lm.kwargs_seen] == [
        False,
        asks_for_logprobs,
    ]


def test_the_likelihood_tie_break_still_prefers_a_non_empty_result_and_a_larger_group() -> None:
    empty, cats, dogs = "SELECT a FROM t WHERE a > 7", "SELECT b FROM t", "SELECT a FROM t"
    lm = ScriptedLM(
        [lambda n: ["SELECT a FROM t WHERE a > 5"], lambda n: [empty, cats, dogs, dogs]]
    )
    lm.likes(empty, -0.01)  # most likely, but empty like the greedy answer it agrees with
    lm.likes(cats, -0.05)
    lm.likes(dogs, -3.0)
    config = ProgramConfig(
        adapter="sql-chat", candidates=4, candidate_mode="fallback-empty", tie_break="likelihood"
    )
    result = run(config, lm)

    # Two groups of two: the empty one (greedy + the most likely sample) and the non-empty one.
    assert result.check.sql == dogs and result.votes[-1].agreeing == 2


def test_an_unknown_tie_break_is_refused() -> None:
    with pytest.raises(ValueError, match="tie break"):
        ProgramConfig(tie_break="coin")


PEOPLE = (
    "CREATE TABLE p (name TEXT, country TEXT);\n"
    "INSERT INTO p VALUES ('Ana', 'DE'), ('Bo', 'NL'), ('Cy', 'DE');"
)
GERMANY = "SELECT name FROM p WHERE country = 'Germany'"


def _empty_then(repair: str) -> ScriptedLM:
    return ScriptedLM(
        [
            lambda n: [GERMANY],  # valid, runs, no rows
            lambda n: [GERMANY] * n,  # the samples agree: still no rows
            lambda n: [repair],
        ]
    )


def test_an_empty_answer_missing_a_value_is_repaired_with_the_values_the_column_holds() -> None:
    lm = _empty_then("SELECT name FROM p WHERE country = 'DE'")
    config = ProgramConfig(adapter="sql-chat", candidates=3, candidate_mode="fallback-empty")
    result = run(config, lm, schema=PEOPLE)

    assert result.check.valid and result.check.sql == "SELECT name FROM p WHERE country = 'DE'"
    assert result.attempts == 3
    repair_prompt = str(lm.messages_seen[-1][-1]["content"])
    assert "no row has country = 'Germany': p.country holds 'DE', 'NL'" in repair_prompt


@pytest.mark.parametrize(
    "repair",
    [
        "SELECT name FROM p WHERE country = 'Deutschland'",  # still no rows
        "SELECT nope FROM p",  # refused by the checker
    ],
)
def test_the_empty_answer_stands_when_the_repair_finds_nothing_better(repair: str) -> None:
    config = ProgramConfig(adapter="sql-chat", candidates=3, candidate_mode="fallback-empty")
    result = run(config, _empty_then(repair), schema=PEOPLE)

    assert result.check.valid and result.check.sql == GERMANY
    assert result.attempts == 3


def test_an_empty_answer_whose_values_exist_is_not_repaired() -> None:
    lm = ScriptedLM([lambda n: ["SELECT name FROM p WHERE country = 'DE' AND name LIKE 'Bo'"]])
    result = run(fallback(), lm, schema=PEOPLE)  # a second call would find no script

    assert result.check.valid and result.attempts == 1


def test_a_count_of_nothing_missing_a_value_is_repaired_too() -> None:
    lm = ScriptedLM(
        [
            lambda n: ["SELECT COUNT(*) FROM p WHERE country = 'Germany'"],  # one row: 0
            lambda n: ["SELECT COUNT(*) FROM p WHERE country = 'DE'"],
        ]
    )
    result = run(fallback(), lm, schema=PEOPLE)  # the count has a row: no resampling first

    assert result.check.sql == "SELECT COUNT(*) FROM p WHERE country = 'DE'"
    assert result.attempts == 2


def test_a_repair_that_repeats_the_refused_sql_is_sampled_again() -> None:
    lm = ScriptedLM(
        [
            lambda n: ["SELECT nope FROM t"],  # refused: unknown column
            lambda n: ["SELECT nope FROM t"] * n,  # the samples agree with it
            lambda n: ["SELECT nope FROM t"],  # the greedy repair repeats it: a wasted round
            lambda n: ["SELECT nope FROM t", "SELECT b FROM t", "SELECT b FROM t"][:n],
        ]
    )
    result = run(fallback(), lm)

    assert result.check.valid and result.check.sql == "SELECT b FROM t"
    assert result.attempts == 3  # the resampled repair is part of its round
    assert "n" not in lm.kwargs_seen[2] and lm.kwargs_seen[3]["n"] == 3
    # Only the repairs that differ from the refused SQL vote.
    assert (result.votes[-1].made, result.votes[-1].agreeing) == (2, 2)


def test_a_repeated_count_of_nothing_is_sampled_again_and_a_repair_with_rows_wins() -> None:
    germany = "SELECT COUNT(*) FROM p WHERE country = 'Germany'"
    lm = ScriptedLM(
        [
            lambda n: [germany],  # one row: 0, and 'Germany' is no value of p.country
            lambda n: [germany],  # the repair naming 'DE', 'NL' repeats it
            lambda n: [germany, "SELECT COUNT(*) FROM p WHERE country = 'DE'"][:n],
        ]
    )
    result = run(fallback(candidates=2), lm, schema=PEOPLE)

    assert result.check.sql == "SELECT COUNT(*) FROM p WHERE country = 'DE'"
    assert len(lm.kwargs_seen) == 3


def test_a_program_of_one_candidate_does_not_sample_a_repeated_repair() -> None:
    lm = ScriptedLM([lambda n: ["SELECT nope FROM t"]] * 3)
    config = ProgramConfig(adapter="sql-chat")  # one candidate: nothing to sample

    result = run(config, lm)

    assert not result.check.valid and result.attempts == 3
    assert len(lm.kwargs_seen) == 3 and all("n" not in kwargs for kwargs in lm.kwargs_seen)


ROOMS = (
    "CREATE TABLE rooms (room_id INTEGER PRIMARY KEY, room_type TEXT, rate REAL);\n"
    "INSERT INTO rooms VALUES (1, 'Suite', 260), (2, 'Double', 120), (3, 'Suite', 180), "
    "(4, 'Double', 65);"
)
ANY_ROOM = "SELECT room_id FROM rooms ORDER BY rate LIMIT 1"
SUITE = "SELECT room_id FROM rooms WHERE room_type = 'Suite' ORDER BY rate LIMIT 1"


def test_rows_that_ignore_a_value_the_question_names_are_repaired_with_it() -> None:
    lm = ScriptedLM([lambda n: [ANY_ROOM], lambda n: [SUITE]])
    result = run(fallback(), lm, schema=ROOMS, question="Which is the cheapest suite?")

    assert result.check.valid and result.check.sql == SUITE
    assert result.attempts == 2
    repair_prompt = str(lm.messages_seen[-1][-1]["content"])
    assert "the question names 'Suite', a value of rooms.room_type" in repair_prompt


@pytest.mark.parametrize(
    "repair",
    [
        "SELECT room_id FROM rooms ORDER BY rate DESC LIMIT 1",  # still ignores it
        "SELECT nope FROM rooms",  # refused by the checker
    ],
)
def test_the_first_answer_stands_when_the_repair_does_not_use_the_value(repair: str) -> None:
    lm = ScriptedLM([lambda n: [ANY_ROOM], lambda n: [repair], lambda n: [repair] * n])
    result = run(fallback(), lm, schema=ROOMS, question="Which is the cheapest suite?")

    assert result.check.valid and result.check.sql == ANY_ROOM


def test_an_answer_that_uses_the_value_named_is_not_repaired() -> None:
    lm = ScriptedLM([lambda n: [SUITE]])  # a second call would find no script
    result = run(fallback(), lm, schema=ROOMS, question="Which is the cheapest suite?")

    assert result.check.valid and result.attempts == 1


JOBS = (
    "CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, client TEXT NOT NULL, "
    "status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'completed')));\n"
    "INSERT INTO jobs VALUES (1, 'Acme', 'open'), (2, 'Acme', 'completed'), "
    "(3, 'Bolt', 'in_progress');"
)
OPEN_JOBS = "SELECT DISTINCT client FROM jobs WHERE status = 'open'"
ALL_JOBS = "SELECT DISTINCT client FROM jobs"
POSTED = "Which clients have posted a job?"


def test_rows_kept_to_a_declared_value_the_question_never_says_are_repaired() -> None:
    lm = ScriptedLM([lambda n: [OPEN_JOBS], lambda n: [ALL_JOBS]])
    result = run(fallback(), lm, schema=JOBS, question=POSTED)

    assert result.check.valid and result.check.sql == ALL_JOBS
    assert result.attempts == 2
    repair_prompt = str(lm.messages_seen[-1][-1]["content"])
    assert "keeps only rows where jobs.status = 'open'" in repair_prompt


def test_a_repair_that_keeps_the_unasked_value_settles_it_without_sampling() -> None:
    # The model may mean the value by words no rule knows: writing it again is its answer.
    lm = ScriptedLM([lambda n: [OPEN_JOBS], lambda n: [OPEN_JOBS]])  # a third call: no script
    result = run(fallback(), lm, schema=JOBS, question=POSTED)

    assert result.check.valid and result.check.sql == OPEN_JOBS
    assert len(lm.kwargs_seen) == 2 and "n" not in lm.kwargs_seen[1]


def test_the_first_answer_stands_when_the_repair_keeps_another_unasked_value() -> None:
    narrower = "SELECT DISTINCT client FROM jobs WHERE status = 'in_progress'"
    lm = ScriptedLM([lambda n: [OPEN_JOBS], lambda n: [narrower]])
    result = run(fallback(), lm, schema=JOBS, question=POSTED)

    assert result.check.valid and result.check.sql == OPEN_JOBS


def test_a_declared_value_the_question_says_is_not_doubted() -> None:
    lm = ScriptedLM([lambda n: [OPEN_JOBS]])  # a second call would find no script
    result = run(fallback(), lm, schema=JOBS, question="Which clients have an open job?")

    assert result.check.valid and result.attempts == 1
