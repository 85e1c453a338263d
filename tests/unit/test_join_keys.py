"""The join-key check: a join pairing the keys of two different tables is refused for repair."""

from __future__ import annotations

import pytest

from app.checking import check_sql, parse_schema
from app.checking.schema import SchemaInfo

# Keys as schemas write them: declared inline, as table constraints, or only by name
# (claims.policy_id is named like policies' key, as in the bundled dataset).
SCHEMA = """
CREATE TABLE holders (holder_id INT PRIMARY KEY, full_name TEXT, state TEXT);
CREATE TABLE policies (
  policy_id INT, holder_id INT REFERENCES holders (holder_id), kind TEXT, PRIMARY KEY (policy_id)
);
CREATE TABLE claims (claim_id INT PRIMARY KEY, policy_id INT, filed_by INT, amount REAL,
  FOREIGN KEY (filed_by) REFERENCES holders (holder_id));
CREATE TABLE employees (emp_id INT PRIMARY KEY, manager_id INT, name TEXT);
CREATE TABLE notes (id INT PRIMARY KEY, body TEXT);
CREATE TABLE tags (id INT PRIMARY KEY, note_id INT, tag TEXT);
CREATE TABLE shares (holder_id INT, policy_id INT, pct REAL, PRIMARY KEY (holder_id, policy_id));
"""


@pytest.fixture(scope="module")
def schema() -> SchemaInfo:
    return parse_schema(SCHEMA, "sqlite")


def test_the_schema_s_keys_are_read_from_every_form_of_declaration(schema: SchemaInfo) -> None:
    assert schema.keys.primary_keys == {
        "holders": "holder_id",
        "policies": "policy_id",
        "claims": "claim_id",
        "employees": "emp_id",
        "notes": "id",
        "tags": "id",
    }  # shares has a two-column key: no single column identifies its rows
    assert schema.keys.references == {
        ("policies", "holder_id"): "holders",
        ("claims", "filed_by"): "holders",
    }


@pytest.mark.parametrize(
    ("sql", "pair"),
    [
        (  # named like another table's key
            "SELECT h.full_name FROM holders h JOIN claims c ON h.holder_id = c.policy_id",
            "h.holder_id = c.policy_id",
        ),
        (  # a declared foreign key to holders against policies' key
            "SELECT c.amount FROM claims c JOIN policies p ON c.filed_by = p.policy_id",
            "c.filed_by = p.policy_id",
        ),
        (  # unaliased, in the second join of three
            "SELECT claims.amount FROM holders JOIN policies ON policies.holder_id = "
            "holders.holder_id JOIN claims ON claims.claim_id = policies.policy_id",
            "claims.claim_id = policies.policy_id",
        ),
        (  # inside a subquery
            "SELECT full_name FROM holders WHERE holder_id IN (SELECT p.holder_id FROM "
            "policies p JOIN claims c ON p.policy_id = c.claim_id)",
            "p.policy_id = c.claim_id",
        ),
        (  # a correlated subquery's condition on the outer row (seen in a blind run)
            "SELECT h.full_name FROM holders h WHERE EXISTS (SELECT 1 FROM claims c "
            "WHERE c.policy_id = h.holder_id)",
            "c.policy_id = h.holder_id",
        ),
    ],
)
def test_a_join_on_keys_of_different_tables_is_refused_with_both_named(
    schema: SchemaInfo, sql: str, pair: str
) -> None:
    result = check_sql(sql, schema, "sqlite", allow_write=False)
    assert not result.valid
    [issue] = result.issues
    assert f"the condition {pair} pairs keys of different tables" in issue


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT h.full_name, c.amount FROM holders h JOIN policies p ON p.holder_id = h.holder_id "
        "JOIN claims c ON c.policy_id = p.policy_id",
        "SELECT c.amount FROM claims c JOIN holders h ON c.filed_by = h.holder_id",
        # a self-join through a column that names no table's key
        "SELECT e.name, m.name FROM employees e JOIN employees m ON e.manager_id = m.emp_id",
        # generic keys: `id` identifies rows of several tables, so it says nothing
        "SELECT t.tag FROM notes n JOIN tags t ON t.note_id = n.id",
        # a column compared with a value, and keys compared in arithmetic, are not joins
        "SELECT amount FROM claims WHERE policy_id = 3 AND claim_id + 1 > policy_id",
        # a CTE's columns are not the schema's keys
        "WITH big AS (SELECT policy_id AS pid FROM claims) SELECT h.full_name FROM holders h "
        "JOIN big b ON b.pid = h.holder_id",
        # a correlated subquery on the matching key
        "SELECT h.full_name FROM holders h WHERE EXISTS (SELECT 1 FROM claims c "
        "WHERE c.filed_by = h.holder_id)",
        # the same name on both sides (1:1 tables, composite keys) is left alone
        "SELECT s.pct FROM shares s JOIN policies p ON s.policy_id = p.policy_id",
    ],
)
def test_joins_on_matching_or_unknown_keys_pass(schema: SchemaInfo, sql: str) -> None:
    result = check_sql(sql, schema, "sqlite", allow_write=False)
    assert result.valid, result.issues


def test_a_schema_without_keys_is_never_refused_for_its_joins() -> None:
    schema = parse_schema("CREATE TABLE a (a_id INT, x INT); CREATE TABLE b (b_id INT);", "sqlite")
    result = check_sql("SELECT a.x FROM a JOIN b ON a.a_id = b.b_id", schema, "sqlite", False)
    assert result.valid, result.issues
