"""``python -m model_serve.local``: the local CPU vLLM server (SmolLM2-135M-Instruct).

Commands: install, up, down, status, run. Everything lives under TEXT2SQL_LOCAL_LM_HOME
(default ~/.cache/text2sql/local-lm). Errors are one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import time
from typing import Annotated

import typer

from model_serve.local import launcher, server
from model_serve.local.cli_support import fail, sigterm_as_interrupt
from model_serve.local.errors import LocalLMError
from model_serve.local.health import list_models
from model_serve.local.install import ensure_installed, is_installed
from model_serve.local.paths import local_home
from model_serve.local.process import memory_of_group, stop_group
from model_serve.local.progress import say
from model_serve.local.settings import DEFAULT_STARTUP_TIMEOUT_S, MODEL_DIR_NAME, api_key
from model_serve.server_spec import SMOLLM2

cli = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)

Host = Annotated[str, typer.Option(help="Interface to listen on.")]
Port = Annotated[int, typer.Option(help="Port to listen on.")]
Timeout = Annotated[float, typer.Option(help="Seconds to wait for the server to answer.")]


@cli.command()
def install() -> None:
    """Install vLLM (CPU build) in its own venv and convert the model; no-op when done."""
    home = local_home()
    if is_installed(home, MODEL_DIR_NAME):
        say(f"already installed in {home.root}")
        return
    try:
        ensure_installed(home, MODEL_DIR_NAME)
    except LocalLMError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted; run install again to finish", 130)
    say(f"installed in {home.root}")


@cli.command()
def up(
    host: Host = SMOLLM2.host,
    port: Port = SMOLLM2.port,
    timeout: Timeout = DEFAULT_STARTUP_TIMEOUT_S,
) -> None:
    """Start the server in the background (installing first if needed); print its URL."""
    sigterm_as_interrupt()
    try:
        running = launcher.find_answering(host, port)
        if running is not None:
            say("already running")
        else:
            running = launcher.ensure_up(host, port, timeout)
    except LocalLMError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted; nothing left running", 130)
    typer.echo(running.base_url)


@cli.command()
def down(port: Port = SMOLLM2.port) -> None:
    """Stop the server started by `up` (its whole process group)."""
    record = server.stop_recorded(local_home(), port)
    say(f"stopped pid {record.pid}" if record else "not running")


@cli.command()
def status(port: Port = SMOLLM2.port) -> None:
    """Whether the server runs and answers, and its memory; exit 1 if not running."""
    home = local_home()
    record = server.read_record(home, port)
    say(f"home:      {home.root} (installed: {is_installed(home, MODEL_DIR_NAME)})")
    if record is None:
        say("server:    not running")
        raise typer.Exit(1)
    models = list_models(record.base_url, api_key())
    count, rss, pss = memory_of_group(record.pid)
    uptime = time.time() - record.started_at
    say(f"server:    pid {record.pid}, up {uptime:.0f}s, {record.base_url}")
    say(f"answering: {'yes, models ' + ', '.join(models) if models is not None else 'no'}")
    say(f"memory:    {count} processes, RSS {rss / 2**30:.2f} GiB, PSS {pss / 2**30:.2f} GiB")
    say(f"log:       {record.log}")


@cli.command()
def run(
    host: Host = SMOLLM2.host,
    port: Port = SMOLLM2.port,
    timeout: Timeout = DEFAULT_STARTUP_TIMEOUT_S,
) -> None:
    """Run the server in the foreground until Ctrl-C (or SIGTERM), then stop it."""
    sigterm_as_interrupt()
    home = local_home()
    try:
        proc = launcher.launch(home, host, port, timeout)
    except LocalLMError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted; nothing left running", 130)
    say("serving; Ctrl-C stops")
    try:
        code = proc.wait()
    except KeyboardInterrupt:
        say("stopping ...")
        stop_group(proc.pid, proc)
        return
    finally:
        home.pid_file(port).unlink(missing_ok=True)
    stop_group(proc.pid, proc)  # its children, if the leader died alone
    fail(f"server exited with code {code}: {server.failure_cause(home.server_log(port))}")


if __name__ == "__main__":
    cli(prog_name="python -m model_serve.local")
