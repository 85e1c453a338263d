"""The unseen-question probe (bench/unseen_questions.py) scores answers as the optimizer does."""

from __future__ import annotations

import json

import pytest

from bench.unseen_questions import HERE, score

QUESTIONS = [json.loads(line) for line in (HERE / "questions.jsonl").read_text().splitlines()]


@pytest.mark.parametrize("item", QUESTIONS, ids=[q["question"] for q in QUESTIONS])
def test_every_gold_runs_on_its_schema_and_matches_itself(item: dict[str, str]) -> None:
    schema = (HERE / item["schema"]).read_text()
    assert score(schema, item["gold"], {"valid": True, "sql": item["gold"]}) == (True, True)


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
