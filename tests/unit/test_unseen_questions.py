"""The unseen-question probe (bench/unseen_questions.py) scores answers as the optimizer does."""

from __future__ import annotations

import json
from typing import Any

import pytest
import typer
from fastapi.testclient import TestClient

from bench import unseen_questions
from bench.mysql_scoring import MySQLScorer
from bench.pg_scoring import PostgresScorer
from bench.stub_lm import RunningStub
from bench.unseen_questions import HERE, ask_all, score
from tests.unit.test_sql_chat_adapter import all_text

QUESTIONS = [json.loads(line) for line in (HERE / "questions.jsonl").read_text().splitlines()]
SQLITE = [q for q in QUESTIONS if q.get("dialect", "sqlite") == "sqlite"]
POSTGRES = [q for q in QUESTIONS if q.get("dialect") == "postgres"]
MYSQL = [q for q in QUESTIONS if q.get("dialect") == "mysql"]
PG_DUMP = HERE / "support_desk_pg_dump.sql"
MYSQL_DUMP = HERE / "ticketing_mysqldump.sql"


@pytest.mark.parametrize("item", SQLITE, ids=[q["question"] for q in SQLITE])
def test_every_gold_runs_on_its_schema_and_matches_itself(item: dict[str, str]) -> None:
    schema = (HERE / item["schema"]).read_text()
    assert score(schema, item["gold"], {"valid": True, "sql": item["gold"]}) == (True, True)


def test_every_postgres_gold_runs_on_its_restored_dump(postgres_scorer: PostgresScorer) -> None:
    assert POSTGRES, "the unseen questions include pg_dumps"
    for item in POSTGRES:
        gold = item["gold"]
        dump = HERE / item["schema"]
        assert postgres_scorer.score(dump, gold, gold) == (True, True), item["question"]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("SELECT subject FROM support.tickets WHERE agent_id IS NULL", (True, True)),
        ("SELECT * FROM support.tickets WHERE agent_id IS NULL", (False, True)),
        ("SELECT subject FROM tickets WHERE agent_id IS NULL", (False, False)),  # search path
        ("SELECT subject FROM support.tickets WHERE tags LIKE '%x%'", (False, False)),  # array
    ],
)
def test_postgres_answers_are_scored_by_what_postgres_says(
    postgres_scorer: PostgresScorer, answer: str, expected: tuple[bool, bool]
) -> None:
    gold = "SELECT subject FROM support.tickets WHERE agent_id IS NULL"
    assert postgres_scorer.score(PG_DUMP, gold, answer) == expected


def test_every_mysql_gold_runs_on_its_restored_dump(mysql_scorer: MySQLScorer) -> None:
    assert MYSQL, "the unseen questions include a mysqldump"
    for item in MYSQL:
        gold = item["gold"]
        assert mysql_scorer.score(HERE / item["schema"], gold, gold) == (True, True), gold


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("SELECT COUNT(*) FROM tickets WHERE scanned_at IS NULL", (True, True)),
        (
            "SELECT COUNT(ticket_id) AS unscanned FROM `tickets` WHERE ISNULL(scanned_at)",
            (True, True),
        ),
        ("SELECT ticket_id, seat FROM tickets WHERE scanned_at IS NULL", (False, False)),
        ("SELECT COUNT(*) FROM tickets WHERE scanned_at::text IS NULL", (False, False)),  # pg cast
        ("DELETE FROM tickets WHERE scanned_at IS NULL", (False, False)),  # read-only
    ],
)
def test_mysql_answers_are_scored_by_what_mariadb_says(
    mysql_scorer: MySQLScorer, answer: str, expected: tuple[bool, bool]
) -> None:
    gold = "SELECT COUNT(*) FROM tickets WHERE scanned_at IS NULL"
    assert mysql_scorer.score(MYSQL_DUMP, gold, answer) == expected
    assert mysql_scorer.score(MYSQL_DUMP, gold, gold) == (True, True)  # nothing was deleted


def test_extra_columns_count_for_subset_only_and_invalid_answers_for_nothing() -> None:
    schema = (HERE / "vet_clinic.sql").read_text()
    gold = "SELECT name FROM pets WHERE species = 'Dog'"
    assert score(
        schema, gold, {"valid": True, "sql": "SELECT pet_id, name FROM pets WHERE species = 'Dog'"}
    ) == (False, True)
    assert score(schema, gold, {"valid": True, "sql": "SELECT name FROM pets"}) == (False, False)
    assert score(schema, gold, {"valid": False, "sql": gold}) == (False, False)
    assert score(schema, gold, {"valid": True, "sql": "SELECT nope FROM pets"}) == (False, False)


def test_a_write_is_scored_by_the_state_it_leaves() -> None:
    schema = (HERE / "bike_share.sql").read_text()
    gold = (
        "INSERT INTO stations (station_id, name, district, docks) "
        "VALUES (5, 'Harbour Gate', 'Docklands', 20)"
    )
    keyless = (
        "INSERT INTO stations (name, district, docks) VALUES ('Harbour Gate', 'Docklands', 20)"
    )
    next_key = (
        "INSERT INTO stations (station_id, name, district, docks) "
        "SELECT COALESCE(MAX(station_id), 0) + 1, 'Harbour Gate', 'Docklands', 20 FROM stations"
    )
    assert score(schema, gold, {"valid": True, "sql": keyless}) == (False, False)  # NULL key
    assert score(schema, gold, {"valid": True, "sql": next_key}) == (True, True)


FOLLOW_UPS = [json.loads(line) for line in (HERE / "follow_ups.jsonl").read_text().splitlines()]


@pytest.mark.parametrize("item", FOLLOW_UPS, ids=[q["question"] for q in FOLLOW_UPS])
def test_every_follow_up_and_its_history_run_on_its_schema(item: dict[str, Any]) -> None:
    schema = (HERE / item["schema"]).read_text()
    assert item["history"], "a follow-up follows something"
    for turn in [*item["history"], {"sql": item["gold"]}]:
        assert score(schema, turn["sql"], {"valid": True, "sql": turn["sql"]}) == (True, True)


def test_follow_ups_are_asked_with_their_history_and_alone(
    client: TestClient, stub: RunningStub, capsys: pytest.CaptureFixture[str]
) -> None:
    ask_all(client, None, "vet_clinic.sql", follow_ups=True)

    asked = [all_text(messages) for messages in stub.behaviour.requests]
    item = next(i for i in FOLLOW_UPS if i["schema"] == "vet_clinic.sql")
    earlier = item["history"][0]["question"]
    # Each follow-up twice, in order: with the earlier turn in its prompt, then alone.
    assert earlier in asked[0] and earlier not in asked[1]
    out = capsys.readouterr().out
    n = sum(i["schema"] == "vet_clinic.sql" for i in FOLLOW_UPS)
    assert f"{n} follow-ups with history" in out and f"{n} follow-ups alone" in out


def test_a_rerun_asks_only_the_questions_matching() -> None:
    items = unseen_questions._load("questions.jsonl", None, matching="^who ")

    assert items and all(item["question"].lower().startswith("who ") for item in items)
    with pytest.raises(typer.BadParameter, match="no question"):
        unseen_questions._load("questions.jsonl", "gym.sql", matching="zebra crossing")


def test_each_answer_is_printed_with_what_the_checker_changed_or_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    item = {"schema": "vet_clinic.sql", "question": "Which dogs are there?"}
    item["gold"] = "SELECT name FROM pets WHERE species = 'Dog'"
    body = {"valid": True, "sql": item["gold"], "corrections": ["species: 'dog' -> 'Dog'"]}
    unseen_questions.Tally("test").add(item, body, 1.5)
    unseen_questions.Tally("test").add(item, {"valid": False, "issues": ["no such column"]}, 2.0)

    lines = capsys.readouterr().out.splitlines()
    assert "strict=True" in lines[0] and lines[1].strip() == item["gold"]
    assert lines[2].strip() == "- species: 'dog' -> 'Dog'"
    assert "valid=False" in lines[3] and lines[5].strip() == "- no such column"
