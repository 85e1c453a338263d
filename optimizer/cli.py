"""``python -m optimizer``: compile, evaluate, report, activate."""

from __future__ import annotations

import functools
import inspect
import shlex
import sys
import time
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, get_type_hints

import typer
from rich.console import Console
from rich.table import Table

from app.config import Settings
from app.program_config import ProgramConfig
from app.registry import UNCOMPILED, LoadedProgram, load_program, uncompiled_program, write_manifest
from optimizer.compile import PREDICTIONS_DIR, CompileJob, write_predictions
from optimizer.datasets import DataPlan, prepare_data
from optimizer.evaluate import DEFAULT_CONCURRENCY, evaluate, summarize
from optimizer.optimizers import OPTIMIZERS, OptimizerOptions
from optimizer.runtime import JudgeEndpoint, build_cached_lm, configure_disk_cache, judge_metric

app = typer.Typer(
    help="Offline optimizer: compile the Text2SQL program, score it, report the results.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)
console = Console(stderr=True)


# The choices of --optimizer: the names in the optimizer table, so a new optimizer is one entry.
OptimizerName = StrEnum(  # type: ignore[misc]
    "OptimizerName", {name.replace("-", "_"): name for name in OPTIMIZERS}
)


class SplitName(StrEnum):
    train = "train"
    val = "val"
    test = "test"


ProgramsDir = Annotated[Path, typer.Option(help="Compiled programs folder.")]
Dataset = Annotated[
    str, typer.Option(help="'bundled', a .jsonl/.csv/.parquet file or folder, or a hub id.")
]
BaseUrl = Annotated[
    str | None, typer.Option(help="LM endpoint (default: TEXT2SQL_LM_BASE_URL / settings).")
]
Model = Annotated[str | None, typer.Option(help="Served model name (default: settings).")]
MaxTokens = Annotated[
    int | None,
    typer.Option(
        min=1, help="Completion token limit (default: TEXT2SQL_LM_MAX_TOKENS / settings)."
    ),
]
LMTimeout = Annotated[
    float | None,
    typer.Option(
        min=1,
        help="Seconds one LM call may take (default: settings). Offline runs batch many "
        "requests on one server, so calls wait far longer than a lone request would.",
    ),
]
Deadline = Annotated[
    float | None,
    typer.Option(min=1, help="Seconds for all attempts of one example (default: settings)."),
]
ApiKey = Annotated[
    str | None, typer.Option(help="LM API key (default: TEXT2SQL_LM_API_KEY / settings).")
]
Cap = Annotated[
    int | None, typer.Option(min=0, help="Use only the first N of this split (0: skip it).")
]
JudgeUrl = Annotated[
    str | None,
    typer.Option(
        envvar="TEXT2SQL_JUDGE_BASE_URL",
        help="Also score with the origin's LLM-as-judge (Yes/No) on this OpenAI-compatible "
        "endpoint; its own LM, never the model under test's settings.",
    ),
]
JudgeModel = Annotated[
    str | None, typer.Option(envvar="TEXT2SQL_JUDGE_MODEL", help="The judge's model name.")
]
JudgeKey = Annotated[
    str | None, typer.Option(envvar="TEXT2SQL_JUDGE_API_KEY", help="The judge's API key.")
]
Concurrency = Annotated[int, typer.Option(min=1, help="Examples evaluated at once.")]


def build_settings(
    base_url: str | None,
    model: str | None,
    api_key: str | None,
    max_tokens: int | None,
    lm_timeout_s: float | None = None,
    deadline_s: float | None = None,
) -> Settings:
    """The service's settings, overridden where an option was given."""
    pairs = (
        ("lm_base_url", base_url),
        ("lm_model", model),
        ("lm_api_key", api_key),
        ("lm_max_tokens", max_tokens),
        ("lm_timeout_s", lm_timeout_s),
        ("request_deadline_s", deadline_s),
    )
    overrides: dict[str, Any] = {key: value for key, value in pairs if value is not None}
    return Settings(**overrides)


def judge_endpoint(
    base_url: str | None, model: str | None, api_key: str | None
) -> JudgeEndpoint | None:
    """The judge endpoint when one is configured (a URL needs a model, and vice versa)."""
    if base_url is None and model is None:
        return None
    if not base_url or not model:
        raise typer.BadParameter("the judge needs both --judge-base-url and --judge-model")
    return JudgeEndpoint(base_url=base_url, model=model, api_key=api_key or "")


# The LM and judge options every LM-calling command takes, declared once.
LM_OPTIONS: dict[str, Any] = {
    "lm_base_url": BaseUrl,
    "lm_model": Model,
    "lm_api_key": ApiKey,
    "lm_max_tokens": MaxTokens,
    "lm_timeout_s": LMTimeout,
    "deadline_s": Deadline,
}
JUDGE_OPTIONS: dict[str, Any] = {
    "judge_base_url": JudgeUrl,
    "judge_model": JudgeModel,
    "judge_api_key": JudgeKey,
}


def with_lm_options(command: Callable[..., None]) -> Callable[..., None]:
    """Give a command the LM and judge options; it receives ``settings`` and ``judge`` built
    from them (the service's settings with the given overrides; the judge endpoint or None)."""
    hints = get_type_hints(command, include_extras=True)
    own = [
        parameter.replace(annotation=hints[parameter.name])
        for parameter in inspect.signature(command).parameters.values()
        if parameter.name not in ("settings", "judge")
    ]
    added = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=hint)
        for name, hint in {**LM_OPTIONS, **JUDGE_OPTIONS}.items()
    ]

    @functools.wraps(command)
    def wrapper(**kwargs: Any) -> None:
        lm = [kwargs.pop(name) for name in LM_OPTIONS]
        judge = [kwargs.pop(name) for name in JUDGE_OPTIONS]
        command(settings=build_settings(*lm), judge=judge_endpoint(*judge), **kwargs)

    # Typer reads the options from the signature and its annotations.
    wrapper.__signature__ = inspect.Signature(own + added)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {parameter.name: parameter.annotation for parameter in own + added}
    return wrapper


SECRET_OPTIONS = ("--lm-api-key", "--judge-api-key")


def reproduce_command(argv: list[str]) -> str:
    """The command line that made this run, without any API key (settings read it from env)."""
    args: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in SECRET_OPTIONS:
            skip = True
        elif not arg.startswith(tuple(f"{option}=" for option in SECRET_OPTIONS)):
            args.append(arg)
    return "python -m optimizer " + shlex.join(args)


def _scores_table(title: str, scores: dict[str, dict[str, Any]]) -> Table:
    table = Table(title=title)
    columns = ("split", "n", "correct", "EX", "EM", "judge", "valid", "mean attempts", "errors")
    for column in (*columns, "seconds"):
        table.add_column(column, justify="right")
    for split, score in scores.items():
        judge = score.get("judge_accuracy")
        table.add_row(
            split,
            str(score["n"]),
            str(score["correct"]),
            f"{100 * score['execution_accuracy']:.1f}%",
            f"{100 * score.get('exact_match_rate', 0.0):.1f}%",
            "–" if judge is None else f"{100 * judge:.1f}%",
            f"{100 * score['valid_rate']:.1f}%",
            f"{score['mean_attempts']:.2f}",
            str(score["errors"]),
            str(score.get("seconds", "")),
        )
    return table


def program_config(
    adapter: str,
    compact_schema: bool,
    schema_token_budget: int,
    candidates: int,
    candidate_temperature: float,
    constrained: bool,
    candidate_mode: str = "vote",
    nearest_demo_last: bool = False,
    question_values: bool = False,
    dialect_hint: bool = False,
    tie_break: str = "order",
    demo_schemas: bool = True,
    demo_values: str = "all",
) -> ProgramConfig:
    """The program's prompt and decoding choices; a bad combination is a usage error."""
    try:
        return ProgramConfig(
            adapter=adapter,
            compact_schema=compact_schema,
            schema_token_budget=schema_token_budget,
            candidates=candidates,
            candidate_temperature=candidate_temperature,
            candidate_mode=candidate_mode,
            constrained_decoding=constrained,
            nearest_demo_last=nearest_demo_last,
            question_values=question_values,
            dialect_hint=dialect_hint,
            tie_break=tie_break,
            demo_schemas=demo_schemas,
            demo_values=demo_values,
        )
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


@app.command("compile")
@with_lm_options
def compile_command(
    settings: Settings,
    judge: JudgeEndpoint | None,
    optimizer: Annotated[OptimizerName, typer.Option(help="Which optimizer.")],
    name: Annotated[str, typer.Option(help="Output name: compiled_programs/NAME.json.")],
    cot: Annotated[bool, typer.Option("--cot/--no-cot", help="ChainOfThought vs Predict.")] = False,
    adapter: Annotated[
        str, typer.Option(help="Prompt format: chat (DSPy's ChatAdapter) or sql-chat (bare SQL).")
    ] = "chat",
    compact_schema: Annotated[
        bool,
        typer.Option(
            "--compact-schema/--raw-schema",
            help="Show compact DDL with example values instead of the schema as sent.",
        ),
    ] = False,
    schema_token_budget: Annotated[
        int, typer.Option(help="Cut a compact schema over this many tokens to relevant tables.")
    ] = 1500,
    candidates: Annotated[
        int, typer.Option(help="Answers per LM call, chosen by agreeing results.")
    ] = 1,
    candidate_temperature: Annotated[
        float, typer.Option(help="Sampling temperature when candidates > 1.")
    ] = 0.7,
    candidate_mode: Annotated[
        str,
        typer.Option(
            help="vote: sample candidates on every call; fallback: answer greedily and sample "
            "candidates only when that answer fails the checker or the database."
        ),
    ] = "vote",
    constrained: Annotated[
        bool,
        typer.Option(
            "--constrained/--unconstrained",
            help="Send a grammar of the schema's names with each call (vLLM structured outputs).",
        ),
    ] = False,
    nearest_demo_last: Annotated[
        bool,
        typer.Option(
            "--nearest-demo-last/--nearest-demo-first",
            help="knn: put the most similar demo right before the question instead of first.",
        ),
    ] = False,
    question_values: Annotated[
        bool,
        typer.Option(
            "--question-values/--first-values",
            help="Compact schema: show the example values that share words with the question "
            "first (value retrieval) instead of each column's first values.",
        ),
    ] = False,
    dialect_hint: Annotated[
        bool,
        typer.Option(
            "--dialect-hint/--no-dialect-hint",
            help="Name the SQL dialect under every schema (-- Using valid SQLite, ...).",
        ),
    ] = False,
    tie_break: Annotated[
        str,
        typer.Option(
            help="How equally agreed candidates are told apart: order (the earliest) or "
            "likelihood (the highest mean token log-probability, returned by the LM).",
        ),
    ] = "order",
    demo_schemas: Annotated[
        bool,
        typer.Option(
            "--demo-schemas/--no-demo-schemas",
            help="Show each demo with its schema, or as its question and SQL alone.",
        ),
    ] = True,
    demo_values: Annotated[
        str,
        typer.Option(
            help="Compact schema: a demo's schema shows its columns' example values (all) or "
            "only the values its SQL uses (sql, a third of the tokens).",
        ),
    ] = "all",
    dataset: Dataset = "bundled",
    hub_split: Annotated[str, typer.Option(help="Hub dataset split to load.")] = "test",
    seed: Annotated[int, typer.Option(help="Split seed (origin: 1399).")] = 1399,
    val_fraction: Annotated[float, typer.Option(help="Share for validation.")] = 0.25,
    test_fraction: Annotated[float, typer.Option(help="Share held out for test.")] = 0.25,
    train_cap: Cap = None,
    val_cap: Cap = None,
    test_cap: Cap = None,
    k: Annotated[int, typer.Option(help="Demos (labeled; knn: per question).")] = 4,
    max_bootstrapped_demos: Annotated[int, typer.Option(help="Bootstrapped demos.")] = 2,
    max_labeled_demos: Annotated[int, typer.Option(help="Total demo cap (with labeled).")] = 4,
    num_candidate_programs: Annotated[int, typer.Option(help="Random-search candidates.")] = 8,
    max_rounds: Annotated[int, typer.Option(help="Bootstrap rounds.")] = 1,
    mipro_auto: Annotated[str, typer.Option(help="MIPROv2 budget: light/medium/heavy.")] = "light",
    num_threads: Annotated[int, typer.Option(help="Optimizer's parallel LM calls.")] = 8,
    concurrency: Concurrency = DEFAULT_CONCURRENCY,
    programs_dir: ProgramsDir = Path("compiled_programs"),
    predictions_dir: Annotated[Path, typer.Option(help="Per-example results.")] = PREDICTIONS_DIR,
    activate: Annotated[bool, typer.Option(help="Make it the active program.")] = False,
) -> None:
    """Compile the program on train, score it on validation and test, write NAME(.meta).json."""
    from optimizer.compile import run_compile  # DSPy teleprompters are slow to import

    job = CompileJob(
        name=name,
        optimizer=optimizer.value,
        chain_of_thought=cot,
        config=program_config(
            adapter,
            compact_schema,
            schema_token_budget,
            candidates,
            candidate_temperature,
            constrained,
            candidate_mode,
            nearest_demo_last,
            question_values,
            dialect_hint,
            tie_break,
            demo_schemas,
            demo_values,
        ),
        data=DataPlan(
            dataset, hub_split, seed, val_fraction, test_fraction, train_cap, val_cap, test_cap
        ),
        options=OptimizerOptions(
            k=k,
            max_bootstrapped_demos=max_bootstrapped_demos,
            max_labeled_demos=max_labeled_demos,
            num_candidate_programs=num_candidate_programs,
            max_rounds=max_rounds,
            mipro_auto=mipro_auto,
            num_threads=num_threads,
            seed=seed,
        ),
        concurrency=concurrency,
        programs_dir=programs_dir,
        predictions_dir=predictions_dir,
        activate=activate,
        command=reproduce_command(sys.argv[1:]),
        judge=judge,
    )
    started = time.monotonic()
    meta = run_compile(job, settings)
    console.print(_scores_table(f"{name} (version {meta.version})", meta.to_json()["scores"]))
    console.print(
        f"wrote {programs_dir / (name + '.json')} and {name}.meta.json "
        f"in {time.monotonic() - started:.0f}s" + (" (active)" if activate else "")
    )


def _load(name: str, programs_dir: Path) -> LoadedProgram:
    if name == UNCOMPILED:
        return uncompiled_program()
    return load_program(programs_dir / f"{name}.json")


@app.command("evaluate")
@with_lm_options
def evaluate_command(
    settings: Settings,
    judge: JudgeEndpoint | None,
    program: Annotated[str, typer.Argument(help="A compiled program's name, or 'uncompiled'.")],
    split: Annotated[SplitName, typer.Option(help="Which split to score.")] = SplitName.val,
    dataset: Dataset = "bundled",
    seed: Annotated[int, typer.Option(help="Split seed (origin: 1399).")] = 1399,
    cap: Cap = None,
    concurrency: Concurrency = DEFAULT_CONCURRENCY,
    programs_dir: ProgramsDir = Path("compiled_programs"),
    predictions_dir: Annotated[Path, typer.Option(help="Per-example results.")] = PREDICTIONS_DIR,
) -> None:
    """Score a program through the serving pipeline (generate, check, repair) on one split."""
    loaded = _load(program, programs_dir)
    data = prepare_data(DataPlan(source=dataset, seed=seed))
    examples = getattr(data.full, split.value)[:cap]
    configure_disk_cache()
    started = time.monotonic()
    lm = build_cached_lm(settings, num_retries=0)
    results = evaluate(
        loaded.module,
        examples,
        settings=settings,
        lm=lm,
        concurrency=concurrency,
        label=f"{program} {split.value}",
        judge=judge_metric(judge),
    )
    summary = {**summarize(results).to_json(), "seconds": round(time.monotonic() - started, 1)}
    out = predictions_dir / f"{program}.{split.value}.eval.jsonl"
    write_predictions(out, results)
    console.print(_scores_table(f"{program} ({loaded.version})", {split.value: summary}))
    console.print(f"per-example results: {out}")


@app.command("report")
def report_command(
    programs_dir: ProgramsDir = Path("compiled_programs"),
    out_dir: Annotated[Path, typer.Option(help="Where results.md/.png go.")] = Path("reports"),
) -> None:
    """Rebuild the results table and chart from the compiled programs' meta files."""
    from optimizer.report import write_report

    markdown, chart = write_report(programs_dir, out_dir)
    console.print(f"wrote {markdown} and {chart}")


@app.command("activate")
def activate_command(
    program: Annotated[str | None, typer.Argument(help="Program to make active.")] = None,
    best: Annotated[bool, typer.Option(help="Pick the best on VALIDATION.")] = False,
    model: Annotated[
        str | None,
        typer.Option(
            help="With --best: only programs measured on this served model "
            "(default: TEXT2SQL_LM_MODEL, the model the service will serve)."
        ),
    ] = None,
    programs_dir: ProgramsDir = Path("compiled_programs"),
) -> None:
    """Mark a program active in the manifest (by name, or the best on validation)."""
    from optimizer.results import best_on_validation, load_rows

    if best:
        # Scores measured on another model say nothing about this one's answers.
        serving = model or Settings().lm_model
        rows = [row for row in load_rows(programs_dir) if row.meta.lm.model == serving]
        chosen = best_on_validation(rows)
        if chosen is None:
            raise typer.BadParameter(f"no program measured on {serving!r} has validation scores")
        program = chosen.name
    if not program:
        raise typer.BadParameter("name a program or pass --best")
    _load(program, programs_dir)  # refuse to activate what the service would refuse
    write_manifest(programs_dir, program)
    console.print(f"active program: {program}")
