"""``python -m model_serve.dev`` (``make serve``): the local LM server, then the API.

Starts (or reuses) the local vLLM server, installing it on first use, then runs
``uvicorn app.main:app`` wired to it through TEXT2SQL_LM_* variables. Ctrl-C or SIGTERM
stops the API and the LM server, unless the LM server was already running before, in
which case it is left up for the next run. If TEXT2SQL_LM_BASE_URL points elsewhere
(e.g. the Modal deployment), no local LM is started and the API uses that one.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from model_serve.local.catalogue import CATALOGUE, DEFAULT_MODEL, MODEL_ENV, selected_model
from model_serve.local.cli_support import fail, sigterm_as_interrupt
from model_serve.local.errors import LocalLMError
from model_serve.local.launcher import RunningServer, ensure_up, stop
from model_serve.local.process import stop_group
from model_serve.local.progress import say
from model_serve.local.settings import DEFAULT_STARTUP_TIMEOUT_S, LOCAL

cli = typer.Typer(add_completion=False, help=__doc__)

LM_ENV = ("TEXT2SQL_LM_BASE_URL", "TEXT2SQL_LM_MODEL", "TEXT2SQL_LM_API_KEY")
DATABASES_ENV = "TEXT2SQL_DATABASES_FILE"
# The demo shop, so the README's first question can be asked by database name.
DEMO_DATABASES = Path(__file__).resolve().parents[1] / "databases.demo.toml"


def external_lm(local_url: str) -> str | None:
    """The LM URL the user configured, if it is not the local server's."""
    url = os.environ.get("TEXT2SQL_LM_BASE_URL")
    return url if url and url.rstrip("/") != local_url else None


def api_environment(lm: RunningServer | None, base: dict[str, str]) -> dict[str, str]:
    """The API's environment: the local LM's address, and the demo databases unless set."""
    env = dict(base)
    if lm is not None:
        env.update(zip(LM_ENV, (lm.base_url, lm.model, lm.api_key), strict=True))
    if DATABASES_ENV not in env and DEMO_DATABASES.exists():
        env[DATABASES_ENV] = str(DEMO_DATABASES)
    return env


def start_api(
    host: str, port: int, lm: RunningServer | None, reload: bool
) -> subprocess.Popen[bytes]:
    env = api_environment(lm, dict(os.environ))
    argv = [sys.executable, "-m", "uvicorn", "app.main:app", "--host", host, "--port", str(port)]
    if reload:
        argv.append("--reload")
    # Own process group: stopping the API then also stops uvicorn's reload/worker children.
    return subprocess.Popen(argv, env=env, start_new_session=True)


def supervise(api: subprocess.Popen[bytes], lm: RunningServer | None) -> int:
    """Wait until the API exits or the LM server dies; return the exit code to use."""
    while True:
        code = api.poll()
        if code is not None:
            say(f"API exited with code {code}")
            return code or 1
        if lm is not None and lm.proc is not None and lm.proc.poll() is not None:
            say(f"LM server exited with code {lm.proc.returncode}; stopping the API")
            return 1
        time.sleep(0.5)


@cli.command()
def serve(
    host: Annotated[str, typer.Option(envvar="TEXT2SQL_HOST", help="API interface.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(envvar="TEXT2SQL_PORT", help="API port.")] = 8000,
    reload: Annotated[bool, typer.Option(help="Restart the API when code changes.")] = False,
    lm_port: Annotated[int, typer.Option(help="Port of the local LM server.")] = LOCAL.port,
    model: Annotated[
        str | None,
        typer.Option(
            envvar=MODEL_ENV,
            help=f"Local model: {', '.join(CATALOGUE)} (default {DEFAULT_MODEL}).",
        ),
    ] = None,
    lm_timeout: Annotated[float, typer.Option(help="Seconds to wait for the LM.")] = (
        DEFAULT_STARTUP_TIMEOUT_S
    ),
) -> None:
    """Start the local LM server and the API; Ctrl-C stops both."""
    sigterm_as_interrupt()
    lm: RunningServer | None = None
    external = external_lm(LOCAL.at(LOCAL.host, lm_port).base_url)
    try:
        if external is None:
            lm = ensure_up(port=lm_port, timeout_s=lm_timeout, model=selected_model(model))
    except LocalLMError as exc:
        fail(f"local LM server: {exc}")
    except KeyboardInterrupt:
        fail("interrupted; nothing left running", 130)
    api = start_api(host, port, lm, reload)
    say(f"LM server: {lm.base_url if lm else external} (model {lm.model if lm else 'from env'})")
    say(f"API:       http://{host}:{port}  (docs: http://{host}:{port}/docs)")
    say(f"Databases: {os.environ.get(DATABASES_ENV) or DEMO_DATABASES} (GET /databases)")
    say("Ctrl-C stops both.")
    code = 130
    try:
        code = supervise(api, lm)
    except KeyboardInterrupt:
        say("stopping ...")
    finally:
        stop_group(api.pid, api)
        if lm is not None and lm.started_here:
            stop(lm)
        elif lm is not None:
            say(f"LM server left running (it was up before): {lm.base_url}")
    raise typer.Exit(code)


if __name__ == "__main__":
    cli(prog_name="python -m model_serve.dev")
