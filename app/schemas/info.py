"""Error bodies and what GET /programs, /databases and the health probes return."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field


class ErrorDetail(BaseModel):
    code: str = Field(description="Stable machine-readable code.", examples=["schema_invalid"])
    message: str = Field(
        description="What went wrong, for humans.",
        examples=["schema statement 2 does not parse as sqlite SQL: CREATE TABL b (y INT)"],
    )
    details: dict[str, Any] = Field(default_factory=dict, description="Extra structured facts.")
    request_id: str | None = Field(None, description="The request id (also in X-Request-ID).")


class ErrorResponse(BaseModel):
    error: ErrorDetail


class ProgramInfo(BaseModel):
    name: str = Field(examples=["baseline"])
    version: str = Field(examples=["3f9c2a1b7d4e"])
    active: bool = Field(description="Whether requests without `program` use it.")
    chain_of_thought: bool = Field(description="Reasons before answering (dspy.ChainOfThought).")
    demos: int = Field(description="Few-shot demonstrations compiled into the program.")
    similar_demos: int = Field(
        0,
        description="Demonstrations chosen per question by similarity (knn programs; else 0).",
    )
    demo_pool: int = Field(0, description="Labeled examples those demonstrations come from.")
    model: str | None = Field(
        None,
        description="The model the program was compiled and measured on (from its meta).",
        examples=["qwen2.5-coder-1.5b"],
    )
    config: dict[str, Any] = Field(
        default_factory=dict,
        description="How it prompts: adapter, compact schema, candidates, constrained decoding.",
    )
    meta: dict[str, Any] = Field(
        default_factory=dict, description="Provenance and scores written by the optimizer."
    )


class ProgramList(BaseModel):
    active: str = Field(description="Name of the active program.")
    serving_model: str = Field(
        description="The model the service sends its requests to (TEXT2SQL_LM_MODEL).",
        examples=["qwen2.5-coder-1.5b"],
    )
    warnings: list[str] = Field(
        default_factory=list,
        description="Operator warnings, e.g. the active program was measured on another model.",
    )
    programs: list[ProgramInfo]
    refused: dict[str, str] = Field(
        default_factory=dict, description="Program files that could not be loaded, and why."
    )


class HealthStatus(BaseModel):
    status: str = Field(examples=["ok"])
    checks: dict[str, str] = Field(default_factory=dict)


class DatabaseInfo(BaseModel):
    name: str = Field(description="The name requests use.", examples=["shop"])
    dialect: str = Field(description="The SQL dialect it speaks.", examples=["sqlite"])
    description: str = Field("", description="What it holds, from the databases file.")
    tables: int | None = Field(
        description="Tables and views shown to the model; null until first introspected.",
        examples=[4],
    )
    introspected_at: datetime | None = Field(
        description="When its schema was last read (ISO 8601, UTC); null if never.",
    )
    reachable: bool = Field(description="Whether it answered a ping just now.")


class DatabaseList(BaseModel):
    databases: list[DatabaseInfo]
