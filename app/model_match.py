"""Does a program's measurement describe the model that is serving it?

A compiled program's scores were measured on one model (``meta.lm.model``). Served on another,
the same prompt gives other answers and the scores no longer describe them; the service still
serves (an operator may mean it), but says so at start-up, in /readyz and in /programs.
"""

from __future__ import annotations

from typing import Any


def measured_model(meta: dict[str, Any]) -> str | None:
    """The served model name a program was compiled and measured on (None: not recorded)."""
    lm = meta.get("lm")
    model = lm.get("model") if isinstance(lm, dict) else None
    return str(model) if model else None


def model_warning(program: str, meta: dict[str, Any], serving_model: str) -> str | None:
    """A sentence for operators when ``program`` was measured on another model, else None."""
    measured = measured_model(meta)
    if measured is None or measured == serving_model:
        return None
    return (
        f"program {program!r} was compiled and measured on {measured!r}, but the service is "
        f"serving {serving_model!r}: its scores do not describe these answers"
    )
