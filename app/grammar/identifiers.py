"""Identifier rules: how each schema name may be written, the aliases each table may take, the
qualified ``table.column`` pairs, and free names (output aliases, CTE names)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.grammar.dialects import BareCase, DialectSpec
from app.grammar.gbnf import Rules, alt, lit

_BARE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# T1, T2, ...: the aliases of Spider's gold SQL, which coder models write before any other.
_SPIDER_ALIAS = '"T" [1-9]'


@dataclass(frozen=True)
class TableSpec:
    """A table as the identifier rules see it (the public GrammarTable, decoupled)."""

    name: str
    columns: tuple[str, ...]
    schema: str = ""  # written before the name, optionally (``clinic.appointments``)


@dataclass(frozen=True)
class SchemaRefs:
    """Rule names the SQL rules refer to."""

    table_ref: str  # a schema table, optionally with one of its aliases
    column: str  # any schema column, bare
    qualified: str  # table-or-its-alias "." one of that table's columns
    qualified_star: str  # table-or-its-alias ".*"
    column_list: str  # comma-separated schema columns (USING, CTE column lists use free)
    free: str  # any identifier: output aliases, CTE names and their columns
    free_ws: str  # one separator, then any identifier
    free_ows: str  # an optional separator, then any identifier


def needs_quotes(name: str, spec: DialectSpec) -> bool:
    """True when ``name`` written bare would not name itself exactly in ``spec``'s dialect."""
    if not _BARE.fullmatch(name) or name.upper() in spec.reserved:
        return True
    if spec.bare_case is BareCase.LOWER:
        return name != name.lower()
    if spec.bare_case is BareCase.UPPER:
        return name != name.upper()
    return False


def name_forms(name: str, spec: DialectSpec) -> str:
    """GBNF for every way to write ``name``: quoted with each of the dialect's quote pairs, and
    bare where that is exact."""
    forms = [lit(open_ + name.replace(close, close * 2) + close) for open_, close in spec.quotes]
    if not needs_quotes(name, spec):
        forms.insert(0, lit(name))
    return alt(forms)


def table_aliases(name: str, spec: DialectSpec) -> list[str]:
    """Short aliases a table may take, all derived from its own name, so that ``alias.column``
    can be checked against that table's columns: the first 1-4 letters of the name, the
    initials of its words (``crew_assignments`` -> ``ca``) and the first 1-3 letters of each word
    (``meter_readings`` -> ``r``, ``re``) and the first letter with any later one (``farmers``
    -> ``fr``). A digit may follow (``e1``, ``e2`` for self-joins)."""
    words = [w for w in re.split(r"[^a-z0-9]+", name.lower()) if w and w[0].isalpha()]
    if not words:
        return []
    joined = "".join(words)
    candidates = [joined[:n] for n in range(1, 5)]
    if len(words) > 1:
        candidates.append("".join(w[0] for w in words))
    candidates += [w[:n] for w in words for n in range(1, 4)]
    candidates += [joined[0] + ch for ch in joined[1:] if ch.isalpha()]  # fr(armers), fd(fields)
    return [
        a
        for a in dict.fromkeys(candidates)
        if a != name.lower() and not needs_quotes(a, spec) and a.upper() not in spec.reserved
    ]


def _qualified_name(table: TableSpec, spec: DialectSpec) -> str:
    """The table's name, after its schema when the DDL gave one (optional: the search path
    correction of app/checking writes it when it is left out)."""
    name = name_forms(table.name, spec)
    if not table.schema:
        return name
    return f'({name_forms(table.schema, spec)} ".")? {name}'


def _not_in_class(chars: str) -> str:
    escaped = "".join("\\" + ch if ch in "]\\^-" else ch for ch in chars)
    return f"[^{escaped}\\n]"


def add_schema_rules(rules: Rules, tables: Sequence[TableSpec], spec: DialectSpec) -> SchemaRefs:
    """Define the identifier rules for ``tables`` in ``rules``; returns their names."""
    refs, quals, stars, all_columns = [], [], [], []
    for i, table in enumerate(tables):
        tname = rules.add(f"t{i}_name", _qualified_name(table, spec))
        cols = [name_forms(c, spec) for c in table.columns]
        all_columns += cols
        aliases = table_aliases(table.name, spec)
        qualifier = tname
        alias_part = ""
        if aliases:
            derived = alt(lit(a) for a in aliases)
            alias = rules.add(f"t{i}_alias", f"({derived} [1-9]? | {_SPIDER_ALIAS})")
            qualifier = f"({tname} | {alias})"
            alias_part = f" (ws (kw_as ws)? {alias})?"
        refs.append(rules.add(f"t{i}_ref", tname + alias_part))
        if cols:
            col = rules.add(f"t{i}_col", alt(cols))
            quals.append(f'{qualifier} "." {col}')
        stars.append(f'{qualifier} "." "*"')
    if not refs:
        raise ValueError("a SQL grammar needs at least one table")
    # Unbounded: xgrammar expands {0,n} into n states, which slowed compiling several-fold.
    free_forms = ["[A-Za-z_] [A-Za-z0-9_]*"]
    free_forms += [f"{lit(o)} {_not_in_class(c)}+ {lit(c)}" for o, c in spec.quotes]
    free = alt(free_forms)
    # The separator is written into the same rule as the name: as a rule of its own, xgrammar
    # must check every space-led token past its end against the whole parse stack (~65 ms per
    # mask on a 49k vocabulary at each alias position); inside, they are decided at compile time.
    separator = '(" " | "\\n" [ \\t]{0,8})'
    if not all_columns:
        raise ValueError("a SQL grammar needs at least one column")
    column = rules.add("column", alt(all_columns))
    return SchemaRefs(
        table_ref=rules.add("table_ref", alt(refs)),
        column=column,
        qualified=rules.add("qualified", alt(quals)),
        qualified_star=rules.add("qualified_star", alt(stars)),
        column_list=rules.add("column_list", 'column (ows "," ows column)*'),
        free=rules.add("free", free),
        free_ws=rules.add("free_ws", f"{separator} {free}"),
        free_ows=rules.add("free_ows", f"{separator}? {free}"),
    )
