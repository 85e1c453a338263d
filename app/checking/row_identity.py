"""A check that reads the question: rows asked about one by one must say which row they are.

"How long did each completed appointment last, in minutes?" answered with ``SELECT
scheduled_at, started_at, ended_at, <minutes> FROM appointments ...`` runs and returns one
figure per appointment, none saying which appointment: the reader cannot tell the rows apart,
and a client cannot join them back. When the question asks about "each", "every" or "which" of
a table the result reads (the table's name as the head of the phrase: "each completed
appointment", not "each appointment type"; at most one word between "which" and it, so that
"which customers bought products" asks about customers), and no returned column identifies that
table's rows, the answer is refused with an issue naming the columns that would. A column
identifies a table's rows when it is the table's primary key, a name-like column of it
(``name``, ``title``, ``code``, ``email``, ``number``...; any text column when the table has
none of those), a key of another table pointing at it, or one of the table's own ``*_id``
columns returned with one of its dates (an event of a thing at a time). A question that
spells out what to give ("Give the sample's accession number, the test code and ...") chose
its columns itself, and is left as asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from app.checking.labels import labels_of
from app.checking.schema import SchemaInfo
from app.checking.scopes import aggregated, column_table, query_scopes, scope_tables
from app.checking.types import DATE_NAME, TEXT_TYPE
from app.checking.unasked_keys import spells_out_columns

_NAME_LIKE = re.compile(
    r"(?:name|title|code|email|number|subject|label|username|handle|sku|isbn|plate|address)$",
    re.I,
)
_ONE_BY_ONE = re.compile(r"\b(?:each|every|per|which)\b", re.IGNORECASE)
# A table's name followed by one of these is a modifier: "each incident category".
_MODIFIED = (
    r"types?|categor(?:y|ies)|kinds?|class(?:es)?|sites?|status(?:es)?|groups?|levels?|"
    r"names?|dates?|days?|months?|years?|regions?|areas?|cit(?:y|ies)|countr(?:y|ies)|"
    r"segments?|tiers?|plans?|sizes?|brands?|departments?|teams?|lines?|channels?|sources?|"
    r"methods?|modes?|codes?|owners?|amounts?|counts?|totals?|values?|ids?|numbers?|items?|"
    r"lengths?|durations?|rates?|scores?|prices?|costs?|"
    # A person by the role a row gives them: "which project lead" asks about a person.
    r"leads?|leaders?|managers?|heads?|directors?|supervisors?|coordinators?|contacts?"
)


# "per payment" after a figure is a rate ("averaged over 100 per payment", "30 minutes per
# visit", "average cost per kilo", "the average energy delivered per session"): the rows are
# whatever the figure belongs to.
_RATE = re.compile(
    r"(?:\b\d[\d.,]*\s*(?:[a-z$%]+\s+)?|\b(?:averag\w*|mean|cost|spend|price)\s+(?:[\w-]+\s+){0,3})"
    r"per\s+[\w-]+",
    re.IGNORECASE,
)


def spoken_name(name: str) -> str:
    """``order_lines`` -> ``order lines``, ``ClubMemberships`` -> ``club memberships``."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).replace("_", " ").lower()


def singular_of(word: str) -> str:
    """``categories`` -> ``category``, ``boxes`` -> ``box``, ``payments`` -> ``payment``."""
    word = word.lower()
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    return word.removesuffix("s")


def table_mentions(question: str, table: str) -> int:
    """How often ``question`` names ``table`` in one of its :func:`spoken_forms`."""
    return sum(
        len(re.findall(rf"\b{re.escape(form)}\b", question, re.IGNORECASE))
        for form in spoken_forms(table)
    )


def spoken_forms(table: str) -> list[str]:
    """``order_lines`` -> ``order line``, ``order lines``; ``Courses`` -> ``course``, ..."""
    words = spoken_name(table).split()
    last = words[-1] if words else table.lower()
    singular = singular_of(last)
    head = " ".join(words[:-1])
    forms = {f"{head} {word}".strip() for word in (singular, last, singular + "s")}
    return sorted(forms, key=len, reverse=True)


def tables_asked_one_by_one(question: str, tables: Iterable[str]) -> list[str]:
    """The tables whose rows ``question`` asks about each ("each", "every", "which").

    >>> tables_asked_one_by_one("How long did each completed appointment last?", ["appointments"])
    ['appointments']
    >>> tables_asked_one_by_one("Mean time per incident category", ["incidents"])
    []
    >>> tables_asked_one_by_one("Which members averaged over 100 per payment?", ["payments"])
    []
    >>> tables_asked_one_by_one("The average energy delivered per session", ["sessions"])
    []
    >>> tables_asked_one_by_one("How many orders per customer?", ["customers"])
    ['customers']
    >>> tables_asked_one_by_one("Whom has each user sent messages?", ["users", "messages"])
    ['users']
    """
    question = _RATE.sub(" ", question)
    tables = list(tables)
    asked = []
    for table in tables:
        spoken = "|".join(re.escape(form) for form in spoken_forms(table))
        # "each user sent messages": another table's row is the one asked about each.
        others = "|".join(re.escape(f) for t in tables if t != table for f in spoken_forms(t))
        subject = rf"(?!(?:{others})\s+[\w-]+\s+(?:{spoken})\b)" if others else ""
        phrase = (
            rf"\b(?:(?:each|every|per)\s+{subject}(?:[\w-]+\s+){{0,2}}?|which\s+(?:[\w-]+\s+)?)"
            rf"(?:{spoken})\b"
            rf"(?!\s+(?:{_MODIFIED})\b)"
        )
        if re.search(phrase, question, re.IGNORECASE):
            asked.append(table)
    return asked


def identify_rows(
    statement: exp.Expr, question: str, schema: SchemaInfo
) -> tuple[list[str], list[str]]:
    """Corrections and issues for tables the question asks about row by row that the result
    does not identify (none of either otherwise, and none without a question).

    A plain read (no grouping, aggregate or DISTINCT, which a new column would change) of the
    table under one name gets the table's primary key as its first column, and says so: the rest
    of the answer stands, and a repair round would put it at risk. Anything else is an issue.
    """
    if not question or not isinstance(statement, exp.Select):
        return [], []
    if not _ONE_BY_ONE.search(question):
        return [], []  # before resolving scopes: most questions ask about no row one by one
    if spells_out_columns(question):
        return [], []  # "Give the sample's accession number, ...": the asker chose them
    if any(p.find(exp.Star) and not p.find(exp.AggFunc) for p in statement.expressions):
        return [], []  # SELECT * returns every identifying column there is
    scopes = query_scopes(statement)
    if not scopes:
        return [], []
    read = scope_tables(scopes[-1])
    columns = schema.lowered_columns()
    notes: list[str] = []
    issues: list[str] = []
    for table in tables_asked_one_by_one(question, sorted(set(read.values()))):
        if _identified(statement, table, read, columns, schema):
            continue
        note = _return_key(statement, table, scopes[-1], schema)
        if note is None:
            issues.append(_issue(table, schema))
        else:
            notes.append(note)
    return notes, issues


def _return_key(statement: exp.Select, table: str, scope: Scope, schema: SchemaInfo) -> str | None:
    """Put the column ``table``'s rows are called by first among the returned columns (its one
    label, app.checking.labels: a car's plate; else its primary key); None where that would
    change the rows (a grouped, aggregated or DISTINCT read) or is not one clear column."""
    if statement.args.get("group") or statement.args.get("distinct"):
        return None
    if any(projection.find(exp.AggFunc) for projection in statement.expressions):
        return None
    sources = [
        source
        for source in scope.sources.values()
        if isinstance(source, exp.Table) and source.name.lower() == table
    ]
    labels = labels_of(table, schema)
    key = labels[0].lower() if len(labels) == 1 else schema.keys.primary_keys.get(table)
    if len(sources) != 1 or key is None:
        return None
    spelled = schema.declared_table(table)
    name = next((c for c in schema.tables.get(spelled, {}) if c.lower() == key), None)
    if name is None:
        return None
    source = sources[0]
    qualifier = (source.args["alias"].this if source.alias else source.this).copy()
    column = exp.column(
        exp.to_identifier(name, quoted=f"{spelled}.{name}" in schema.quoted), table=qualifier
    )
    statement.set("expressions", [column, *statement.expressions])
    return (
        f"returned {column.sql(schema.dialect)} first: the question asks about each row of "
        f"{spelled}, and no returned column said which row a result row is"
    )


def _identified(
    statement: exp.Select,
    table: str,
    read: dict[str, str],
    columns: dict[str, set[str]],
    schema: SchemaInfo,
) -> bool:
    declared = schema.tables.get(schema.declared_table(table), {})
    types = {column.lower(): type_ for column, type_ in declared.items()}
    has_name = any(_NAME_LIKE.search(c) for c in types)
    own_key = dated = False
    for projection in statement.expressions:
        for column in projection.unalias().find_all(exp.Column):
            if aggregated(column):
                continue
            owner = column_table(column, read, columns)
            name = column.name.lower()
            if owner is None:
                return True  # unresolved: the identifier check judges it, not this one
            if schema.keys.target(owner, name) == table:
                return True
            if owner != table:
                continue
            if name == schema.keys.primary_keys.get(table) or name == "id":
                return True
            if _NAME_LIKE.search(name) or (not has_name and TEXT_TYPE.search(types[name])):
                return True
            own_key = own_key or name.endswith("id")
            dated = dated or bool(DATE_NAME.search(name))
    return own_key and dated


def _issue(table: str, schema: SchemaInfo) -> str:
    spelled = schema.declared_table(table)
    cols = list(schema.tables.get(spelled, {}))
    key = schema.keys.primary_keys.get(table)
    which = [c for c in cols if c.lower() == key] + [c for c in cols if _NAME_LIKE.search(c)]
    shown = ", ".join(f"{spelled}.{c}" for c in dict.fromkeys(which)) or f"a key of {spelled}"
    return (
        f"the question asks about each row of {spelled}, but no returned column says which "
        f"{spelled} row a result row is: return {shown} with the other columns"
    )
