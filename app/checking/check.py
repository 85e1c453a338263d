"""The checker: every SQL the model writes passes through here before anyone sees it.

:func:`check_sql` runs the rules of :data:`RULES` in order on one candidate answer, the way
sqlglot's optimizer runs its ``RULES``: each rule is a small function that returns the issues it
finds, and the first rule with issues ends the check. A new rule is one function added to the
tuple. What passes every rule is returned transpiled to the target dialect; anything else comes
back ``valid=False`` with specific issues.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, SqlglotError, TokenError

from app.checking.aggregate_bounds import row_bound_issues
from app.checking.asked_averages import missing_average_issues
from app.checking.asked_dates import undated_answer_issues
from app.checking.asked_groups import groups_by_what_is_asked
from app.checking.asked_labels import unlabelled_key_issues
from app.checking.asked_persons import unnamed_person_issues
from app.checking.asked_ratios import missing_ratio_issues
from app.checking.candidate import Candidate, Rule, run_rule
from app.checking.clock_reads import clock_read_issues
from app.checking.compared_kinds import matches_like_with_like
from app.checking.conditions import self_comparison_issues
from app.checking.corrections import CORRECTIONS
from app.checking.counted_tables import uncounted_table_issues
from app.checking.cross_joins import joins_on_the_joined_table
from app.checking.declared_values import compares_declared_values
from app.checking.echoed_values import echoed_value_issues
from app.checking.extract import STATEMENT_START, candidates, extract_sql
from app.checking.group_limits import group_limit_issues
from app.checking.grouped_columns import reads_only_grouped_columns
from app.checking.hazards import parse_hazard
from app.checking.identifiers import identifier_issues, referenced_tables
from app.checking.insert_keys import omitted_key_issues
from app.checking.join_keys import join_key_issues
from app.checking.outer_joins import outer_join_issues
from app.checking.policy import DML_ROOTS, EXECUTABLE_COMMENT, policy_issues
from app.checking.repeated_columns import repeated_column_issues
from app.checking.role_keys import role_key_issues
from app.checking.row_identity import identify_rows
from app.checking.schema import SchemaInfo, first_error
from app.checking.sibling_joins import joins_through_their_own_rows
from app.checking.single_rows import summed_single_row_issues
from app.checking.subquery_keys import compares_matching_keys
from app.checking.summed_keys import summed_key_issues
from app.checking.twin_joins import joins_each_role_once
from app.checking.unasked_limits import unasked_limit_issues
from app.checking.unlabeled_groups import unlabeled_group_issues
from app.checking.year_keys import compares_years_with_dates


@dataclass
class CheckResult:
    """What the checker concluded about one candidate answer."""

    valid: bool
    sql: str
    statement_type: str | None = None
    tables: list[str] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)
    corrections: list[str] = field(default_factory=list)
    """Changes the checker made to the model's SQL before checking it (app.checking.qualifiers)."""


def contains_sql(candidate: Candidate) -> list[str]:
    if candidate.sql and STATEMENT_START.search(candidate.sql):
        return []
    candidate.sql = ""  # nothing in the answer is SQL: show none of it
    return ["the answer contains no SQL statement"]


def no_executable_comment(candidate: Candidate) -> list[str]:
    if EXECUTABLE_COMMENT.search(candidate.sql):
        return ["executable comments (/*! ... */) are refused: MySQL runs their content"]
    return []


def parses(candidate: Candidate) -> list[str]:
    hazard = parse_hazard(candidate.sql, candidate.dialect)
    if hazard is not None:
        return [hazard]
    statements, error = parse_statements(candidate.sql, candidate.dialect)
    if error is not None:
        return [f"the SQL does not parse as {candidate.dialect}: {error}"]
    candidate.statements = statements
    return []


def one_statement(candidate: Candidate) -> list[str]:
    found = len(candidate.statements)
    return [] if found == 1 else [f"expected exactly one SQL statement, found {found}"]


def allowed_by_policy(candidate: Candidate) -> list[str]:
    return policy_issues(candidate.statements[0], candidate.allow_write)


def names_known_identifiers(candidate: Candidate) -> list[str]:
    return identifier_issues(candidate.statements[0], candidate.schema, candidate.dialect)


def no_self_comparison(candidate: Candidate) -> list[str]:
    statement, schema = candidate.statements[0], candidate.schema
    return self_comparison_issues(statement, schema.keys, schema.lowered_columns())


def joins_matching_keys(candidate: Candidate) -> list[str]:
    statement, schema = candidate.statements[0], candidate.schema
    return join_key_issues(statement, schema.keys, schema.lowered_columns())


def joins_through_the_role_asked(candidate: Candidate) -> list[str]:
    return role_key_issues(candidate.statements[0], candidate.last_question, candidate.schema)


def sums_no_keys(candidate: Candidate) -> list[str]:
    statement, schema = candidate.statements[0], candidate.schema
    return summed_key_issues(statement, schema.keys, schema.tables, schema.dialect)


def keeps_rows_with_none(candidate: Candidate) -> list[str]:
    return outer_join_issues(candidate.statements[0], candidate.question)


def labels_its_groups(candidate: Candidate) -> list[str]:
    return unlabeled_group_issues(candidate.statements[0])


def returns_each_value_once(candidate: Candidate) -> list[str]:
    return repeated_column_issues(candidate.statements[0], candidate.schema)


def limits_only_ranked_answers(candidate: Candidate) -> list[str]:
    return unasked_limit_issues(candidate.statements[0], candidate.question)


def limits_within_groups(candidate: Candidate) -> list[str]:
    return group_limit_issues(candidate.statements[0], candidate.last_question)


def bounds_aggregates_in_having(candidate: Candidate) -> list[str]:
    return row_bound_issues(candidate.statements[0], candidate.question)


def computes_the_rate_asked(candidate: Candidate) -> list[str]:
    return missing_ratio_issues(candidate.statements[0], candidate.last_question)


def computes_the_average_asked(candidate: Candidate) -> list[str]:
    return missing_average_issues(candidate.statements[0], candidate.last_question)


def compares_the_single_rows_asked(candidate: Candidate) -> list[str]:
    statement, schema = candidate.statements[0], candidate.schema
    return summed_single_row_issues(statement, candidate.question, schema)


def answers_more_than_it_was_told(candidate: Candidate) -> list[str]:
    return echoed_value_issues(candidate.statements[0], candidate.question, candidate.schema)


def names_who_was_asked(candidate: Candidate) -> list[str]:
    question = candidate.last_question
    return unnamed_person_issues(candidate.statements[0], question, candidate.schema)


def counts_the_rows_asked(candidate: Candidate) -> list[str]:
    question = candidate.last_question
    return uncounted_table_issues(candidate.statements[0], question, candidate.schema)


def dates_what_is_asked_when(candidate: Candidate) -> list[str]:
    question = candidate.last_question
    return undated_answer_issues(candidate.statements[0], question, candidate.schema)


def labels_the_rows_asked_about(candidate: Candidate) -> list[str]:
    question = candidate.last_question
    return unlabelled_key_issues(candidate.statements[0], question, candidate.schema)


def reads_the_clock_only_when_asked(candidate: Candidate) -> list[str]:
    statement = candidate.statements[0]
    if isinstance(statement, DML_ROOTS):
        return []  # a write may stamp today's date on the row it records
    return clock_read_issues(statement, candidate.question, candidate.dialect)


def identifies_rows_asked_about(candidate: Candidate) -> list[str]:
    question = candidate.last_question
    notes, issues = identify_rows(candidate.statements[0], question, candidate.schema)
    candidate.corrections.extend(notes)
    return issues


def gives_unfilled_keys(candidate: Candidate) -> list[str]:
    return omitted_key_issues(candidate.statements[0], candidate.schema)


RULES: tuple[Rule, ...] = (
    contains_sql,
    no_executable_comment,
    parses,
    one_statement,
    allowed_by_policy,
    *CORRECTIONS,
    names_known_identifiers,
    no_self_comparison,
    joins_matching_keys,
    compares_matching_keys,
    joins_on_the_joined_table,
    joins_through_the_role_asked,
    joins_each_role_once,
    joins_through_their_own_rows,
    matches_like_with_like,
    compares_years_with_dates,
    compares_declared_values,
    sums_no_keys,
    keeps_rows_with_none,
    labels_its_groups,
    groups_by_what_is_asked,
    reads_only_grouped_columns,
    returns_each_value_once,
    limits_only_ranked_answers,
    limits_within_groups,
    bounds_aggregates_in_having,
    computes_the_rate_asked,
    computes_the_average_asked,
    compares_the_single_rows_asked,
    answers_more_than_it_was_told,
    names_who_was_asked,
    dates_what_is_asked_when,
    counts_the_rows_asked,
    labels_the_rows_asked_about,
    reads_the_clock_only_when_asked,
    identifies_rows_asked_about,
    gives_unfilled_keys,
)


def check_sql(
    answer: str, schema: SchemaInfo, dialect: str, allow_write: bool, question: str = ""
) -> CheckResult:
    """Check one model answer against the schema and policy; never raises for bad SQL.

    ``question`` (when given) lets the corrections read what was asked (app.checking.dates).
    """
    candidate = Candidate(extract_sql(answer), schema, dialect, allow_write, question)
    issues: list[str] = []
    for rule in RULES:
        issues = run_rule(rule, candidate)
        if issues:
            break
    if len(candidate.statements) != 1:
        return CheckResult(valid=not issues, sql=candidate.sql, issues=issues)
    statement = candidate.statements[0]
    rendered = _render(statement, dialect)
    if rendered is None:
        issues = [*issues, f"the SQL cannot be written in the {dialect} dialect"]
        rendered = candidate.sql
    return CheckResult(
        valid=not issues,
        sql=rendered,
        statement_type=statement.key.lower(),
        tables=referenced_tables(statement),
        issues=issues,
        corrections=candidate.corrections,
    )


def parse_statements(sql: str, dialect: str) -> tuple[list[exp.Expr], str | None]:
    """Parse in the target dialect, else in sqlglot's generic dialect (then transpiled)."""
    error_text: str | None = None
    for candidate in candidates(sql, dialect):
        for read in (dialect, ""):
            try:
                parsed = [e for e in sqlglot.parse(candidate, read=read or None) if e is not None]
            except (ParseError, TokenError) as error:
                error_text = error_text or first_error(error)
                continue
            return parsed, None
    return [], error_text


def _render(statement: exp.Expr, dialect: str) -> str | None:
    try:
        rendered = statement.sql(dialect=dialect)
        sqlglot.parse_one(rendered, read=dialect)
    except SqlglotError:
        return None
    return rendered
