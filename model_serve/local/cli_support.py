"""Shared behaviour of the model_serve command lines: one-line errors, SIGTERM as Ctrl-C."""

from __future__ import annotations

import signal
from types import FrameType
from typing import NoReturn

import typer


def fail(message: str, code: int = 1) -> NoReturn:
    """Exit with ``error: <message>`` on stderr: failures are one line, never a traceback."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def sigterm_as_interrupt() -> None:
    """Treat SIGTERM (docker stop, CI cancel) like Ctrl-C so the same cleanup runs."""

    def handler(signum: int, frame: FrameType | None) -> None:  # noqa: ARG001
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)
