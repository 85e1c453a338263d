"""Confidence intervals for accuracies measured on a few dozen examples."""

from __future__ import annotations

import math

Z_95 = 1.959963984540054


def wilson_interval(successes: int, n: int, z: float = Z_95) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion.

    Chosen over the normal approximation because it stays inside [0, 1] and is honest at the
    extremes (0 of 20 is not "0% +- 0"), which is where a small model's scores live.

    Args:
        successes: examples scored correct.
        n: examples scored.
        z: the normal quantile (1.96 for 95%).

    Returns:
        (low, high); (0.0, 1.0) when ``n`` is 0 (nothing is known).

    >>> low, high = wilson_interval(0, 20)
    >>> (round(low, 3), round(high, 3))
    (0.0, 0.161)
    >>> [round(x, 3) for x in wilson_interval(34, 50)]
    [0.542, 0.792]
    """
    if n <= 0:
        return 0.0, 1.0
    if not 0 <= successes <= n:
        raise ValueError(f"successes must be within 0..{n}, got {successes}")
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    center = (p + z2 / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    return max(0.0, center - half), min(1.0, center + half)
