"""Coverage and cost of the schema grammar (``python -m bench.grammar_coverage``).

For every read example of the bundled dataset (gold SQL a SELECT/WITH), builds the grammar
from that example's CREATE TABLEs and checks, with xgrammar and no LM, whether the gold SQL is
accepted as written (raw) and after sqlglot's round trip (normalized). Reports both coverages,
the grammar's build time (cold, no cache) and its compile time in xgrammar, with an empty
vocabulary and, when a tokenizer is given, with that model's vocabulary (what vLLM compiles).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import sqlglot
import typer
import xgrammar as xgr

from app.grammar import build_sql_grammar, build_sql_grammar_cache_clear
from app.grammar.ddl import tables_from_ddl

DEFAULT_TOKENIZER = Path.home() / ".cache/text2sql/local-lm/models/smollm2-135m-instruct"


@dataclass(frozen=True)
class Case:
    """One read example: its id, DDL and gold SQL."""

    id: str
    ddl: str
    gold: str


@dataclass(frozen=True)
class Outcome:
    case: Case
    raw: bool
    normalized: bool
    build_s: float
    compile_s: float


def read_cases() -> list[Case]:
    """The bundled dataset's read examples (the gold SQL is a query, not a write)."""
    from optimizer.datasets import is_write_task, load_bundled

    return [
        Case(e.get("id", ""), e.sql_context, e.sql.strip())
        for e in load_bundled()
        if not is_write_task(e)
    ]


_EMPTY_COMPILER: xgr.GrammarCompiler | None = None


def compile_grammar(grammar: str) -> xgr.CompiledGrammar:
    """Compile with an empty vocabulary: enough to match strings, no LM needed."""
    global _EMPTY_COMPILER
    if _EMPTY_COMPILER is None:
        _EMPTY_COMPILER = xgr.GrammarCompiler(xgr.TokenizerInfo([]), cache_enabled=False)
    return _EMPTY_COMPILER.compile_grammar(grammar)


def accepts(compiled: xgr.CompiledGrammar, sql: str) -> bool:
    """Whether the grammar accepts all of ``sql`` and may stop right after it."""
    matcher = xgr.GrammarMatcher(compiled, terminate_without_stop_token=True)
    return matcher.accept_string(sql) and matcher.is_terminated()


def normalize(sql: str) -> str:
    """The gold as sqlglot writes it back for SQLite (what a model trained on it might emit)."""
    return sqlglot.transpile(sql, read="sqlite", write="sqlite")[0]


def measure(case: Case) -> Outcome:
    tables = tables_from_ddl(case.ddl)
    build_sql_grammar_cache_clear()
    start = time.perf_counter()
    grammar = build_sql_grammar(tables)
    built = time.perf_counter()
    compiled = compile_grammar(grammar)
    compiled_at = time.perf_counter()
    raw = accepts(compiled, case.gold)
    normalized = accepts(compiled, normalize(case.gold))
    return Outcome(case, raw, normalized, built - start, compiled_at - built)


def run(cases: list[Case]) -> Iterator[Outcome]:
    for case in cases:
        yield measure(case)


def _ms(values: list[float], q: float) -> str:
    ordered = sorted(values)
    return f"{1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]:.1f} ms"


def _with_vocabulary(tokenizer: Path, cases: list[Case]) -> tuple[list[float], list[float]]:
    """Compile seconds per grammar and token-mask seconds per gold token, with a real vocabulary
    (what vLLM does per request and per generated token). Single-threaded CPU time, so the
    numbers hold on a loaded machine."""
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(tokenizer))
    info = xgr.TokenizerInfo.from_huggingface(tok)
    compiler = xgr.GrammarCompiler(info, cache_enabled=False, max_threads=1)
    compiles, masks = [], []
    for case in cases:
        grammar = build_sql_grammar(tables_from_ddl(case.ddl))
        start = time.process_time()
        matcher = xgr.GrammarMatcher(compiler.compile_grammar(grammar))
        compiles.append(time.process_time() - start)
        bitmask = xgr.allocate_token_bitmask(1, info.vocab_size)
        for token in tok.encode(case.gold):
            start = time.process_time()
            matcher.fill_next_token_bitmask(bitmask)
            masks.append(time.process_time() - start)
            if not matcher.accept_token(token):
                break
    return compiles, masks


def main(
    tokenizer: Annotated[Path, typer.Option(help="HF tokenizer dir for vocab compile.")] = (
        DEFAULT_TOKENIZER
    ),
    vocab_samples: int = typer.Option(24, help="Schemas compiled with the real vocabulary."),
    show_misses: bool = typer.Option(True, help="Print the gold queries not accepted raw."),
) -> None:
    cases = read_cases()
    outcomes = list(run(cases))
    n = len(outcomes)
    raw = sum(o.raw for o in outcomes)
    norm = sum(o.normalized for o in outcomes)
    either = sum(o.raw or o.normalized for o in outcomes)
    builds = [o.build_s for o in outcomes]
    compiles = [o.compile_s for o in outcomes]
    print(f"gold read queries: {n}")
    print(f"accepted raw: {raw}/{n} = {100 * raw / n:.1f}%")
    print(f"accepted after sqlglot round trip: {norm}/{n} = {100 * norm / n:.1f}%")
    print(f"accepted either way: {either}/{n} = {100 * either / n:.1f}%")
    print(f"build (cold): median {_ms(builds, 0.5)}, p95 {_ms(builds, 0.95)}")
    print(f"xgrammar compile, empty vocab: median {_ms(compiles, 0.5)}, p95 {_ms(compiles, 0.95)}")
    sizes = [len(build_sql_grammar(tables_from_ddl(c.ddl))) for c in cases]
    print(f"grammar size: median {statistics.median(sizes):.0f} chars")
    if tokenizer.exists() and vocab_samples > 0:
        sample = cases[:: max(1, n // vocab_samples)]
        vocab_compiles, masks = _with_vocabulary(tokenizer, sample)
        print(
            f"xgrammar compile, {tokenizer.name} vocabulary ({len(sample)} schemas, 1 thread): "
            f"median {_ms(vocab_compiles, 0.5)}, p95 {_ms(vocab_compiles, 0.95)}"
        )
        print(
            f"token mask ({len(masks)} gold tokens): median {_ms(masks, 0.5)}, "
            f"p95 {_ms(masks, 0.95)}, mean {1000 * statistics.mean(masks):.1f} ms"
        )
    if show_misses:
        for o in outcomes:
            if not o.raw:
                note = " (normalized ok)" if o.normalized else ""
                print(f"  miss{note} {o.case.id}: {o.case.gold}")


if __name__ == "__main__":
    typer.run(main)
