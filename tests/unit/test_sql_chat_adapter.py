"""The sql-chat adapter: plain chat turns, bare SQL answers, saved with the program."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import dspy
import pytest

from app.errors import ProgramLoadError
from app.program import GenerateSQL, RepairSQL, Text2SQLProgram
from app.program_config import ProgramConfig
from app.prompt.adapter import SQLChatAdapter, build_adapter
from app.registry import load_program

SCHEMA = (
    "CREATE TABLE accounts (account_id INT PRIMARY KEY, account_type VARCHAR(20), "
    "balance DECIMAL(12,2));\n"
    "INSERT INTO accounts VALUES (1, 'Savings', 61000.00), (2, 'Checking', 4200.55);"
)
DEMOS = [
    dspy.Example(
        question="How many accounts are there?",
        sql_context=SCHEMA,
        sql="SELECT COUNT(*) FROM accounts",
    ).with_inputs("question", "sql_context"),
    dspy.Example(
        question="Largest balance?",
        sql_context=SCHEMA,
        sql="SELECT MAX(balance) FROM accounts",
    ).with_inputs("question", "sql_context"),
]


class RecordingLM(dspy.BaseLM):
    """Answers with scripted bare text and keeps every message list it was sent."""

    def __init__(self, answers: list[str]) -> None:
        super().__init__("recording", cache=False)
        self.answers = list(answers)
        self.sent: list[list[dict[str, Any]]] = []

    def forward(
        self, prompt: str | None = None, messages: list[dict[str, Any]] | None = None, **kwargs: Any
    ) -> Any:
        self.sent.append(list(messages or []))
        text = self.answers.pop(0)
        message = SimpleNamespace(content=text)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=message, finish_reason="stop")],
            usage={"prompt_tokens": 1, "completion_tokens": 1},
            model="recording",
        )

    async def aforward(
        self, prompt: str | None = None, messages: list[dict[str, Any]] | None = None, **kwargs: Any
    ) -> Any:
        return self.forward(prompt, messages, **kwargs)


def all_text(messages: list[dict[str, Any]]) -> str:
    return "\n".join(str(m["content"]) for m in messages)


# ---------------------------------------------------------------- format and parse


def test_format_gives_the_instruction_demos_as_turns_and_the_question_last() -> None:
    messages = SQLChatAdapter().format(
        GenerateSQL, demos=DEMOS, inputs={"question": "Savings total?", "sql_context": SCHEMA}
    )
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user", "assistant"] + [
        "user"
    ]
    assert messages[0]["content"] == GenerateSQL.instructions.strip()
    assert messages[1]["content"] == (
        f"Schema:\n{SCHEMA}\n\nQuestion: How many accounts are there?"
    )
    # the assistant turn is the bare SQL, nothing around it
    assert messages[2]["content"] == "SELECT COUNT(*) FROM accounts"
    assert messages[4]["content"] == "SELECT MAX(balance) FROM accounts"
    assert messages[-1]["content"] == f"Schema:\n{SCHEMA}\n\nQuestion: Savings total?"
    assert "[[ ##" not in all_text(messages) and "## ]]" not in all_text(messages)


def test_repair_inputs_get_short_headings_and_a_multi_line_value_its_own_line() -> None:
    messages = SQLChatAdapter().format(
        RepairSQL,
        demos=[],
        inputs={
            "question": "q?",
            "sql_context": "CREATE TABLE t (a INT)",
            "previous_sql": "SELECT b FROM t",
            "issues": "unknown column b\nuse a",
        },
    )
    assert [m["role"] for m in messages] == ["system", "user"]
    assert messages[0]["content"] == RepairSQL.instructions.strip()
    assert messages[1]["content"] == (
        "Schema:\nCREATE TABLE t (a INT)\n\nQuestion: q?\n\nPrevious SQL: SELECT b FROM t\n\n"
        "Problems found in the previous SQL:\nunknown column b\nuse a"
    )


def test_parse_returns_the_whole_completion_as_sql() -> None:
    completion = "  Here it is:\n```sql\nSELECT 1;\n```\n"
    assert SQLChatAdapter().parse(GenerateSQL, completion) == {
        "sql": "Here it is:\n```sql\nSELECT 1;\n```"
    }


def test_a_chain_of_thought_signature_is_refused_with_a_clear_message() -> None:
    signature = dspy.ChainOfThought(GenerateSQL).predict.signature
    adapter = SQLChatAdapter()
    with pytest.raises(ValueError, match=r"exactly one output field.*chain of thought"):
        adapter.parse(signature, "SELECT 1")
    with pytest.raises(ValueError, match="exactly one output field"):
        adapter.format(signature, demos=DEMOS, inputs={"question": "q", "sql_context": SCHEMA})


def test_a_chain_of_thought_predictor_called_through_the_adapter_fails_loudly() -> None:
    lm = RecordingLM(["SELECT 1"])
    with (
        dspy.context(lm=lm, adapter=SQLChatAdapter()),
        pytest.raises(ValueError, match="reasoning"),
    ):
        dspy.ChainOfThought(GenerateSQL)(question="q", sql_context="CREATE TABLE t (a INT)")


def test_a_program_refuses_chain_of_thought_with_sql_chat() -> None:
    with pytest.raises(ValueError, match="chain of thought"):
        Text2SQLProgram(chain_of_thought=True, config=ProgramConfig(adapter="sql-chat"))


def test_build_adapter_knows_both_names_and_refuses_others() -> None:
    assert isinstance(build_adapter("sql-chat"), SQLChatAdapter)
    chat = build_adapter("chat")
    assert type(chat) is dspy.ChatAdapter
    assert chat.use_json_adapter_fallback is False
    with pytest.raises(ValueError, match="unknown adapter 'xml'"):
        build_adapter("xml")


# ---------------------------------------------------------------- saved program round trip


def saved_sql_chat_program(
    path: Path,
    config: ProgramConfig | None = None,
    demos: list[dspy.Example] = DEMOS,
) -> Text2SQLProgram:
    """A program with fixed ``demos`` saved to ``path`` (default: sql-chat, compact schema)."""
    program = Text2SQLProgram(
        config=config or ProgramConfig(adapter="sql-chat", compact_schema=True)
    )
    program.generate.demos = list(demos)
    program.save(str(path))
    return program


def test_a_saved_sql_chat_program_loads_with_its_config_and_adapter(tmp_path: Path) -> None:
    path = tmp_path / "sqlchat.json"
    saved = saved_sql_chat_program(path)
    assert json.loads(path.read_text())["config"]["adapter"] == "sql-chat"
    loaded = load_program(path)
    assert loaded.module.config == saved.config
    assert loaded.module.config.compact_schema is True
    assert isinstance(loaded.module.adapter, SQLChatAdapter)
    assert loaded.demos == len(DEMOS)


def assert_sql_chat_prompt_with_compact_schema(messages: list[dict[str, Any]]) -> None:
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user", "assistant"] + [
        "user"
    ]
    assert messages[0]["content"] == GenerateSQL.instructions.strip()
    assert messages[2]["content"] == "SELECT COUNT(*) FROM accounts"
    assert messages[4]["content"] == "SELECT MAX(balance) FROM accounts"
    text = all_text(messages)
    assert "[[ ##" not in text
    assert "INSERT" not in text.upper()
    # demos and question both show the compact schema, with example values
    for user in (messages[1], messages[3], messages[5]):
        assert user["content"].startswith("Schema:\nCREATE TABLE accounts (\n")
        assert "-- e.g. 'Savings', 'Checking'" in user["content"]
    assert messages[5]["content"].endswith("Question: Total held in savings?")


ANSWER = "SELECT SUM(balance) FROM accounts WHERE account_type = 'Savings'"


def test_an_sql_chat_program_prompts_with_the_compact_schema(tmp_path: Path) -> None:
    program = saved_sql_chat_program(tmp_path / "sqlchat.json")
    lm = RecordingLM([ANSWER])
    # the global adapter is DSPy's ChatAdapter: the program must use its own
    with dspy.context(lm=lm, adapter=dspy.ChatAdapter()):
        prediction = program(question="Total held in savings?", sql_context=SCHEMA)
    assert prediction.sql == ANSWER
    assert prediction.tables_seen == ["accounts"]
    (messages,) = lm.sent
    assert_sql_chat_prompt_with_compact_schema(messages)


def test_the_loaded_program_prompts_in_sql_chat_with_the_compact_schema(tmp_path: Path) -> None:
    path = tmp_path / "sqlchat.json"
    saved_sql_chat_program(path)
    module = load_program(path).module
    lm = RecordingLM([ANSWER])
    with dspy.context(lm=lm, adapter=dspy.ChatAdapter()):
        prediction = module(question="Total held in savings?", sql_context=SCHEMA)
    assert prediction.sql == ANSWER
    assert prediction.tables_seen == ["accounts"]
    (messages,) = lm.sent
    assert_sql_chat_prompt_with_compact_schema(messages)


def test_a_saved_question_values_program_shows_the_value_the_question_names(
    tmp_path: Path,
) -> None:
    path = tmp_path / "values.json"
    config = ProgramConfig(adapter="sql-chat", compact_schema=True, question_values=True)
    Text2SQLProgram(config=config).save(str(path))
    assert json.loads(path.read_text())["config"]["question_values"] is True
    module = load_program(path).module
    assert module.config == config
    # Four account types: 'Brokerage' is the fourth, so only a question naming it shows it.
    schema = SCHEMA + (
        "INSERT INTO accounts VALUES (3, 'Loan', -900.00), (4, 'Brokerage', 12000.00);"
    )
    lm = RecordingLM([ANSWER, ANSWER])
    with dspy.context(lm=lm):
        module(question="Total held in brokerage accounts?", sql_context=schema)
        module(question="Total held in all accounts?", sql_context=schema)
    asked, other = (messages[-1]["content"] for messages in lm.sent)
    assert "-- e.g. 'Savings', 'Checking', 'Brokerage'" in asked
    assert "-- e.g. 'Savings', 'Checking', 'Loan'" in other


def test_question_values_need_the_compact_schema() -> None:
    with pytest.raises(ValueError, match="compact schema"):
        ProgramConfig(adapter="sql-chat", question_values=True)


def test_the_loaded_program_answers_the_same_way_async(tmp_path: Path) -> None:
    path = tmp_path / "sqlchat.json"
    saved_sql_chat_program(path)
    module = load_program(path).module
    lm = RecordingLM([ANSWER])
    with dspy.context(lm=lm, adapter=dspy.ChatAdapter()):
        call = module.acall(question="Total held in savings?", sql_context=SCHEMA)
        prediction = asyncio.run(call)
    assert prediction.sql == ANSWER
    (messages,) = lm.sent
    assert_sql_chat_prompt_with_compact_schema(messages)


def test_a_loaded_sql_chat_program_without_demos_prompts_in_sql_chat(tmp_path: Path) -> None:
    path = tmp_path / "nodemos.json"
    Text2SQLProgram(config=ProgramConfig(adapter="sql-chat", compact_schema=True)).save(str(path))
    module = load_program(path).module
    lm = RecordingLM([ANSWER])
    with dspy.context(lm=lm, adapter=dspy.ChatAdapter()):
        prediction = module(question="Total held in savings?", sql_context=SCHEMA)
    assert prediction.sql == ANSWER
    (messages,) = lm.sent
    assert [m["role"] for m in messages] == ["system", "user"]
    assert "[[ ##" not in all_text(messages) and "INSERT" not in all_text(messages).upper()
    assert "-- e.g. 'Savings', 'Checking'" in messages[1]["content"]


def test_a_program_file_without_config_loads_with_the_default_config(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    program = Text2SQLProgram()
    program.generate.demos = list(DEMOS)
    program.save(str(path))
    state = json.loads(path.read_text())
    assert "config" not in state  # the default config is not written
    loaded = load_program(path)
    assert loaded.module.config == ProgramConfig()
    assert loaded.module.config.adapter == "chat"
    assert type(loaded.module.adapter) is dspy.ChatAdapter


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"adapter": "sql-chat", "temperature_of_doom": 2}, "unknown program config fields"),
        ({"adapter": "xml"}, "unknown adapter"),
        ("sql-chat", "must be a JSON object"),
    ],
    ids=["unknown-field", "unknown-adapter", "not-an-object"],
)
def test_a_bad_config_is_refused_by_load_program(
    tmp_path: Path, config: object, message: str
) -> None:
    path = tmp_path / "bad.json"
    saved_sql_chat_program(path)
    state = json.loads(path.read_text())
    state["config"] = config
    path.write_text(json.dumps(state))
    with pytest.raises(ProgramLoadError, match=message) as caught:
        load_program(path)
    assert "'bad'" in caught.value.message


POSTGRES_SCHEMA = (
    "CREATE TABLE accounts (account_id SERIAL PRIMARY KEY, account_type TEXT, tags TEXT[]);\n"
    "INSERT INTO accounts (account_type, tags) VALUES ('Savings', '{}');"
)


def test_a_saved_dialect_hint_program_names_each_turns_dialect(tmp_path: Path) -> None:
    path = tmp_path / "hint.json"
    config = ProgramConfig(adapter="sql-chat", compact_schema=True, dialect_hint=True)
    saved_sql_chat_program(path, config, DEMOS[:1])
    assert json.loads(path.read_text())["config"]["dialect_hint"] is True
    module = load_program(path).module
    lm = RecordingLM([ANSWER])
    with dspy.context(lm=lm):
        asyncio.run(
            module.acall(
                question="How many savings accounts?",
                sql_context=POSTGRES_SCHEMA,
                dialect="postgres",
            )
        )
    (messages,) = lm.sent
    demo, question = messages[1]["content"], messages[-1]["content"]
    # The demo's SQL (COUNT(*)) reads the same in PostgreSQL, so it is shown as PostgreSQL
    # (app.prompt.demo_dialect; a demo kept in SQLite is named so: tests/unit/test_demo_dialect).
    assert "-- Using valid Postgres, answer the question" in demo
    assert "-- Using valid Postgres, answer the question" in question
    assert "SQLite" not in demo + question


def test_without_the_hint_no_turn_names_a_dialect() -> None:
    program = Text2SQLProgram(config=ProgramConfig(adapter="sql-chat", compact_schema=True))
    lm = RecordingLM([ANSWER])
    with dspy.context(lm=lm):
        program(question="How many accounts?", sql_context=SCHEMA)
    (messages,) = lm.sent
    assert not any("Using valid" in message["content"] for message in messages)


def test_a_compact_program_reads_a_postgres_schema_in_postgres() -> None:
    # `TEXT[]` is not SQLite: read as SQLite the schema would pass through raw, INSERTs and all.
    program = Text2SQLProgram(config=ProgramConfig(adapter="sql-chat", compact_schema=True))
    view = program.schema_view(POSTGRES_SCHEMA, "How many accounts?", "postgres")
    assert view.tables == ["accounts"]
    assert "INSERT" not in view.text
    assert "account_type TEXT, -- e.g. 'Savings'" in view.text


@pytest.mark.parametrize("compact_schema", [True, False])
def test_a_saved_question_sql_pairs_program_shows_demos_without_their_schemas(
    tmp_path: Path, compact_schema: bool
) -> None:
    path = tmp_path / "pairs.json"
    config = ProgramConfig(adapter="sql-chat", compact_schema=compact_schema, demo_schemas=False)
    saved_sql_chat_program(path, config, DEMOS[:2])
    assert json.loads(path.read_text())["config"]["demo_schemas"] is False
    lm = RecordingLM([ANSWER])
    with dspy.context(lm=lm):
        load_program(path).module(question="Total held in savings?", sql_context=SCHEMA)

    (messages,) = lm.sent
    roles = [m["role"] for m in messages]
    assert roles == ["system", "user", "assistant", "user", "assistant", "user"]
    # Each demo is its question and SQL alone; only the question's turn shows a schema.
    assert messages[1]["content"] == "Question: How many accounts are there?"
    assert messages[2]["content"] == "SELECT COUNT(*) FROM accounts"
    assert all("CREATE TABLE" not in m["content"] for m in messages[1:-1])
    assert "CREATE TABLE accounts" in messages[-1]["content"]
    assert messages[-1]["content"].endswith("Question: Total held in savings?")


def test_a_saved_sql_values_program_shows_demos_only_the_values_their_sql_uses(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sql-values.json"
    config = ProgramConfig(adapter="sql-chat", compact_schema=True, demo_values="sql")
    filtered = dspy.Example(
        question="How much is held in savings?",
        sql_context=SCHEMA,
        sql="SELECT SUM(balance) FROM accounts WHERE account_type = 'Savings'",
    ).with_inputs("question", "sql_context")
    saved_sql_chat_program(path, config, [DEMOS[0], filtered])
    assert json.loads(path.read_text())["config"]["demo_values"] == "sql"
    lm = RecordingLM([ANSWER])
    with dspy.context(lm=lm):
        load_program(path).module(question="Total in checking?", sql_context=SCHEMA)

    (messages,) = lm.sent
    counting, filtering, question = messages[1], messages[3], messages[-1]
    # A demo whose SQL names no value shows none; one that filters shows that value alone.
    assert "e.g." not in counting["content"]
    assert "account_type VARCHAR(20), -- e.g. 'Savings'\n" in filtering["content"]
    assert "'Checking'" not in filtering["content"] and "61000" not in filtering["content"]
    # The question's own schema keeps its example values.
    assert "-- e.g. 'Savings', 'Checking'" in question["content"]
    assert "-- e.g. 61000.00, 4200.55" in question["content"]


def test_demo_values_are_checked_when_the_config_is_built() -> None:
    with pytest.raises(ValueError, match="unknown demo values"):
        ProgramConfig(adapter="sql-chat", compact_schema=True, demo_values="some")
    with pytest.raises(ValueError, match="compact schema"):
        ProgramConfig(adapter="sql-chat", demo_values="sql")
