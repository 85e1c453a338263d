"""Bar chart of validation and test execution accuracy with 95% Wilson error bars."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: no display on servers or in CI

import matplotlib.pyplot as plt  # noqa: E402

from optimizer.results import SPLITS, Row  # noqa: E402
from optimizer.stats import wilson_interval  # noqa: E402

COLORS = {"val": "#4C72B0", "test": "#DD8452"}
LABELS = {"val": "validation", "test": "test"}


def draw_chart(rows: Sequence[Row], path: Path) -> None:
    """Grouped bars (one group per program) with asymmetric CI error bars; saved as PNG."""
    width = 0.38
    ceiling = 0.0
    figure, axes = plt.subplots(figsize=(max(6.0, 1.6 * len(rows) + 2), 4.5), dpi=120)
    for offset, split in zip((-width / 2, width / 2), SPLITS, strict=True):
        heights, lower, upper = [], [], []
        for row in rows:
            correct, n = row.counts(split)
            low, high = wilson_interval(correct, n)
            rate = correct / n if n else 0.0
            heights.append(100 * rate)
            lower.append(100 * (rate - low))
            upper.append(100 * (high - rate))
        ceiling = max([ceiling, *(h + u for h, u in zip(heights, upper, strict=True))])
        positions = [i + offset for i in range(len(rows))]
        bars = axes.bar(
            positions,
            heights,
            width,
            yerr=[lower, upper],
            capsize=4,
            color=COLORS[split],
            label=LABELS[split],
        )
        # Counts sit above each interval, so a zero bar still says "0 of n", not "no data".
        for bar, row, top in zip(bars, rows, upper, strict=True):
            correct, n = row.counts(split)
            axes.annotate(
                f"{correct}/{n}",
                (bar.get_x() + bar.get_width() / 2, bar.get_height() + top + 1),
                ha="center",
                va="bottom",
                fontsize=8,
            )
    axes.set_xlim(-0.6, len(rows) - 0.4)
    axes.set_xticks(range(len(rows)))
    axes.set_xticklabels([f"{row.name}\n{row.module}" for row in rows], fontsize=9)
    axes.set_ylabel("execution accuracy (%)")
    # Zoom to the data (small models score low) but never hide an interval or its label.
    axes.set_ylim(0, min(100.0, max(25.0, ceiling + 10)))
    models = sorted({row.model for row in rows})
    axes.set_title(f"Text2SQL execution accuracy, 95% Wilson intervals ({', '.join(models)})")
    axes.legend(loc="upper left")
    axes.grid(axis="y", alpha=0.3)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)
    plt.close(figure)
