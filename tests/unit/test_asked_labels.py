""" "Which department", answered with department ids alone, is refused where a name exists."""

from __future__ import annotations

import sqlite3

import pytest
import sqlglot

from app.checking import check_sql, parse_schema
from app.checking.asked_labels import unlabelled_key_issues

SCHEMA = """
CREATE TABLE departments (department_id INT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE jobs (job_id INT PRIMARY KEY, title TEXT,
  department_id INT REFERENCES departments (department_id), salary_max REAL);
CREATE TABLE applications (application_id INT PRIMARY KEY, job_id INT REFERENCES jobs (job_id),
  candidate_id INT REFERENCES candidates (candidate_id));
CREATE TABLE candidates (candidate_id INT PRIMARY KEY, full_name TEXT, city TEXT);
CREATE TABLE badges (badge_id INT PRIMARY KEY, candidate_id INT, level INT);
"""
ROWS = """
INSERT INTO departments VALUES (1, 'Engineering'), (2, 'Sales');
INSERT INTO jobs VALUES (1, 'Backend', 1, 90), (2, 'Data', 1, 95), (3, 'Account Exec', 2, 55);
INSERT INTO candidates VALUES (1, 'Nora', 'Oslo'), (2, 'Omar', 'Berlin');
INSERT INTO applications VALUES (1, 1, 1), (2, 2, 1), (3, 3, 2);
"""


@pytest.mark.parametrize(
    ("question", "sql", "issue"),
    [
        (
            "Which department has posted the most jobs?",
            "SELECT department_id, COUNT(*) FROM jobs GROUP BY department_id "
            "ORDER BY COUNT(*) DESC LIMIT 1",
            "the question asks about departments, but the result gives them only as "
            "department_id: return departments.name (join departments on department_id)",
        ),
        (
            "What is the highest maximum salary offered in each department?",
            "SELECT j.department_id, MAX(j.salary_max) FROM jobs AS j GROUP BY j.department_id",
            "the question asks about departments, but the result gives them only as "
            "j.department_id: return departments.name (join departments on j.department_id)",
        ),
        (
            "Which candidates applied for more than one job?",
            "SELECT a.candidate_id FROM applications AS a "
            "GROUP BY a.candidate_id HAVING COUNT(*) > 1",
            "the question asks about candidates, but the result gives them only as "
            "a.candidate_id: return candidates.full_name (join candidates on a.candidate_id)",
        ),
    ],
)
def test_rows_asked_about_given_only_by_key_are_refused(
    question: str, sql: str, issue: str
) -> None:
    schema = parse_schema(SCHEMA, "sqlite")

    assert unlabelled_key_issues(sqlglot.parse_one(sql), question, schema) == [issue]
    # Served, the one key asked about is named through a join (app.checking.key_labels).
    result = check_sql(sql, schema, "sqlite", False, question=question)
    assert result.valid, result.issues
    assert "only numbered it" in result.corrections[-1]


def test_two_tables_asked_about_by_key_are_refused_for_the_repair_round() -> None:
    schema = parse_schema(SCHEMA, "sqlite")
    sql = "SELECT a.job_id, a.candidate_id FROM applications AS a"
    question = "Which candidate applied to which job?"

    result = check_sql(sql, schema, "sqlite", False, question=question)

    assert not result.valid
    assert not result.corrections
    assert result.issues[-1].endswith(
        "return candidates.full_name (join candidates on a.candidate_id)"
    )


def test_the_name_asked_for_passes_and_is_the_department() -> None:
    schema = parse_schema(SCHEMA, "sqlite")
    sql = (
        "SELECT d.name FROM departments AS d JOIN jobs AS j ON j.department_id = d.department_id "
        "GROUP BY d.department_id ORDER BY COUNT(*) DESC LIMIT 1"
    )

    result = check_sql(sql, schema, "sqlite", False, question="Which department has most jobs?")

    assert result.valid, result.issues
    database = sqlite3.connect(":memory:")
    database.executescript(SCHEMA + ROWS)
    assert database.execute(result.sql).fetchall() == [("Engineering",)]


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        # The ids were asked for.
        (
            "Give the ids of candidates who applied twice.",
            "SELECT candidate_id FROM applications GROUP BY candidate_id HAVING COUNT(*) > 1",
        ),
        # The question asks about no department: the key is part of a figure's row.
        ("What is the top salary?", "SELECT department_id, MAX(salary_max) FROM jobs"),
        # Badges have no name or title: their key is the best answer there is.
        ("Which badges are level 3?", "SELECT badge_id FROM badges WHERE level = 3"),
        # A label returned beside the key.
        (
            "Which department has the most jobs?",
            "SELECT d.department_id, d.name, COUNT(*) FROM departments AS d JOIN jobs AS j "
            "ON j.department_id = d.department_id GROUP BY d.department_id",
        ),
    ],
)
def test_keys_pass_where_asked_for_or_no_label_exists(question: str, sql: str) -> None:
    schema = parse_schema(SCHEMA, "sqlite")

    result = check_sql(sql, schema, "sqlite", False, question=question)

    assert not any("gives them only as" in issue for issue in result.issues), result.issues


def test_a_postgres_table_outside_public_is_joined_by_its_schema() -> None:
    ddl = (
        "CREATE TABLE hiring.departments (department_id integer PRIMARY KEY, name text);\n"
        "CREATE TABLE hiring.jobs (job_id integer PRIMARY KEY, department_id integer "
        "REFERENCES hiring.departments (department_id));"
    )
    schema = parse_schema(ddl, "postgres")
    sql = "SELECT department_id, COUNT(*) FROM hiring.jobs GROUP BY department_id"

    question = "How many jobs per department?"

    assert unlabelled_key_issues(sqlglot.parse_one(sql, read="postgres"), question, schema) == [
        "the question asks about departments, but the result gives them only as "
        "department_id: return departments.name (join hiring.departments on department_id)"
    ]
    result = check_sql(sql, schema, "postgres", False, question=question)
    assert result.valid, result.issues
    assert "LEFT JOIN hiring.departments ON" in result.sql


LEADS = """
CREATE TABLE people (person_id INTEGER PRIMARY KEY, full_name TEXT, hourly_rate REAL);
CREATE TABLE projects (project_id INTEGER PRIMARY KEY, name TEXT,
  lead_id INTEGER REFERENCES people (person_id));
"""


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # The rows are asked by the role the key gives them: "lead" for lead_id. The query
        # joins the lead's row, so the key is returned as its name (app.checking.key_labels).
        ("Which project lead has the highest hourly rate?", True),
        ("Which lead earns the most per hour?", True),
        # Nothing asks which lead: the key may stand.
        ("What is the highest hourly rate among leads?", False),
    ],
)
def test_rows_asked_by_the_role_of_a_key_must_be_named(question: str, named: bool) -> None:
    schema = parse_schema(LEADS, "sqlite")
    sql = (
        "SELECT pr.lead_id, MAX(p.hourly_rate) FROM projects AS pr JOIN people AS p "
        "ON pr.lead_id = p.person_id GROUP BY pr.lead_id ORDER BY 2 DESC LIMIT 1"
    )

    result = check_sql(sql, schema, "sqlite", False, question=question)

    assert result.valid, result.issues
    assert result.sql.startswith("SELECT p.full_name, ") == named
    assert any("pr.lead_id only numbered it" in note for note in result.corrections) == named


PROPERTIES = """
CREATE TABLE properties (property_id INT PRIMARY KEY, address TEXT, city TEXT);
CREATE TABLE leases (lease_id INT PRIMARY KEY,
  property_id INT REFERENCES properties (property_id), tenant_id INT);
INSERT INTO properties VALUES (1, '12 Mill Street', 'York'), (2, '4 Oak Road', 'Leeds');
INSERT INTO leases VALUES (1, 1, 7), (2, 1, 8), (3, 2, 9);
"""


def test_a_table_with_no_name_is_named_by_its_address() -> None:
    schema = parse_schema(PROPERTIES, "sqlite")
    question = "How many tenants has each property had?"
    ids = "SELECT property_id, COUNT(tenant_id) FROM leases GROUP BY property_id"

    assert unlabelled_key_issues(sqlglot.parse_one(ids), question, schema) == [
        "the question asks about properties, but the result gives them only as property_id: "
        "return properties.address (join properties on property_id)"
    ]
    served = check_sql(ids, schema, "sqlite", False, question)
    assert served.valid and served.sql.startswith("SELECT properties.address, COUNT(tenant_id)")
    # Returned beside its key, the address is the label: nothing to refuse or rewrite.
    named = "SELECT property_id, address FROM properties WHERE city = 'York'"
    result = check_sql(named, schema, "sqlite", False, "Which properties are in York?")
    assert result.valid and result.sql == named and not result.corrections
    database = sqlite3.connect(":memory:")
    database.executescript(PROPERTIES)
    assert list(database.execute(result.sql)) == [(1, "12 Mill Street")]


def test_a_name_asked_for_in_so_many_words_is_returned_for_the_key() -> None:
    # Seen on the newsroom blind set: "Give the headline, the author's name ..." returned the
    # author's id.
    sql = (
        "SELECT j.title, j.department_id FROM jobs AS j LEFT JOIN departments "
        "ON j.department_id = departments.department_id WHERE j.salary_max > 60"
    )

    result = check_sql(
        sql,
        parse_schema(SCHEMA, "sqlite"),
        "sqlite",
        False,
        question="Give the title and the department's name of the jobs paying over 60.",
    )

    assert result.valid, result.issues
    assert result.sql.startswith("SELECT j.title, departments.name FROM jobs AS j")
    database = sqlite3.connect(":memory:")
    database.executescript(SCHEMA + ROWS)
    assert sorted(database.execute(result.sql)) == [
        ("Backend", "Engineering"),
        ("Data", "Engineering"),
    ]
