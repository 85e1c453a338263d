"""Program metadata: every shipped meta file loads, unknown fields survive, bad files are empty."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.program_meta import ProgramMeta, read_meta

SHIPPED = sorted((Path(__file__).parents[2] / "compiled_programs").glob("*.meta.json"))


def test_there_are_shipped_meta_files() -> None:
    assert len(SHIPPED) >= 5


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_every_shipped_meta_file_loads_and_writes_back_unchanged(path: Path) -> None:
    raw = json.loads(path.read_text(encoding="utf-8"))
    meta = ProgramMeta.model_validate(raw)  # raises on a field of the wrong type
    assert meta.to_json() == raw
    assert meta.name == path.name.removesuffix(".meta.json")
    assert meta.optimizer.name and meta.lm.model
    assert meta.scores["test"].n > 0
    # Validation may be skipped (--val-cap 0) only for rows that are never chosen from.
    caps = meta.dataset.split.caps or {}
    assert meta.scores["val"].n > 0 or caps.get("val") == 0


def test_fields_a_later_optimizer_adds_are_kept() -> None:
    raw = {
        "name": "p",
        "adapter": "json",
        "model": {"id": "starling"},
        "constrained_decoding": True,
        "optimizer": {"name": "knn", "candidates": 4},
        "scores": {"test": {"n": 2, "correct": 1, "pass_at_k": 0.5}},
    }
    meta = ProgramMeta.model_validate(raw)
    assert meta.to_json() == raw
    assert meta.scores["test"].correct == 1 and meta.optimizer.name == "knn"


def test_an_old_minimal_meta_file_loads_with_defaults(tmp_path: Path) -> None:
    path = tmp_path / "p.meta.json"
    path.write_text(json.dumps({"version": "2026-11-24.1"}))
    meta = read_meta(path)
    assert meta.version == "2026-11-24.1"
    assert (meta.demos, meta.scores, meta.optimizer.warnings) == (0, {}, [])
    assert meta.to_json() == {"version": "2026-11-24.1"}


@pytest.mark.parametrize("text", ["not json", "[1, 2]", '{"demos": "many"}'])
def test_a_broken_meta_file_reads_as_empty(tmp_path: Path, text: str) -> None:
    path = tmp_path / "p.meta.json"
    path.write_text(text)
    assert read_meta(path).to_json() == {}
    assert read_meta(tmp_path / "missing.meta.json").to_json() == {}
