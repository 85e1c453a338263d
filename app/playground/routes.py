"""``GET /`` serves the playground page; its scripts and styles are static files beside it."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from app.playground.headers import PlaygroundHeadersMiddleware

STATIC_DIR = Path(__file__).parent / "static"
STATIC_PREFIX = "/playground/static"


async def playground_page() -> FileResponse:
    """The playground: ask a question, see the checked SQL; browse and activate programs."""
    return FileResponse(STATIC_DIR / "index.html", media_type="text/html")


def install_playground(app: FastAPI) -> None:
    """Serve the page at ``/`` and its assets under ``STATIC_PREFIX``, with a strict CSP."""
    app.add_api_route("/", playground_page, methods=["GET"], include_in_schema=False)
    app.mount(STATIC_PREFIX, StaticFiles(directory=STATIC_DIR), name="playground-static")
    app.add_middleware(PlaygroundHeadersMiddleware, static_prefix=STATIC_PREFIX)
