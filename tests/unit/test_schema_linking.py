"""Schema linking: which tables of a schema over the budget the model sees.

Runs the real demo embedder (all-MiniLM-L6-v2 from its PyPI package) where meaning decides,
and without it where the words alone must.
"""

from __future__ import annotations

import asyncio

import dspy
import pytest

from app.errors import EmbedderUnavailableError
from app.program import Text2SQLProgram
from app.program_config import ProgramConfig
from app.prompt import schema_linking
from app.prompt.schema_linking import _alike, connecting_tables, key_targets, link, name_words
from app.prompt.schema_view import _tables, parsed_statements, render_schema
from tests.unit.test_sql_chat_adapter import ANSWER, RecordingLM

# A hotel group: ten tables, so that a question needs few of them.
HOTELS = """
CREATE TABLE countries (code TEXT PRIMARY KEY, country_name TEXT);
CREATE TABLE hotels (hotel_id INT PRIMARY KEY, hotel_name TEXT, city TEXT, stars INT,
  country_code TEXT REFERENCES countries(code));
CREATE TABLE teams (team_id INT PRIMARY KEY, hotel_id INT REFERENCES hotels(hotel_id),
  team_name TEXT);
CREATE TABLE staff (staff_id INT PRIMARY KEY, full_name TEXT, team_id INT REFERENCES
  teams(team_id), hired_on DATE, hourly_wage REAL);
CREATE TABLE guests (guest_id INT PRIMARY KEY, full_name TEXT, email TEXT, loyalty_tier TEXT,
  concierge_id INT REFERENCES staff(staff_id));
CREATE TABLE rooms (room_id INT PRIMARY KEY, hotel_id INT REFERENCES hotels(hotel_id),
  room_number TEXT, room_type TEXT, nightly_rate REAL);
CREATE TABLE bookings (booking_id INT PRIMARY KEY, guest_id INT REFERENCES guests(guest_id),
  room_id INT REFERENCES rooms(room_id), check_in DATE, check_out DATE, status TEXT);
CREATE TABLE invoices (invoice_id INT PRIMARY KEY, booking_id INT REFERENCES
  bookings(booking_id), issued_on DATE, total REAL);
CREATE TABLE reviews (review_id INT PRIMARY KEY, booking_id INT REFERENCES
  bookings(booking_id), rating INT, comment TEXT);
CREATE TABLE maintenance_jobs (job_id INT PRIMARY KEY, room_id INT REFERENCES rooms(room_id),
  reported_on DATE, fixed_on DATE, issue TEXT);
INSERT INTO countries VALUES ('PT', 'Portugal'), ('IE', 'Ireland');
INSERT INTO guests VALUES (1, 'Ana Reis', 'ana@example.com', 'Gold', 3),
  (2, 'Liam Byrne', 'liam@example.com', 'Silver', 4);
INSERT INTO rooms VALUES (1, 1, '101', 'Junior Suite', 180.0), (2, 1, '102', 'Double', 95.0);
"""


def shown(question: str, budget: int = 300) -> list[str]:
    full = render_schema(HOTELS, question, token_budget=100_000)
    assert full.approx_tokens > budget  # the schema is over budget: linking decides
    return render_schema(HOTELS, question, token_budget=budget).tables


def tables() -> dict[str, schema_linking.Linkable]:
    return dict(_tables(parsed_statements(HOTELS, "sqlite"), frozenset()))


def test_a_question_sees_the_tables_it_needs_and_not_the_whole_schema() -> None:
    view = shown("What is the average rating of reviews?")
    assert "reviews" in view
    assert len(view) < len(tables())
    assert "maintenance_jobs" not in view and "countries" not in view


def test_a_table_named_in_the_singular_is_named() -> None:
    links = link(tables(), "Which hotel has the most stars?")
    assert links.named == ["hotels"]


def test_a_synonym_links_its_table_by_meaning() -> None:
    # "clients" is no word of the schema; the embedder finds guests
    assert "guests" in link(tables(), "Which clients have the Gold tier?").linked


def test_a_value_the_question_quotes_links_its_table() -> None:
    view = shown("How many junior suites are there?")
    assert "rooms" in view  # 'Junior Suite' is a room_type value; no name says rooms


def test_the_path_between_two_linked_tables_is_shown() -> None:
    # guests and hotels join only through staff and teams
    view = shown("Which guests have a concierge working at a hotel in Porto?", budget=400)
    assert {"guests", "hotels"} <= set(view)
    assert {"staff", "teams"} <= set(view)


def test_a_named_tables_foreign_key_targets_are_shown() -> None:
    assert key_targets(tables(), ["bookings"]) == ["guests", "rooms"]
    assert "guests" in shown("List the bookings checked in during May with their status.")


def test_connecting_tables_stop_at_three_foreign_keys() -> None:
    # reviews -> bookings -> guests -> staff -> teams: too far to join through others
    assert connecting_tables(tables(), ["reviews", "teams"]) == []
    assert connecting_tables(tables(), ["reviews", "staff"]) == ["bookings", "guests"]


def test_without_the_embedder_the_telling_words_link(monkeypatch: pytest.MonkeyPatch) -> None:
    def unavailable() -> None:
        raise EmbedderUnavailableError("no embedder in this test")

    monkeypatch.setattr(schema_linking, "embedder", unavailable)
    schema_linking._description_vectors.cache_clear()
    links = link(tables(), "What was invoiced for each booking?")
    assert links.named == ["bookings"]
    assert links.linked == ["invoices"]  # "invoiced" is spelled like invoices; nothing else


def test_a_word_most_tables_have_links_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(schema_linking, "similarities", lambda tables, question: {})
    # "name" is a column word of five tables; "id" of all
    assert link(tables(), "Show every name and id").linked == []


def test_a_question_that_links_nothing_fills_the_budget_in_schema_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(schema_linking, "similarities", lambda tables, question: {})
    view = shown("Anything?")
    assert view == list(tables())[: len(view)] and view


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("invoiced", "invoice", True),
        ("delivery", "delivered", True),
        ("hired", "hire", True),
        ("booking", "booking", True),
        ("supply", "supplier", False),
        ("shipping", "shipment", False),
        ("rate", "rating", False),
    ],
)
def test_words_spelled_alike(a: str, b: str, alike: bool) -> None:
    assert _alike(a, b) is alike


def test_a_table_the_repair_issues_name_is_shown_to_the_repair() -> None:
    program = Text2SQLProgram(
        config=ProgramConfig(adapter="sql-chat", compact_schema=True, schema_token_budget=300)
    )
    question = "What is the average rating of reviews?"
    assert "maintenance_jobs" not in program.schema_view(HOTELS, question).tables
    lm = RecordingLM([ANSWER])
    with dspy.context(lm=lm):
        asyncio.run(
            program.afix(
                question=question,
                sql_context=HOTELS,
                previous_sql="SELECT AVG(rating) FROM reviews WHERE issue = 'leak'",
                issues=["unknown column issue (maintenance_jobs does: join it)"],
            )
        )
    (messages,) = lm.sent
    assert "CREATE TABLE maintenance_jobs" in messages[-1]["content"]
    assert "CREATE TABLE reviews" in messages[-1]["content"]


def test_render_schema_shows_the_mentioned_tables_whatever_the_question() -> None:
    question = "What is the average rating of reviews?"
    assert "maintenance_jobs" not in shown(question)
    mentioned = name_words("SELECT * FROM Maintenance_Jobs m")
    view = render_schema(HOTELS, question, token_budget=300, mentioned=mentioned)
    assert "maintenance_jobs" in view.tables
