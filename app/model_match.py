"""Does a program's measurement describe the model that is serving it?

A compiled program's scores were measured on one model (``meta.lm.model``). Served on another,
the same prompt gives other answers and the scores no longer describe them; the service still
serves (an operator may mean it), but says so at start-up, in /readyz and in /programs.
"""

from __future__ import annotations

from app.program_meta import ProgramMeta


def model_warning(program: str, meta: ProgramMeta, serving_model: str) -> str | None:
    """A sentence for operators when ``program`` was measured on another model, else None."""
    measured = meta.lm.model
    if measured is None or measured == serving_model:
        return None
    return (
        f"program {program!r} was compiled and measured on {measured!r}, but the service is "
        f"serving {serving_model!r}: its scores do not describe these answers"
    )
