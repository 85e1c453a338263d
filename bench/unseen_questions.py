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
the gold on the same rows (a write by the state it leaves).

    python -m bench.unseen_questions                   # in-process service, settings' LM
    python -m bench.unseen_questions --url http://127.0.0.1:8000 --program step6-knn3-constrained
    python -m bench.unseen_questions --schema outdoor_store.sql   # one database's questions
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import dspy
import httpx
import typer
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from optimizer.metrics import execution_match, subset_execution_match

HERE = Path(__file__).parent / "unseen"


def score(schema: str, gold: str, body: dict[str, Any]) -> tuple[bool, bool]:
    """(strict, subset) execution match of the answer against the gold, on the schema's rows."""
    if not body.get("valid"):
        return False, False
    example = dspy.Example(sql_context=schema, sql=gold)
    answer = SimpleNamespace(sql=str(body.get("sql", "")))
    return execution_match(example, answer), subset_execution_match(example, answer)


def ask_all(
    client: httpx.Client | TestClient, program: str | None, schema_file: str | None = None
) -> None:
    """POST each question to ``client``'s /sql (a running service or the in-process TestClient)."""
    questions = [json.loads(line) for line in (HERE / "questions.jsonl").read_text().splitlines()]
    if schema_file:
        questions = [item for item in questions if item["schema"] == schema_file]
        if not questions:
            raise typer.BadParameter(f"no question uses {schema_file!r}")
    seconds: list[float] = []
    strict = subset = valid = tokens = 0
    for item in questions:
        schema = (HERE / item["schema"]).read_text()
        request = {"question": item["question"], "schema": schema}
        if program:
            request["program"] = program
        if item.get("write"):
            request["allow_write"] = True
        started = time.perf_counter()
        body = client.post("/sql", json=request).json()
        seconds.append(time.perf_counter() - started)
        right, right_subset = score(schema, item["gold"], body)
        strict, subset = strict + right, subset + right_subset
        valid += bool(body.get("valid"))
        tokens += int(body.get("usage", {}).get("prompt_tokens") or 0)
        print(  # noqa: T201
            f"{seconds[-1]:6.1f} s  strict={right!s:5} subset={right_subset!s:5} "
            f"valid={body.get('valid')!s:5} {item['question']}\n          {body.get('sql')}"
        )
    n = len(questions)
    print(  # noqa: T201
        f"{n} unseen questions (program {body.get('program', {}).get('name')}): strict "
        f"{strict}/{n}, subset {subset}/{n}, valid {valid}/{n}, mean prompt tokens "
        f"{tokens / n:.0f}, p50 {statistics.median(seconds):.1f} s, max {max(seconds):.1f} s"
    )


def main(
    url: str = typer.Option("", help="A running service; empty: start one in this process."),
    program: str = typer.Option("", help="Program to ask (default: the active one)."),
    schema: str = typer.Option("", help="Only the questions on this file of bench/unseen/."),
) -> None:
    if url:
        with httpx.Client(base_url=url, timeout=900) as client:
            ask_all(client, program or None, schema or None)
        return
    settings = Settings(
        rate_limit_per_minute=0, lm_timeout_s=300, request_deadline_s=900, allow_writes=True
    )
    with TestClient(create_app(settings)) as client:
        ask_all(client, program or None, schema or None)


if __name__ == "__main__":
    typer.run(main)
