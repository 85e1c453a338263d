"""Example values: which of a column's values the model sees.

A column's values come from the schema's INSERT rows. A few are shown as a comment on its line;
the question's words pick them (value retrieval), or, for a demo, the literals its SQL uses.
"""

from __future__ import annotations

import re
from functools import lru_cache

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

MAX_VALUES_PER_COLUMN = 3
MAX_VALUE_CHARS = 40
# Distinct values kept per column to choose the shown ones from when the question picks them.
MAX_CANDIDATE_VALUES = 200
_WORD = re.compile(r"[a-z0-9]+")
# Words that name no value: a value is picked for the question only by the words that carry it.
_FUNCTION_WORDS = frozenset(
    "a an and are as at be by do does did for from had has have how in is it its me my no not "
    "of on or our per show list give find get that the their them there these this those to "
    "us was we were what when where which who whom whose why with all any each every many much "
    "more most than then".split()
)


def words(text: str) -> set[str]:
    """Lower-case words with a naive singular form added, so "employees" meets "employee"."""
    words = set(_WORD.findall(text.lower()))
    return words | {w[:-1] for w in words if len(w) > 3 and w.endswith("s")}


def content_words(text: str) -> set[str]:
    """The words of ``text`` that can name a value: no function words, no bare numbers."""
    return {w for w in words(text) if w not in _FUNCTION_WORDS and not w.isdigit()}


def _value_words(value: str) -> set[str]:
    """Content words of a quoted example value; numbers and other literals match nothing."""
    return content_words(value) if value.startswith("'") else set()


# Words this long that begin alike are one word for value retrieval ("japan" in "japanese",
# "cancel" in "cancelled"): the question rarely spells a value exactly as it is stored.
MIN_PREFIX_CHARS = 4


def _shared_words(value_words: set[str], question_words: frozenset[str]) -> int:
    """How many of a value's words the question has, whole or as a prefix of one another."""
    shared = 0
    for word in value_words:
        if word in question_words or any(
            min(len(word), len(other)) >= MIN_PREFIX_CHARS
            and (other.startswith(word) or word.startswith(other))
            for other in question_words
        ):
            shared += 1
    return shared


def pick_values(values: list[str], question_words: frozenset[str]) -> list[str]:
    """The few values the model sees: those sharing words with the question first.

    Small models miss filters whose value they cannot spell (``'African Elephant'`` for
    "elephants", ``'Rotterdam Hub'`` for "Rotterdam Hub" when the first rows show other
    warehouses). Retrieving the values the question mentions, as CodeS and CHESS do, shows
    them without adding tokens: they take the places of the first values. Without question
    words (value retrieval off) these are the first values the rows give.
    """
    if not question_words:
        return values[:MAX_VALUES_PER_COLUMN]
    scores = [_shared_words(_value_words(value), question_words) for value in values]
    matched = sorted((i for i, score in enumerate(scores) if score), key=lambda i: -scores[i])
    picked = set(matched[:MAX_VALUES_PER_COLUMN])
    for i in range(len(values)):
        if len(picked) >= MAX_VALUES_PER_COLUMN:
            break
        picked.add(i)
    # In the rows' order, so a question whose values are among the first shows them as before.
    return [values[i] for i in sorted(picked)]


def value_text(value: exp.Expression) -> str | None:
    """A value as a column's comment shows it: quoted text or a bare number (None: NULL or an
    expression, not an example of a value)."""
    if isinstance(value, exp.Literal):
        # A line break would end the `--` comment and turn the rest into DDL.
        text = str(value.this)[:MAX_VALUE_CHARS].replace("\r", " ").replace("\n", " ")
        return "'" + text.replace("'", "''") + "'" if value.is_string else text
    if isinstance(value, exp.Neg) and isinstance(value.this, exp.Literal):
        return f"-{value.this.this}"
    return None


def is_identifier_column(name: str, create: exp.Create) -> bool:
    """Ids say nothing to the model and cost tokens; their values are never shown."""
    del create
    return name == "id" or name.endswith("_id")


def value_key(text: str) -> str:
    """One spelling per value, so the SQL's ``250`` meets the rows' ``250.0``."""
    try:
        return repr(float(text))
    except ValueError:
        return text


@lru_cache(maxsize=1024)
def sql_literals(sql: str, dialect: str = "sqlite") -> frozenset[str]:
    """The literals ``sql`` uses, as ``value_key`` of their ``value_text``.

    Cached like the schema parse (``schema_view.parsed_statements``): a knn program renders
    demos from the same pool on every request, so each demo's SQL is parsed once, not per
    request.

    A demo's schema can then show only the values its SQL uses: the lesson "the question's
    value, as the rows store it, goes in the filter" at a third of the demo's schema tokens.
    """
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except (ParseError, TokenError):
        return frozenset()
    found = (value_text(node) for s in statements for node in s.find_all(exp.Literal, exp.Neg))
    return frozenset(value_key(text) for text in found if text is not None)
