"""The schema as the model sees it: compact DDL, a few example values, cut to a token budget.

A request's schema may carry INSERT rows (the dataset's ``sql_context`` does). Echoing them to
a small model costs thousands of tokens and invites it to copy them back; leaving them out loses
what small models get wrong most, the values (``'Savings'`` vs ``'savings account'``). So each
column keeps at most a few distinct example values, as a comment on its line (the format of
DAIL-SQL / CodeS prompts). When the rendering is over the budget, only the tables the question
links to are shown (app.prompt.schema_linking); tables and columns the question names are never
dropped, and the tables that join the shown ones are kept, so joins stay possible.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

import sqlglot
from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ParseError, TokenError

from app.prompt.compact_ddl import compact_sql
from app.prompt.schema_linking import connecting_tables, key_targets, link
from app.prompt.values import (
    MAX_CANDIDATE_VALUES,
    MAX_VALUES_PER_COLUMN,
    content_words,
    is_identifier_column,
    pick_values,
    value_key,
    value_text,
)

# Qwen2.5's and SmolLM2's tokenizers average ~3.5 characters a token on DDL; the budget is a
# guard against very large schemas, not an exact count, so an estimate is enough.
CHARS_PER_TOKEN = 3.5


@dataclass
class TableView:
    """One table or view: its DDL without values, and example values per column."""

    name: str
    create: exp.Create
    columns: list[str]
    references: set[str] = field(default_factory=set)  # tables its foreign keys point to
    values: dict[str, list[str]] = field(default_factory=dict)
    """Distinct example values per column, in the order the rows give them."""
    shown: dict[str, list[str]] = field(default_factory=dict)
    """The few values per column the model sees (``_pick_values``), chosen once per request."""
    spelled: list[str] = field(default_factory=list)
    """Its name and its columns' names as the DDL spells them (``StudentScholarships``)."""

    def render(self, dialect: str, with_values: bool) -> str:
        # sqlglot's SQLite writer maps types lossily (DECIMAL(12,2) -> REAL(12, 2)); its
        # generic writer keeps them as declared, and SQLite reads that DDL as it is.
        dialect = "" if dialect == "sqlite" else dialect
        if (self.create.args.get("kind") or "").upper() == "VIEW":
            return self.create.sql(dialect) + ";"
        schema = _unquoted(self.create.this) if dialect == "mysql" else self.create.this
        lines = []
        for item in schema.expressions:
            if isinstance(item, exp.IndexColumnConstraint):
                continue  # MySQL's `KEY idx (col)`: an index changes no answer
            line = compact_sql(item, dialect)
            name = item.name.lower() if isinstance(item, exp.ColumnDef) else ""
            # An ENUM column's type lists its values already.
            examples = self.shown.get(name, []) if with_values and not _is_enum(item) else []
            comment = ", ".join(examples)
            lines.append((line, f"e.g. {comment}" if comment else ""))
        body = []
        for index, (line, comment) in enumerate(lines):
            comma = "," if index < len(lines) - 1 else ""
            body.append(f"  {line}{comma}" + (f" -- {comment}" if comment else ""))
        return f"CREATE TABLE {schema.this.sql(dialect)} (\n" + "\n".join(body) + "\n);"


_PLAIN_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def _unquoted(schema: exp.Expr) -> exp.Expr:
    """MySQL's backticks left off plain lowercase names (sqlglot quotes reserved words again):
    a mysqldump quotes every name, two tokens each that tell the model nothing."""
    schema = schema.copy()
    for identifier in schema.find_all(exp.Identifier):
        if identifier.quoted and _PLAIN_NAME.fullmatch(identifier.name):
            identifier.set("quoted", False)
    return schema


def _is_enum(item: exp.Expr) -> bool:
    kind = item.args.get("kind") if isinstance(item, exp.ColumnDef) else None
    return isinstance(kind, exp.DataType) and kind.is_type(exp.DType.ENUM, exp.DType.SET)


@dataclass(frozen=True)
class SchemaView:
    """The rendered schema and which tables it shows (the response reports them)."""

    text: str
    tables: list[str]
    omitted_tables: list[str]
    approx_tokens: int


def approx_tokens(text: str) -> int:
    return int(len(text) / CHARS_PER_TOKEN) + 1


def _tables(
    statements: Iterable[exp.Expr],
    question_words: frozenset[str],
    kept_values: frozenset[str] | None = None,
) -> dict[str, TableView]:
    """The schema's tables with their example values; ``question_words`` pick the shown ones,
    or, given ``kept_values`` (``sql_literals``), only those values are shown."""
    tables: dict[str, TableView] = {}
    for statement in statements:
        if isinstance(statement, exp.Create) and isinstance(statement.this, exp.Schema | exp.Table):
            target = (
                statement.this.this if isinstance(statement.this, exp.Schema) else statement.this
            )
            name = target.name.lower()
            spelled_columns = [c.name for c in statement.find_all(exp.ColumnDef)]
            columns = [c.lower() for c in spelled_columns]
            refs = {ref.this.this.name.lower() for ref in statement.find_all(exp.Reference)}
            spelled = [target.name, *spelled_columns]
            tables[name] = TableView(name, statement, columns, references=refs, spelled=spelled)
        elif isinstance(statement, exp.Insert):
            _add_values(statement, tables)
    for view in tables.values():
        if kept_values is None:
            view.shown = {c: pick_values(vs, question_words) for c, vs in view.values.items()}
        else:
            view.shown = {
                c: [v for v in vs if value_key(v) in kept_values][:MAX_VALUES_PER_COLUMN]
                for c, vs in view.values.items()
            }
    return tables


def _add_values(insert: exp.Insert, tables: dict[str, TableView]) -> None:
    target = insert.this
    table = (target.this if isinstance(target, exp.Schema) else target).name.lower()
    view = tables.get(table)
    values = insert.expression
    if view is None or not isinstance(values, exp.Values):
        return
    named = [c.name.lower() for c in target.expressions] if isinstance(target, exp.Schema) else []
    columns = named or view.columns
    for row in values.expressions:
        items = row.expressions if isinstance(row, exp.Tuple) else [row]
        for column, item in zip(columns, items, strict=False):
            if is_identifier_column(column, view.create):
                continue
            text = value_text(item)
            seen = view.values.setdefault(column, [])
            if text is not None and text not in seen and len(seen) < MAX_CANDIDATE_VALUES:
                seen.append(text)


def _choose(
    tables: dict[str, TableView],
    question: str,
    budget: int,
    costs: dict[str, int],
    mentioned: frozenset[str] = frozenset(),
) -> list[str]:
    """Tables to show (app.prompt.schema_linking): the named ones and the tables their foreign
    keys point to, whatever the budget; then the linked ones while they fit; then the tables
    that join them. A question that links to no table fills the budget in schema order.

    ``costs``: each table's tokens as rendered with its values. ``mentioned``: words that name
    tables as named ones too (a repair's previous SQL and issues).
    """
    links = link(tables, question)
    extra = [name for name in tables if name in mentioned and name not in links.named]
    links = replace(links, named=links.named + extra)
    if not links.named and not links.linked:
        return _fill(list(tables), [], budget, costs)
    anchors = links.named or links.linked[:1]
    chosen = _fill(links.linked, anchors + key_targets(tables, anchors), budget, costs)
    chosen += connecting_tables(tables, chosen)
    order = list(tables)  # the schema's own order reads best
    return sorted(set(chosen), key=order.index)


def _fill(names: list[str], chosen: list[str], budget: int, costs: dict[str, int]) -> list[str]:
    """``chosen``, then each of ``names`` not among them while the total fits the budget."""
    chosen = list(chosen)
    used = sum(costs[name] for name in chosen)
    for name in names:
        if name not in chosen and used + costs[name] <= budget:
            chosen.append(name)
            used += costs[name]
    return chosen


@lru_cache(maxsize=256)
def parsed_statements(schema_text: str, dialect: str) -> tuple[exp.Expr, ...]:
    """Parsed once per schema: a knn program renders the same few demo contexts on every
    request, and a client asks many questions about one schema. Rendering only reads the trees.
    """
    return tuple(s for s in sqlglot.parse(schema_text, read=dialect) if s is not None)


def render_schema(
    schema_text: str,
    question: str,
    dialect: str = "sqlite",
    token_budget: int = 1500,
    question_values: bool = False,
    kept_values: frozenset[str] | None = None,
    mentioned: frozenset[str] = frozenset(),
) -> SchemaView:
    """Render ``schema_text`` for the model: compact DDL plus example values, within budget.

    ``question_values``: show each column's values that share words with the question before
    its first ones (value retrieval); otherwise the first few values the rows give.
    ``kept_values``: show only these values (``sql_literals`` of a demo's SQL) instead.
    ``mentioned``: lowercase words; over the budget, the tables they name are shown whatever
    the question links to (a repair shows the tables its previous SQL and issues name).

    A schema that does not parse is passed through untouched: the checker reports it to the
    client with its own error, and rendering must never hide what the client sent.
    """
    try:
        statements = parsed_statements(schema_text, dialect)
    except (ParseError, TokenError):
        return SchemaView(schema_text, [], [], approx_tokens(schema_text))
    asked = frozenset(content_words(question)) if question_values else frozenset()
    tables = _tables(statements, asked, kept_values)
    if not tables:
        return SchemaView(schema_text, [], [], approx_tokens(schema_text))
    names = list(tables)
    rendered = {name: view.render(dialect, True) for name, view in tables.items()}
    full = "\n".join(rendered.values())
    if approx_tokens(full) > token_budget:
        costs = {name: approx_tokens(text) for name, text in rendered.items()}
        names = _choose(tables, question, token_budget, costs, mentioned)
        full = "\n".join(rendered[name] for name in names)
    if approx_tokens(full) > token_budget:
        # Still over with only the needed tables: the values go before any table does.
        full = "\n".join(tables[name].render(dialect, False) for name in names)
    omitted = [name for name in tables if name not in names]
    return SchemaView(full, names, omitted, approx_tokens(full))


def with_dialect_hint(view: SchemaView, dialect: str) -> SchemaView:
    """``view`` with a last line naming the dialect the answer must be written in.

    Small coder models write whichever dialect their training favoured (``DATE(a) - DATE(b)``
    for a day count, ``TOP 5`` on SQLite); the line is the phrasing of the text-to-SQL prompts
    Qwen2.5-Coder was evaluated with, and it tells a PostgreSQL question from a SQLite one.
    """
    name = type(Dialect.get_or_raise(dialect)).__name__ if dialect else "SQL"
    text = f"{view.text}\n-- Using valid {name}, answer the question for the tables provided above."
    return replace(view, text=text, approx_tokens=approx_tokens(text))
