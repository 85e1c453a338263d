"""Start, wait for, find and stop the local vLLM server.

Every failure becomes a one-line ``LocalLMError``, and every failure path after the process
was started stops its whole process group first: a failed start never leaves a stray server.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from model_serve.local.errors import LocalLMError
from model_serve.local.health import list_models, port_open
from model_serve.local.paths import LocalHome
from model_serve.local.process import (
    available_memory_bytes,
    group_alive,
    start_group,
    stop_group,
)
from model_serve.server_spec import ServerSpec

# Besides the KV cache the server tree takes ~2.7 GiB (measured PSS: torch in 4 processes,
# float32 weights, the API process); with less free it would be OOM-killed mid-start.
_RUNTIME_OVERHEAD_GIB = 3.0
_GIB = 1024**3
_POLL_S = 1.0
# vLLM's log lines that name the cause of a failed start, most specific first.
_CAUSE = re.compile(r"(Error|Exception|error:|Killed|out of memory)", re.IGNORECASE)
# Warnings mention errors ("... can cause fd limit errors"); traceback frames are not causes.
_NOT_A_CAUSE = re.compile(r"( WARNING |^File |^Traceback)")


@dataclass(frozen=True)
class ServerRecord:
    """What the pid file remembers about a server started in the background."""

    pid: int
    base_url: str
    model: str
    log: str
    started_at: float


def read_record(home: LocalHome, port: int) -> ServerRecord | None:
    """The server recorded for ``port`` if its process still runs (a stale file is removed)."""
    path = home.pid_file(port)
    try:
        record = ServerRecord(**json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
    if not _is_our_server(record.pid):
        path.unlink(missing_ok=True)
        return None
    return record


def _is_our_server(pid: int) -> bool:
    # Guards against pid reuse: the recorded pid must still be a vLLM API server.
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"vllm.entrypoints.openai.api_server" in cmdline and group_alive(pid)


def write_record(home: LocalHome, port: int, record: ServerRecord) -> None:
    home.pid_file(port).write_text(json.dumps(asdict(record), indent=2), encoding="utf-8")


def check_can_start(spec: ServerSpec, api_key: str) -> None:
    """Refuse early, with the reason, when a start cannot succeed."""
    if port_open(spec.host, spec.port):
        models = list_models(spec.base_url, api_key)
        owner = f"a server with models {models}" if models else "another process"
        raise LocalLMError(
            f"port {spec.port} on {spec.host} is already in use by {owner}; "
            "stop it or choose another --port"
        )
    available = available_memory_bytes()
    kv_gib = float(spec.environment().get("VLLM_CPU_KVCACHE_SPACE", "0") or 0)
    needed = (kv_gib + _RUNTIME_OVERHEAD_GIB) * _GIB
    if available is not None and available < needed:
        raise LocalLMError(
            f"not enough memory: {available / _GIB:.1f} GiB available, the server needs about "
            f"{needed / _GIB:.1f} GiB (KV cache {kv_gib:g} GiB + runtime)"
        )


def start(
    spec: ServerSpec,
    python: Path,
    api_key: str,
    log_file: Path,
    extra_env: dict[str, str] | None = None,
) -> subprocess.Popen[bytes]:
    """Launch the server in its own process group; output goes to ``log_file``."""
    check_can_start(spec, api_key)
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("a", encoding="utf-8") as log:
        log.write(f"\n===== starting {spec.served_model_name} at {time.ctime()} =====\n")
    env = {**os.environ, **spec.environment(), **(extra_env or {}), "PYTHONUNBUFFERED": "1"}
    return start_group(spec.command(str(python), api_key), env, log_file)


def wait_ready(
    proc: subprocess.Popen[bytes],
    spec: ServerSpec,
    api_key: str,
    log_file: Path,
    timeout_s: float,
    on_tick: Callable[[float], None] | None = None,
) -> float:
    """Block until ``/v1/models`` lists the served model; return seconds waited.

    On any failure (process died, timeout, Ctrl-C) the whole group is stopped before raising.
    """
    started = time.monotonic()
    try:
        while True:
            waited = time.monotonic() - started
            code = proc.poll()
            if code is not None:
                raise LocalLMError(
                    f"server exited with code {code} during startup: {failure_cause(log_file)} "
                    f"(log: {log_file})"
                )
            models = list_models(spec.base_url, api_key, timeout_s=2.0)
            if models is not None and spec.served_model_name in models:
                return waited
            if waited > timeout_s:
                raise LocalLMError(
                    f"server not ready after {timeout_s:.0f}s; last log line: "
                    f"{last_line(log_file)} (log: {log_file})"
                )
            if on_tick is not None:
                on_tick(waited)
            time.sleep(_POLL_S)
    except BaseException:
        stop_group(proc.pid, proc)
        raise


def _tail(log_file: Path, lines: int = 80) -> list[str]:
    try:
        text = log_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return [line.strip() for line in text.splitlines()[-lines:] if line.strip()]


def last_line(log_file: Path) -> str:
    """What the server was doing last (for a timeout)."""
    tail = _tail(log_file)
    return tail[-1][:300] if tail else "empty log"


def failure_cause(log_file: Path) -> str:
    """The line that names why the server died: the last error, not a warning or traceback."""
    tail = _tail(log_file)
    for line in reversed(tail):
        if _CAUSE.search(line) and not _NOT_A_CAUSE.search(line):
            return line[:300]
    return tail[-1][:300] if tail else "empty log"


def stop_recorded(home: LocalHome, port: int) -> ServerRecord | None:
    """Stop the server recorded for ``port``, if any; return what was stopped."""
    record = read_record(home, port)
    if record is not None:
        stop_group(record.pid)
    home.pid_file(port).unlink(missing_ok=True)
    return record
