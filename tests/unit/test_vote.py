"""Choosing among candidates by running them on the request's schema and counting agreement."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from types import SimpleNamespace

import pytest

from app.candidates.likelihood import mean_logprob
from app.candidates.vote import Ballot, cast_ballot, choose, result_key
from app.checking import SchemaInfo, check_sql, parse_schema
from app.execution import QueryResult, Sandbox

SCHEMA = """
CREATE TABLE pets (pet_id INTEGER PRIMARY KEY, name TEXT, species TEXT, weight REAL);
INSERT INTO pets VALUES (1, 'Rex', 'dog', 30.5), (2, 'Tom', 'cat', 4.2), (3, 'Fido', 'dog', 12.0);
"""
DOGS = "SELECT name FROM pets WHERE species = 'dog'"
DOGS_ORDERED = "SELECT name FROM pets WHERE species = 'dog' ORDER BY name DESC"
DOGS_BY_WEIGHT = "SELECT name FROM pets WHERE weight > 10"  # same rows, other SQL
CATS = "SELECT name FROM pets WHERE species = 'cat'"
UNICORNS = "SELECT name FROM pets WHERE species = 'unicorn'"  # empty
UNKNOWN_COLUMN = "SELECT colour FROM pets"  # the checker refuses it
NO_SUCH_FUNCTION = "SELECT FOO_BAR(name) FROM pets"  # the checker passes it; SQLite refuses


Cast = Callable[..., list[Ballot]]


@pytest.fixture(scope="module")
def schema() -> SchemaInfo:
    return parse_schema(SCHEMA, "sqlite")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(SCHEMA, dialect="sqlite") as built:
        yield built


@pytest.fixture
def ballots(schema: SchemaInfo, sandbox: Sandbox) -> Cast:
    def cast(*answers: str, allow_write: bool = False, run: bool = True) -> list[Ballot]:
        return [
            cast_ballot(
                index,
                check_sql(answer, schema, "sqlite", allow_write),
                sandbox if run else None,
                "sqlite",
            )
            for index, answer in enumerate(answers)
        ]

    return cast


def test_the_fixture_candidates_are_what_the_tests_assume(ballots: Cast) -> None:
    cast = ballots(DOGS, DOGS_BY_WEIGHT, CATS, UNICORNS, UNKNOWN_COLUMN, NO_SUCH_FUNCTION)
    assert [b.check.valid for b in cast] == [True, True, True, True, False, True]
    assert cast[0].outcome == cast[1].outcome != cast[2].outcome
    assert [b.empty for b in cast[:4]] == [False, False, False, True]
    assert cast[4].outcome is None and cast[4].error is None  # refused: never run
    assert cast[5].outcome is None and "no such function" in (cast[5].error or "")


def test_the_majority_wins(ballots: Cast) -> None:
    vote = choose(ballots(CATS, DOGS, DOGS_ORDERED, DOGS_BY_WEIGHT))
    # the earliest candidate of the winning group is the answer
    assert vote.chosen.sql == DOGS
    assert (vote.made, vote.valid, vote.agreeing) == (4, 4, 3)


def test_row_order_does_not_split_a_group(ballots: Cast) -> None:
    vote = choose(ballots(CATS, DOGS_ORDERED, DOGS))
    assert vote.chosen.sql == DOGS_ORDERED
    assert vote.agreeing == 2


def test_a_tie_goes_to_a_non_empty_result_over_an_empty_one(ballots: Cast) -> None:
    vote = choose(ballots(UNICORNS, CATS))
    assert vote.chosen.sql == CATS
    assert (vote.made, vote.valid, vote.agreeing) == (2, 2, 1)


def test_an_empty_majority_still_beats_a_non_empty_minority(ballots: Cast) -> None:
    empty_too = "SELECT name FROM pets WHERE weight > 1000"
    vote = choose(ballots(CATS, UNICORNS, empty_too))
    assert vote.chosen.sql == UNICORNS
    assert vote.agreeing == 2


def test_a_tie_between_non_empty_results_goes_to_the_earliest(ballots: Cast) -> None:
    assert choose(ballots(CATS, DOGS)).chosen.sql == CATS
    assert choose(ballots(DOGS, CATS)).chosen.sql == DOGS
    # two groups of two: the group holding candidate 0 wins
    vote = choose(ballots(CATS, DOGS, DOGS_BY_WEIGHT, CATS))
    assert vote.chosen.sql == CATS and vote.agreeing == 2


def test_a_candidate_that_fails_when_run_is_not_counted(ballots: Cast) -> None:
    vote = choose(ballots(NO_SUCH_FUNCTION, NO_SUCH_FUNCTION, CATS))
    assert vote.chosen.sql == CATS and vote.chosen.valid
    assert (vote.made, vote.valid, vote.agreeing) == (3, 1, 1)


def test_the_only_valid_candidate_failing_when_run_becomes_invalid(ballots: Cast) -> None:
    vote = choose(ballots(UNKNOWN_COLUMN, NO_SUCH_FUNCTION))
    assert vote.chosen.valid is False
    assert vote.chosen.sql == NO_SUCH_FUNCTION
    (issue,) = vote.chosen.issues
    assert issue.startswith("the SQL fails when run on the schema's database:")
    assert "no such function: FOO_BAR" in issue
    assert (vote.made, vote.valid, vote.agreeing) == (2, 0, 0)


def test_with_no_valid_candidate_the_first_is_returned_with_its_issues(ballots: Cast) -> None:
    cast = ballots(UNKNOWN_COLUMN, "SELECT nope FROM pets")
    vote = choose(cast)
    assert vote.chosen == cast[0].check
    assert not vote.chosen.valid and vote.chosen.issues
    assert (vote.made, vote.valid, vote.agreeing) == (2, 0, 0)


def test_invalid_candidates_are_never_chosen_over_a_valid_one(ballots: Cast) -> None:
    # three refused answers agree with each other; the one valid answer still wins
    vote = choose(ballots(UNKNOWN_COLUMN, UNKNOWN_COLUMN, UNKNOWN_COLUMN, UNICORNS))
    assert vote.chosen.valid and vote.chosen.sql == UNICORNS
    assert (vote.made, vote.valid, vote.agreeing) == (4, 1, 1)


def test_no_candidates_is_an_error() -> None:
    with pytest.raises(ValueError, match="no candidates"):
        choose([])


def test_writes_are_not_compared_and_each_stands_alone(ballots: Cast, sandbox: Sandbox) -> None:
    delete = "DELETE FROM pets WHERE species = 'cat'"
    cast = ballots(delete, delete, DOGS, allow_write=True)
    assert [b.check.statement_type for b in cast] == ["delete", "delete", "select"]
    assert cast[0].outcome is None and cast[0].error is None
    vote = choose(cast)
    # no two writes agree: three groups of one, the earliest wins
    assert vote.chosen.sql == delete
    assert (vote.valid, vote.agreeing) == (3, 1)
    # a write runs on a throwaway copy: the sandbox still holds the cat
    assert sandbox.query(CATS).rows == (("Tom",),)


@pytest.mark.parametrize(
    ("write", "error"),
    [
        ("INSERT INTO pets (pet_id, name) VALUES (1, 'Bo')", "UNIQUE constraint failed"),
        ("UPDATE pets SET name = FOO_BAR(name)", "no such function"),
    ],
)
def test_a_write_the_sandbox_refuses_becomes_an_issue_for_the_repair_round(
    ballots: Cast, write: str, error: str
) -> None:
    [ballot] = ballots(write, allow_write=True)
    assert ballot.check.valid  # the checker cannot know: only running it tells
    vote = choose([ballot])
    assert not vote.chosen.valid
    assert "fails when run on the schema's database" in vote.chosen.issues[-1]
    assert error in vote.chosen.issues[-1]


def test_a_write_is_never_run_on_a_named_database(schema: SchemaInfo) -> None:
    class LiveDatabase:  # the QueryRunner face of app.databases.catalog.DatabaseRunner
        def query(self, sql: str, **_: object) -> QueryResult:
            raise AssertionError(f"ran {sql}")

    check = check_sql("DELETE FROM pets", schema, "sqlite", allow_write=True)
    ballot = cast_ballot(0, check, LiveDatabase(), "sqlite")
    assert ballot.error is None and ballot.outcome is None


def test_without_a_sandbox_the_earliest_valid_candidate_wins(ballots: Cast) -> None:
    vote = choose(ballots(UNKNOWN_COLUMN, CATS, DOGS, DOGS_BY_WEIGHT, run=False))
    assert vote.chosen.sql == CATS
    assert (vote.made, vote.valid, vote.agreeing) == (4, 3, 1)


def test_floats_that_differ_only_beyond_six_decimals_agree(ballots: Cast) -> None:
    vote = choose(
        ballots(
            "SELECT SUM(weight) FROM pets",  # 46.7
            "SELECT SUM(weight) + 0.0000001 FROM pets",
            "SELECT SUM(weight) + 0.001 FROM pets",
            "SELECT SUM(weight) + 0.002 FROM pets",
        )
    )
    assert vote.chosen.sql == "SELECT SUM(weight) FROM pets"
    assert vote.agreeing == 2


def test_result_key_compares_rows_as_a_multiset_with_rounded_floats() -> None:
    def key(columns: tuple[str, ...], *rows: tuple[object, ...]) -> object:
        return result_key(QueryResult(columns, rows))  # type: ignore[arg-type]

    assert key(("a",), (1.0000001,)) == key(("x",), (1.0000004,))  # names do not matter
    assert key(("a",), (1.00001,)) != key(("a",), (1.00002,))
    assert key(("a",), (3,)) == key(("a",), (3.0,))
    assert key(("a",), (1,), (2,)) == key(("a",), (2,), (1,))
    assert key(("a",), (1,), (1,)) != key(("a",), (1,))  # duplicates count
    assert key(("a", "b")) != key(("a",))  # empty results differ by width


def test_a_set_operation_read_is_run_and_counted(ballots: Cast) -> None:
    union = f"{DOGS} UNION SELECT name FROM pets WHERE species = 'dog'"
    broken = "SELECT name FROM pets UNION SELECT name, species FROM pets"
    vote = choose(ballots(CATS, union, DOGS))
    assert vote.chosen.sql == union and vote.agreeing == 2
    refused = choose(ballots(broken))
    assert not refused.chosen.valid


def test_a_tie_goes_to_the_most_likely_candidate_when_likelihoods_are_known(
    ballots: Cast,
) -> None:
    cats, dogs = ballots(CATS, DOGS)
    vote = choose([replace(cats, likelihood=-1.2), replace(dogs, likelihood=-0.3)])
    assert vote.chosen.sql == DOGS and vote.agreeing == 1
    # Within the winning group too: its most likely member answers.
    cats, dogs, by_weight = ballots(CATS, DOGS, DOGS_BY_WEIGHT)
    group = [replace(dogs, likelihood=-0.9), replace(by_weight, likelihood=-0.2)]
    vote = choose([replace(cats, likelihood=-0.1), *group])
    assert vote.chosen.sql == DOGS_BY_WEIGHT and vote.agreeing == 2


def test_a_greedy_answer_without_a_likelihood_counts_as_the_most_likely(ballots: Cast) -> None:
    greedy, sample = ballots(DOGS, CATS)
    vote = choose([replace(sample, index=0, likelihood=-0.01), replace(greedy, index=1)])
    assert vote.chosen.sql == DOGS


def test_mean_logprob_reads_objects_and_dicts_and_bounds_forced_tokens() -> None:
    assert mean_logprob({"content": [{"logprob": -0.5}, {"logprob": -1.5}]}) == -1.0
    tokens = SimpleNamespace(content=[SimpleNamespace(logprob=-1.0), SimpleNamespace(logprob=-3.0)])
    assert mean_logprob(tokens) == -2.0
    # A token a grammar forced against the model's will: bounded, not -inf for the whole SQL.
    assert mean_logprob({"content": [{"logprob": float("-inf")}, {"logprob": 0.0}]}) == -10.0
    assert mean_logprob(None) is None and mean_logprob({"content": []}) is None


PG_SCHEMA = """
CREATE TABLE tickets (id INT PRIMARY KEY, subject TEXT, tags TEXT[], opened_at TIMESTAMP,
  closed_at TIMESTAMP);
INSERT INTO tickets VALUES (1, 'API timeout', '{api,latency}', '2024-04-01 10:00:00',
  '2024-04-02 11:00:00');
"""


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT subject FROM tickets WHERE 'latency' = ANY (tags)",
        "SELECT AGE(closed_at, opened_at) FROM tickets",
    ],
)
def test_postgres_sql_that_sqlite_cannot_run_stands_unrun_instead_of_refused(sql: str) -> None:
    schema = parse_schema(PG_SCHEMA, "postgres")
    with Sandbox(PG_SCHEMA, dialect="postgres") as sandbox:
        ballot = cast_ballot(0, check_sql(sql, schema, "postgres", False), sandbox, "postgres")
    assert ballot.check.valid and ballot.error is None and ballot.outcome is None
    assert choose([ballot]).chosen.valid


def test_an_interval_in_seconds_runs_in_the_sandbox_and_votes() -> None:
    schema = parse_schema(PG_SCHEMA, "postgres")
    sql = "SELECT EXTRACT(EPOCH FROM closed_at - opened_at) / 3600 FROM tickets"
    with Sandbox(PG_SCHEMA, dialect="postgres") as sandbox:
        ballot = cast_ballot(0, check_sql(sql, schema, "postgres", False), sandbox, "postgres")
    assert ballot.error is None and ballot.outcome is not None and not ballot.empty
    assert "25" in repr(ballot.outcome)  # 10:00 one day to 11:00 the next


def test_an_invented_function_is_still_refused_in_postgres() -> None:
    schema = parse_schema(PG_SCHEMA, "postgres")
    sql = "SELECT FOO_BAR(subject) FROM tickets"
    with Sandbox(PG_SCHEMA, dialect="postgres") as sandbox:
        ballot = cast_ballot(0, check_sql(sql, schema, "postgres", False), sandbox, "postgres")
    assert ballot.error is not None and "no such function: FOO_BAR" in ballot.error
    assert not choose([ballot]).chosen.valid
