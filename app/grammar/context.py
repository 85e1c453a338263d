"""State shared by the rule writers: the rule set, the schema's rule names, the dialect."""

from __future__ import annotations

from dataclasses import dataclass

from app.grammar.dialects import DialectSpec
from app.grammar.gbnf import Rules, word
from app.grammar.identifiers import SchemaRefs

STRICT = "s"  # column references are schema columns
LOOSE = "l"  # column references are any names (a CTE's output names); only inside WITH
PLAIN = "p"  # no WITH around: only schema tables (and subqueries) can be selected from
WITH = "w"  # inside a WITH query: CTE names may be selected from too


@dataclass
class GrammarContext:
    rules: Rules
    refs: SchemaRefs
    spec: DialectSpec

    def kw(self, *words: str) -> str:
        """Keywords separated by single whitespace, each defined once as ``kw_<word>``."""
        names = []
        for text in words:
            name = "kw_" + text.lower()
            self.rules.add(name, word(text))
            names.append(name)
        return " ws ".join(names)

    def has_loose(self, ctx: str) -> bool:
        """Whether SELECTs here are loose. Only inside a query that began with WITH: there a
        column may be a CTE's output name, which no grammar can bind. Everywhere else columns
        stay strict, also because a free name costs: with a 49k vocabulary each identifier
        position of a loose SELECT took 100-400 ms of token-mask time in xgrammar, a strict one
        under 1 ms (measured by bench.grammar_coverage's per-token probe)."""
        return ctx == WITH


def suffix(scope: str, ctx: str, depth: int) -> str:
    return f"{scope}{ctx}{depth}"
