"""Step 2 of the checker: the SQL inside a model's answer, without prose, fences or markers.

Small models wrap SQL in explanations, code fences and leftovers of DSPy's field markers; the
checker judges the SQL, so it is cut out first. Text after the last statement is dropped only
when it reads as prose: anything that looks like SQL is kept, and so refused as a second
statement.
"""

from __future__ import annotations

import re

from sqlglot.errors import TokenError

from app.checking.schema import split_statements

STATEMENT_START = re.compile(
    r"(?im)^\s*(?:sql\s*:\s*|answer\s*:\s*)?(?=(with|select|insert|update|delete|merge|create|"
    r"drop|alter|truncate|pragma|attach|detach|replace|values|explain|grant|revoke|vacuum|"
    r"begin|commit|rollback|set|copy|call|exec|execute)\b)"
)
# SQL statements STATEMENT_START does not list: after a `;` they are kept (and so refused as a
# second statement), never dropped as trailing prose.
OTHER_STATEMENT = re.compile(
    r"(?i)^\s*(do|upsert|lock|unlock|waitfor|declare|prepare|deallocate|shutdown|checkpoint|"
    r"listen|notify|install|load|import|export|rename|flush|kill|discard|cluster|reindex|"
    r"optimize|repair|handler|savepoint|bulk|backup|restore|dbcc|undrop|unload|msck|use)\b"
)
FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[ \t]*\n?(.*?)(?:```|\Z)", re.S)
DSPY_MARKER = re.compile(r"\[\[\s*##\s*(\w+)\s*##\s*\]\]")


def extract_sql(answer: str) -> str:
    """The SQL inside a model's answer: no prose, no code fences, no DSPy field markers."""
    text = answer.strip()
    fenced = [body for language, body in FENCE.findall(text) if language.lower() in {"", "sql"}]
    if fenced:
        text = max(fenced, key=lambda body: bool(STATEMENT_START.search(body))).strip()
    if DSPY_MARKER.search(text):
        text = _sql_field(text)
    match = STATEMENT_START.search(text)
    if match:
        text = text[match.end() :]
    return text.strip().strip("`").strip()


def _sql_field(text: str) -> str:
    """Text of the ``sql`` field when a raw answer kept some of DSPy's field markers."""
    parts = DSPY_MARKER.split(text)
    # split() alternates text and captured field names: ['', 'reasoning', '...', 'sql', '...']
    fields = dict(zip(parts[1::2], parts[2::2], strict=False))
    if "sql" in fields:
        return fields["sql"].strip()
    return (parts[0] or parts[-1]).strip()


def _without_trailing_prose(sql: str, dialect: str) -> str:
    """Drop what follows the last statement when it reads as prose, not SQL.

    Statements that look like SQL are all kept, so ``SELECT 1; DROP TABLE t`` stays two
    statements and is refused as such.
    """
    try:
        statements = split_statements(sql, dialect)
    except TokenError:  # an apostrophe in the prose opens a string that never closes
        statements = sql.split(";")
    kept: list[str] = []
    for statement in statements:
        if kept and not (STATEMENT_START.match(statement) or OTHER_STATEMENT.match(statement)):
            break
        kept.append(statement.strip())
    return "; ".join(part for part in kept if part)


def candidates(sql: str, dialect: str) -> list[str]:
    """The whole text, then without trailing prose, then up to the first blank line."""
    candidates = [sql]
    for trimmed in (
        _without_trailing_prose(sql, dialect),
        re.split(r"\n\s*\n", sql, maxsplit=1)[0].strip(),
    ):
        if trimmed and trimmed not in candidates:
            candidates.append(trimmed)
    return candidates
