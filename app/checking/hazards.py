"""SQL that sqlglot cannot parse in reasonable time, refused before it is parsed.

sqlglot (30.x) parses a chain of JOINs that have no ON or USING with exponential backtracking:
12 such joins take 0.04 s, 14 take 0.15 s, 20 about 13 s, and the ~60 that a model once wrote
in a 200-token answer would take hours, holding the GIL so that the whole service stalls. Such
a chain is never a sensible query, so it is refused from its tokens (linear) with an issue the
repair round can act on. Comma joins and joins with conditions parse in linear time.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import TokenError
from sqlglot.tokenizer_core import Token, TokenType

MAX_JOINS_WITHOUT_CONDITION = 10


def parse_hazard(sql: str, dialect: str) -> str | None:
    """Why ``sql`` must not be handed to sqlglot's parser, or None when it is safe to parse.

    >>> parse_hazard("SELECT * FROM a JOIN b ON a.id = b.id", "sqlite") is None
    True
    >>> print(parse_hazard("SELECT * FROM a" + " JOIN a" * 12, "sqlite"))
    the SQL chains 12 JOINs without ON or USING; write the join conditions
    """
    try:
        tokens = Dialect.get_or_raise(dialect).tokenize(sql)
    except (TokenError, ValueError):
        return None  # the parser reports these itself, quickly
    return token_hazard(tokens)


def token_hazard(tokens: Sequence[Token]) -> str | None:
    """:func:`parse_hazard` on tokens already at hand (a schema is tokenized to be split)."""
    joins = sum(token.token_type == TokenType.JOIN for token in tokens)
    conditions = sum(token.token_type in (TokenType.ON, TokenType.USING) for token in tokens)
    bare = joins - conditions
    if bare > MAX_JOINS_WITHOUT_CONDITION:
        return f"the SQL chains {bare} JOINs without ON or USING; write the join conditions"
    return None
