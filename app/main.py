"""The FastAPI application: built once per process by ``create_app``."""

from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware

from app.config import Settings, get_settings
from app.error_handlers import install_error_handlers
from app.errors import ProgramLoadError
from app.generation import LMGateway
from app.registry import ProgramRegistry
from app.routes import health, programs, sql
from app.service import Text2SQLService

logger = logging.getLogger(__name__)


def build_service(settings: Settings) -> Text2SQLService:
    registry = ProgramRegistry(settings.programs_dir)
    try:
        registry.reload()
    except ProgramLoadError as error:
        # Start anyway with the built-in program: an operator can fix the file and reload.
        logger.error("%s", error.message)
    return Text2SQLService(settings, registry, LMGateway(settings))


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the application; tests pass their own ``Settings``."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.service = build_service(settings)
        app.state.client_keys = settings.client_keys()
        yield

    app = FastAPI(
        title="Text2SQL",
        version="0.1.0",
        description="Questions in, checked SQL out: a DSPy program compiled against execution "
        "accuracy, served over an OpenAI-compatible LM, every answer checked with sqlglot.",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "X-API-Key"],
        )

    @app.middleware("http")
    async def request_id(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        rid = request.headers.get("x-request-id") or uuid.uuid4().hex
        request.state.request_id = rid[:64]
        response = await call_next(request)
        response.headers["X-Request-ID"] = request.state.request_id
        return response

    app.include_router(sql.router)
    app.include_router(programs.router)
    app.include_router(health.router)
    return app


app = create_app()
