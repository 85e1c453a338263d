"""Expression rules, one family per (scope, context, depth).

Depth is what keeps a small model from looping: a function call, a parenthesised expression, a
CASE, a window specification or a subquery at depth ``d`` holds only expressions of depth
``d - 1``, and depth 0 has none of them, so nesting is bounded by the grammar itself."""

from __future__ import annotations

from app.grammar.context import STRICT, GrammarContext, suffix
from app.grammar.dialects import RANKING_FUNCTIONS, WINDOW_VALUE_FUNCTIONS
from app.grammar.gbnf import alt, lit, word

# Chains of operators are unbounded: a bounded repetition {0,n} is expanded into n copies by
# xgrammar and tripled compile time. Only nesting is bounded (by depth).
_CHAIN = "*"


_POSTGRES_UNITS = "EPOCH DOW DOY ISODOW".split()


def add_shared_rules(g: GrammarContext) -> None:
    """Lexical rules every family uses: whitespace, literals, operators, names, types."""
    r, kw, spec = g.rules, g.kw, g.spec
    # One separator at a time: a space, or a newline with a little indentation. Never a run.
    r.add("ws", '" " | "\\n" [ \\t]{0,8}')
    r.add("ows", "ws?")
    r.add("int", "[0-9]+")
    r.add("number", 'int ("." [0-9]*)? | "." [0-9]+')
    r.add("string", '"\'" ([^\'\\n] | "\'\'")* "\'"')
    literals = [
        "number",
        "string",
        kw("NULL"),
        kw("TRUE"),
        kw("FALSE"),
        kw("CURRENT_DATE"),
        kw("CURRENT_TIMESTAMP"),
        kw("CURRENT_TIME"),
    ]
    unit_names = "YEAR MONTH DAY HOUR MINUTE SECOND WEEK QUARTER".split()
    if spec.name == "postgres":
        unit_names += _POSTGRES_UNITS  # EXTRACT(EPOCH FROM closed_at - opened_at) / 3600
    units = alt(word(u) for u in unit_names)
    r.add("date_unit", units)
    if spec.typed_literals:
        typed = alt([kw("DATE"), kw("TIMESTAMP"), kw("INTERVAL")])
        typed_literal = f"{typed} ws string (ws date_unit)?"
        if spec.number_intervals:
            typed_literal += f" | {kw('INTERVAL')} ws int ws date_unit"
        literals.append(r.add("typed_literal", typed_literal))
    r.add("literal", " | ".join(literals))
    r.add("cmp_op", alt(lit(o) for o in ["=", "==", "!=", "<>", "<=", ">=", "<", ">"]))
    r.add("arith_op", alt(lit(o) for o in ["+", "-", "*", "/", "%", "||"]))
    likes = [kw("LIKE")] + ([kw("GLOB")] if spec.name == "sqlite" else [])
    likes += [kw("ILIKE")] if spec.name in {"postgres", "duckdb", "snowflake"} else []
    r.add("like_op", alt(likes))
    r.add("logic_op", alt([kw("AND"), kw("OR")]))
    windowed = {*RANKING_FUNCTIONS, *WINDOW_VALUE_FUNCTIONS, "EXTRACT"}
    r.add("fname", alt(word(f) for f in spec.functions if f not in windowed))
    r.add("rank_fname", alt(word(f) for f in spec.functions if f in RANKING_FUNCTIONS))
    r.add("window_fname", alt(word(f) for f in spec.functions if f in WINDOW_VALUE_FUNCTIONS))
    r.add("type_name", alt(word(t) for t in spec.types))
    r.add("sql_type", 'type_name (ows "(" ows int (ows "," ows int)? ows ")")?')
    r.add("count_star", f'{kw("COUNT")} ows "(" ows "*" ows ")"')
    r.add(
        "direction",
        f"ws {alt([kw('ASC'), kw('DESC')])} | ws {kw('NULLS')} ws {alt([kw('FIRST'), kw('LAST')])}",
    )
    side = alt([kw("PRECEDING"), kw("FOLLOWING")])
    r.add("frame_bound", f"{kw('UNBOUNDED')} ws {side} | {kw('CURRENT', 'ROW')} | int ws {side}")
    r.add(
        "frame",
        f"{alt([kw('ROWS'), kw('RANGE')])} ws "
        f"({kw('BETWEEN')} ws frame_bound ws {kw('AND')} ws frame_bound | frame_bound)",
    )


def add_expressions(g: GrammarContext, scope: str, ctx: str, depth: int) -> str:
    """Define the expression family for (scope, ctx, depth); returns its top rule name."""
    r, kw = g.rules, g.kw
    sfx = suffix(scope, ctx, depth)
    expr = f"expr_{sfx}"
    if expr in r:
        return expr
    if scope == STRICT:
        colref = f"{g.refs.qualified} | {g.refs.column}"
    else:  # a derived table's columns: any name, optionally qualified by any name
        colref = f'{g.refs.free} ("." {g.refs.free})?'
    r.add(f"colref_{sfx}", colref)
    primaries = ["literal", f"colref_{sfx}", "count_star"]
    in_items = f'sum_{sfx} (ows "," ows sum_{sfx})*'
    if depth >= 1:
        inner = add_expressions(g, scope, ctx, depth - 1)
        query = f"query_{ctx}{depth - 1}"
        primaries = ["literal", f"colref_{sfx}", f"call_{sfx}", f"case_{sfx}", f"cast_{sfx}"]
        primaries += [f'"(" ows {inner} ows ")"', f'"(" ows {query} ows ")"']
        primaries.append(f'{kw("EXISTS")} ows "(" ows {query} ows ")"')
        in_items = f"{query} | {in_items}"
        _add_calls(g, sfx, inner)
        r.add(
            f"case_{sfx}",
            f"{kw('CASE')} (ws {inner})? (ws {kw('WHEN')} ws {inner} ws {kw('THEN')} ws {inner})"
            f"+ (ws {kw('ELSE')} ws {inner})? ws {kw('END')}",
        )
        r.add(f"cast_{sfx}", f'{kw("CAST")} ows "(" ows {inner} ws {kw("AS")} ws sql_type ows ")"')
    not_ = f"({kw('NOT')} ws)?"
    r.add(f"primary_{sfx}", " | ".join(primaries))
    cast_suffix = ' ("::" sql_type)?' if g.spec.double_colon_cast else ""
    r.add(f"unary_{sfx}", f'("-" ows)? primary_{sfx}{cast_suffix}')
    r.add(f"sum_{sfx}", f"unary_{sfx} (ows arith_op ows unary_{sfx}){_CHAIN}")
    r.add(
        f"test_{sfx}",
        " | ".join(
            [
                f"ows cmp_op ows sum_{sfx}",
                *_array_tests(g, sfx),
                f"ws {not_} {kw('BETWEEN')} ws sum_{sfx} ws {kw('AND')} ws sum_{sfx}",
                f"ws {not_} like_op ws sum_{sfx} (ws {kw('ESCAPE')} ws string)?",
                f'ws {not_} {kw("IN")} ows "(" ows ({in_items}) ows ")"',
                f"ws {kw('IS')} ws {not_} {kw('NULL')}",
            ]
        ),
    )
    r.add(f"pred_{sfx}", f"{not_} sum_{sfx} test_{sfx}?")
    return r.add(expr, f"pred_{sfx} (ws logic_op ws pred_{sfx}){_CHAIN}")


def _array_tests(g: GrammarContext, sfx: str) -> list[str]:
    """PostgreSQL's ``'x' = ANY (tags)``: how an array column is searched (LIKE on it fails)."""
    if g.spec.name != "postgres":
        return []
    quantifier = alt([g.kw("ANY"), g.kw("ALL")])
    return [f'ows cmp_op ows {quantifier} ows "(" ows sum_{sfx} ows ")"']


def _add_calls(g: GrammarContext, sfx: str, inner: str) -> None:
    """Function calls (a fixed name list) with an optional window, at one depth."""
    r, kw = g.rules, g.kw
    args = f'({kw("DISTINCT")} ws)? {inner} (ows "," ows {inner})*'
    partition = f'{kw("PARTITION", "BY")} ws {inner} (ows "," ows {inner})*'
    order = f'{kw("ORDER", "BY")} ws {inner} direction? (ows "," ows {inner} direction?)*'
    r.add(
        f"window_{sfx}",
        f"{partition} (ws {order})? (ws frame)? | {order} (ws frame)? | frame",
    )
    window = f'ws {kw("OVER")} ows "(" ows window_{sfx}? ows ")"'
    over = f"({window})?"
    calls = [
        f'fname ows "(" ows ({args})? ows ")" {over}',
        f"count_star {over}",
        f'rank_fname ows "(" ows ")" {window}',
        f'window_fname ows "(" ows {inner} (ows "," ows {inner})* ows ")" {window}',
    ]
    if g.spec.unit_first:
        unit_first = alt(word(f) for f in g.spec.unit_first)
        calls.append(f'{unit_first} ows "(" ows date_unit (ows "," ows {inner})+ ows ")"')
    if "EXTRACT" in g.spec.functions:
        calls.append(f'{kw("EXTRACT")} ows "(" ows date_unit ws {kw("FROM")} ws {inner} ows ")"')
    r.add(f"call_{sfx}", " | ".join(calls))
