"""Results table, verdict and chart, built from meta files; Wilson intervals; the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from app.program import Text2SQLProgram
from app.program_meta import read_meta
from app.registry import read_manifest
from optimizer.cli import OptimizerName, app, reproduce_command
from optimizer.optimizers import OPTIMIZERS
from optimizer.report import render_markdown, write_report
from optimizer.results import Row, best_on_validation, load_rows
from optimizer.stats import wilson_interval


def fake_meta(
    name: str, optimizer: str, val: tuple[int, int], test: tuple[int, int], demos: int = 0
) -> dict[str, Any]:
    def score(correct: int, n: int) -> dict[str, Any]:
        return {
            "n": n,
            "correct": correct,
            "valid": n,
            "execution_accuracy": correct / n,
            "valid_rate": 1.0,
            "mean_attempts": 1.25,
            "by_complexity": {"basic SQL": {"n": n, "correct": correct}},
            "seconds": 12.5,
        }

    return {
        "name": name,
        "version": f"20260101-{name}",
        "chain_of_thought": False,
        "demos": demos,
        "lm": {"model": "smollm2", "base_url": "http://127.0.0.1:8008/v1"},
        "dataset": {"source": "bundled", "hash": "ab" * 32, "n_examples": 80, "split": {}},
        "optimizer": {"name": optimizer, "settings": {"k": 4}, "compile_seconds": 3.0},
        "scores": {"val": score(*val), "test": score(*test)},
        "command": f"python -m optimizer compile --optimizer {optimizer} --name {name}",
    }


@pytest.fixture
def programs(tmp_path: Path) -> Path:
    directory = tmp_path / "compiled_programs"
    directory.mkdir()
    metas = [
        fake_meta("baseline", "none", (2, 20), (3, 20)),
        fake_meta("labeled-k4", "labeled", (6, 20), (2, 20), demos=8),
    ]
    for meta in metas:
        Text2SQLProgram().save(str(directory / f"{meta['name']}.json"))
        (directory / f"{meta['name']}.meta.json").write_text(json.dumps(meta))
    return directory


@pytest.mark.parametrize(
    ("successes", "n", "low", "high"),
    [(0, 20, 0.0, 0.1611), (20, 20, 0.8389, 1.0), (34, 50, 0.5419, 0.7924), (1, 2, 0.0945, 0.9055)],
)
def test_wilson_interval_matches_reference_values(
    successes: int, n: int, low: float, high: float
) -> None:
    assert wilson_interval(successes, n) == pytest.approx((low, high), abs=1e-4)


def test_wilson_interval_of_nothing_is_everything() -> None:
    assert wilson_interval(0, 0) == (0.0, 1.0)
    with pytest.raises(ValueError):
        wilson_interval(3, 2)


def test_table_shows_rate_counts_and_interval_per_split(programs: Path) -> None:
    markdown = render_markdown(load_rows(programs))

    assert "| baseline | smollm2 | none" in markdown
    assert "30.0% (6/20) [14.5–51.9]" in markdown  # labeled-k4 on validation
    assert "10.0% (2/20) [2.8–30.1]" in markdown  # labeled-k4 on test
    assert "python -m optimizer compile --optimizer labeled --name labeled-k4" in markdown
    assert "| basic SQL | 3/20 | 2/20 |" in markdown


def test_verdict_picks_on_validation_and_admits_a_test_loss(programs: Path) -> None:
    rows = load_rows(programs)
    best = best_on_validation(rows)

    assert best is not None and best.name == "labeled-k4"
    assert "does **not** beat the baseline **baseline**" in render_markdown(rows)


def test_a_validation_tie_goes_to_subset_accuracy_then_the_shorter_prompt(tmp_path: Path) -> None:
    def tied(name: str, subset: int, tokens: float) -> Row:
        meta = fake_meta(name, "knn", (22, 68), (0, 68))
        meta["scores"]["val"].update(subset_correct=subset, subset_accuracy=subset / 68)
        meta["scores"]["val"]["mean_prompt_tokens"] = tokens
        path = tmp_path / f"{name}.meta.json"
        path.write_text(json.dumps(meta))
        return Row(name, read_meta(path))

    # Names alone would pick the last one: "b-..." > "a-...".
    best = best_on_validation([tied("a-fewer-tokens", 27, 1172.4), tied("b-more", 26, 1251.2)])
    assert best is not None and best.name == "a-fewer-tokens"
    best = best_on_validation([tied("a-short", 27, 1172.4), tied("b-long", 27, 1251.2)])
    assert best is not None and best.name == "a-short"


def test_report_command_writes_markdown_and_png(programs: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    result = CliRunner().invoke(
        app, ["report", "--programs-dir", str(programs), "--out-dir", str(out)]
    )

    assert result.exit_code == 0, result.output
    assert (out / "results.md").read_text().startswith("# Results")
    assert (out / "results.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_activate_best_uses_validation(programs: Path) -> None:
    result = CliRunner().invoke(
        app, ["activate", "--best", "--model", "smollm2", "--programs-dir", str(programs)]
    )

    assert result.exit_code == 0, result.output
    assert read_manifest(programs) == "labeled-k4"


def test_activate_best_never_picks_a_program_measured_on_another_model(programs: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["activate", "--best", "--model", "qwen2.5-coder-0.5b", "--programs-dir", str(programs)],
    )

    assert result.exit_code != 0
    assert "no program measured on 'qwen2.5-coder-0.5b'" in result.output
    assert read_manifest(programs) is None


def test_activate_refuses_a_missing_program(programs: Path) -> None:
    result = CliRunner().invoke(app, ["activate", "nope", "--programs-dir", str(programs)])

    assert result.exit_code != 0
    assert read_manifest(programs) is None


def test_write_report_on_an_empty_folder_still_writes(tmp_path: Path) -> None:
    markdown, chart = write_report(tmp_path, tmp_path / "out")
    assert "No program has validation scores yet." in markdown.read_text() and chart.exists()


def test_cli_optimizer_names_match_the_registry() -> None:
    assert {member.value for member in OptimizerName} == set(OPTIMIZERS)


def test_reproduce_command_hides_the_api_key() -> None:
    argv = ["compile", "--lm-api-key", "s3cret", "--name", "x", "--lm-api-key=s3cret"]
    assert reproduce_command(argv) == "python -m optimizer compile --name x"


def test_reproduce_command_hides_the_judge_key_too() -> None:
    argv = ["evaluate", "x", "--judge-api-key", "k1", "--judge-api-key=k2", "--judge-model", "m"]
    assert reproduce_command(argv) == "python -m optimizer evaluate x --judge-model m"


def test_a_judge_needs_both_an_endpoint_and_a_model(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["evaluate", "uncompiled", "--judge-base-url", "http://judge/v1", "--cap", "1"]
    )
    assert result.exit_code != 0
    assert "--judge-model" in result.output


def test_similar_demos_and_judge_scores_show_in_the_table(programs: Path) -> None:
    meta = fake_meta("knn-k4", "knn", (7, 20), (5, 20))
    meta["similar_demos"], meta["demo_pool"] = 4, 134
    meta["scores"]["test"] |= {"exact_match_rate": 0.1, "judge_accuracy": 0.35}
    (programs / "knn-k4.meta.json").write_text(json.dumps(meta))

    markdown = render_markdown(load_rows(programs))

    assert "| test EM | test judge |" in markdown
    knn_line = next(line for line in markdown.splitlines() if line.startswith("| knn-k4 "))
    assert "| 4 per question (of 134) |" in knn_line and "| 10% | 35% |" in knn_line
    baseline = next(line for line in markdown.splitlines() if line.startswith("| baseline "))
    assert "| – | – |" in baseline  # rows scored before EM and judge existed show a dash


def test_optimizer_warnings_are_listed_in_the_report(programs: Path) -> None:
    assert "Optimizer warnings" not in render_markdown(load_rows(programs))
    meta = fake_meta("mipro-light", "mipro", (0, 20), (0, 20))
    meta["optimizer"]["warnings"] = ["MIPROv2: searching demos only"]
    (programs / "mipro-light.meta.json").write_text(json.dumps(meta))

    markdown = render_markdown(load_rows(programs))

    assert "## Optimizer warnings\n\n- **mipro-light**: MIPROv2: searching demos only" in markdown


def test_lm_and_judge_options_are_shared_by_the_lm_commands() -> None:
    for command in ("compile", "evaluate"):
        result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200"})
        for option in ("--lm-base-url", "--lm-model", "--deadline-s", "--judge-model"):
            assert option in result.output, (command, option)
    half_a_judge = CliRunner().invoke(
        app, ["evaluate", "uncompiled", "--judge-base-url", "http://judge.example/v1"]
    )
    assert half_a_judge.exit_code == 2
    assert "needs both" in half_a_judge.output
