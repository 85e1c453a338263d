"""The Text2SQL service: what a POST /sql does, without any HTTP in it."""

from __future__ import annotations

import asyncio
import time

from app.checking import SchemaInfo, parse_schema, resolve_dialect
from app.config import Settings
from app.errors import LimitExceededError, WriteNotAllowedError
from app.generation import GenerationResult, generate_checked
from app.lm.gateway import LMGateway
from app.observability import observe_generation
from app.registry import LoadedProgram, ProgramRegistry
from app.schemas import Candidates, ProgramRef, SQLRequest, SQLResponse, Timing, Usage


class Text2SQLService:
    """Holds what every request shares: settings, the program registry and the LM gateway."""

    def __init__(self, settings: Settings, registry: ProgramRegistry, gateway: LMGateway) -> None:
        self.settings = settings
        self.registry = registry
        self.gateway = gateway

    async def answer(self, request: SQLRequest) -> SQLResponse:
        started = time.perf_counter()
        self._check_limits(request)
        dialect = resolve_dialect(request.dialect or self.settings.default_dialect)
        if request.allow_write and not self.settings.allow_writes:
            raise WriteNotAllowedError(
                "this server is read-only: allow_write needs TEXT2SQL_ALLOW_WRITES=true"
            )
        # Parsing a large schema is CPU work; keep it off the event loop.
        schema = await asyncio.to_thread(parse_schema, request.db_schema, dialect)
        self._check_schema_size(schema)
        # Taken once: a program swap during this request does not affect it.
        program = self.registry.get(request.program)
        result = await generate_checked(
            program.module,
            self.gateway,
            question=request.question,
            schema_text=request.db_schema,
            schema=schema,
            dialect=dialect,
            allow_write=request.allow_write,
            max_attempts=self.settings.max_attempts,
        )
        observe_generation(
            program.name,
            attempts=result.attempts,
            valid=result.check.valid,
            prompt_tokens=result.usage.prompt_tokens,
            completion_tokens=result.usage.completion_tokens,
        )
        return _response(result, program, dialect, started)

    def _check_limits(self, request: SQLRequest) -> None:
        if len(request.question) > self.settings.max_question_chars:
            raise LimitExceededError(
                f"the question has {len(request.question)} characters; "
                f"the limit is {self.settings.max_question_chars}"
            )
        size = len(request.db_schema.encode("utf-8"))
        if size > self.settings.max_schema_bytes:
            raise LimitExceededError(
                f"the schema has {size} bytes; the limit is {self.settings.max_schema_bytes}"
            )

    def _check_schema_size(self, schema: SchemaInfo) -> None:
        if len(schema.tables) > self.settings.max_schema_tables:
            raise LimitExceededError(
                f"the schema defines {len(schema.tables)} tables; "
                f"the limit is {self.settings.max_schema_tables}"
            )
        if schema.column_count > self.settings.max_schema_columns:
            raise LimitExceededError(
                f"the schema defines {schema.column_count} columns; "
                f"the limit is {self.settings.max_schema_columns}"
            )


def _response(
    result: GenerationResult, program: LoadedProgram, dialect: str, started: float
) -> SQLResponse:
    check = result.check
    return SQLResponse(
        sql=check.sql,
        dialect=dialect,
        valid=check.valid,
        statement_type=check.statement_type,
        tables=check.tables,
        issues=check.issues,
        attempts=result.attempts,
        candidates=_candidates(result),
        tables_seen=result.tables_seen,
        program=ProgramRef(name=program.name, version=program.version),
        usage=Usage(
            prompt_tokens=result.usage.prompt_tokens,
            completion_tokens=result.usage.completion_tokens,
        ),
        timing_ms=Timing(
            total=round((time.perf_counter() - started) * 1000, 1),
            lm=round(result.lm_seconds * 1000, 1),
        ),
    )


def _candidates(result: GenerationResult) -> Candidates:
    if not result.votes:
        return Candidates(made=0, valid=0, agreeing=0)
    last = result.votes[-1]
    return Candidates(made=last.made, valid=last.valid, agreeing=last.agreeing)
