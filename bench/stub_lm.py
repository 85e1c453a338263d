"""A local OpenAI-compatible stub server for fast tests, fault injection and load benchmarks.

It answers ``/v1/chat/completions`` and ``/v1/models`` like vLLM does, with behaviour chosen per
test: a fixed or computed answer, a delay, an error status, a garbage body, or a connection reset.
Run standalone for benchmarks: ``python -m bench.stub_lm --port 8011 --delay 0.05``.
"""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import typer
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse

from app.config import Settings

Answer = Callable[[list[dict[str, Any]]], str]
# The server's open connections (uvicorn protocol objects, each with .client and .transport).
Connections = Callable[[], Iterable[Any]]


def dspy_answer(sql: str) -> str:
    """An answer in DSPy's ChatAdapter format, as a well-behaved model writes it."""
    return f"[[ ## sql ## ]]\n{sql}\n\n[[ ## completed ## ]]"


@dataclass
class StubBehaviour:
    """What the stub does for the next requests; tests mutate it while the server runs."""

    answer: Answer = field(default=lambda _messages: dspy_answer("SELECT 1"))
    delay_s: float = 0.0
    status_code: int = 200
    # ok | garbage | error_body | reset (headers and part of the body, then a TCP RST)
    mode: str = "ok"
    api_key: str | None = None
    # Modes for the next requests, one each, before ``mode`` applies again (["reset", "ok"]).
    script: list[str] = field(default_factory=list)
    requests: list[list[dict[str, Any]]] = field(default_factory=list)
    record: bool = True  # keep each request's messages in ``requests`` (off for long benchmarks)

    def restore(self) -> None:
        """Back to the defaults (tests that share one stub call this between tests)."""
        fresh = StubBehaviour()
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(fresh, name))

    def answers(self, *sqls: str) -> None:
        """Answer with these SQLs in turn (the last one repeats)."""
        queue = list(sqls)

        def answer(_messages: list[dict[str, Any]]) -> str:
            return dspy_answer(queue.pop(0) if len(queue) > 1 else queue[0])

        self.answer = answer


def build_app(behaviour: StubBehaviour, connections: Connections = tuple) -> FastAPI:
    """The stub's routes; ``connections`` lets the reset mode find the TCP connection to kill."""
    app = FastAPI()

    def authorized(request: Request) -> bool:
        if behaviour.api_key is None:
            return True
        return request.headers.get("authorization") == f"Bearer {behaviour.api_key}"

    @app.get("/v1/models")
    async def models(request: Request) -> Response:
        if not authorized(request):
            return JSONResponse({"error": {"message": "unauthorized"}}, status_code=401)
        return JSONResponse({"object": "list", "data": [{"id": "stub", "object": "model"}]})

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> Response:
        if not authorized(request):
            return JSONResponse({"error": {"message": "unauthorized"}}, status_code=401)
        body = await request.json()
        messages = body.get("messages", [])
        if behaviour.record:
            behaviour.requests.append(messages)
        mode = behaviour.script.pop(0) if behaviour.script else behaviour.mode
        if behaviour.delay_s:
            await asyncio.sleep(behaviour.delay_s)
        if mode == "reset":
            return _reset_mid_response(request, connections)
        if mode == "garbage":
            return PlainTextResponse("<html>not json</html>", status_code=200)
        if behaviour.status_code != 200 or mode == "error_body":
            status = behaviour.status_code if behaviour.status_code != 200 else 500
            error = {"error": {"message": "upstream exploded", "type": "server_error"}}
            return JSONResponse(error, status_code=status)
        text = behaviour.answer(messages)
        return JSONResponse(
            {
                "id": "chatcmpl-stub",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model", "stub"),
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": text},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
            }
        )

    return app


def _reset_mid_response(request: Request, connections: Connections) -> Response:
    """Start a 200 answer, send part of its body, then reset the TCP connection (RST).

    This is what a crashing upstream or a proxy killed mid-answer looks like to the client:
    the status line and headers arrive, the body is cut short, and the socket dies with a
    reset rather than an orderly close. ASGI has no way to reach the socket, so the stub asks
    the server for the connection whose peer address is this request's client.
    """
    peer = tuple(request.scope.get("client") or ())

    async def body() -> AsyncIterator[bytes]:
        yield b'{"id": "chatcmpl-stub", "object": "chat.completion", "choices": [{"index": 0, '
        await asyncio.sleep(0.05)  # let the partial body reach the client first
        for connection in list(connections()):
            if tuple(getattr(connection, "client", None) or ()) == peer:
                _abort_with_rst(connection.transport)
        await asyncio.sleep(5)  # never finish the body; the reset ends the exchange

    return StreamingResponse(
        body(), media_type="application/json", headers={"content-length": "4096"}
    )


def _abort_with_rst(transport: asyncio.Transport) -> None:
    """Close with SO_LINGER(on, 0): the kernel sends RST instead of an orderly FIN."""
    sock = transport.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RunningStub:
    base_url: str
    behaviour: StubBehaviour
    server: uvicorn.Server


@contextmanager
def run_stub(
    behaviour: StubBehaviour | None = None, port: int | None = None
) -> Iterator[RunningStub]:
    """Serve the stub on a free loopback port in a background thread."""
    behaviour = behaviour or StubBehaviour()
    port = port or free_port()
    server = _server(behaviour, port, lifespan="off")
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("stub LM did not start")
        time.sleep(0.01)
    try:
        yield RunningStub(f"http://127.0.0.1:{port}/v1", behaviour, server)
    finally:
        server.should_exit = True
        thread.join(timeout=5)


def main(
    port: int = typer.Option(8011, help="Port on 127.0.0.1."),
    delay: float = typer.Option(0.0, help="Seconds before each answer."),
    sql: str = typer.Option("SELECT name FROM users", help="SQL every answer carries."),
) -> None:
    """Serve the stub in the foreground (for benchmarks)."""
    behaviour = StubBehaviour(answer=lambda _m: dspy_answer(sql), delay_s=delay, record=False)
    _server(behaviour, port).run()


def _server(
    behaviour: StubBehaviour, port: int, lifespan: Literal["auto", "on", "off"] = "auto"
) -> uvicorn.Server:
    """A uvicorn server for the stub whose app can see the server's open connections."""
    config = uvicorn.Config("", host="127.0.0.1", port=port, log_level="warning", lifespan=lifespan)
    server = uvicorn.Server(config)
    config.app = build_app(behaviour, lambda: server.server_state.connections)
    return server


if __name__ == "__main__":
    typer.run(main)


def stub_settings(stub: RunningStub, programs_dir: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "lm_base_url": stub.base_url,
        "lm_model": "stub",
        "lm_timeout_s": 2.0,
        "lm_retries": 1,
        "lm_retry_backoff_s": 0.01,
        "programs_dir": programs_dir,
        "admin_token": "admin-secret",
        "rate_limit_per_minute": 0,
        **overrides,
    }
    return Settings(**values)  # type: ignore[arg-type]
