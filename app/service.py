"""The Text2SQL service: what a POST /sql does, without any HTTP in it."""

from __future__ import annotations

import asyncio
import time

from app.checking import SchemaInfo, parse_schema, resolve_dialect
from app.config import Settings
from app.databases import DatabaseCatalog, DatabaseRunner, Rows
from app.dumps import SchemaReading, read_schema
from app.errors import LimitExceededError, UnsupportedDialectError, WriteNotAllowedError
from app.generation import GenerationResult, generate_checked
from app.lm.gateway import LMGateway
from app.observability import annotate, observe_generation
from app.prompt.conversation import Turn
from app.registry import LoadedProgram, ProgramRegistry
from app.schemas import Candidates, ProgramRef, SQLRequest, SQLResponse, Timing, Usage


class Text2SQLService:
    """Holds what every request shares: settings, programs, the LM gateway and the databases."""

    def __init__(
        self,
        settings: Settings,
        registry: ProgramRegistry,
        gateway: LMGateway,
        databases: DatabaseCatalog | None = None,
    ) -> None:
        self.settings = settings
        self.registry = registry
        self.gateway = gateway
        self.databases = databases or DatabaseCatalog({}, settings.schema_cache_ttl_s)

    async def answer(self, request: SQLRequest) -> SQLResponse:
        started = time.perf_counter()
        self._check_limits(request)
        if request.allow_write and not self.settings.allow_writes:
            raise WriteNotAllowedError(
                "this server is read-only: allow_write needs TEXT2SQL_ALLOW_WRITES=true"
            )
        if request.database is not None:
            return await self._answer_from_database(request, request.database, started)
        assert request.db_schema is not None  # the request model requires one of the two
        dialect = resolve_dialect(request.dialect or self.settings.default_dialect)
        # Reading and parsing a large schema is CPU work; keep it off the event loop.
        reading, schema = await asyncio.to_thread(_read_and_parse, request.db_schema, dialect)
        self._check_schema_size(schema)
        result, program = await self._generate(request, reading.text, schema, dialect)
        response = _response(result, program, dialect, started)
        response.schema_notes = reading.notes
        return response

    async def _answer_from_database(
        self, request: SQLRequest, name: str, started: float
    ) -> SQLResponse:
        """Ask a configured database: its cached schema, candidates run on it, rows if asked."""
        database = self.databases.get(name)
        dialect = database.dialect
        if request.dialect is not None and resolve_dialect(request.dialect) != dialect:
            raise UnsupportedDialectError(
                f"database {name!r} speaks {dialect}; omit `dialect` or ask for {dialect}"
            )
        cached = await self.databases.schema(name)
        runner = DatabaseRunner(database)
        result, program = await self._generate(
            request, cached.text, cached.info, dialect, executor=runner
        )
        annotate(database=name)
        response = _response(result, program, dialect, started)
        response.database = name
        if request.execute and result.check.valid:
            rows = runner.results.get(result.check.sql)
            if rows is None:  # not run during the vote (it always is for a valid query)
                rows = await self.databases.run(name, result.check.sql)
            _attach_rows(response, rows)
            response.timing_ms.total = round((time.perf_counter() - started) * 1000, 1)
        return response

    async def _generate(
        self,
        request: SQLRequest,
        schema_text: str,
        schema: SchemaInfo,
        dialect: str,
        executor: DatabaseRunner | None = None,
    ) -> tuple[GenerationResult, LoadedProgram]:
        # Taken once: a program swap during this request does not affect it.
        program = self.registry.get(request.program)
        result = await generate_checked(
            program.module,
            self.gateway,
            question=request.question,
            schema_text=schema_text,
            schema=schema,
            dialect=dialect,
            allow_write=request.allow_write,
            max_attempts=self.settings.max_attempts,
            executor=executor,
            earlier_turns=[Turn(turn.question, turn.sql) for turn in request.history],
        )
        observe_generation(
            program.name,
            attempts=result.attempts,
            valid=result.check.valid,
            prompt_tokens=result.usage.prompt_tokens,
            completion_tokens=result.usage.completion_tokens,
            stopped_early=result.stopped_early,
        )
        return result, program

    def _check_limits(self, request: SQLRequest) -> None:
        if len(request.question) > self.settings.max_question_chars:
            raise LimitExceededError(
                f"the question has {len(request.question)} characters; "
                f"the limit is {self.settings.max_question_chars}"
            )
        self._check_history(request)
        if request.db_schema is None:
            return  # a configured database: its size is the operator's choice
        size = len(request.db_schema.encode("utf-8"))
        if size > self.settings.max_schema_bytes:
            raise LimitExceededError(
                f"the schema has {size} bytes; the limit is {self.settings.max_schema_bytes}"
            )

    def _check_history(self, request: SQLRequest) -> None:
        turns = request.history
        if len(turns) > self.settings.max_history_turns:
            raise LimitExceededError(
                f"the history has {len(turns)} turns; "
                f"the limit is {self.settings.max_history_turns}"
            )
        for index, turn in enumerate(turns):
            if len(turn.question) > self.settings.max_question_chars:
                raise LimitExceededError(
                    f"history[{index}].question has {len(turn.question)} characters; "
                    f"the limit is {self.settings.max_question_chars}"
                )
            if len(turn.sql) > self.settings.max_history_sql_chars:
                raise LimitExceededError(
                    f"history[{index}].sql has {len(turn.sql)} characters; "
                    f"the limit is {self.settings.max_history_sql_chars}"
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


def _read_and_parse(text: str, dialect: str) -> tuple[SchemaReading, SchemaInfo]:
    """A pasted schema (a dump included) read into DDL and parsed."""
    reading = read_schema(text, dialect)
    return reading, parse_schema(reading.text, dialect)


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
        corrections=check.corrections,
        attempts=result.attempts,
        candidates=_candidates(result),
        stopped_early=result.stopped_early,
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


def _attach_rows(response: SQLResponse, rows: Rows) -> None:
    response.columns = rows.columns
    response.rows = rows.rows
    response.rows_truncated = rows.truncated


def _candidates(result: GenerationResult) -> Candidates:
    if not result.votes:
        return Candidates(made=0, valid=0, agreeing=0)
    last = result.votes[-1]
    return Candidates(made=last.made, valid=last.valid, agreeing=last.agreeing)
