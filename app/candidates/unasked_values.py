"""Why a checked answer may answer a narrower question: a declared value it keeps, unasked.

"Which clients have posted at least one job but have no completed job yet?" answered with
``client_id IN (SELECT client_id FROM jobs WHERE status = 'open')`` runs and returns rows, and
misses every client whose only job is in progress: the model narrowed "posted a job" to the
jobs still open. Small models often add such a filter on a column whose values the schema
declares (an ENUM, a ``CHECK (... IN (...))``): ``kind = 'deposit'`` for a balance,
``role = 'GP'`` for prescribers. When the SQL keeps only rows whose declared column equals
(or is IN) values the question never says in any form (the word, its root, an abbreviation
such as 'GK' for goalkeepers, or a common synonym such as 'done' for "completed"), the answer
gets one repair round naming the condition. Dropping the condition outright is not safe: a
question may mean a value by a word this module does not know ('red' cards for "sent off"),
so the model decides, and the doubted answer stands unless the repair drops it (app.generation).
"""

from __future__ import annotations

import re

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from app.checking.declared_values import declared_comparisons
from app.checking.event_dates import word_root
from app.checking.schema import SchemaInfo

MIN_PART_CHARS = 3
"""Parts of a value shorter than this ('to' of 'client_to_freelancer') say nothing alone."""
_ABBREVIATION = re.compile(r"[A-Z]{2,4}")
# Words a status value and a question use for the same state ('done' for "completed").
_SYNONYMS = (
    frozenset({"done", "complet", "finish", "fulfil", "fulfill"}),
    frozenset({"activ", "active", "current", "ongo", "ongoing"}),
    frozenset({"pend", "pending", "wait", "await", "outstand", "outstanding"}),
    frozenset({"cancel", "cancell", "void"}),
)


def unasked_values(question: str, sql: str, dialect: str, schema: SchemaInfo) -> list[str]:
    """One issue per condition of ``sql`` keeping only declared values ``question`` never
    says."""
    if not schema.declared_values:
        return []
    try:
        statement = sqlglot.parse_one(sql, read=dialect)
    except SqlglotError:
        return []
    words = re.findall(r"[a-z0-9]+", question.lower())
    issues: list[str] = []
    for compared in declared_comparisons(statement, schema):
        node = compared.node
        if isinstance(node, exp.NEQ) or isinstance(
            node.find_ancestor(exp.Not, exp.Select), exp.Not
        ):
            continue  # an exclusion keeps every other value (a NOT IN's subquery narrows it)
        if node.find_ancestor(exp.Where, exp.Join) is None:
            continue  # a CASE or a projection counts rows, it does not keep them
        if any(said(value, words) for value in compared.texts):
            continue
        shown = ", ".join(f"'{value}'" for value in compared.texts)
        kept = f"= {shown}" if len(compared.texts) == 1 else f"IN ({shown})"
        issues.append(
            f"the SQL keeps only rows where {schema.declared_table(compared.table)}."
            f"{compared.column.name} {kept}, a value the question does not say: if no "
            "words of the question mean that value, remove the condition; if they do, keep it"
        )
    return list(dict.fromkeys(issues))


def said(value: str, words: list[str]) -> bool:
    """Whether ``value`` is said among the question's ``words`` (lowercased), in any form.

    >>> said("in_progress", "which jobs are still in progress".split())
    True
    >>> said("GK", "how many goalkeepers are there".split())
    True
    >>> said("done", "which rounds were completed".split())
    True
    >>> said("open", "which clients have posted a job".split())
    False
    """
    if _ABBREVIATION.fullmatch(value) and _abbreviates(value.lower(), words):
        return True
    parts = [p for p in re.findall(r"[a-z0-9]+", value.lower()) if len(p) >= MIN_PART_CHARS]
    if not parts:
        parts = re.findall(r"[a-z0-9]+", value.lower())
    roots = {word_root(word) for word in words}
    return bool(parts) and all(_part_said(part, words, roots) for part in parts)


def _part_said(part: str, words: list[str], roots: set[str]) -> bool:
    root = word_root(part)
    if part in words or root in roots:
        return True
    if len(part) >= MIN_PART_CHARS and any(
        w.startswith(part) or part.startswith(w) for w in words if len(w) >= 4
    ):
        return True
    kin = next((family for family in _SYNONYMS if part in family or root in family), None)
    return kin is not None and bool(kin & (roots | set(words)))


def _abbreviates(letters: str, words: list[str]) -> bool:
    """'gp' for "general practitioner" (initials of words in a row), 'gk' for "goalkeepers"
    (letters in order within one word that begins with the first)."""
    for i in range(len(words) - len(letters) + 1):
        if all(words[i + k].startswith(letter) for k, letter in enumerate(letters)):
            return True
    return any(word.startswith(letters[0]) and _in_order(letters[1:], word[1:]) for word in words)


def _in_order(letters: str, text: str) -> bool:
    rest = iter(text)
    return all(letter in rest for letter in letters)
