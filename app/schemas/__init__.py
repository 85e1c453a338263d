"""Request and response models of the HTTP API (the OpenAPI docs are generated from these)."""

from app.schemas.info import (
    DatabaseInfo,
    DatabaseList,
    ErrorDetail,
    ErrorResponse,
    HealthStatus,
    ProgramInfo,
    ProgramList,
)
from app.schemas.sql import (
    EXAMPLE_SCHEMA,
    Candidates,
    EarlierTurn,
    ProgramRef,
    SQLRequest,
    SQLResponse,
    Timing,
    Usage,
)

__all__ = [
    "Candidates",
    "DatabaseInfo",
    "DatabaseList",
    "EXAMPLE_SCHEMA",
    "EarlierTurn",
    "ErrorDetail",
    "ErrorResponse",
    "HealthStatus",
    "ProgramInfo",
    "ProgramList",
    "ProgramRef",
    "SQLRequest",
    "SQLResponse",
    "Timing",
    "Usage",
]
