"""The checker's corrections: rules that change the model's SQL in place and say so.

Each returns no issues: it rewrites what a small model predictably gets wrong in a way the
question settles (a qualifier on the wrong table, one day for a month asked about, an integer
ratio) and adds a note to ``candidate.corrections``, which the response reports.
"""

from __future__ import annotations

from app.checking.added_durations import correct_added_durations
from app.checking.ages import correct_ages
from app.checking.aggregate_bounds import move_row_bounds
from app.checking.asked_columns import correct_asked_columns
from app.checking.asked_rounding import correct_rounding
from app.checking.bridge_joins import correct_bridge_joins
from app.checking.candidate import Candidate, Rule, correct_asked, correct_read, rewrite_read
from app.checking.contact_labels import correct_contact_labels
from app.checking.currency_columns import keep_currency_units
from app.checking.dates import close_open_period, widen_day_to_period
from app.checking.day_comparisons import correct_day_comparisons
from app.checking.declared_ranges import correct_declared_ranges
from app.checking.declared_values import correct_declared_spellings
from app.checking.directed_values import correct_directed_values
from app.checking.distinct_counts import correct_repeated_counts
from app.checking.division import correct_integer_ratios
from app.checking.durations import correct_durations
from app.checking.event_dates import correct_event_dates
from app.checking.event_spans import correct_event_spans
from app.checking.event_states import correct_event_states
from app.checking.fanned_rows import semi_join_unread_children
from app.checking.group_picks import pick_top_rows
from app.checking.group_ranks import correct_group_ranks
from app.checking.having_rows import correct_having_rows
from app.checking.included_rows import correct_included_rows
from app.checking.insert_keys import fill_omitted_keys
from app.checking.key_attributes import correct_key_attributes
from app.checking.key_labels import correct_key_labels
from app.checking.latest_dates import correct_latest_dates
from app.checking.lookup_joins import correct_lookup_joins
from app.checking.mixed_case import correct_mixed_case
from app.checking.moment_states import correct_moment_states
from app.checking.name_groups import correct_name_groups
from app.checking.negated_values import keep_excluded_values
from app.checking.null_exclusions import correct_null_exclusions
from app.checking.one_row_orders import correct_one_row_orders
from app.checking.order_directions import correct_order_directions
from app.checking.outer_joins import count_joined_rows, keep_listed_side
from app.checking.paired_rows import correct_paired_rows
from app.checking.parent_labels import correct_parent_labels
from app.checking.percentages import correct_double_percentages
from app.checking.period_edges import bound_at_period_edges
from app.checking.pinned_columns import correct_pinned_columns
from app.checking.positive_values import correct_positive_values
from app.checking.qualifiers import correct_qualifiers
from app.checking.quarters import quarter_bounds
from app.checking.role_keys import join_through_asked_roles
from app.checking.scopes import restore_alias_case
from app.checking.search_path import qualify_outside_search_path
from app.checking.self_joins import correct_self_joins
from app.checking.set_keys import key_set_operations
from app.checking.set_labels import label_set_rows
from app.checking.split_groups import correct_split_groups
from app.checking.subquery_keys import correct_subquery_keys
from app.checking.tested_groups import correct_tested_groups
from app.checking.text_comparisons import text_comparisons
from app.checking.text_dates import correct_text_dates
from app.checking.tied_tops import correct_tied_tops
from app.checking.unasked_keys import correct_unasked_keys
from app.checking.unit_bounds import convert_said_bounds
from app.checking.unit_comparisons import align_compared_units
from app.checking.units import convert_units
from app.checking.unmatched_rows import keep_unmatched_rows
from app.checking.unsigned_differences import correct_unsigned_differences
from app.checking.valid_ranges import correct_held_rows, correct_valid_ranges
from app.checking.value_states import correct_value_states
from app.checking.weekdays import renumber_weekdays
from app.checking.where_aggregates import aggregates_over_tables
from app.checking.whole_units import correct_whole_units
from app.checking.window_filters import correct_window_filters


def correct_where_aggregates(candidate: Candidate) -> list[str]:
    """Not a check: an aggregate in WHERE is taken over its whole table (a scalar subquery)."""
    return correct_read(candidate, lambda s: aggregates_over_tables(s, candidate.schema))


def correct_periods(candidate: Candidate) -> list[str]:
    """Not a check: one day of the month (or year) the question asks about becomes all of it;
    a range over other days of the year than the quarter asked becomes the quarter; a bound
    inside the year said "after" or "before" moves to its edge."""
    if not candidate.question:
        return []
    question = candidate.question
    return correct_read(
        candidate,
        lambda s: [
            *quarter_bounds(s, question, candidate.schema),
            *widen_day_to_period(s, question),
            *close_open_period(s, question),
            *bound_at_period_edges(s, question),
        ],
    )


def correct_weekdays(candidate: Candidate) -> list[str]:
    """Not a check: days of the week the question names, numbered as the function numbers
    them."""
    if not candidate.question:
        return []
    return correct_read(
        candidate, lambda s: renumber_weekdays(s, candidate.question, candidate.dialect)
    )


def correct_dates(candidate: Candidate) -> list[str]:
    """Not a check: SQLite's text dates compared at one granularity, subtracted in days."""
    return correct_read(
        candidate,
        lambda s: correct_text_dates(s, candidate.schema, candidate.dialect, candidate.question),
    )


def correct_text_comparisons(candidate: Candidate) -> list[str]:
    """Not a check: PostgreSQL's array column compared with text becomes membership or a LIKE
    on its elements, and a LIKE on a date its text (and said so)."""
    return correct_read(
        candidate, lambda s: text_comparisons(s, candidate.schema, candidate.dialect)
    )


def correct_fanned_rows(candidate: Candidate) -> list[str]:
    """Not a check: a join that only repeats the rows a read lists becomes ``EXISTS``."""
    question = candidate.question or ""
    return correct_read(
        candidate, lambda s: semi_join_unread_children(s, question, candidate.schema)
    )


def correct_role_keys(candidate: Candidate) -> list[str]:
    """Not a check: a join through the key of a role the question never says, where the key
    of the role it says is at hand, joins through that key."""
    return correct_asked(
        candidate, lambda s, question: join_through_asked_roles(s, question, candidate.schema)
    )


def correct_omitted_keys(candidate: Candidate) -> list[str]:
    """Not a check: an INSERT's omitted integer key the database does not fill gets the next."""
    candidate.corrections.extend(fill_omitted_keys(candidate.statements[0], candidate.schema))
    return []


def correct_search_path(candidate: Candidate) -> list[str]:
    """Not a check: a PostgreSQL table outside ``public`` gets its schema written (and said)."""
    candidate.corrections.extend(
        qualify_outside_search_path(candidate.statements[0], candidate.schema, candidate.dialect)
    )
    return []


def correct_joined_counts(candidate: Candidate) -> list[str]:
    """Not a check: under a question keeping rows with none, the one LEFT JOIN starts from the
    rows grouped, the table they may have none of is outer-joined with its own conditions in
    its ON, and ``COUNT(*)`` counts the joined table's column."""
    question, schema = candidate.question, candidate.schema
    return correct_read(
        candidate,
        lambda s: [
            *keep_listed_side(s, question),
            *keep_unmatched_rows(s, question, schema),
            *count_joined_rows(s, question),
        ],
    )


def correct_row_bounds(candidate: Candidate) -> list[str]:
    """Not a check: a WHERE bound the question sets on a total or an average goes to HAVING
    (or leaves WHERE, when HAVING has it already)."""
    if not candidate.question:
        return []
    return correct_read(candidate, lambda s: move_row_bounds(s, candidate.question))


def correct_group_picks(candidate: Candidate) -> list[str]:
    """Not a check: a read that ranks every row, or cuts to the first of all, where the
    question asks for the top row of each group keeps the top row of each group."""
    return correct_asked(candidate, lambda s, q: pick_top_rows(s, q, candidate.schema))


def correct_excluded_values(candidate: Candidate) -> list[str]:
    """Not a check: a filter keeping some of a column's declared values, where the question
    only excludes one ("not done"), excludes it instead (and says so)."""
    return correct_asked(candidate, lambda s, q: keep_excluded_values(s, q, candidate.schema))


def correct_set_keys(candidate: Candidate) -> list[str]:
    """Not a check: a name EXCEPT (or INTERSECT) the ids keyed to its table becomes the rows
    whose key is not (or is) among those ids."""
    return rewrite_read(candidate, lambda s: key_set_operations(s, candidate.schema))


def correct_set_labels(candidate: Candidate) -> list[str]:
    """Not a check: "which <table>" answered by a set operation of their keys (or emails)
    returns the names of the rows it selects."""
    question = candidate.last_question
    return rewrite_read(candidate, lambda s: label_set_rows(s, question, candidate.schema))


def correct_units(candidate: Candidate) -> list[str]:
    """Not a check: two quantities in different units compared in one; a quantity whose column
    names its unit returned or compared in the unit the question says, by the right factor
    (and said so)."""
    return correct_read(
        candidate,
        lambda s: [
            *align_compared_units(s, candidate.schema),
            *convert_units(s, candidate.question, candidate.schema),
            *convert_said_bounds(s, candidate.question, candidate.schema),
            *keep_currency_units(s, candidate.question, candidate.schema),
        ],
    )


def write_aliases_as_declared(candidate: Candidate) -> list[str]:
    """Not a check: qualifiers the corrections wrote are spelt as their aliases are declared."""
    restore_alias_case(candidate.statements[0])
    return []


CORRECTIONS: tuple[Rule, ...] = (
    correct_qualifiers,
    correct_event_dates,
    correct_event_states,
    correct_moment_states,
    correct_valid_ranges,
    correct_held_rows,
    correct_value_states,
    correct_directed_values,
    correct_lookup_joins,
    correct_set_keys,
    correct_where_aggregates,
    correct_window_filters,
    correct_integer_ratios,
    correct_double_percentages,
    correct_periods,
    correct_weekdays,
    correct_added_durations,
    correct_dates,
    correct_ages,
    correct_durations,
    correct_whole_units,
    correct_event_spans,
    correct_day_comparisons,
    correct_declared_ranges,
    correct_units,
    correct_unsigned_differences,
    correct_positive_values,
    correct_rounding,
    correct_text_comparisons,
    correct_self_joins,
    correct_paired_rows,
    correct_parent_labels,
    correct_bridge_joins,
    correct_subquery_keys,
    correct_role_keys,
    correct_asked_columns,
    correct_fanned_rows,
    correct_omitted_keys,
    correct_search_path,
    correct_pinned_columns,
    correct_one_row_orders,
    correct_tested_groups,
    correct_joined_counts,
    correct_repeated_counts,
    correct_having_rows,
    correct_row_bounds,
    correct_group_picks,
    correct_tied_tops,
    correct_group_ranks,
    correct_latest_dates,
    correct_declared_spellings,
    correct_mixed_case,
    correct_excluded_values,
    correct_included_rows,
    correct_null_exclusions,
    correct_key_attributes,
    correct_key_labels,
    correct_contact_labels,
    correct_set_labels,
    correct_unasked_keys,
    correct_split_groups,
    correct_name_groups,
    correct_order_directions,
    write_aliases_as_declared,
)
"""The corrections in the order app.checking.check.RULES runs them: after the policy check,
before the identifier check."""
