"""A correction that reads the question: rows in the state a participle names.

A table that records an event by a date column that may be NULL says, row by row, whether the
event has happened: an article's ``published_at`` is NULL while it is a draft, an invoice's
``paid_on`` while it is unpaid, a ticket's ``closed_at`` while it is open. Asked "Which
published articles are for subscribers only?", a small model returns every article: it reads
"published" as a word of the question, not as a filter. When the question puts the event's
participle right before the table's noun ("published articles", "the cancelled booking"), or
after it and its verb ("milestones that were paid late", "runs that have not been finished"), each
query level that reads the table and never reads that column, nor compares a value named after
the event (``status = 'closed'`` already says it), keeps only the rows where it happened:
``published_at IS NOT NULL``. "unpaid invoices" and "not shipped orders" keep the rows where it
has not: ``paid_on IS NULL``. "current members" and "former members" name the state of an event
that ends a row's standing (``left_on``, ``ended_at``, ``cancelled_at``, ``returned_on``): not
happened for current, happened for former; "open accounts" are those not closed. A table on
the outer side of a join is left alone, and so is a column declared NOT NULL: every row has had
that event. A table a self-join reads twice is changed on the pointing side alone when only
that mention says so ("current employees ... their line manager": the employees, not their
managers). Every change is reported with the answer. A test of that column for NULL that says
the opposite ("former members" as ``left_on IS NULL``) is turned around.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import TypeVar

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.candidate import Candidate, correct_asked
from app.checking.conditions import conjuncts
from app.checking.event_dates import column_event, word_root
from app.checking.row_identity import spoken_forms, table_mentions
from app.checking.schema import SchemaInfo
from app.checking.scopes import (
    query_scopes,
    scope_columns,
    scope_tables,
    source_column,
    source_name,
)
from app.checking.types import DATE_TYPE, date_aware_types

# "published articles", "the unpaid invoice", "not yet shipped orders": a word right before the
# noun, maybe negated ("non-refunded pledges", "excluding refunded pledges", "refunded pledges
# excluded") or said to be included as well as the others ("including refunded pledges").
BEFORE_NOUN = (
    r"\b(?:(?P<negation>(?:not|never)\s+(?:yet\s+)?|non-?\s*|"
    r"(?:excluding|ignoring|except|not\s+counting|leaving\s+out)\s+(?:the\s+|any\s+|all\s+)?)|"
    r"(?P<inclusion>including\s+(?:the\s+|any\s+|all\s+)?))?"
    r"(?P<word>[a-z]+)\s+{noun}\b"
    r"(?:\s+(?P<excluded>excluded|left\s+out|not\s+counted|ignored)|\s+(?P<included>included))?"
)

# "milestones that were paid late", "which runs have not been finished": the participle after
# the noun and its verb.
_AFTER_NOUN = (
    r"\b{noun}\s+(?:that\s+|which\s+)?(?:were|was|have|has|had|got)"
    r"(?P<negation>n't|\s+not|\s+never)?(?:\s+yet)?(?:\s+been)?\s+(?P<word>[a-z]+)\b"
)

# "current members" are those whose membership has not ended, "former members" those whose has:
# adjectives that name the state of an event that ends the row's standing.
_CURRENT = frozenset({"current", "existing", "present", "remaining", "ongoing", "outstanding"})
_FORMER = frozenset({"former", "past", "previous", "lapsed"})
# Words for one event, by their roots: "finished runs" over ``ended_at``.
_SAME_EVENT = (
    frozenset({"finish", "end", "complet", "conclud"}),
    frozenset({"start", "begin", "began", "begun", "commenc"}),
)
ENDINGS = frozenset(
    {"left", "leav", "end", "cancell", "cancel", "clos", "terminat", "retir", "resign", "churn"}
    | {"depart", "archiv", "deactivat", "withdrawn", "discontinu", "quit", "expir", "return"}
)


def correct_event_states(candidate: Candidate) -> list[str]:
    """Not a check: rows the question names by an event's participle ("published articles")
    keep only those where the event's date is set (or, "unpaid", unset), and say so."""
    return correct_asked(candidate, lambda s, q: event_state_filters(s, q, candidate.schema))


def event_state_filters(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Add, in place, the NULL test of each event the question names its rows by (see the
    module); one note per test added.

    >>> import sqlglot
    >>> from app.checking.schema import parse_schema
    >>> schema = parse_schema(
    ...     "CREATE TABLE articles (id INT PRIMARY KEY, headline TEXT NOT NULL, "
    ...     "published_at TIMESTAMP)", "sqlite")
    >>> query = sqlglot.parse_one("SELECT COUNT(*) FROM articles")
    >>> [note] = event_state_filters(query, "How many published articles are there?", schema)
    >>> query.sql()
    'SELECT COUNT(*) FROM articles WHERE NOT articles.published_at IS NULL'
    """
    states = _named_states(question.lower(), schema)
    if not states:
        return []  # no participle before a table's noun: most questions
    columns = schema.lowered_columns()
    notes: list[str] = []
    for scope, select, alias, table, state, shared in stated_reads(statement, states):
        column, happened, said, every = state
        if not every and shared and not _points_at_twin(statement, scope, alias, table, schema):
            continue  # "published articles longer than the average article": which is which
        if reads_column(scope, alias, column, columns):
            notes.extend(_flip_contrary_test(select, alias, column, happened, said))
            continue
        if _valued(select, column_event(column)):
            continue
        declared = source_name(scope, alias) or alias
        test: exp.Expr = exp.Is(this=exp.column(column, table=declared), expression=exp.Null())
        select.where(exp.Not(this=test) if happened else test, copy=False)
        notes.append(
            f"added {declared}.{column} IS {'NOT ' if happened else ''}NULL: the question "
            f"asks for {said}, and {column} is NULL until that happens"
        )
    return notes


State = TypeVar("State")


def stated_reads(
    statement: exp.Expr, states: Mapping[str, State]
) -> Iterator[tuple[Scope, exp.Select, str, str, State, bool]]:
    """(scope, its SELECT, alias, table, state, whether another level reads the table too) for
    each table that ``states`` names and a query level reads, not on the outer side of a join."""
    scopes = query_scopes(statement)
    readers = Counter(table for scope in scopes for table in scope_tables(scope).values())
    for scope in scopes:
        select = scope.expression
        if not isinstance(select, exp.Select):
            continue
        for alias, table in scope_tables(scope).items():
            state = states.get(table)
            if state is not None and not outer_side(select, alias):
                yield scope, select, alias, table, state, readers[table] > 1


def _named_states(question: str, schema: SchemaInfo) -> dict[str, tuple[str, bool, str, bool]]:
    """table (lowercased) -> (its nullable date column of the event the question names its
    rows by, whether the rows are those where it happened, the words that say so, whether
    every mention of the table's noun says so)."""
    states: dict[str, tuple[str, bool, str, bool]] = {}
    for table, types in date_aware_types(schema).items():
        events = {
            column: event
            for column, kind in types.items()
            if DATE_TYPE.search(kind)
            and (table, column) in schema.nullable
            and (event := column_event(column)) is not None
        }
        if not events:
            continue
        found: list[tuple[str, bool, str]] = []
        for form in spoken_forms(table):
            for pattern in (BEFORE_NOUN, _AFTER_NOUN):
                for said in re.finditer(pattern.format(noun=re.escape(form)), question):
                    found.extend(_state(said, events))
        if found and len({(column, happened) for column, happened, _ in found}) == 1:
            states[table] = (*found[0], len(found) == table_mentions(question, table))
    return states


def _state(said: re.Match[str], events: dict[str, str]) -> list[tuple[str, bool, str]]:
    groups = said.groupdict()
    negated = bool(groups["negation"] or groups.get("excluded"))
    states = _participle_states(groups["word"], negated, events)
    if groups.get("inclusion") or groups.get("included"):
        # The rows where it happened and the others alike: no state to keep them to.
        return [
            (column, happened, said.group(0)) for column, _ in states for happened in (True, False)
        ]
    return [(column, happened, said.group(0)) for column, happened in states]


def _participle_states(word: str, negated: bool, events: dict[str, str]) -> list[tuple[str, bool]]:
    if word == "open":  # "open accounts": not closed
        closing = [column for column, event in events.items() if event == "clos"]
        return [(closing[0], negated)] if len(closing) == 1 else []
    if word in _CURRENT or word in _FORMER:
        ending = [column for column, event in events.items() if event in ENDINGS]
        return [(ending[0], (word in _FORMER) != negated)] if len(ending) == 1 else []
    readings = [(word, not negated)]
    if word.startswith("un"):
        readings.append((word[2:], negated))  # "unpaid": paid, not happened
    for participle, happened in readings:
        root = word_root(participle)
        matched = [column for column, event in events.items() if event == root]
        if not matched:  # another word for the event: "finished" for ended_at
            kin = next((family for family in _SAME_EVENT if root in family), frozenset())
            matched = [column for column, event in events.items() if event in kin]
        if len(matched) == 1:
            return [(matched[0], happened)]
    return []


def _flip_contrary_test(
    select: exp.Select, alias: str, column: str, happened: bool, said: str
) -> list[str]:
    """Turn a WHERE test of ``column`` for NULL that says the opposite of the state the question
    names ("former members" as ``left_on IS NULL``) around, in place."""
    where = select.args.get("where")
    for test in conjuncts(where.this) if where is not None else []:
        inner = test.this if isinstance(test, exp.Not) else test
        if not isinstance(inner, exp.Is) or not isinstance(inner.expression, exp.Null):
            continue
        tested = inner.this
        if not isinstance(tested, exp.Column) or tested.name.lower() != column:
            continue
        if tested.table and tested.table.lower() != alias:
            continue
        negated = isinstance(test, exp.Not) != bool(inner.args.get("negate"))
        if negated == happened:
            return []  # says what the question says
        before = test.sql()
        null_test: exp.Expr = exp.Is(this=tested.copy(), expression=exp.Null())
        test.replace(exp.Not(this=null_test) if happened else null_test)
        state = "IS NOT NULL" if happened else "IS NULL"
        return [f"{before} -> {tested.sql()} {state}: the question asks for {said}"]
    return []


def _points_at_twin(
    statement: exp.Expr, scope: Scope, alias: str, table: str, schema: SchemaInfo
) -> bool:
    """Whether ``alias`` is the pointing side of the one self-join that reads ``table``
    (``e.manager_id = m.employee_id``: "current employees ... their line manager" names the
    employees, and the manager by another word)."""
    twins = [a for a, t in scope_tables(scope).items() if t == table]
    reads = [t for t in statement.find_all(exp.Table) if t.name.lower() == table]
    if len(twins) != 2 or len(reads) != 2:
        return False
    other = next(a for a in twins if a != alias)
    key = schema.keys.primary_keys.get(table)
    for equality in scope.expression.find_all(exp.EQ):
        sides = [equality.this, equality.expression]
        if not all(isinstance(side, exp.Column) for side in sides):
            continue
        for pointing, pointed in (sides, sides[::-1]):
            if (
                pointing.table.lower() == alias
                and pointed.table.lower() == other
                and pointed.name.lower() == key
                and schema.keys.references.get((table, pointing.name.lower())) == table
            ):
                return True
    return False


def outer_side(select: exp.Select, alias: str) -> bool:
    """Whether ``alias`` is joined so that its rows may be missing (LEFT, RIGHT or FULL)."""
    for join in select.args.get("joins") or []:
        if join.this.alias_or_name.lower() == alias and join.side:
            return True
    return False


def reads_column(scope: Scope, alias: str, column: str, columns: dict[str, set[str]]) -> bool:
    """Whether ``scope``, or a subquery correlated with it, reads ``alias``'s ``column``."""
    for level in scope.traverse():
        for used in scope_columns(level):
            if used.name.lower() != column:
                continue
            found = source_column(used, level, columns)
            if found is not None and found[0] is scope and found[1] == alias:
                return True
    return False


def _valued(select: exp.Select, event: str | None) -> bool:
    """Whether the query level compares some text named after ``event``: ``status =
    'closed'`` for closed_at."""
    for literal in select.find_all(exp.Literal):
        if literal.is_string and literal.find_ancestor(exp.Select) is select:
            if any(word_root(w) == event for w in re.findall(r"[a-z]+", literal.this.lower())):
                return True
    return False
