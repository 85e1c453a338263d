"""Compiled programs: load, validate, refuse broken files, swap atomically."""

from __future__ import annotations

import json
from pathlib import Path

import dspy
import pytest

from app.errors import ProgramLoadError, ProgramNotFoundError
from app.program import Text2SQLProgram
from app.registry import UNCOMPILED, ProgramRegistry, load_program, write_manifest


def save_program(
    directory: Path, name: str, chain_of_thought: bool = False, demos: int = 0
) -> Path:
    program = Text2SQLProgram(chain_of_thought)
    examples = [
        dspy.Example(question=f"q{i}", sql_context="CREATE TABLE t (a INT)", sql="SELECT a FROM t")
        for i in range(demos)
    ]
    predictor = program.generate.predict if chain_of_thought else program.generate
    predictor.demos = examples
    path = directory / f"{name}.json"
    program.save(str(path))
    return path


def test_a_saved_program_loads_with_its_shape_and_demos(programs_dir: Path) -> None:
    save_program(programs_dir, "plain", demos=3)
    save_program(programs_dir, "cot", chain_of_thought=True, demos=2)
    plain = load_program(programs_dir / "plain.json")
    cot = load_program(programs_dir / "cot.json")
    assert (plain.chain_of_thought, plain.demos) == (False, 3)
    assert (cot.chain_of_thought, cot.demos) == (True, 2)
    assert plain.version != cot.version and len(plain.version) == 12


def test_meta_version_wins_over_the_content_hash(programs_dir: Path) -> None:
    save_program(programs_dir, "p")
    (programs_dir / "p.meta.json").write_text(json.dumps({"version": "2026-11-24.1"}))
    assert load_program(programs_dir / "p.json").version == "2026-11-24.1"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not readable JSON"),
        ("[1, 2]", "does not hold a JSON object"),
        ('{"metadata": {}, "other": {}}', "does not fit this program"),
        ('{"generate": {"demos": []}, "repair": {}}', "does not fit this program"),
    ],
    ids=["corrupt", "not-object", "wrong-predictors", "incomplete-state"],
)
def test_broken_files_are_refused_with_a_clear_error(
    programs_dir: Path, content: str, message: str
) -> None:
    (programs_dir / "broken.json").write_text(content)
    with pytest.raises(ProgramLoadError) as caught:
        load_program(programs_dir / "broken.json")
    assert message in caught.value.message
    assert "broken" in caught.value.message


def test_an_empty_folder_serves_the_uncompiled_program(programs_dir: Path) -> None:
    registry = ProgramRegistry(programs_dir)
    catalog = registry.reload()
    assert catalog.active == UNCOMPILED
    assert registry.get().name == UNCOMPILED


def test_reload_follows_the_manifest_and_lists_refused_files(programs_dir: Path) -> None:
    save_program(programs_dir, "good", demos=1)
    (programs_dir / "bad.json").write_text("{oops")
    write_manifest(programs_dir, "good")
    catalog = ProgramRegistry(programs_dir).reload()
    assert catalog.active == "good"
    assert set(catalog.programs) == {UNCOMPILED, "good"}
    assert "bad" in catalog.refused


def test_a_broken_active_program_keeps_the_current_one_serving(programs_dir: Path) -> None:
    save_program(programs_dir, "good")
    write_manifest(programs_dir, "good")
    registry = ProgramRegistry(programs_dir)
    registry.reload()
    before = registry.get()
    (programs_dir / "good.json").write_text("{corrupted on disk")
    with pytest.raises(ProgramLoadError, match="still serving 'good'"):
        registry.reload()
    assert registry.get() is before


def test_activate_swaps_atomically_and_persists(programs_dir: Path) -> None:
    save_program(programs_dir, "a")
    save_program(programs_dir, "b", demos=2)
    registry = ProgramRegistry(programs_dir)
    registry.reload()
    in_flight = registry.get()  # what a request took at its start
    registry.activate("b")
    assert in_flight.name == UNCOMPILED  # the request keeps its program
    assert registry.get().name == "b"
    assert json.loads((programs_dir / "manifest.json").read_text()) == {"active": "b"}
    assert ProgramRegistry(programs_dir).reload().active == "b"


def test_activating_a_corrupt_or_missing_program_changes_nothing(programs_dir: Path) -> None:
    save_program(programs_dir, "a")
    registry = ProgramRegistry(programs_dir)
    registry.reload()
    registry.activate("a")
    (programs_dir / "c.json").write_text("{")
    with pytest.raises(ProgramLoadError):
        registry.activate("c")
    with pytest.raises(ProgramNotFoundError):
        registry.activate("nope")
    assert registry.get().name == "a"
    assert json.loads((programs_dir / "manifest.json").read_text()) == {"active": "a"}


def test_unknown_program_name_is_a_typed_error(programs_dir: Path) -> None:
    registry = ProgramRegistry(programs_dir)
    with pytest.raises(ProgramNotFoundError, match="available: uncompiled"):
        registry.get("missing")
