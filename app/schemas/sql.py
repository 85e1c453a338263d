"""POST /sql: its request and response (the OpenAPI docs are generated from these)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

EXAMPLE_SCHEMA = (
    "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100), country VARCHAR(50));\n"
    "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT, total DECIMAL(10,2), "
    "ordered_at DATE);\n"
    "INSERT INTO customers VALUES (1, 'Ada', 'UK'), (2, 'Lin', 'SG');"
)


class EarlierTurn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(
        min_length=1,
        description="An earlier question of the conversation.",
        examples=["Which employees earn more than 50000?"],
    )
    sql: str = Field(
        min_length=1,
        description="The SQL that answered it: as this service returned it, or as the client "
        "corrected it.",
        examples=["SELECT name FROM employees WHERE salary > 50000"],
    )


class SQLRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "question": "Total order value per country, largest first",
                    "schema": EXAMPLE_SCHEMA,
                    "dialect": "postgres",
                },
                {
                    "question": "How many orders were shipped?",
                    "database": "shop",
                    "execute": True,
                },
            ]
        },
    )

    question: str = Field(
        min_length=1,
        description="The question, in natural language.",
        examples=["Total order value per country, largest first"],
    )
    db_schema: str | None = Field(
        None,
        alias="schema",
        min_length=1,
        description="The database schema as DDL (CREATE TABLE statements); may include INSERT "
        "statements with sample rows, like the origin's `sql_context`. Give this or "
        "`database`, not both.",
        examples=[EXAMPLE_SCHEMA],
    )
    database: str | None = Field(
        None,
        min_length=1,
        max_length=64,
        description="Name of a database the server has configured (GET /databases): its schema "
        "is introspected, and candidates run on it read-only. Give this or `schema`.",
        examples=["shop"],
    )
    execute: bool = Field(
        False,
        description="Run the checked SQL on `database` (read-only, with its statement timeout "
        "and row limit) and return `columns` and `rows`. Needs `database`.",
        examples=[True],
    )
    dialect: str | None = Field(
        None,
        description="Target SQL dialect (any sqlglot dialect: sqlite, postgres, mysql, "
        "bigquery, snowflake, duckdb, tsql, ...). The schema is parsed and the answer returned "
        "in it. Default: the server's TEXT2SQL_DEFAULT_DIALECT; with `database`, the "
        "database's own dialect (naming another is an error).",
        examples=["postgres"],
    )
    program: str | None = Field(
        None,
        description="Name of the compiled program to use. Default: the active one.",
        examples=["baseline"],
    )
    history: list[EarlierTurn] = Field(
        default_factory=list,
        description='For a follow-up question ("Which of them work in Sales?"): the earlier '
        "questions of the conversation and their SQL, oldest first. The model sees them as "
        "the turns before the question. At most TEXT2SQL_MAX_HISTORY_TURNS.",
        examples=[
            [
                {
                    "question": "Which employees earn more than 50000?",
                    "sql": "SELECT name FROM employees WHERE salary > 50000",
                }
            ]
        ],
    )
    allow_write: bool = Field(
        False,
        description="Allow INSERT/UPDATE/DELETE answers. Honoured only when the server also "
        "allows writes (TEXT2SQL_ALLOW_WRITES); DDL and PRAGMA-like statements are never "
        "allowed.",
        examples=[False],
    )

    @model_validator(mode="after")
    def _one_schema_source(self) -> SQLRequest:
        if (self.db_schema is None) == (self.database is None):
            raise ValueError("give exactly one of `schema` (DDL) and `database` (a name)")
        if self.execute and self.database is None:
            raise ValueError("`execute` needs `database`: a pasted schema has no data to run on")
        if self.execute and self.allow_write:
            raise ValueError("`execute` runs read-only: it cannot be combined with `allow_write`")
        return self


class ProgramRef(BaseModel):
    name: str = Field(description="Program name.", examples=["baseline"])
    version: str = Field(description="Program version (content hash).", examples=["3f9c2a1b7d4e"])


class Usage(BaseModel):
    prompt_tokens: int = Field(description="Prompt tokens over all attempts.", examples=[812])
    completion_tokens: int = Field(description="Completion tokens, all attempts.", examples=[41])


class Timing(BaseModel):
    total: float = Field(description="Wall time of the request, in ms.", examples=[2140.5])
    lm: float = Field(description="Time spent waiting for the LM, in ms.", examples=[2102.3])


class Candidates(BaseModel):
    made: int = Field(description="Answers the model wrote in the last round.", examples=[5])
    valid: int = Field(
        description="Of those, how many passed the checker and ran on the schema's database.",
        examples=[4],
    )
    agreeing: int = Field(
        description="How many valid answers returned the same result as the one chosen.",
        examples=[3],
    )


class SQLResponse(BaseModel):
    sql: str = Field(
        description="The SQL, transpiled to `dialect`. When `valid` is false this is the last "
        "candidate, returned only so the caller can see what went wrong: do not run it.",
        examples=[
            "SELECT c.country, SUM(o.total) AS total FROM orders AS o JOIN customers AS c "
            "ON o.customer_id = c.id GROUP BY c.country ORDER BY total DESC"
        ],
    )
    dialect: str = Field(description="Dialect of `sql`.", examples=["postgres"])
    valid: bool = Field(
        description="True only if the SQL is one statement that parses in `dialect`, obeys the "
        "read/write policy and names only tables and columns of the schema.",
        examples=[True],
    )
    statement_type: str | None = Field(
        description="Kind of statement (select, insert, update, ...); null if nothing parsed.",
        examples=["select"],
    )
    tables: list[str] = Field(description="Tables the SQL reads or writes.", examples=[["orders"]])
    issues: list[str] = Field(
        description="What the checker found wrong with the last candidate; empty when valid.",
        examples=[[]],
    )
    corrections: list[str] = Field(
        default_factory=list,
        description="Changes the checker made to the model's SQL before checking it: a column "
        "qualified with the wrong joined table moved to the one joined table that has it; a "
        "ratio of two integers computed in floating point (SQLite, PostgreSQL and SQL Server "
        "truncate it); one day of a month or year the question asks about widened to all of it.",
        examples=[
            ["s.data_gb -> ds.data_gb (data_gb is a column of data_sessions, not of subscribers)"]
        ],
    )
    attempts: int = Field(description="Generate/repair rounds used.", examples=[1])
    candidates: Candidates = Field(
        description="Candidates of the last round: made, valid, and agreeing with the answer."
    )
    stopped_early: bool = Field(
        False,
        description="True when the request deadline cut short a second look at a checked "
        "answer (sampled candidates asked for because it returned no rows); that answer, which "
        "passed every check, is returned.",
        examples=[False],
    )
    tables_seen: list[str] = Field(
        description="Tables the model was shown: the program cuts a schema over its token "
        "budget to the question's tables. Empty when the program shows the schema as sent.",
        examples=[["orders", "customers"]],
    )
    schema_notes: list[str] = Field(
        default_factory=list,
        description="How a schema pasted as a database dump (pg_dump, mysqldump, SQLite's "
        ".dump) was read: statements left out (SET, ownership, sequences, indexes, locks), "
        "keys, comments and enum values folded into the CREATE TABLE statements, COPY rows "
        "read as sample rows. Empty when the schema was used as written.",
        examples=[
            [
                "12 statements left out, as they do not change what a query reads: SET x9, "
                "ALTER ... OWNER TO x3",
                "folded into the CREATE TABLE statements: primary key x2, foreign key x1",
            ]
        ],
    )
    program: ProgramRef = Field(description="The program that answered.")
    database: str | None = Field(
        None,
        description="The database the question was asked of; null for a pasted schema.",
        examples=["shop"],
    )
    columns: list[str] | None = Field(
        None,
        description="Column names of the executed SQL; null unless `execute` was asked and "
        "the SQL is valid.",
        examples=[["status", "orders"]],
    )
    rows: list[list[Any]] | None = Field(
        None,
        description="Rows of the executed SQL as JSON values (decimals as numbers, times as "
        "ISO 8601, bytes as hex), at most the database's row limit; null when not executed.",
        examples=[[["shipped", 12], ["pending", 3]]],
    )
    rows_truncated: bool | None = Field(
        None,
        description="True when the query returned more rows than the row limit and only the "
        "first ones came back; null when not executed.",
        examples=[False],
    )
    usage: Usage = Field(description="LM tokens spent on this request.")
    timing_ms: Timing = Field(description="Where the time went.")
