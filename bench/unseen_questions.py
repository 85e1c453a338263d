"""Questions the programs never saw, asked through the HTTP API as a client would.

``bench/unseen/`` holds small databases of domains the bundled dataset lacks and questions
with gold SQL: a lending library and a vet clinic (16 questions, written after every shipped
program was compiled; nothing was tuned on them), and an outdoor-gear chain (7 questions whose
columns hold more values than a prompt shows, several asked in words that differ from the
stored value: "climbing gear" for 'Climbing', "Alpina" for 'Alpina North'), written to
measure value retrieval (`question_values`) before it was compared with the default. A bike-share
scheme (7 writes: inserts into tables whose keys are declared `INT PRIMARY KEY`, which the
database does not fill in, and `INTEGER PRIMARY KEY`, which it does; updates and deletes that
look other tables up) was written before its answers were seen, to try the checker's write
rules on questions the bundled dataset never asked. Each question is POSTed to /sql with the
schema (DDL and rows; a write with `allow_write`, so the service must allow writes), and the
answer is scored like the optimizer scores: strict execution match and subset match against
the gold on the same rows (a write by the state it leaves). Two schemas are real pg_dump output
(a support desk and a delivery fleet: a schema of their own, enum types, arrays, quoted
mixed-case columns, COPY data), asked with ``dialect`` postgres and scored on the dump restored
into a real PostgreSQL (bench/pg_scoring.py); the fleet's ten questions were written before any
answer was seen, as were a clinic's fourteen. One schema is MariaDB's own mysqldump of an
event-ticketing database, asked with ``dialect`` mysql and scored on the dump restored into a
real MariaDB (bench/mysql_scoring.py, `make mariadb-deps`); its sixteen questions were written
before any answer was seen. Sixteen follow-up questions
(``follow_ups.jsonl``: "Which of those were published after 2005?", "And in February?") carry
the earlier turns they follow, with gold SQL; each is asked with its ``history`` and alone, so
the two scores show what the conversation is worth. The first nine were written before any
answer was seen, and the way the service shows a conversation to the model was chosen on them;
the next four (bike share) were written after that choice, to try it blind, and the last three
(two earlier turns each) after the choice to show only the last turn's SQL.

    python -m bench.unseen_questions                   # in-process service, settings' LM
    python -m bench.unseen_questions --url http://127.0.0.1:8000 --program step6-knn3-constrained
    python -m bench.unseen_questions --schema outdoor_store.sql   # one database's questions
    python -m bench.unseen_questions --follow-ups                 # follow-ups, with and without
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import dspy
import httpx
import typer
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from bench.dump_scoring import DumpScorer
from bench.mysql_scoring import MySQLScorer
from bench.pg_scoring import PostgresScorer
from optimizer.metrics import execution_match, subset_execution_match

HERE = Path(__file__).parent / "unseen"


def score(schema: str, gold: str, body: dict[str, Any]) -> tuple[bool, bool]:
    """(strict, subset) execution match of the answer against the gold, on the schema's rows."""
    if not body.get("valid"):
        return False, False
    example = dspy.Example(sql_context=schema, sql=gold)
    answer = SimpleNamespace(sql=str(body.get("sql", "")))
    return execution_match(example, answer), subset_execution_match(example, answer)


class DumpScorers:
    """The real servers of a run, one per dialect, each started when first needed."""

    KINDS: dict[str, type[DumpScorer]] = {"postgres": PostgresScorer, "mysql": MySQLScorer}

    def __init__(self) -> None:
        self._scorers: dict[str, DumpScorer] = {}

    def scorer(self, dialect: str, question: str) -> DumpScorer:
        if dialect not in self.KINDS:
            raise ValueError(f"no way to score {dialect} answers: {question}")
        if dialect not in self._scorers:
            self._scorers[dialect] = self.KINDS[dialect]()
        return self._scorers[dialect]

    def close(self) -> None:
        for scorer in self._scorers.values():
            scorer.close()


@dataclass
class Tally:
    """One run's scores, printed as a line per question and a summary."""

    label: str
    seconds: list[float] = field(default_factory=list)
    strict: int = 0
    subset: int = 0
    valid: int = 0
    tokens: int = 0
    program: str | None = None
    dumps: DumpScorers = field(default_factory=lambda: DumpScorers())
    """Answers about a pg_dump or mysqldump are scored on the dump restored into its server."""

    def add(self, item: dict[str, Any], body: dict[str, Any], seconds: float) -> None:
        right, right_subset = self._score(item, body)
        self.seconds.append(seconds)
        self.strict, self.subset = self.strict + right, self.subset + right_subset
        self.valid += bool(body.get("valid"))
        self.tokens += int(body.get("usage", {}).get("prompt_tokens") or 0)
        self.program = (body.get("program") or {}).get("name") or self.program
        print(  # noqa: T201
            f"{seconds:6.1f} s  strict={right!s:5} subset={right_subset!s:5} "
            f"valid={body.get('valid')!s:5} {item['question']}\n          {body.get('sql')}"
        )

    def _score(self, item: dict[str, Any], body: dict[str, Any]) -> tuple[bool, bool]:
        if item.get("dialect", "sqlite") == "sqlite":
            return score((HERE / item["schema"]).read_text(), item["gold"], body)
        scorer = self.dumps.scorer(item["dialect"], item["question"])
        if not body.get("valid"):
            return False, False
        return scorer.score(HERE / item["schema"], item["gold"], str(body.get("sql", "")))

    def summary(self) -> str:
        n = len(self.seconds)
        return (
            f"{n} {self.label} (program {self.program}): strict {self.strict}/{n}, subset "
            f"{self.subset}/{n}, valid {self.valid}/{n}, mean prompt tokens {self.tokens / n:.0f}, "
            f"p50 {statistics.median(self.seconds):.1f} s, max {max(self.seconds):.1f} s"
        )


def _load(name: str, schema_file: str | None) -> list[dict[str, Any]]:
    items = [json.loads(line) for line in (HERE / name).read_text().splitlines()]
    if schema_file:
        items = [item for item in items if item["schema"] == schema_file]
        if not items:
            raise typer.BadParameter(f"no question of {name} uses {schema_file!r}")
    return items


def _ask(
    client: httpx.Client | TestClient, item: dict[str, Any], program: str | None, history: bool
) -> tuple[dict[str, Any], float]:
    request: dict[str, Any] = {
        "question": item["question"],
        "schema": (HERE / item["schema"]).read_text(),
    }
    if program:
        request["program"] = program
    if item.get("dialect"):
        request["dialect"] = item["dialect"]
    if item.get("write"):
        request["allow_write"] = True
    if history and item.get("history"):
        request["history"] = item["history"]
    started = time.perf_counter()
    body: dict[str, Any] = client.post("/sql", json=request).json()
    return body, time.perf_counter() - started


def ask_all(
    client: httpx.Client | TestClient,
    program: str | None,
    schema_file: str | None = None,
    follow_ups: bool = False,
) -> None:
    """POST each question to ``client``'s /sql (a running service or the in-process TestClient).

    ``follow_ups``: ask the follow-up questions instead, each twice: with the conversation's
    earlier turns (``history``) and alone, to show what the history is worth.
    """
    dumps = DumpScorers()  # one server per dialect for the run, started only if asked
    try:
        if not follow_ups:
            tally = Tally("unseen questions", dumps=dumps)
            for item in _load("questions.jsonl", schema_file):
                tally.add(item, *_ask(client, item, program, history=False))
            print(tally.summary())  # noqa: T201
            return
        with_history = Tally("follow-ups with history", dumps=dumps)
        alone = Tally("follow-ups alone", dumps=dumps)
        for item in _load("follow_ups.jsonl", schema_file):
            with_history.add(item, *_ask(client, item, program, history=True))
            alone.add(item, *_ask(client, item, program, history=False))
        print(with_history.summary())  # noqa: T201
        print(alone.summary())  # noqa: T201
    finally:
        dumps.close()


def main(
    url: str = typer.Option("", help="A running service; empty: start one in this process."),
    program: str = typer.Option("", help="Program to ask (default: the active one)."),
    schema: str = typer.Option("", help="Only the questions on this file of bench/unseen/."),
    follow_ups: bool = typer.Option(
        False,
        help="Ask the follow-up questions (bench/unseen/follow_ups.jsonl), with and "
        "without their conversation's earlier turns.",
    ),
) -> None:
    if url:
        with httpx.Client(base_url=url, timeout=900) as client:
            ask_all(client, program or None, schema or None, follow_ups)
        return
    settings = Settings(
        rate_limit_per_minute=0, lm_timeout_s=300, request_deadline_s=900, allow_writes=True
    )
    with TestClient(create_app(settings)) as client:
        ask_all(client, program or None, schema or None, follow_ups)


if __name__ == "__main__":
    typer.run(main)
