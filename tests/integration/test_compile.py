"""A real compile against the local vLLM server: small, but every part is the real one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.config import Settings
from app.registry import load_program
from optimizer.compile import CompileJob, run_compile
from optimizer.datasets import DataPlan
from optimizer.optimizers import OptimizerOptions
from optimizer.runtime import JudgeEndpoint

pytestmark = pytest.mark.integration


def local_settings(local_lm: Any, max_attempts: int) -> Settings:
    # Short answers keep each test to a minute or two on a 2-core CPU: SmolLM2 often rambles
    # to the token limit, and each token costs ~70 ms there.
    return Settings(
        lm_base_url=local_lm.base_url,
        lm_model=local_lm.model,
        lm_api_key=local_lm.api_key,
        lm_max_tokens=96,
        max_attempts=max_attempts,
        # Offline evaluation batches several examples and judge calls on one 2-core server:
        # one example took 180 s (the serving deadline) in a run, an error this test is not
        # about. The optimizer's own runs pass long limits too (--deadline-s).
        lm_timeout_s=300,
        request_deadline_s=900,
    )


def small_job(tmp_path: Path, optimizer: str, train_cap: int, **overrides: Any) -> CompileJob:
    return CompileJob(
        name=f"it-{optimizer}",
        optimizer=optimizer,
        data=DataPlan(train_cap=train_cap, val_cap=2, test_cap=2),
        options=OptimizerOptions(k=2),
        programs_dir=tmp_path / "programs",
        predictions_dir=tmp_path / "predictions",
        # A fresh cache: the answers must come from the server, not from an earlier run.
        cache_dir=tmp_path / "dspy_cache",
        **overrides,
    )


def test_labeled_compile_against_the_local_lm_loads_and_scores(
    local_lm: Any, tmp_path: Path
) -> None:
    settings = local_settings(local_lm, max_attempts=2)
    job = small_job(tmp_path, "labeled", train_cap=6)

    meta = run_compile(job, settings).to_json()

    loaded = load_program(tmp_path / "programs" / "it-labeled.json")
    assert loaded.version == meta["version"] and loaded.demos == 4
    assert meta["dataset"]["split"]["used"] == {"train": 6, "val": 2, "test": 2}
    assert meta["lm"] == {**meta["lm"], "model": local_lm.model, "base_url": local_lm.base_url}
    for split in ("val", "test"):
        score = meta["scores"][split]
        assert score["n"] == 2 and score["errors"] == 0
        assert 0.0 <= score["execution_accuracy"] <= 1.0 and 0.0 <= score["valid_rate"] <= 1.0
        assert score["correct"] <= score["valid"] <= score["n"]
        assert 1.0 <= score["mean_attempts"] <= settings.max_attempts
        assert sum(level["n"] for level in score["by_complexity"].values()) == 2
    lines = (tmp_path / "predictions" / "it-labeled.test.jsonl").read_text().splitlines()
    assert len(lines) == 2


def test_knn_compile_against_the_local_lm_serves_similar_demos(
    local_lm: Any, tmp_path: Path
) -> None:
    settings = local_settings(local_lm, max_attempts=1)
    # The local model judges itself here only to run the judge path for real; real runs
    # point the judge at a stronger model (the origin used GPT-4).
    judge = JudgeEndpoint(local_lm.base_url, local_lm.model, local_lm.api_key)
    job = small_job(tmp_path, "knn", train_cap=20, judge=judge)

    meta = run_compile(job, settings).to_json()

    loaded = load_program(tmp_path / "programs" / "it-knn.json")
    assert (loaded.similar_demos, loaded.demo_pool, loaded.demos) == (2, 20, 0)
    assert (meta["similar_demos"], meta["demo_pool"]) == (2, 20)
    assert meta["optimizer"]["settings"] == {"k": 2, "embedder": "all-MiniLM-L6-v2"}
    for split in ("val", "test"):
        score = meta["scores"][split]
        assert score["n"] == 2 and score["errors"] == 0
        assert score["mean_attempts"] == 1.0
        assert score["judged_yes"] is not None
        assert score["judged_yes"] + score["judge_unparsed"] <= score["n"]
    assert meta["judge"] == {"model": local_lm.model, "base_url": local_lm.base_url}
