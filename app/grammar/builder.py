"""build_sql_grammar: a database schema in, a GBNF grammar for vLLM's structured outputs out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.grammar.context import GrammarContext
from app.grammar.dialects import dialect_spec
from app.grammar.gbnf import Rules
from app.grammar.identifiers import TableSpec, add_schema_rules
from app.grammar.queries import add_root

# Nesting levels of functions, parentheses, CASE, windows and subqueries together. Four covers
# ROUND(AVG((julianday(a) - julianday(b)) * 24), 1); more only gives a small model room to loop.
MAX_DEPTH = 4


@dataclass(frozen=True)
class GrammarTable:
    """One table or view as the model may name it."""

    name: str
    columns: tuple[str, ...]
    schema: str = ""
    """The schema the table lives in when the DDL names one (``clinic`` for
    ``clinic.appointments``): the model may then write the table qualified, as it saw it."""


def build_sql_grammar(tables: Sequence[GrammarTable], dialect: str = "sqlite") -> str:
    """GBNF (``root ::= ...``) accepting read queries over exactly ``tables``.

    Cached on the schema and dialect: the same schema in a later request costs a dict lookup.
    Raises ValueError for an empty schema or a dialect sqlglot does not know.
    """
    key = tuple(GrammarTable(t.name, tuple(t.columns), t.schema) for t in tables)
    return _build(key, dialect.lower(), MAX_DEPTH)


@lru_cache(maxsize=256)
def _build(tables: tuple[GrammarTable, ...], dialect: str, max_depth: int) -> str:
    spec = dialect_spec(dialect)
    rules = Rules()
    refs = add_schema_rules(rules, [TableSpec(t.name, t.columns, t.schema) for t in tables], spec)
    add_root(GrammarContext(rules, refs, spec), max_depth)
    return rules.render()


def build_sql_grammar_cache_clear() -> None:
    """Forget built grammars (for timing a cold build)."""
    _build.cache_clear()
