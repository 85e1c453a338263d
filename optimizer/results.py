"""The compiled programs' results, read from their meta files: the rows the report and the
chart draw, and the choice ``activate --best`` makes from them."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.program_meta import ProgramMeta, SplitScores, read_meta

SPLITS = ("val", "test")


@dataclass(frozen=True)
class Row:
    """One compiled program's line in the results table."""

    name: str
    meta: ProgramMeta

    @property
    def model(self) -> str:
        return self.meta.lm.model or "?"

    @property
    def optimizer(self) -> str:
        return self.meta.optimizer.name or "?"

    @property
    def module(self) -> str:
        return "ChainOfThought" if self.meta.chain_of_thought else "Predict"

    def score(self, split: str) -> SplitScores:
        return self.meta.scores.get(split) or SplitScores()

    def counts(self, split: str) -> tuple[int, int]:
        score = self.score(split)
        return score.correct, score.n

    def accuracy(self, split: str) -> float:
        correct, n = self.counts(split)
        return correct / n if n else 0.0


def load_rows(programs_dir: Path) -> list[Row]:
    """Every ``*.meta.json`` with scores, in a stable order (model, then name)."""
    rows = []
    for path in sorted(programs_dir.glob("*.meta.json")):
        meta = read_meta(path)
        if meta.scores:
            rows.append(Row(path.name.removesuffix(".meta.json"), meta))
    return sorted(rows, key=lambda row: (row.model, row.name))


def best_on_validation(rows: Sequence[Row]) -> Row | None:
    """The row with the highest validation accuracy.

    Ties go to the higher share of answers the checker passed on validation (a program whose
    SQL at least fits the schema serves users better), then the higher subset accuracy (the
    second reported score), then fewer demos, then the shorter mean prompt (every request pays
    for it), then name. Test scores never take part.
    """
    scored = [row for row in rows if row.counts("val")[1]]
    if not scored:
        return None
    return max(
        scored,
        key=lambda r: (
            r.accuracy("val"),
            _valid_rate(r),
            r.score("val").subset_accuracy or 0.0,
            -_demos_per_request(r),
            -(r.score("val").mean_prompt_tokens or math.inf),
            r.name,
        ),
    )


def _valid_rate(row: Row) -> float:
    val = row.score("val")
    return val.valid / val.n if val.n else 0.0


def _demos_per_request(row: Row) -> int:
    return row.meta.demos + row.meta.similar_demos
