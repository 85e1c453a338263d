"""Answers that are right, on the default local model: the README example and constrained decoding.

The plumbing tests elsewhere assert honesty; these assert correctness where the default model
and program are expected to be right, so a change that breaks answer quality fails CI.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import dspy
import pytest
import sqlglot
from fastapi.testclient import TestClient
from sqlglot.tokens import TokenType

from app.checking import parse_schema
from app.execution import Sandbox
from app.generation import generate_checked
from app.lm.gateway import LMGateway
from app.main import create_app
from app.program import Text2SQLProgram
from app.program_config import ProgramConfig
from bench.pg_scoring import PostgresScorer
from optimizer.metrics import subset_execution_match
from tests.integration.conftest import real_lm_settings

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
# The README's own example.
README_SCHEMA = (
    "CREATE TABLE employees (id INT PRIMARY KEY, name TEXT, department TEXT, salary REAL);"
)
README_QUESTION = "How many employees does each department have?"
GOLD = "SELECT department, COUNT(*) FROM employees GROUP BY department"
ROWS = (
    "INSERT INTO employees VALUES (1, 'Ana', 'Sales', 52000), (2, 'Bo', 'IT', 61000), "
    "(3, 'Cy', 'Sales', 48000), (4, 'Di', 'HR', 45000);"
)


@pytest.fixture(scope="module")
def client(local_lm: Any) -> Iterator[TestClient]:
    with TestClient(create_app(real_lm_settings(local_lm))) as test_client:
        yield test_client


def result_of(sql: str) -> Counter[tuple[object, ...]]:
    with Sandbox(README_SCHEMA + "\n" + ROWS) as sandbox:
        return Counter(sandbox.query(sql).rows)


def test_the_readme_example_comes_back_correct(client: TestClient) -> None:
    body = client.post(
        "/sql", json={"question": README_QUESTION, "schema": README_SCHEMA, "dialect": "sqlite"}
    ).json()

    assert body["valid"] is True, body
    # Right by execution: the same rows as the gold query on sample data.
    assert result_of(body["sql"]) == result_of(GOLD), body["sql"]
    assert body["candidates"]["valid"] >= 1


def test_a_constrained_request_names_only_schema_identifiers(local_lm: Any) -> None:
    schema_text = (
        "CREATE TABLE missions (mission_id INT PRIMARY KEY, name TEXT, agency TEXT, "
        "destination TEXT, launch_date DATE);"
    )
    program = Text2SQLProgram(
        config=ProgramConfig(adapter="sql-chat", compact_schema=True, constrained_decoding=True)
    )
    gateway = LMGateway(real_lm_settings(local_lm))
    result = asyncio.run(
        generate_checked(
            program,
            gateway,
            # Invites invented names (crew, budget): the grammar must not let them through.
            question="Which crew members flew on missions with the largest budget?",
            schema_text=schema_text,
            schema=parse_schema(schema_text, "sqlite"),
            dialect="sqlite",
            allow_write=False,
            max_attempts=1,
        )
    )

    sql = result.history[0].sql
    assert sql, result.history[0].issues
    names = identifiers(sql)
    assert names <= {"missions", "mission_id", "name", "agency", "destination", "launch_date"}, sql


def identifiers(sql: str) -> set[str]:
    """Names the SQL uses as tables or columns (not functions, keywords, literals or the
    aliases it defines itself). Tokens, not a parse: a forced answer to an unanswerable
    question may be SQL that sqlglot's parser refuses, and must still name nothing invented."""
    tokens = sqlglot.tokenize(sql, read="sqlite")
    defined: set[str] = set()
    used: set[str] = set()
    for i, token in enumerate(tokens):
        if token.token_type not in (TokenType.VAR, TokenType.IDENTIFIER):
            continue
        before = tokens[i - 1] if i else None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and after.token_type == TokenType.L_PAREN:
            continue  # a function name
        if before is not None and (
            before.token_type == TokenType.ALIAS
            or before.token_type in (TokenType.VAR, TokenType.IDENTIFIER)
        ):
            defined.add(token.text.lower())  # `AS x`, or `missions m`
            continue
        used.add(token.text.lower())
    return used - defined


def test_sampled_candidates_carry_the_real_models_likelihoods(local_lm: Any) -> None:
    program = Text2SQLProgram(
        config=ProgramConfig(
            adapter="sql-chat",
            compact_schema=True,
            constrained_decoding=True,
            candidates=3,
            candidate_mode="vote",
            tie_break="likelihood",
        )
    )
    schema_text = README_SCHEMA + "\n" + ROWS
    result = asyncio.run(
        generate_checked(
            program,
            LMGateway(real_lm_settings(local_lm)),
            question=README_QUESTION,
            schema_text=schema_text,
            schema=parse_schema(schema_text, "sqlite"),
            dialect="sqlite",
            allow_write=False,
            max_attempts=1,
        )
    )

    vote = result.votes[0]
    assert vote.made == 3 and vote.runnable, result.check.issues
    likelihoods = [ballot.likelihood for ballot in vote.runnable]
    # vLLM returned each sample's token log-probabilities: a mean, a log of a probability.
    assert all(value is not None and value <= 0 for value in likelihoods), likelihoods
    # The answer is the most likely member of the winning group. Two samples can render to the
    # same SQL from different text (a trailing semicolon, other spacing) with other likelihoods,
    # so the answer's SQL must be that of the group's most likely member, not of the first.
    same_sql = [b for b in vote.runnable if b.check.sql == result.check.sql]
    group = [b for b in vote.runnable if b.outcome == same_sql[0].outcome]
    assert len(group) == vote.agreeing
    best = max(b.likelihood or 0.0 for b in group)
    assert any(b.likelihood == pytest.approx(best, abs=1e-3) for b in same_sql), (same_sql, group)


def test_a_write_through_the_api_is_checked_run_and_leaves_the_asked_state(local_lm: Any) -> None:
    # The write path end to end on the real model: allowed, checked, run on a throwaway copy of
    # the sandbox (app.candidates.vote), and right by the state it leaves. The schema and
    # question are the unseen bike-share probe's (bench/unseen), not the bundled dataset's.
    schema = (REPO / "bench" / "unseen" / "bike_share.sql").read_text()
    question = "Delete the rides that lasted less than 2 minutes."
    settings = real_lm_settings(local_lm, allow_writes=True)
    with TestClient(create_app(settings)) as writer:
        body = writer.post(
            "/sql", json={"question": question, "schema": schema, "allow_write": True}
        ).json()

    assert body["valid"] is True, body
    assert body["statement_type"] == "delete", body
    with Sandbox(schema) as sandbox:
        state = sandbox.execute_write(body["sql"])
        gold = sandbox.execute_write("DELETE FROM rides WHERE minutes < 2")
    assert state == gold, body["sql"]


def test_a_follow_up_is_answered_in_its_conversations_context(client: TestClient) -> None:
    schema = README_SCHEMA + "\n" + ROWS
    history = [
        {
            "question": "Which employees earn more than 50000?",
            "sql": "SELECT name FROM employees WHERE salary > 50000",
        }
    ]
    body = client.post(
        "/sql",
        json={"question": "Which of them work in Sales?", "schema": schema, "history": history},
    ).json()

    assert body["valid"] is True, body
    # Both filters, the earlier turn's and the new one: Ana alone, where the question without
    # its conversation means every salesperson (Ana and Cy).
    gold = "SELECT name FROM employees WHERE salary > 50000 AND department = 'Sales'"
    answer = SimpleNamespace(sql=body["sql"])
    assert subset_execution_match(dspy.Example(sql_context=schema, sql=gold), answer), body["sql"]


def test_a_pasted_pg_dump_is_answered_right_on_postgres_itself(
    client: TestClient, postgres_scorer: PostgresScorer
) -> None:
    # A real pg_dump (schema "fleet", a quoted "openedOn" column, COPY data): the answer must
    # name the schema-qualified table and the quoted column, or PostgreSQL refuses it.
    dump = REPO / "bench" / "unseen" / "fleet_pg_dump.sql"
    gold = "SELECT city FROM fleet.depots WHERE \"openedOn\" < '2020-01-01'"
    body = _ask_about_dump(client, dump, "Which depots opened before 2020?")
    assert body["valid"] is True, body["issues"]
    assert any("COPY blocks read as sample rows" in note for note in body["schema_notes"])
    assert postgres_scorer.score(dump, gold, body["sql"]) == (True, True), body["sql"]


def test_a_month_on_a_pg_timestamp_is_answered_right_on_postgres_itself(
    client: TestClient, postgres_scorer: PostgresScorer
) -> None:
    # The clinic pg_dump: tables in schema "clinic", TIMESTAMP columns. The model picks a month
    # the SQLite way (LIKE '2024-03-%') or with a range; either must run on PostgreSQL.
    dump = REPO / "bench" / "unseen" / "clinic_pg_dump.sql"
    gold = (
        "SELECT COUNT(*) FROM clinic.appointments "
        "WHERE scheduled_at >= '2024-03-01' AND scheduled_at < '2024-04-01'"
    )
    body = _ask_about_dump(client, dump, "How many appointments were scheduled in March 2024?")
    assert body["valid"] is True, body["issues"]
    assert "clinic.appointments" in body["sql"]
    assert postgres_scorer.score(dump, gold, body["sql"]) == (True, True), body["sql"]


def _ask_about_dump(client: TestClient, dump: Path, question: str) -> dict[str, Any]:
    """POST /sql with a pg_dump pasted as the schema, as a client would."""
    body: dict[str, Any] = client.post(
        "/sql",
        json={
            "question": question,
            "schema": dump.read_text(encoding="utf-8"),
            "dialect": "postgres",
        },
    ).json()
    return body


def test_a_question_on_a_large_schema_sees_only_the_tables_it_links_to(
    client: TestClient,
) -> None:
    # 20 PascalCase tables, over the schema budget: "tuition" must find TuitionPayments (one
    # word of the schema: the old cut by word overlap left it out) and "Spring 2024" Terms.
    schema = (REPO / "bench" / "unseen" / "university.sql").read_text(encoding="utf-8")
    gold = (
        "SELECT SUM(p.Amount) FROM TuitionPayments p JOIN Terms t ON t.TermID = p.TermID "
        "WHERE t.TermName = 'Spring 2024'"
    )
    body = client.post(
        "/sql",
        json={"question": "How much tuition was paid in total for Spring 2024?", "schema": schema},
    ).json()
    assert body["valid"] is True, body
    assert {"tuitionpayments", "terms"} <= set(body["tables_seen"])
    assert len(body["tables_seen"]) <= 10, body["tables_seen"]
    with Sandbox(schema) as sandbox:
        assert sandbox.query(body["sql"]).rows == sandbox.query(gold).rows, body["sql"]


def test_rows_asked_for_with_none_are_kept_by_the_answer(client: TestClient) -> None:
    # An inner join drops the author without books, COUNT(*) over a LEFT JOIN counts her once:
    # the checker refuses both (app/checking/outer_joins.py), so what passes keeps her at 0.
    schema = (
        "CREATE TABLE authors (author_id INT PRIMARY KEY, name TEXT);\n"
        "CREATE TABLE books (book_id INT PRIMARY KEY, title TEXT, "
        "author_id INT REFERENCES authors (author_id));\n"
        "INSERT INTO authors VALUES (1, 'Le Guin'), (2, 'Calvino'), (3, 'Okri');\n"
        "INSERT INTO books VALUES (1, 'The Dispossessed', 1), (2, 'Earthsea', 1), "
        "(3, 'Invisible Cities', 2);"
    )
    body = client.post(
        "/sql",
        json={
            "question": "How many books has each author written, including authors with none?",
            "schema": schema,
        },
    ).json()
    assert body["valid"] is True, body
    with Sandbox(schema) as sandbox:
        rows = sandbox.query(body["sql"]).rows
    # One row per author, and a column of counts with Okri's 0 (whatever else it returns).
    assert len(rows) == 3, body["sql"]
    assert any(sorted(column) == [0, 1, 2] for column in zip(*rows, strict=True)), body["sql"]
