"""Compile plumbing with a scripted LM: files the registry accepts, honest counts, no test leak."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from dspy.utils import DummyLM

from app.config import Settings
from app.program import GenerateSQL
from app.registry import load_program, read_manifest
from optimizer import compile as compile_module
from optimizer.compile import CompileJob, run_compile
from optimizer.datasets import BUNDLED_DIR, DataPlan, prepare_data
from optimizer.optimizers import OptimizerOptions
from optimizer.runtime import JudgeEndpoint


def compile_meta(*args: Any, **kwargs: Any) -> dict[str, Any]:
    """Compile, and return the meta as the JSON object written to NAME.meta.json."""
    return run_compile(*args, **kwargs).to_json()


@pytest.fixture
def tiny_dataset(tmp_path: Path) -> Path:
    """12 bundled rows (gretel format) in one JSONL file."""
    rows = [
        line
        for path in sorted(BUNDLED_DIR.glob("*.jsonl"))[:2]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ][:12]
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def oracle_lm(dataset: Path) -> DummyLM:
    """Answers every question with its gold SQL (keyed by the question text in the prompt)."""
    examples = prepare_data(DataPlan(source=str(dataset))).full
    answers = {ex.question: {"sql": ex.sql} for ex in examples.train + examples.val + examples.test}
    return DummyLM(answers)


def wrong_lm() -> DummyLM:
    return DummyLM({"": {"sql": "SELECT nope FROM nowhere"}})


def job(tmp_path: Path, dataset: Path, optimizer: str, **overrides: Any) -> CompileJob:
    values: dict[str, Any] = {
        "name": f"t-{optimizer}",
        "optimizer": optimizer,
        "data": DataPlan(source=str(dataset)),
        "options": OptimizerOptions(k=2, num_candidate_programs=1, num_threads=1),
        "concurrency": 4,
        "programs_dir": tmp_path / "programs",
        "predictions_dir": tmp_path / "predictions",
        "cache_dir": None,
        "command": "python -m optimizer compile ...",
        **overrides,
    }
    return CompileJob(**values)


def test_labeled_compile_writes_a_program_the_registry_loads(
    tmp_path: Path, tiny_dataset: Path
) -> None:
    meta = compile_meta(
        job(tmp_path, tiny_dataset, "labeled"), Settings(), lm=oracle_lm(tiny_dataset)
    )

    loaded = load_program(tmp_path / "programs" / "t-labeled.json")
    on_disk = json.loads((tmp_path / "programs" / "t-labeled.meta.json").read_text())
    assert on_disk == meta
    assert loaded.version == meta["version"] and loaded.meta.optimizer.name == "labeled"
    assert loaded.demos == meta["demos"] == 4  # k=2 on each of generate and repair
    full = prepare_data(DataPlan(source=str(tiny_dataset))).full
    sizes = meta["dataset"]["split"]["sizes"]
    assert sizes == {"train": len(full.train), "val": len(full.val), "test": len(full.test)}
    assert sum(sizes.values()) == meta["dataset"]["n_examples"] == 12
    assert meta["dataset"]["split"]["seed"] == 1399
    assert len(meta["dataset"]["hash"]) == 64
    for split in ("val", "test"):
        score = meta["scores"][split]
        assert score["n"] == sizes[split] and score["correct"] == score["n"]
        assert score["execution_accuracy"] == 1.0 and score["valid_rate"] == 1.0
        assert score["mean_attempts"] == 1.0
        assert sum(c["n"] for c in score["by_complexity"].values()) == score["n"]
    assert set(meta["versions"]) == {"dspy", "sqlglot", "python"}
    assert meta["lm"]["model"] == Settings().lm_model
    lines = (tmp_path / "predictions" / "t-labeled.test.jsonl").read_text().splitlines()
    assert len(lines) == sizes["test"] and json.loads(lines[0])["correct"] is True


def test_wrong_answers_score_zero_after_every_repair_attempt(
    tmp_path: Path, tiny_dataset: Path
) -> None:
    settings = Settings(max_attempts=2)
    meta = compile_meta(job(tmp_path, tiny_dataset, "none"), settings, lm=wrong_lm())

    test = meta["scores"]["test"]
    assert (test["correct"], test["valid"]) == (0, 0) and test["n"] > 0
    assert test["mean_attempts"] == 2.0  # generate, then one repair, as the service would
    assert meta["demos"] == 0 and meta["serving"]["max_attempts"] == 2


def test_caps_limit_each_split_and_are_recorded(tmp_path: Path, tiny_dataset: Path) -> None:
    plan = DataPlan(source=str(tiny_dataset), train_cap=2, val_cap=1, test_cap=2)
    meta = compile_meta(
        job(tmp_path, tiny_dataset, "none", data=plan), Settings(), lm=oracle_lm(tiny_dataset)
    )

    split = meta["dataset"]["split"]
    assert split["used"] == {"train": 2, "val": 1, "test": 2}
    assert split["caps"] == {"train": 2, "val": 1, "test": 2}
    assert (meta["scores"]["val"]["n"], meta["scores"]["test"]["n"]) == (1, 2)


def test_bootstrap_random_search_never_sees_the_test_set(
    tmp_path: Path, tiny_dataset: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, set[str]] = {}
    real = compile_module.run_optimizer

    def spy(name: str, student: Any, trainset: Any, valset: Any, options: Any) -> Any:
        seen["train"] = {ex.id for ex in trainset}
        seen["val"] = {ex.id for ex in valset}
        return real(name, student, trainset, valset, options)

    monkeypatch.setattr(compile_module, "run_optimizer", spy)
    meta = compile_meta(
        job(tmp_path, tiny_dataset, "bootstrap-rs", activate=True),
        Settings(),
        lm=oracle_lm(tiny_dataset),
    )

    test_ids = {ex.id for ex in prepare_data(DataPlan(source=str(tiny_dataset))).full.test}
    assert seen["train"] and seen["val"] and not (seen["train"] | seen["val"]) & test_ids
    assert meta["optimizer"]["selection_set"] == "val"
    assert meta["optimizer"]["settings"]["num_candidate_programs"] == 1
    # With an oracle every candidate ties; random search keeps the first (zero-shot) one.
    assert load_program(tmp_path / "programs" / "t-bootstrap-rs.json").demos == 0
    assert read_manifest(tmp_path / "programs") == "t-bootstrap-rs"


def test_chain_of_thought_compiles_to_the_cot_shape(tmp_path: Path, tiny_dataset: Path) -> None:
    meta = compile_meta(
        job(tmp_path, tiny_dataset, "labeled", chain_of_thought=True),
        Settings(),
        lm=oracle_lm(tiny_dataset),
    )

    assert meta["chain_of_thought"] is True
    assert load_program(tmp_path / "programs" / "t-labeled.json").chain_of_thought is True


def test_mipro_compiles_with_a_scripted_proposer(tmp_path: Path, tiny_dataset: Path) -> None:
    # The instruction proposer's prompt names its output field; answer it before any question.
    answers = {"proposed_instruction": {"proposed_instruction": "Write one SQLite query."}}
    answers |= oracle_lm(tiny_dataset).answers  # type: ignore[arg-type]
    meta = compile_meta(job(tmp_path, tiny_dataset, "mipro"), Settings(), lm=DummyLM(answers))

    assert meta["optimizer"]["settings"]["mipro_auto"] == "light"
    assert meta["optimizer"]["warnings"] == []
    assert load_program(tmp_path / "programs" / "t-mipro.json").chain_of_thought is False
    assert meta["scores"]["test"]["execution_accuracy"] == 1.0


def test_a_compile_that_fails_while_scoring_publishes_nothing(
    tmp_path: Path, tiny_dataset: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def outage(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("LM went away")

    monkeypatch.setattr(compile_module, "score_split", outage)
    with pytest.raises(RuntimeError):
        run_compile(job(tmp_path, tiny_dataset, "labeled"), Settings(), lm=oracle_lm(tiny_dataset))

    assert list((tmp_path / "programs").iterdir()) == []  # no program, no meta, no scratch


def test_knn_compile_saves_the_pool_and_scores_through_the_rebuilt_retriever(
    tmp_path: Path, tiny_dataset: Path
) -> None:
    meta = compile_meta(job(tmp_path, tiny_dataset, "knn"), Settings(), lm=oracle_lm(tiny_dataset))

    loaded = load_program(tmp_path / "programs" / "t-knn.json")
    full = prepare_data(DataPlan(source=str(tiny_dataset))).full
    assert (loaded.similar_demos, loaded.demo_pool, loaded.demos) == (2, len(full.train), 0)
    assert (meta["similar_demos"], meta["demo_pool"], meta["demos"]) == (2, len(full.train), 0)
    assert meta["optimizer"]["settings"] == {"k": 2, "embedder": "all-MiniLM-L6-v2"}
    assert meta["optimizer"]["selection_set"] is None  # the pool is train; val only scores
    assert meta["scores"]["test"]["execution_accuracy"] == 1.0


def test_a_judge_is_recorded_without_its_key(
    tmp_path: Path, tiny_dataset: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    judge_lm = DummyLM({"": {"correct": "Yes"}})
    monkeypatch.setattr("optimizer.runtime.build_judge_lm", lambda endpoint: judge_lm)
    endpoint = JudgeEndpoint("http://judge.example/v1", "gpt-4", api_key="s3cret")

    meta = compile_meta(
        job(tmp_path, tiny_dataset, "none", judge=endpoint), Settings(), lm=oracle_lm(tiny_dataset)
    )

    assert meta["judge"] == {"model": "gpt-4", "base_url": "http://judge.example/v1"}
    assert "s3cret" not in (tmp_path / "programs" / "t-none.meta.json").read_text()
    assert meta["scores"]["test"]["judge_accuracy"] == 1.0
    assert meta["scores"]["test"]["exact_match_rate"] == 1.0
    assert len(judge_lm.history) == meta["scores"]["val"]["n"] + meta["scores"]["test"]["n"]


def test_mipro_survives_a_prompt_model_that_cannot_propose(
    tmp_path: Path, tiny_dataset: Path
) -> None:
    # Every proposal answer lacks the proposed_instruction field, as SmolLM2's did: the run
    # goes on with the signature's own instructions instead of dying after bootstrapping.
    answers = {"proposed_instruction": {"ramble": "Yes, everything will be created"}}
    answers |= oracle_lm(tiny_dataset).answers  # type: ignore[arg-type]
    meta = compile_meta(job(tmp_path, tiny_dataset, "mipro"), Settings(), lm=DummyLM(answers))

    program = json.loads((tmp_path / "programs" / "t-mipro.json").read_text())
    assert program["generate"]["signature"]["instructions"] == GenerateSQL.instructions
    [warning] = meta["optimizer"]["warnings"]  # the degraded search is in the provenance
    assert "searching demos only" in warning
    assert meta["scores"]["test"]["execution_accuracy"] == 1.0
