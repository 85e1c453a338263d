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
