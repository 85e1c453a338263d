"""Small helpers to write GBNF text: quoted terminals, alternatives, an ordered rule set."""

from __future__ import annotations

from collections.abc import Iterable

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def lit(text: str) -> str:
    """A GBNF string terminal matching ``text`` exactly."""
    return '"' + "".join(_ESCAPES.get(ch, ch) for ch in text) + '"'


def alt(options: Iterable[str]) -> str:
    """Alternatives as one parenthesised GBNF expression, duplicates dropped, order kept."""
    unique = list(dict.fromkeys(options))
    if not unique:
        raise ValueError("a GBNF alternative needs at least one option")
    return unique[0] if len(unique) == 1 else "(" + " | ".join(unique) + ")"


def word(text: str) -> str:
    """A keyword or function name as written in upper or lower case (models write both)."""
    return alt([lit(text.upper()), lit(text.lower())])


class Rules:
    """GBNF rules in definition order; a rule defined twice must not change."""

    def __init__(self) -> None:
        self._rules: dict[str, str] = {}

    def add(self, name: str, body: str) -> str:
        known = self._rules.get(name)
        if known is not None and known != body:
            raise ValueError(f"GBNF rule {name} defined twice with different bodies")
        self._rules[name] = body
        return name

    def __contains__(self, name: object) -> bool:
        return name in self._rules

    def render(self) -> str:
        return "".join(f"{name} ::= {body}\n" for name, body in self._rules.items())
