"""Query rules: SELECT cores in a strict or a loose scope, FROM clauses, set operations, ORDER
BY / LIMIT, CTEs and the root rule."""

from __future__ import annotations

from app.grammar.context import LOOSE, PLAIN, STRICT, WITH, GrammarContext, suffix
from app.grammar.expressions import add_expressions, add_shared_rules
from app.grammar.gbnf import alt


def add_root(g: GrammarContext, max_depth: int) -> None:
    """Define ``root``: one read statement, an optional trailing semicolon."""
    r, kw = g.rules, g.kw
    add_shared_rules(g)
    _add_clause_rules(g)
    for ctx in (PLAIN, WITH):
        for depth in range(max_depth + 1):
            _add_query(g, ctx, depth)
    free = g.refs.free
    columns = f'(ows "(" ows {free} (ows "," ows {free})* ows ")")?'
    r.add("cte", f'{free} {columns} ws {kw("AS")} ws "(" ows query_{WITH}{max_depth} ows ")"')
    r.add(
        "with_query",
        f'{kw("WITH")} (ws {kw("RECURSIVE")})? ws cte (ows "," ows cte)* '
        f"ws query_{WITH}{max_depth}",
    )
    r.add("root", f'(query_{PLAIN}{max_depth} | with_query) (ows ";")?')


def _add_clause_rules(g: GrammarContext) -> None:
    r, kw = g.rules, g.kw
    outer = f"(ws {kw('OUTER')})?"
    kinds = [
        kw("INNER"),
        f"{kw('LEFT')} {outer}",
        f"{kw('RIGHT')} {outer}",
        f"{kw('FULL')} {outer}",
        kw("CROSS"),
        kw("NATURAL"),
    ]
    r.add("join_op", f'ows "," ows | ws ({alt(kinds)} ws)? {kw("JOIN")} ws')
    r.add("set_op", f"{kw('UNION')} (ws {kw('ALL')})? | {kw('INTERSECT')} | {kw('EXCEPT')}")
    r.add("alias", f"(ws {kw('AS')})? {g.refs.free_ws}")
    if g.spec.top:
        rows = alt([kw("ROWS"), kw("ROW")])
        fetch = (
            f"{kw('FETCH')} ws {alt([kw('NEXT'), kw('FIRST')])} ws int ws {rows} ws {kw('ONLY')}"
        )
        r.add("limit", f"{kw('OFFSET')} ws int ws {rows} (ws {fetch})?")
        r.add("top", f"ws {kw('TOP')} ws int")
    else:
        r.add("limit", f'{kw("LIMIT")} ws int (ws {kw("OFFSET")} ws int | ows "," ows int)?')


def _add_query(g: GrammarContext, ctx: str, depth: int) -> None:
    """query_<ctx><depth>: SELECT cores joined by set operations, then ORDER BY and LIMIT."""
    kw = g.kw
    scope = LOOSE if g.has_loose(ctx) else STRICT
    core = _add_core(g, scope, ctx, depth)
    expr = f"expr_{suffix(scope, ctx, depth)}"
    # ORDER BY may name an output alias of the SELECT list, which no grammar can bind. The
    # alias rules carry their own leading separator: see identifiers.add_schema_rules.
    first, then = f"ws {expr}", f"(ws {expr} | {expr})"
    if scope == STRICT:
        first = f"({first} | {g.refs.free_ws})"
        then = f"(ws {expr} | {expr} | {g.refs.free_ows})"
    order = f'{kw("ORDER", "BY")} {first} direction? (ows "," {then} direction?)*'
    g.rules.add(
        f"query_{ctx}{depth}",
        f"{core} (ws set_op ws {core})* (ws {order})? (ws limit)?",
    )


def _add_core(g: GrammarContext, scope: str, ctx: str, depth: int) -> str:
    """One SELECT ... FROM ... WHERE ... GROUP BY ... HAVING in a scope."""
    r, kw, refs = g.rules, g.kw, g.refs
    sfx = suffix(scope, ctx, depth)
    expr = add_expressions(g, scope, ctx, depth)
    star = f'"*" | {refs.qualified_star}' if scope == STRICT else f'"*" | {refs.free} "." "*"'
    r.add(f"item_{sfx}", f"{star} | {expr} (ws {kw('AS')} {refs.free_ws})?")
    items = f'item_{sfx} (ows "," ows item_{sfx})*'
    top = " top?" if g.spec.top else ""
    group = f'(ws {kw("GROUP", "BY")} ws {expr} (ows "," ows {expr})*)?'
    return r.add(
        f"select_{sfx}",
        f"{kw('SELECT')} (ws {kw('DISTINCT')})?{top} ws {items} "
        f"(ws {kw('FROM')} ws {_from(g, scope, ctx, depth, expr)})? "
        f"(ws {kw('WHERE')} ws {expr})? {group} (ws {kw('HAVING')} ws {expr})?",
    )


MAX_JOINS = 10
"""Sources joined to the first one in one FROM clause (the bundled gold queries use at most 4)."""


def _from(g: GrammarContext, scope: str, ctx: str, depth: int, expr: str) -> str:
    """FROM sources joined: schema tables, subqueries one level down, and in a loose SELECT
    (inside WITH) any name, a CTE's."""
    r, kw, free = g.rules, g.kw, g.refs.free
    sfx = suffix(scope, ctx, depth)
    sources = ["table_ref"]
    if depth >= 1:
        sources.append(f'"(" ows query_{ctx}{depth - 1} ows ")" alias?')
    if scope == LOOSE:
        sources.append(f"{free} alias?")
    source = r.add(f"source_{sfx}", " | ".join(sources))
    using = f'ws {kw("USING")} ows "(" ows {g.refs.column_list} ows ")"'
    cond = r.add(f"join_cond_{sfx}", f"ws {kw('ON')} ws {expr} | {using}")
    # Bounded: a model looping on "JOIN t JOIN t ..." stops at the bound instead of spending
    # its whole token budget (and such chains parse in exponential time: app/checking/hazards).
    return r.add(f"from_{sfx}", f"{source} (join_op {source} {cond}?){{0,{MAX_JOINS}}}")
