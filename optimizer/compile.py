"""One compile, end to end: data -> splits -> optimizer -> saved program -> scores -> meta.

The program is saved with DSPy's ``module.save``, loaded back through the service's own
``app.registry.load_program`` (a file the service would refuse is never written as a result),
and that loaded program is the one scored: on validation, then once on test. The optimizer sees
train (and validation, for selecting among candidates); test only ever feeds the final score.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any

import dspy

from app.config import Settings
from app.lm.gateway import serving_adapter
from app.program import Text2SQLProgram
from app.program_config import ProgramConfig
from app.program_meta import (
    DatasetInfo,
    LMInfo,
    OptimizerInfo,
    ProgramMeta,
    ServingInfo,
    SplitInfo,
    SplitScores,
)
from app.registry import LoadedProgram, load_program, write_manifest
from optimizer.datasets import DataPlan, PreparedData, dataset_hash, prepare_data
from optimizer.evaluate import DEFAULT_CONCURRENCY, ExampleResult, evaluate, summarize
from optimizer.metrics import Metric
from optimizer.optimizers import OPTIMIZERS, OptimizerOptions, run_optimizer
from optimizer.runtime import (
    CACHE_DIR,
    JudgeEndpoint,
    build_cached_lm,
    configure_disk_cache,
    judge_metric,
)
from optimizer.scoring import DIALECT

PREDICTIONS_DIR = Path("reports/predictions")


@dataclass(frozen=True)
class CompileJob:
    name: str
    optimizer: str
    chain_of_thought: bool = False
    config: ProgramConfig = field(default_factory=ProgramConfig)
    """Adapter, schema view, candidates and grammar: saved in the program's JSON."""
    data: DataPlan = field(default_factory=DataPlan)
    options: OptimizerOptions = field(default_factory=OptimizerOptions)
    concurrency: int = DEFAULT_CONCURRENCY
    programs_dir: Path = Path("compiled_programs")
    predictions_dir: Path = PREDICTIONS_DIR
    activate: bool = False
    cache_dir: Path | None = CACHE_DIR
    """DSPy's disk cache of LM answers (resume, free re-runs); None leaves DSPy's cache as is."""
    command: str = ""
    """How to reproduce this run (the CLI fills it in)."""
    judge: JudgeEndpoint | None = None
    """Also score with the origin's LLM-as-judge on this endpoint (None: execution only)."""


@contextmanager
def captured_warnings(logger_name: str) -> Iterator[list[str]]:
    """Collect the warnings a logger tree emits meanwhile (they go into the meta file).

    An optimizer that quietly degrades (MIPROv2 searching demos only because the prompt model
    could not propose an instruction) must say so where the program's provenance is read.
    """
    messages: list[str] = []

    class Collector(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage())

    handler = Collector(level=logging.WARNING)
    target = logging.getLogger(logger_name)
    target.addHandler(handler)
    try:
        yield messages
    finally:
        target.removeHandler(handler)


def stage_program(program: Text2SQLProgram, scratch: Path, name: str) -> LoadedProgram:
    """Save the program into a scratch folder and load it back as the service would.

    Raises:
        ProgramLoadError: the service would refuse the file.
    """
    path = scratch / f"{name}.json"
    program.save(str(path))
    return load_program(path)


def publish(scratch: Path, directory: Path, name: str) -> None:
    """Move NAME.json, then NAME.meta.json, from the scratch folder into place.

    Each move is an atomic rename, so the registry never reads half a file; until a compile
    has scored its program, nothing of it (and no stale pairing with an old meta) is visible.
    """
    for filename in (f"{name}.json", f"{name}.meta.json"):
        os.replace(scratch / filename, directory / filename)


def write_json(path: Path, payload: dict[str, Any]) -> None:
    """Write JSON atomically (a crash never leaves half a meta file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(payload, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    os.replace(temporary, path)


def write_predictions(path: Path, results: Sequence[ExampleResult]) -> None:
    """One JSON line per example: what was asked, what came back, how it scored."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = (json.dumps(asdict(r), ensure_ascii=False) for r in results)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def program_version(path: Path, created: datetime) -> str:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    return f"{created:%Y%m%d}-{digest}"


def software_versions() -> dict[str, str]:
    return {
        "dspy": package_version("dspy"),
        "sqlglot": package_version("sqlglot"),
        "python": platform.python_version(),
    }


def _split_meta(plan: DataPlan, data: PreparedData) -> SplitInfo:
    full, used = data.full, data.used
    return SplitInfo(
        seed=plan.seed,
        val_fraction=plan.val_fraction,
        test_fraction=plan.test_fraction,
        stratify_by="sql_complexity",
        sizes={"train": len(full.train), "val": len(full.val), "test": len(full.test)},
        caps={"train": plan.train_cap, "val": plan.val_cap, "test": plan.test_cap},
        used={"train": len(used.train), "val": len(used.val), "test": len(used.test)},
        used_hashes={
            "train": dataset_hash(used.train),
            "val": dataset_hash(used.val),
            "test": dataset_hash(used.test),
        },
    )


def score_split(
    job: CompileJob,
    loaded: LoadedProgram,
    examples: Sequence[dspy.Example],
    split_name: str,
    settings: Settings,
    lm: dspy.LM,
    judge: Metric | None = None,
) -> SplitScores:
    """Evaluate the loaded program on one split; write its predictions; return the scores."""
    started = time.monotonic()
    results = evaluate(
        loaded.module,
        examples,
        settings=settings,
        lm=lm,
        concurrency=job.concurrency,
        label=f"{job.name} {split_name}",
        judge=judge,
    )
    seconds = time.monotonic() - started
    write_predictions(job.predictions_dir / f"{job.name}.{split_name}.jsonl", results)
    return SplitScores.model_validate(
        {**summarize(results).to_json(), "seconds": round(seconds, 1)}
    )


def build_meta(
    job: CompileJob,
    settings: Settings,
    data: PreparedData,
    loaded: LoadedProgram,
    scores: dict[str, SplitScores],
    compile_seconds: float,
    created: datetime,
    warnings: list[str] | None = None,
) -> ProgramMeta:
    """Provenance and scores of one compiled program (``NAME.meta.json``)."""
    optimizer = OPTIMIZERS[job.optimizer]
    return ProgramMeta(
        name=job.name,
        version=program_version(Path(str(loaded.path)), created),
        created_at=created.isoformat(timespec="seconds"),
        chain_of_thought=job.chain_of_thought,
        program_config=job.config.to_state(),
        demos=loaded.demos,
        similar_demos=loaded.similar_demos,
        demo_pool=loaded.demo_pool,
        judge=job.judge.describe() if job.judge else None,
        lm=LMInfo(
            model=settings.lm_model,
            base_url=settings.lm_base_url,
            max_tokens=settings.lm_max_tokens,
            temperature=settings.lm_temperature,
            timeout_s=settings.lm_timeout_s,
        ),
        serving=ServingInfo(
            max_attempts=settings.max_attempts,
            request_deadline_s=settings.request_deadline_s,
            lm_retries=settings.lm_retries,
            dialect=DIALECT,
        ),
        dataset=DatasetInfo(
            source=job.data.source,
            hash=data.source_hash,
            n_examples=data.n_examples,
            split=_split_meta(job.data, data),
        ),
        optimizer=OptimizerInfo(
            name=optimizer.name,
            summary=optimizer.summary,
            settings=optimizer.settings(job.options),
            metric="checked execution match (optimizer.scoring.checked_execution_match)",
            selection_set="val" if optimizer.uses_valset else None,
            compile_seconds=round(compile_seconds, 1),
            warnings=list(warnings or []),
        ),
        scores=scores,
        versions=software_versions(),
        command=job.command,
    )


def run_compile(job: CompileJob, settings: Settings, lm: dspy.BaseLM | None = None) -> ProgramMeta:
    """Compile, save, score and describe one program; return its meta (also written to disk).

    Args:
        job: what to compile and where to write it.
        settings: the service's settings: LM endpoint and the serving pipeline's knobs.
        lm: an LM to use instead of the settings' endpoint (tests pass a scripted one).

    Raises:
        KeyError: unknown optimizer name.
        DatasetError: the dataset cannot be loaded.
        ProgramLoadError: the compiled program does not load in the service's registry.
        EvaluationAborted: the LM endpoint is down or refuses the key.
    """
    optimizer = OPTIMIZERS[job.optimizer]
    data = prepare_data(job.data)
    if job.cache_dir is not None:
        configure_disk_cache(job.cache_dir)
    created = datetime.now(UTC)

    started = time.monotonic()
    compile_lm = lm or build_cached_lm(settings, num_retries=2)
    with (
        dspy.context(lm=compile_lm, adapter=serving_adapter()),
        captured_warnings("optimizer") as compile_warnings,
    ):
        program = run_optimizer(
            job.optimizer,
            Text2SQLProgram(job.chain_of_thought, job.config),
            data.used.train,
            data.used.val if optimizer.uses_valset else [],
            job.options,
        )
    compile_seconds = time.monotonic() - started

    job.programs_dir.mkdir(parents=True, exist_ok=True)
    # A hidden folder beside the programs (same filesystem, so the final renames are atomic;
    # the registry's "*.json" scan does not look inside it).
    with tempfile.TemporaryDirectory(dir=job.programs_dir, prefix=".compiling-") as folder:
        scratch = Path(folder)
        loaded = stage_program(program, scratch, job.name)
        # Same retry policy as the service: the gateway retries, the client does not.
        serve_lm = lm or build_cached_lm(settings, num_retries=0)
        judge = judge_metric(job.judge)
        scores = {
            split_name: score_split(job, loaded, examples, split_name, settings, serve_lm, judge)
            for split_name, examples in (("val", data.used.val), ("test", data.used.test))
        }
        meta = build_meta(
            job, settings, data, loaded, scores, compile_seconds, created, compile_warnings
        )
        write_json(scratch / f"{job.name}.meta.json", meta.to_json())
        publish(scratch, job.programs_dir, job.name)
    if job.activate:
        write_manifest(job.programs_dir, job.name)
    return meta
