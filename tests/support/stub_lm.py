"""A local OpenAI-compatible stub server for fast tests, fault injection and load benchmarks.

It answers ``/v1/chat/completions`` and ``/v1/models`` like vLLM does, with behaviour chosen per
test: a fixed or computed answer, a delay, an error status, a garbage body, or a connection reset.
Run standalone for benchmarks: ``python -m tests.support.stub_lm --port 8011 --delay 0.05``.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import typer
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

Answer = Callable[[list[dict[str, Any]]], str]


def dspy_answer(sql: str) -> str:
    """An answer in DSPy's ChatAdapter format, as a well-behaved model writes it."""
    return f"[[ ## sql ## ]]\n{sql}\n\n[[ ## completed ## ]]"


@dataclass
class StubBehaviour:
    """What the stub does for the next requests; tests mutate it while the server runs."""

    answer: Answer = field(default=lambda _messages: dspy_answer("SELECT 1"))
    delay_s: float = 0.0
    status_code: int = 200
    mode: str = "ok"  # ok | garbage | error_body | reset
    api_key: str | None = None
    requests: list[list[dict[str, Any]]] = field(default_factory=list)

    def answers(self, *sqls: str) -> None:
        """Answer with these SQLs in turn (the last one repeats)."""
        queue = list(sqls)

        def answer(_messages: list[dict[str, Any]]) -> str:
            return dspy_answer(queue.pop(0) if len(queue) > 1 else queue[0])

        self.answer = answer


def build_app(behaviour: StubBehaviour) -> FastAPI:
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
        behaviour.requests.append(messages)
        if behaviour.delay_s:
            await asyncio.sleep(behaviour.delay_s)
        if behaviour.mode == "reset":
            _reset_connection(request)
            return PlainTextResponse("", status_code=200)
        if behaviour.mode == "garbage":
            return PlainTextResponse("<html>not json</html>", status_code=200)
        if behaviour.status_code != 200 or behaviour.mode == "error_body":
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


def _reset_connection(request: Request) -> None:
    """Abort the TCP connection under the request, as a crashing upstream would."""
    transport = request.scope.get("transport") or getattr(request, "_transport", None)
    if transport is None:
        extensions = request.scope.get("extensions", {})
        transport = extensions.get("transport")
    if transport is not None:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
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
def run_stub(behaviour: StubBehaviour | None = None, port: int | None = None) -> Iterator[RunningStub]:
    """Serve the stub on a free loopback port in a background thread."""
    behaviour = behaviour or StubBehaviour()
    port = port or free_port()
    config = uvicorn.Config(
        build_app(behaviour), host="127.0.0.1", port=port, log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
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
    behaviour = StubBehaviour(answer=lambda _m: dspy_answer(sql), delay_s=delay)
    uvicorn.run(build_app(behaviour), host="127.0.0.1", port=port, log_level="warning")


if __name__ == "__main__":
    typer.run(main)
