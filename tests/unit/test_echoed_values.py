"""A result that only repeats the values its own WHERE sets is refused, and for "who" the
issue names the person the tables read lead to."""

from __future__ import annotations

from app.checking import check_sql, parse_schema

DDL = """
CREATE TABLE users (user_id INTEGER PRIMARY KEY, username TEXT NOT NULL);
CREATE TABLE playlists (playlist_id INTEGER PRIMARY KEY,
  owner_id INTEGER REFERENCES users (user_id), name TEXT, is_public INTEGER);
"""
SCHEMA = parse_schema(DDL, "sqlite")
WHO = "Who owns the Road Trip playlist?"


def test_returning_only_the_value_filtered_on_is_refused_with_the_name_to_return() -> None:
    sql = "SELECT p.name FROM playlists AS p WHERE p.name = 'Road Trip' AND p.is_public = 1"

    result = check_sql(sql, SCHEMA, "sqlite", False, question=WHO)

    assert not result.valid
    assert result.issues == [
        "the result only repeats what the WHERE sets (p.name = 'Road Trip'), so it tells nothing "
        "the question did not: return what the question asks about instead; a name: "
        "users.username (join users on p.owner_id)"
    ]


def test_without_who_the_issue_names_no_person() -> None:
    sql = "SELECT name FROM playlists WHERE name = 'Road Trip'"

    result = check_sql(sql, SCHEMA, "sqlite", False, question="Is Road Trip public?")

    assert not result.valid
    assert result.issues[0].endswith("return what the question asks about instead")


def test_a_result_with_anything_beyond_the_pinned_values_passes() -> None:
    sql = (
        "SELECT u.username FROM playlists AS p JOIN users AS u ON u.user_id = p.owner_id "
        "WHERE p.name = 'Road Trip'"
    )

    result = check_sql(sql, SCHEMA, "sqlite", False, question=WHO)

    assert result.valid, result.issues
