"""The FastAPI application: built once per process by ``create_app``."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Response
from fastapi.middleware.cors import CORSMiddleware

from app.config import Settings, get_settings
from app.databases import DatabaseCatalog
from app.error_handlers import install_error_handlers
from app.errors import ProgramLoadError
from app.lm.gateway import LMGateway
from app.middleware import BodySizeLimitMiddleware, RequestContextMiddleware
from app.model_match import model_warning
from app.observability import configure_logging, metrics_payload
from app.playground import install_playground
from app.ratelimit import RateLimiter
from app.registry import ProgramRegistry
from app.routes import databases, health, programs, sql
from app.schemas import ErrorResponse
from app.service import Text2SQLService

logger = logging.getLogger(__name__)

# Error responses every client or admin route can give, so the OpenAPI document (and the
# fuzzer that reads it) knows them; /sql documents its own in app.routes.sql.
CLIENT_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorResponse, "description": "Missing or invalid API key or admin token."},
    413: {"model": ErrorResponse, "description": "The request body is larger than the limit."},
    429: {"model": ErrorResponse, "description": "Rate limited (see Retry-After)."},
}
DATABASE_ERRORS: dict[int | str, dict[str, object]] = {
    **CLIENT_ERRORS,
    404: {"model": ErrorResponse, "description": "No database of that name."},
    503: {"model": ErrorResponse, "description": "The database is unreachable (Retry-After)."},
}
PROGRAM_ERRORS: dict[int | str, dict[str, object]] = {
    **CLIENT_ERRORS,
    404: {"model": ErrorResponse, "description": "No program of that name."},
    422: {"model": ErrorResponse, "description": "The program file is invalid; nothing changed."},
}


def build_service(settings: Settings) -> Text2SQLService:
    registry = ProgramRegistry(settings.programs_dir)
    try:
        registry.reload()
    except ProgramLoadError as error:
        # Start anyway with the built-in program: an operator can fix the file and reload.
        logger.error("%s", error.message)
    active = registry.catalog.programs.get(registry.catalog.active)
    warning = model_warning(active.name, active.meta, settings.lm_model) if active else None
    if warning:
        logger.warning("%s", warning)
    catalog = DatabaseCatalog.from_file(settings.databases_file, settings.schema_cache_ttl_s)
    return Text2SQLService(settings, registry, LMGateway(settings), catalog)


def build_rate_limiter(settings: Settings) -> RateLimiter | None:
    if settings.rate_limit_per_minute == 0:
        return None
    return RateLimiter(settings.rate_limit_per_minute)


async def metrics() -> Response:
    """Prometheus metrics of this process."""
    payload, content_type = metrics_payload()
    return Response(payload, media_type=content_type)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the application; tests pass their own ``Settings``."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(settings.log_level)
        app.state.service = build_service(settings)
        app.state.client_keys = settings.client_keys()
        app.state.rate_limiter = build_rate_limiter(settings)
        if not app.state.client_keys:
            logger.warning("no client API keys configured: /sql is open to anyone who can reach it")
        yield
        app.state.service.databases.close()

    app = FastAPI(
        title="Text2SQL",
        version="0.1.0",
        description="Questions in, checked SQL out: a DSPy program compiled against execution "
        "accuracy, served over an OpenAI-compatible LM, every answer checked with sqlglot.",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    # Added innermost first: the request context wraps everything, so even a 413 from the
    # body limit carries a request id, an access line and CORS headers.
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "X-API-Key", "X-Request-ID"],
            expose_headers=["X-Request-ID", "Retry-After"],
        )
    app.add_middleware(RequestContextMiddleware)

    app.include_router(sql.router)
    app.include_router(programs.router, responses=PROGRAM_ERRORS)
    app.include_router(databases.router, responses=DATABASE_ERRORS)
    app.include_router(health.router)
    app.add_api_route("/metrics", metrics, methods=["GET"], include_in_schema=False)
    install_playground(app)
    return app


app = create_app()
