"""Console progress for long local-LM steps, and subprocesses teed into a log file.

The install takes minutes; a silent terminal looks hung, so every step announces itself and
reports its duration, a heartbeat line appears while a step is quiet, and pip's full output
goes to a log file that failures point to.
"""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import typer

from model_serve.local.errors import LocalLMError

_HEARTBEAT_S = 30.0


def say(message: str) -> None:
    """Progress goes to stderr so that stdout stays machine-readable (e.g. the printed URL)."""
    typer.echo(message, err=True)


def _worth_showing(line: str) -> bool:
    # Top-level requirements and the final summaries; dependency chatter stays in the log.
    if line.startswith("Collecting "):
        return " (from " not in line
    return line.startswith(("Installing collected", "Successfully ", "ERROR", "Found existing"))


@contextmanager
def step(label: str) -> Iterator[None]:
    """Announce a step, then say how long it took (or that it failed)."""
    say(f"==> {label} ...")
    started = time.monotonic()
    try:
        yield
    except BaseException:
        say(f"    failed after {time.monotonic() - started:.0f}s: {label}")
        raise
    say(f"    done in {time.monotonic() - started:.0f}s")


@contextmanager
def heartbeat(every_s: float = _HEARTBEAT_S) -> Iterator[None]:
    """Print "still working" every ``every_s`` seconds until the block ends."""
    done = threading.Event()
    started = time.monotonic()

    def beat() -> None:
        while not done.wait(every_s):
            say(f"    ... still working ({time.monotonic() - started:.0f}s)")

    thread = threading.Thread(target=beat, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()


def run_logged(
    argv: Sequence[str],
    log_file: Path,
    what: str,
    env: dict[str, str] | None = None,
    show_live: bool = True,
) -> None:
    """Run ``argv``, append its output to ``log_file``; raise a one-line error on failure."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("a", encoding="utf-8") as log, heartbeat():
        log.write(f"\n$ {' '.join(argv)}\n")
        log.flush()
        proc = subprocess.Popen(
            list(argv),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
            bufsize=1,
        )
        assert proc.stdout is not None  # for mypy: we asked for a pipe
        try:
            for line in proc.stdout:
                log.write(line)
                if show_live and _worth_showing(line):
                    say(f"    {line.rstrip()[:150]}")
            code = proc.wait()
        except BaseException:
            proc.kill()
            proc.wait()
            raise
    if code != 0:
        raise LocalLMError(f"{what} failed (exit {code}); see {log_file}")
