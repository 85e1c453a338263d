"""Follow-up questions: the conversation's earlier turns reach every prompt, in order."""

from __future__ import annotations

import asyncio
from pathlib import Path

import dspy
from fastapi.testclient import TestClient

from app.program import Text2SQLProgram
from app.program_config import ProgramConfig
from app.prompt.conversation import Turn
from app.registry import load_program
from bench.stub_lm import RunningStub
from tests.unit.test_sql_chat_adapter import (
    ANSWER,
    DEMOS,
    SCHEMA,
    RecordingLM,
    all_text,
    saved_sql_chat_program,
)

TURNS = [
    Turn(
        "Which accounts hold more than 5000?",
        "SELECT account_id FROM accounts WHERE balance > 5000",
    ),
    Turn(
        "Only the savings ones?",
        "SELECT account_id FROM accounts WHERE balance > 5000 AND account_type = 'Savings'",
    ),
]
FOLLOW_UP = "And what do they hold in total?"


def test_the_follow_ups_turn_shows_the_earlier_questions_and_sql_before_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sqlchat.json"
    saved_sql_chat_program(path)
    lm = RecordingLM([ANSWER])
    with dspy.context(lm=lm):
        load_program(path).module(question=FOLLOW_UP, sql_context=SCHEMA, earlier_turns=TURNS)

    (messages,) = lm.sent
    # The demos stay as they are: the conversation is part of the question's own turn, so
    # the model does not take it for one more independent example.
    assert [m["role"] for m in messages] == ["system"] + ["user", "assistant"] * 2 + ["user"]
    last = messages[-1]["content"]
    assert "CREATE TABLE accounts" in last
    # Every earlier question, but only the last SQL: where the conversation stands.
    assert (
        f"Earlier question: {TURNS[0].question}\n"
        f"Last question: {TURNS[1].question}\nIts SQL: {TURNS[1].sql}\n\n"
    ) in last
    assert last.count("Its SQL:") == 1
    assert last.endswith(f"keep its conditions unless the follow-up drops them): {FOLLOW_UP}")


def test_without_earlier_turns_the_prompt_is_the_programs_own(tmp_path: Path) -> None:
    path = tmp_path / "sqlchat.json"
    saved_sql_chat_program(path)
    module = load_program(path).module
    plain, empty = RecordingLM([ANSWER]), RecordingLM([ANSWER])
    with dspy.context(lm=plain):
        module(question=FOLLOW_UP, sql_context=SCHEMA)
    with dspy.context(lm=empty):
        module(question=FOLLOW_UP, sql_context=SCHEMA, earlier_turns=[])
    assert plain.sent == empty.sent
    assert len(plain.sent[0]) == 1 + 2 * len(DEMOS) + 1


def test_a_chat_adapter_program_shows_the_turns_too() -> None:
    program = Text2SQLProgram()  # DSPy's ChatAdapter, the schema as sent, fixed demos
    program.generate.demos = list(DEMOS)
    lm = RecordingLM([f"[[ ## sql ## ]]\n{ANSWER}\n\n[[ ## completed ## ]]"])
    with dspy.context(lm=lm):
        prediction = program(question=FOLLOW_UP, sql_context=SCHEMA, earlier_turns=TURNS)
    assert prediction.sql == ANSWER
    text = all_text(lm.sent[0])
    positions = [
        text.index(DEMOS[1].sql),
        text.index(TURNS[0].question),
        text.index(TURNS[1].question),
        text.index(TURNS[1].sql),
        text.rindex(FOLLOW_UP),
    ]
    assert positions == sorted(positions)


def test_a_repair_prompt_keeps_the_conversation() -> None:
    program = Text2SQLProgram(config=ProgramConfig(adapter="sql-chat", compact_schema=True))
    lm = RecordingLM([ANSWER])
    with dspy.context(lm=lm):
        asyncio.run(
            program.afix(
                question=FOLLOW_UP,
                sql_context=SCHEMA,
                previous_sql="SELECT SUM(amount) FROM accounts",
                issues=["unknown column amount"],
                earlier_turns=TURNS,
            )
        )
    (messages,) = lm.sent
    assert [m["role"] for m in messages] == ["system", "user"]
    assert messages[-1]["content"].index(TURNS[1].sql) < messages[-1]["content"].index(FOLLOW_UP)
    assert "unknown column amount" in messages[-1]["content"]


def test_a_table_named_earlier_in_the_conversation_stays_in_a_cut_schema() -> None:
    filler = " ".join(f"c{i} VARCHAR(40)," for i in range(30))
    schema = "\n".join(
        f"CREATE TABLE {name} (id INT PRIMARY KEY, {filler} city VARCHAR(40));"
        for name in ("warehouses", "invoices", "shipments", "suppliers")
    )
    program = Text2SQLProgram(
        config=ProgramConfig(adapter="sql-chat", compact_schema=True, schema_token_budget=200)
    )
    turns = [Turn("List our suppliers.", "SELECT id FROM suppliers")]
    alone = program.schema_view(schema, "Which of them are in Oslo?")
    assert "suppliers" not in alone.tables  # the follow-up alone does not name it
    lm = RecordingLM([ANSWER])
    with dspy.context(lm=lm):
        prediction = program(
            question="Which of them are in Oslo?", sql_context=schema, earlier_turns=turns
        )
    assert "suppliers" in prediction.tables_seen
    assert "CREATE TABLE suppliers" in lm.sent[0][-1]["content"]


# ---------------------------------------------------------------- through the API


def test_the_history_of_a_request_reaches_the_model(client: TestClient, stub: RunningStub) -> None:
    stub.behaviour.answers("SELECT SUM(total) FROM orders WHERE status = 'open'")
    history = [
        {"question": "Which orders are open?", "sql": "SELECT id FROM orders WHERE status = 'open'"}
    ]
    body = client.post(
        "/sql",
        json={
            "question": "What do they add up to?",
            "schema": "CREATE TABLE orders (id INT, total REAL, status TEXT);",
            "history": history,
        },
    ).json()
    assert body["valid"] is True
    prompt = all_text(stub.behaviour.requests[0])
    assert (
        prompt.index("Which orders are open?")
        < prompt.index("SELECT id FROM orders WHERE status = 'open'")
        < prompt.rindex("What do they add up to?")
    )


def test_a_malformed_turn_is_a_422_naming_the_field(client: TestClient, stub: RunningStub) -> None:
    ask = {"question": "And then?", "schema": "CREATE TABLE t (a INT);"}
    for turn, field in [
        ({"question": "q"}, "sql"),
        ({"question": "", "sql": "SELECT 1"}, "question"),
        ({"question": "q", "sql": "SELECT 1", "answer": "x"}, "answer"),
    ]:
        response = client.post("/sql", json={**ask, "history": [turn]})
        assert response.status_code == 422, turn
        assert response.json()["error"]["code"] == "invalid_request"
        assert field in response.text
    assert stub.behaviour.requests == []


def test_a_follow_up_keeps_the_month_its_conversation_asked_about(
    client: TestClient, stub: RunningStub
) -> None:
    schema = "CREATE TABLE runs (line TEXT, made INT, scrapped INT, run_date DATE);"
    march = "run_date >= '2024-03-01' AND run_date < '2024-04-01'"
    history = [
        {
            "question": "How many units did each line make in March 2024?",
            "sql": f"SELECT line, SUM(made) FROM runs WHERE {march} GROUP BY line",
        }
    ]
    # The model copies one day where the conversation asked for the month.
    stub.behaviour.answers(
        "SELECT SUM(made) FROM runs WHERE run_date = '2024-03-01' AND line = 'A'"
    )
    ask = {"question": "And line A alone?", "schema": schema, "history": history}
    body = client.post("/sql", json=ask).json()
    assert body["valid"] is True
    assert f"({march})" in body["sql"]
    assert body["corrections"][0].endswith("(the question asks about March 2024, not one day)")
    # Asked alone, nothing names the month: the day stands.
    alone = client.post("/sql", json={**ask, "history": []}).json()
    assert "run_date = '2024-03-01'" in alone["sql"] and alone["corrections"] == []
