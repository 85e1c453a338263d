"""The results table and chart, rebuilt from the compiled programs' meta files.

Like the origin's table (rows: model x optimization; columns: validation and test accuracy), but
every accuracy is execution accuracy through the serving pipeline, with its count and a 95%
Wilson interval, so two rows can be told apart from noise.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.program_meta import ProgramMeta
from optimizer.results import Row, best_on_validation, load_rows
from optimizer.stats import wilson_interval


def format_accuracy(correct: int, n: int) -> str:
    """``"42.5% (17/40) [28.5–57.8]"``: the rate, its counts and its 95% Wilson interval."""
    if n == 0:
        return "–"
    low, high = wilson_interval(correct, n)
    return f"{100 * correct / n:.1f}% ({correct}/{n}) [{100 * low:.1f}–{100 * high:.1f}]"


def settings_text(row: Row) -> str:
    settings = row.meta.optimizer.settings
    return ", ".join(f"{key}={value}" for key, value in settings.items()) or "–"


def _rate(value: float | None) -> str:
    return "–" if value is None else f"{100 * float(value):.0f}%"


def _or_dash(value: object) -> object:
    return "–" if value is None else value


def demos_text(meta: ProgramMeta) -> str:
    """Fixed demos as a count; similar demos as 'k per question (of pool)'."""
    if meta.similar_demos:
        pool = meta.demo_pool if "demo_pool" in meta.model_fields_set else "?"
        return f"{meta.similar_demos} per question (of {pool})"
    return str(meta.demos)


def results_table(rows: Sequence[Row]) -> str:
    """The Markdown results table."""
    judged = any(row.score("test").judge_accuracy is not None for row in rows)
    header = (
        "| program | model | optimization | module | demos | validation EX | test EX "
        "| test EM " + ("| test judge " if judged else "") + "| test valid | test attempts "
        "| failed requests (val/test) |\n"
        "|---|---|---|---|---:|---|---|---:|" + ("---:|" if judged else "") + "---:|---:|---:|\n"
    )
    lines = []
    for row in rows:
        test = row.score("test")
        judge = f"| {_rate(test.judge_accuracy)} " if judged else ""
        lines.append(
            f"| {row.name} | {row.model} | {row.optimizer} ({settings_text(row)}) "
            f"| {row.module} | {demos_text(row.meta)} "
            f"| {format_accuracy(*row.counts('val'))} | {format_accuracy(*row.counts('test'))} "
            f"| {_rate(test.exact_match_rate)} {judge}"
            f"| {100 * test.valid_rate:.0f}% "
            f"| {test.mean_attempts:.2f} "
            f"| {row.score('val').errors}/{test.errors} |"
        )
    return header + "\n".join(lines) + "\n"


def complexity_table(rows: Sequence[Row], split: str = "test") -> str:
    """Correct/n per SQL complexity level (columns: programs)."""
    levels = sorted({level for row in rows for level in row.score(split).by_complexity})
    header = "| complexity | " + " | ".join(row.name for row in rows) + " |\n"
    header += "|---|" + "---:|" * len(rows) + "\n"
    lines = []
    for level in levels:
        cells = []
        for row in rows:
            counts = row.score(split).by_complexity.get(level, {})
            cells.append(f"{counts.get('correct', 0)}/{counts.get('n', 0)}" if counts else "–")
        lines.append(f"| {level} | " + " | ".join(cells) + " |")
    return header + "\n".join(lines) + "\n"


def timing_table(rows: Sequence[Row]) -> str:
    """Wall times of each run (compile, then scoring each split) and the limits it ran under."""
    header = (
        "| program | compile s | validation s | test s | LM call timeout s | request deadline s "
        "| max tokens |\n|---|---:|---:|---:|---:|---:|---:|\n"
    )
    lines = [
        f"| {row.name} | {_or_dash(row.meta.optimizer.compile_seconds)} "
        f"| {_or_dash(row.score('val').seconds)} | {_or_dash(row.score('test').seconds)} "
        f"| {_or_dash(row.meta.lm.timeout_s)} "
        f"| {_or_dash(row.meta.serving.request_deadline_s)} "
        f"| {_or_dash(row.meta.lm.max_tokens)} |"
        for row in rows
    ]
    return header + "\n".join(lines) + "\n"


def baseline_for(rows: Sequence[Row], row: Row) -> Row | None:
    """The un-optimized program of the same model and module, to compare ``row`` against."""
    for other in rows:
        if other.optimizer == "none" and (other.model, other.module) == (row.model, row.module):
            return other
    return None


def verdict(rows: Sequence[Row]) -> str:
    """Which program validation picks, and whether it beats the baseline on test (honestly)."""
    best = best_on_validation(rows)
    if best is None:
        return "No program has validation scores yet."
    text = (
        f"Best on validation: **{best.name}** "
        f"({format_accuracy(*best.counts('val'))}); it is the one to activate."
    )
    base = baseline_for(rows, best)
    if base is None or base is best:
        return text
    diff = best.accuracy("test") - base.accuracy("test")
    best_low, _ = wilson_interval(*best.counts("test"))
    _, base_high = wilson_interval(*base.counts("test"))
    if diff <= 0:
        outcome = "does **not** beat"
    elif best_low > base_high:
        outcome = "beats"
    else:
        outcome = "scores above, but within the confidence intervals of,"
    return (
        f"{text} On test it {outcome} the baseline **{base.name}** "
        f"({100 * best.accuracy('test'):.1f}% vs {100 * base.accuracy('test'):.1f}%, "
        f"{diff * 100:+.1f} points)."
    )


def reproduce_commands(rows: Sequence[Row]) -> str:
    commands = [row.meta.command for row in rows if row.meta.command]
    steps = [
        "python -m model_serve.local up  # the LM the rows name (or set TEXT2SQL_LM_*)",
        *commands,
        "python -m optimizer activate --best  # best on validation; test never chooses",
        "python -m optimizer report",
    ]
    return "```bash\n" + "\n".join(steps) + "\n```\n"


def provenance(rows: Sequence[Row]) -> str:
    """Data, split and software the table rests on (from the first row; others must agree)."""
    if not rows:
        return ""
    meta = rows[0].meta
    dataset, split, lm = meta.dataset, meta.dataset.split, meta.lm
    hashes = {str(row.meta.dataset.hash)[:16] for row in rows}
    agreement = "same for all rows" if len(hashes) == 1 else "ROWS DIFFER: " + ", ".join(hashes)
    return (
        f"- dataset: `{dataset.source}`, {dataset.n_examples} examples, "
        f"sha256 `{str(dataset.hash)[:16]}…` ({agreement})\n"
        f"- split: seed {split.seed}, stratified by {split.stratify_by}, "
        f"sizes {split.sizes}, used {split.used} (caps {split.caps})\n"
        f"- LM: `{lm.model}` at {lm.base_url}, max_tokens {lm.max_tokens}, "
        f"temperature {lm.temperature}; serving pipeline with "
        f"max_attempts {meta.serving.max_attempts}\n"
        f"- software: {meta.versions}\n"
    )


def render_markdown(rows: Sequence[Row], chart_name: str = "results.png") -> str:
    """The whole ``results.md``: table, verdict, breakdown, timings, provenance, commands."""
    return (
        "# Results: execution accuracy of compiled programs\n\n"
        "Execution accuracy (EX): an answer counts when the service's checker passes it and it "
        "returns the gold result in a SQLite sandbox (write tasks: the same database state). "
        "Every example runs through the serving pipeline (generate, check, repair). Brackets: "
        "95% Wilson interval. Failed requests (LM timeout, request deadline) count as wrong, "
        "as they would for a client. Rebuilt by `python -m optimizer report` from "
        "`compiled_programs/*.meta.json`.\n\n"
        f"{results_table(rows)}\n"
        f"{verdict(rows)}\n\n"
        f"![results]({chart_name})\n\n"
        "## Test accuracy by SQL complexity (correct/n)\n\n"
        f"{complexity_table(rows)}\n"
        "## Wall times (seconds, this machine)\n\n"
        f"{timing_table(rows)}\n"
        f"{warnings_section(rows)}"
        "## Provenance\n\n"
        f"{provenance(rows)}\n"
        "## Reproduce\n\n"
        f"{reproduce_commands(rows)}"
    )


def warnings_section(rows: Sequence[Row]) -> str:
    """What an optimizer warned about while compiling (a degraded search, say); empty if none."""
    lines = [
        f"- **{row.name}**: {message}" for row in rows for message in row.meta.optimizer.warnings
    ]
    return "## Optimizer warnings\n\n" + "\n".join(lines) + "\n\n" if lines else ""


def write_report(programs_dir: Path, out_dir: Path) -> tuple[Path, Path]:
    """Write ``results.md`` and ``results.png`` into ``out_dir``; return their paths."""
    from optimizer.chart import draw_chart  # matplotlib is heavy; only the report needs it

    rows = load_rows(programs_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    markdown, chart = out_dir / "results.md", out_dir / "results.png"
    markdown.write_text(render_markdown(rows, chart.name), encoding="utf-8")
    draw_chart(rows, chart)
    return markdown, chart
