"""Generate, check, repair: the loop that turns a question into checked SQL.

No FastAPI here: the service calls :func:`generate_checked` per request and the optimizer's
evaluation calls the same function, so the pipeline that was measured is the one that serves.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from app.checking import CheckResult, SchemaInfo, check_sql
from app.errors import DeadlineExceededError
from app.lm.gateway import LMGateway
from app.program import Text2SQLProgram


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def add(self, prediction: Any) -> None:
        usage = prediction.get_lm_usage() if hasattr(prediction, "get_lm_usage") else None
        for entry in (usage or {}).values():
            self.prompt_tokens += int(entry.get("prompt_tokens") or 0)
            self.completion_tokens += int(entry.get("completion_tokens") or 0)


@dataclass
class GenerationResult:
    check: CheckResult
    attempts: int
    usage: Usage
    history: list[CheckResult] = field(default_factory=list)
    lm_seconds: float = 0.0


async def generate_checked(
    program: Text2SQLProgram,
    gateway: LMGateway,
    *,
    question: str,
    schema_text: str,
    schema: SchemaInfo,
    dialect: str,
    allow_write: bool,
    max_attempts: int,
) -> GenerationResult:
    """Ask the program for SQL, check it, and feed the checker's issues back until it passes.

    Returns the first candidate that passes, or the last one with its issues (``valid`` false).
    """
    usage = Usage()
    history: list[CheckResult] = []
    loop = asyncio.get_running_loop()
    lm_seconds = 0.0
    try:
        async with asyncio.timeout(gateway.settings.request_deadline_s):
            for _ in range(max_attempts):
                started = loop.time()
                if not history:
                    prediction = await gateway.call(
                        lambda: program.acall(question=question, sql_context=schema_text)
                    )
                else:
                    last = history[-1]
                    prediction = await gateway.call(
                        lambda last=last: program.afix(  # type: ignore[misc]
                            question=question,
                            sql_context=schema_text,
                            previous_sql=last.sql,
                            issues=last.issues,
                        )
                    )
                lm_seconds += loop.time() - started
                usage.add(prediction)
                result = check_sql(str(prediction.sql or ""), schema, dialect, allow_write)
                history.append(result)
                if result.valid:
                    break
    except TimeoutError:
        raise DeadlineExceededError(
            f"no checked SQL within the request deadline of {gateway.settings.request_deadline_s}s"
        ) from None
    return GenerationResult(history[-1], len(history), usage, history, lm_seconds)
