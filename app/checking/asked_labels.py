"""A check that reads the question: "which department", answered with a department's id alone.

"Which department has posted the most jobs?" answered with ``SELECT department_id, COUNT(*)
FROM jobs GROUP BY department_id ORDER BY 2 DESC LIMIT 1`` runs and returns ``3``: the reader
asked which department and must look the number up. When the question asks which (or each)
rows of a table it names ("which candidates", "in each department"; the phrase rules of
app.checking.row_identity), the result gives those rows only by a key (the table's primary key,
or a key of another table pointing at it), and the table has a name or title column the result
does not return, the answer is refused with an issue naming that column and, where the query
does not read the table, the join. The rows may also be asked by the role a key gives them:
"Which project lead has the highest hourly rate?" asks about the people ``projects.lead_id``
points at, answered with ``SELECT project_id, lead_id ...``. A question that asks for ids
passes, and so does a table with no name, title or address: its key is the best answer there
is. (A table with neither a name nor a title is named by its address: a property, a site; with
no address either, by its one handle: a car's plate, a product's SKU.) A question that asks for
"the author's name" in so many words asks about those rows too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlglot import exp

from app.checking.labels import is_label, labels_of
from app.checking.row_identity import spoken_forms, tables_asked_one_by_one
from app.checking.schema import SchemaInfo
from app.checking.scopes import aggregated, column_table, query_scopes, scope_tables

_ROLE = re.compile(r"_?id$", re.IGNORECASE)  # lead_id, ManagerID -> lead, Manager
_IDS_ASKED = re.compile(r"\b(?:ids?|identifiers?|keys?)\b", re.IGNORECASE)


def unlabelled_key_issues(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """The issues of a read that answers "which <table>" with the table's keys alone (none
    without a question, or where the table has no label to give)."""
    unlabelled = unlabelled_keys(statement, question, schema)
    if not unlabelled:
        return []  # before resolving scopes again: most reads have no such key
    read = scope_tables(query_scopes(statement)[-1])
    return [
        _issue(table, key.sql(schema.dialect), table in read.values(), schema)
        for table, key in unlabelled.items()
    ]


def unlabelled_keys(
    statement: exp.Expr, question: str, schema: SchemaInfo
) -> dict[str, exp.Column]:
    """The tables a read answers "which <table>" about with keys alone: table -> the first
    returned key column that stands for its rows (empty without a question, where ids are
    asked, or where the table has no label to give)."""
    if not question or not isinstance(statement, exp.Select):
        return {}
    # "Return the round id, the district name": the rounds' ids are asked, the districts' not.
    id_tables: set[str] = set()
    if _IDS_ASKED.search(question):
        said = {table: _ids_of(table) for table in schema.tables}
        id_tables = {table for table, ids in said.items() if ids.search(question)}
        for table in id_tables:
            question = said[table].sub(" ", question)
        if _IDS_ASKED.search(question):
            return {}
    if any(p.find(exp.Star) and not p.find(exp.AggFunc) for p in statement.expressions):
        return {}  # SELECT * returns the labels there are
    scopes = query_scopes(statement)
    if not scopes:
        return {}
    read = scope_tables(scopes[-1])
    columns = schema.lowered_columns()
    keyed: dict[str, exp.Column] = {}  # table -> the returned key column standing for its rows
    roles: dict[str, set[str]] = {}  # table -> what its returned keys call it ("lead")
    labelled: set[str] = set()
    for projection in statement.expressions:
        for column in projection.unalias().find_all(exp.Column):
            if aggregated(column):
                continue
            owner = column_table(column, read, columns)
            if owner is None:
                return {}  # unresolved: the identifier check judges it, not this one
            if is_label(column.name):
                labelled.add(owner)
            target = schema.keys.target(owner, column.name.lower())
            if target is not None:
                keyed.setdefault(target, column)
                if schema.keys.primary_keys.get(owner) != column.name.lower():  # not its own key
                    roles.setdefault(target, set()).add(_ROLE.sub("", column.name).lower())
    unlabelled = [
        table
        for table in keyed
        if table not in labelled and table not in id_tables and labels_of(table, schema)
    ]
    asked = set(tables_asked_one_by_one(question, unlabelled))
    asked.update(t for t in unlabelled if _asked_by_role(question, roles.get(t, set()) - {""}))
    asked.update(t for t in unlabelled if _name_asked(question, t, labels_of(t, schema)))
    return {table: keyed[table] for table in unlabelled if table in asked}


def _ids_of(table: str) -> re.Pattern[str]:
    """ "the round id", "round ids", "the round's identifier": the ids of ``table``'s rows."""
    said = {word for form in spoken_forms(table) for word in (form, form.split()[-1])}
    forms = "|".join(re.escape(form) for form in sorted(said, key=len, reverse=True))
    return re.compile(rf"\b(?:{forms})(?:'s|s')?\s+(?:ids?|identifiers?|keys?)\b", re.IGNORECASE)


def _name_asked(question: str, table: str, labels: Sequence[str] = ()) -> bool:
    """Whether the question asks for the name of a row of ``table`` in so many words ("the
    author's name", "the name of the author", "author name"), or for its label by the label's
    own words ("the truck's registration plate" for ``registration``).

    >>> _name_asked("Give the headline, the author's name and the section.", "authors")
    True
    >>> _name_asked("Give the headline and the section.", "authors")
    False
    >>> _name_asked("Return the truck's registration plate.", "trucks", ["registration"])
    True
    """
    forms = "|".join(re.escape(form) for form in spoken_forms(table))
    spelt = (re.escape(label.replace("_", " ")) for label in labels)
    names = "|".join([r"(?:full\s+)?names?", *spelt])
    return (
        re.search(
            rf"\b(?:{forms})(?:'s|s')?\s+(?:{names})\b"
            rf"|\bnames?\s+of\s+(?:the|each|every|its|their)\s+(?:{forms})\b",
            question,
            re.IGNORECASE,
        )
        is not None
    )


def _asked_by_role(question: str, roles: set[str]) -> bool:
    """Whether the question asks "which" (or "each") of the rows a key calls by ``roles``."""
    if not roles:
        return False
    spoken = "|".join(re.escape(role) for role in sorted(roles))
    phrase = rf"\b(?:which|each|every)\s+(?:[\w-]+\s+)?(?:{spoken})s?\b"
    return re.search(phrase, question, re.IGNORECASE) is not None


def _issue(table: str, key: str, read: bool, schema: SchemaInfo) -> str:
    spelled = schema.declared_table(table)
    labels = " or ".join(f"{spelled}.{c}" for c in labels_of(table, schema))
    owner = schema.table_schemas.get(table)
    join = "" if read else f" (join {owner + '.' if owner else ''}{spelled} on {key})"
    return (
        f"the question asks about {spelled}, but the result gives them only as {key}: "
        f"return {labels}{join}"
    )
