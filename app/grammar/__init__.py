"""Schema-constrained decoding: a GBNF grammar, built per schema, that lets the model write only
read queries naming the schema's own tables and columns.

Binding names without a symbol table. A context-free grammar cannot remember which alias a
query gave which table, so the grammar binds what it can by construction:

- Tables: only schema tables (and parenthesised subqueries) can be named in FROM/JOIN, bare or
  in the dialect's quotes (a name that is a keyword, not a plain identifier, or of the wrong
  case for the dialect's folding can only be written quoted). A query that begins with WITH
  may also select from other names (its CTEs); a query without WITH cannot name a table outside
  the schema.
- Aliases: each table's aliases are derived from its own name (first 1-4 letters, initials of
  its words, first 1-3 letters of each word, first letter plus any later one, optional digit:
  ``crew_assignments`` -> ``c``, ``cr``, ``ca``, ``a``, ``e2``...; reserved words excluded).
  ``alias.column`` is accepted only for the columns of a table that may carry that alias, and
  ``table.column`` only for that table's own columns, so ``x.salary`` with an unknown ``x``,
  or ``e.balance`` when no table that may be called ``e`` has ``balance``, is refused.
  Residual looseness: tables sharing an alias (``customers c``, ``cards c``) share its columns,
  and every table may be called ``T1`` ... ``T9`` (Spider's aliases, which coder models reach
  for first: refused, a small model wrote nonsense such as ``CAST('1970-01-01' AS TIMESTAMP)``
  instead of ``T1.ended_at - T1.started_at``), so ``T1.column`` is any schema column.
  Not covered: other aliases unrelated to the table's name (``employees m``).
- Tables: a table the DDL puts in a schema (``CREATE TABLE clinic.appointments``) may be
  written with it or without (app/checking then writes it, where the search path needs it).
- Columns: outside WITH, every column reference is a schema column, bare or qualified as above,
  also in a query over a FROM subquery (its output aliases cannot be referenced outside it).
  ORDER BY may also name a free identifier (an output alias of the SELECT list). Inside a WITH
  query every SELECT is loose: a column may be any name (a CTE's output names are made up by
  the query itself), at a token-mask cost measured in app/grammar/README.md.
- Nesting: functions, parentheses, CASE, windows and subqueries share one depth budget
  (builder.MAX_DEPTH); below it the grammar has no nested forms, so a model cannot loop on
  ``AVG(TOTAL(TOTAL(...``. Whitespace is one space or one newline with bounded indentation.

The checker still checks every answer: the grammar narrows what the model can say, it does not
prove the query right.
"""

from app.grammar.builder import GrammarTable, build_sql_grammar, build_sql_grammar_cache_clear

__all__ = ["GrammarTable", "build_sql_grammar", "build_sql_grammar_cache_clear"]
