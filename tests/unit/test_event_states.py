"""Rows the question names by an event's participle ("published articles", "unpaid invoices")
keep only those where the event's nullable date is set (or unset); the corrected SQL runs on
real SQLite and returns the rows the question asks about."""

from __future__ import annotations

import sqlite3

import pytest

from app.checking import check_sql, parse_schema

DDL = """
CREATE TABLE authors (author_id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE articles (
  article_id INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES authors(author_id),
  headline TEXT NOT NULL,
  word_count INTEGER NOT NULL,
  created_at TIMESTAMP NOT NULL,
  published_at TIMESTAMP -- NULL while the article is a draft
);
CREATE TABLE invoices (
  invoice_id INTEGER PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('open', 'paid', 'void')),
  amount_pence INTEGER NOT NULL,
  issued_on DATE NOT NULL,
  paid_on DATE
);
"""
ROWS = """
INSERT INTO authors VALUES (1, 'Ada'), (2, 'Lin');
INSERT INTO articles VALUES
  (1, 1, 'Rates rise', 900, '2025-01-02 09:00:00', '2025-01-03 08:00:00'),
  (2, 1, 'Draft on tariffs', 3000, '2025-02-01 09:00:00', NULL),
  (3, 2, 'Cup final', 500, '2025-03-01 09:00:00', '2025-03-01 22:00:00'),
  (4, 2, 'Long read', 2000, '2025-03-05 09:00:00', '2025-03-09 07:00:00');
INSERT INTO invoices VALUES (1, 'paid', 1200, '2025-01-01', '2025-01-20'),
  (2, 'open', 800, '2025-02-01', NULL), (3, 'open', 500, '2025-03-01', NULL);
"""
SCHEMA = parse_schema(DDL, "sqlite")


def run(sql: str) -> list[tuple[object, ...]]:
    database = sqlite3.connect(":memory:")
    database.executescript(DDL + ROWS)
    return database.execute(sql).fetchall()


@pytest.mark.parametrize(
    ("question", "answer", "corrected", "rows"),
    [
        (
            "How many published articles are there?",
            "SELECT COUNT(*) FROM articles",
            "SELECT COUNT(*) FROM articles WHERE NOT articles.published_at IS NULL",
            [(3,)],
        ),
        # Every level that reads the table: both mentions are "published".
        (
            "Which published articles are longer than the average published article?",
            "SELECT headline FROM articles WHERE word_count > "
            "(SELECT AVG(word_count) FROM articles)",
            "SELECT headline FROM articles WHERE word_count > (SELECT AVG(word_count) FROM "
            "articles WHERE NOT articles.published_at IS NULL) "
            "AND NOT articles.published_at IS NULL",
            [("Long read",)],
        ),
        # Through a join, by the alias the query declares.
        (
            "Which authors have published articles of more than 1,000 words?",
            "SELECT DISTINCT au.name FROM authors AS au JOIN articles AS ar "
            "ON ar.author_id = au.author_id WHERE ar.word_count > 1000",
            "SELECT DISTINCT au.name FROM authors AS au JOIN articles AS ar "
            "ON ar.author_id = au.author_id WHERE ar.word_count > 1000 "
            "AND NOT ar.published_at IS NULL",
            [("Lin",)],
        ),
        # "unpaid": the rows where the event has not happened.
        (
            "What is the total of unpaid invoices, in pounds?",
            "SELECT SUM(amount_pence) / 100.0 FROM invoices",
            "SELECT SUM(amount_pence) / 100.0 FROM invoices WHERE invoices.paid_on IS NULL",
            [(13.0,)],
        ),
    ],
)
def test_rows_in_the_state_the_question_names(
    question: str, answer: str, corrected: str, rows: list[tuple[object, ...]]
) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert result.sql == corrected
    assert any("is NULL until that happens" in note for note in result.corrections)
    assert sorted(run(result.sql)) == rows


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # The query reads the column already: its test is the model's reading.
        (
            "What is the longest published article?",
            "SELECT headline FROM articles WHERE published_at >= '2025-01-01' "
            "ORDER BY word_count DESC LIMIT 1",
        ),
        # A value named after the event says it already.
        (
            "How many paid invoices are there?",
            "SELECT COUNT(*) FROM invoices WHERE status = 'paid'",
        ),
        # "drafts included": no participle before the noun.
        (
            "Which articles, drafts included, are longer than 1,000 words?",
            "SELECT headline FROM articles WHERE word_count > 1000",
        ),
        # A date declared NOT NULL: every article has been created.
        ("How many created articles are there?", "SELECT COUNT(*) FROM articles"),
        # The outer side of a LEFT JOIN: its missing rows are the question's.
        (
            "How many published articles has each author written, with 0 for none?",
            "SELECT au.name, COUNT(ar.article_id) FROM authors AS au LEFT JOIN articles AS ar "
            "ON ar.author_id = au.author_id GROUP BY au.name",
        ),
        # Two levels read the table, and only one mention is "published": which one is not
        # for the checker to guess.
        (
            "Which published articles are longer than the average article?",
            "SELECT headline FROM articles WHERE word_count > "
            "(SELECT AVG(word_count) FROM articles)",
        ),
        # Both states named: nothing to choose.
        (
            "Compare paid invoices with unpaid invoices.",
            "SELECT status, SUM(amount_pence) FROM invoices GROUP BY status",
        ),
    ],
)
def test_left_alone(question: str, answer: str) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    assert not any("is NULL until that happens" in note for note in result.corrections)


MEMBERS = """
CREATE TABLE members (member_id INTEGER PRIMARY KEY, farm_name TEXT NOT NULL,
  joined_on DATE NOT NULL, left_on DATE);
INSERT INTO members VALUES (1, 'Oak Farm', '2019-01-01', NULL),
  (2, 'Mill Farm', '2019-05-01', '2023-06-30'), (3, 'Hill Farm', '2021-03-01', NULL);
"""


@pytest.mark.parametrize(
    ("question", "test", "rows"),
    [
        ("Which current members joined before 2020?", "members.left_on IS NULL", [("Oak Farm",)]),
        (
            "Which former members joined before 2020?",
            "NOT members.left_on IS NULL",
            [("Mill Farm",)],
        ),
    ],
)
def test_current_and_former_rows_are_those_whose_ending_has_not_or_has_happened(
    question: str, test: str, rows: list[tuple[object, ...]]
) -> None:
    answer = "SELECT farm_name FROM members WHERE joined_on < '2020-01-01'"
    schema = parse_schema(MEMBERS, "sqlite")

    result = check_sql(answer, schema, "sqlite", False, question=question)

    assert result.valid, result.issues
    assert result.sql.endswith(f"AND {test}")
    database = sqlite3.connect(":memory:")
    database.executescript(MEMBERS)
    assert database.execute(result.sql).fetchall() == rows


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"])
def test_a_null_test_saying_the_opposite_of_the_state_asked_is_turned_around(dialect: str) -> None:
    answer = "SELECT farm_name FROM members WHERE left_on IS NULL"
    schema = parse_schema(MEMBERS, dialect)

    result = check_sql(answer, schema, dialect, False, question="Which former members are there?")

    assert result.valid, result.issues
    assert result.corrections == [
        "left_on IS NULL -> left_on IS NOT NULL: the question asks for former members"
    ]
    database = sqlite3.connect(":memory:")
    database.executescript(MEMBERS)
    assert database.execute(result.sql).fetchall() == [("Mill Farm",)]


PLEDGES = """
CREATE TABLE pledges (pledge_id INTEGER PRIMARY KEY, amount_cents INTEGER NOT NULL,
  refunded_at TIMESTAMP);
INSERT INTO pledges VALUES (1, 500, NULL), (2, 700, '2025-04-10 09:00:00'), (3, 900, NULL);
"""


@pytest.mark.parametrize(
    ("question", "answer", "total"),
    [
        # Negated before the participle, or after the noun: the rows where it has not happened.
        (
            "What is the total pledged, excluding refunded pledges?",
            "SELECT SUM(amount_cents) FROM pledges WHERE NOT refunded_at IS NULL",
            1400,
        ),
        ("What do non-refunded pledges add up to?", "SELECT SUM(amount_cents) FROM pledges", 1400),
        (
            "What is the total, refunded pledges excluded?",
            "SELECT SUM(amount_cents) FROM pledges",
            1400,
        ),
        ("What is the total of refunded pledges?", "SELECT SUM(amount_cents) FROM pledges", 700),
        # Both kinds of rows: nothing added, nothing turned around.
        (
            "What is the total of all pledges, including refunded pledges?",
            "SELECT SUM(amount_cents) FROM pledges",
            2100,
        ),
        (
            "What is the total of the pledges, non-refunded pledges only?",
            "SELECT SUM(amount_cents) FROM pledges WHERE refunded_at IS NULL",
            1400,
        ),
    ],
)
def test_a_negated_or_included_state_is_read_as_said(
    question: str, answer: str, total: int
) -> None:
    schema = parse_schema(PLEDGES, "sqlite")

    result = check_sql(answer, schema, "sqlite", False, question=question)

    assert result.valid, result.issues
    database = sqlite3.connect(":memory:")
    database.executescript(PLEDGES)
    assert database.execute(result.sql).fetchall() == [(total,)]


ACCOUNTS = """
CREATE TABLE accounts (
  account_id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL,
  is_frozen INTEGER NOT NULL,
  opened_on DATE NOT NULL,
  closed_on DATE -- NULL while the account is open
);
INSERT INTO accounts VALUES (1, 1, 1, '2020-01-01', NULL), (2, 1, 1, '2020-02-01', '2024-05-01'),
  (3, 2, 0, '2021-01-01', NULL), (4, 2, 0, '2022-01-01', NULL);
"""


@pytest.mark.parametrize(
    ("question", "answer", "rows"),
    [
        # Seen on the bank blind set: "open" is the state of not being closed.
        (
            "How many open accounts are currently frozen?",
            "SELECT COUNT(*) FROM accounts WHERE is_frozen = 1",
            [(1,)],
        ),
        # The model's own test of the opening date says nothing about being open.
        (
            "Which customers have more than one open account?",
            "SELECT customer_id FROM accounts WHERE NOT opened_on IS NULL "
            "GROUP BY customer_id HAVING COUNT(*) > 1",
            [(2,)],
        ),
        ("How many non-open accounts are there?", "SELECT COUNT(*) FROM accounts", [(1,)]),
    ],
)
def test_open_rows_are_those_not_closed(
    question: str, answer: str, rows: list[tuple[object, ...]]
) -> None:
    result = check_sql(answer, parse_schema(ACCOUNTS, "sqlite"), "sqlite", False, question)

    assert result.valid, result.issues
    assert "closed_on IS NULL" in result.sql
    database = sqlite3.connect(":memory:")
    database.executescript(ACCOUNTS)
    assert database.execute(result.sql).fetchall() == rows
    assert database.execute(answer).fetchall() != rows


STAFF = """
CREATE TABLE employees (employee_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL,
  department_id INTEGER NOT NULL, manager_id INTEGER REFERENCES employees (employee_id),
  left_on DATE -- last working day; NULL while employed
);
INSERT INTO employees VALUES (1, 'Dana', 1, NULL, NULL), (2, 'Nina', 2, 1, NULL),
  (3, 'Ben', 2, 1, '2024-05-31'), (4, 'Carl', 1, NULL, '2023-01-31'), (5, 'Liv', 2, 4, NULL);
"""


def test_a_self_join_keeps_the_state_on_the_side_the_question_names() -> None:
    # Seen on the HR blind set: "current employees" and "their line manager" read one table.
    question = (
        "Which current employees work in a different department from their line manager? "
        "Return the employee's first name and the manager's first name."
    )
    answer = (
        "SELECT e.first_name, m.first_name FROM employees AS e JOIN employees AS m "
        "ON e.manager_id = m.employee_id WHERE e.department_id <> m.department_id"
    )

    result = check_sql(answer, parse_schema(STAFF, "sqlite"), "sqlite", False, question)

    assert result.valid, result.issues
    assert "e.left_on IS NULL" in result.sql and "m.left_on" not in result.sql
    database = sqlite3.connect(":memory:")
    database.executescript(STAFF)
    # Liv's manager Carl has left: she is still listed; Ben, who has left, is not.
    assert sorted(database.execute(result.sql).fetchall()) == [("Liv", "Carl"), ("Nina", "Dana")]


@pytest.mark.parametrize(
    ("question", "answer", "rows"),
    [
        # Seen on the freelance blind set: the state after the noun, the NULL test inverted.
        (
            "Which articles were published after 1 February 2025? Return the headline.",
            "SELECT headline FROM articles WHERE published_at IS NULL "
            "OR published_at > '2025-02-01'",
            None,
        ),
        (
            "Which invoices have been paid? Return the invoice id.",
            "SELECT invoice_id FROM invoices WHERE paid_on IS NULL",
            [(1,)],
        ),
        (
            "Which invoices have not been paid yet? Return the invoice id.",
            "SELECT invoice_id FROM invoices",
            [(2,), (3,)],
        ),
    ],
)
def test_the_state_said_after_the_noun_is_read_too(
    question: str, answer: str, rows: list[tuple[object, ...]] | None
) -> None:
    result = check_sql(answer, SCHEMA, "sqlite", False, question)

    assert result.valid, result.issues
    if rows is None:  # read, not changed: an OR says more than a state
        assert "published_at IS NULL OR" in result.sql
    else:
        assert any("paid_on" in note for note in result.corrections)
        assert sorted(run(result.sql)) == rows


RUNS = """
CREATE TABLE runs (run_id INTEGER PRIMARY KEY, operator TEXT NOT NULL,
  started_at TIMESTAMP NOT NULL, ended_at TIMESTAMP);
INSERT INTO runs VALUES (1, 'Ana', '2025-03-01 08:00', '2025-03-01 12:00'),
  (2, 'Ana', '2025-03-02 08:00', NULL), (3, 'Hana', '2025-03-01 22:00', '2025-03-02 02:30');
"""


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # Seen on the plant blind set: "finished" names the event ended_at records.
        (
            "How many finished runs did each operator log?",
            "SELECT operator, COUNT(*) FROM runs GROUP BY operator",
        ),
        (
            "How many completed runs did each operator log?",
            "SELECT operator, COUNT(*) FROM runs WHERE ended_at IS NULL GROUP BY operator",
        ),
    ],
)
def test_another_word_for_the_event_names_its_state(question: str, answer: str) -> None:
    schema = parse_schema(RUNS, "sqlite")
    result = check_sql(answer, schema, "sqlite", False, question)
    database = sqlite3.connect(":memory:")
    database.executescript(RUNS)

    assert result.valid, result.issues
    assert "NOT ended_at IS NULL" in result.sql or "NOT runs.ended_at IS NULL" in result.sql
    assert sorted(database.execute(result.sql)) == [("Ana", 1), ("Hana", 1)]
