"""Process-group handling: the server is started as its own group and always stopped as one.

vLLM forks an engine-core process (and on CPU, worker processes); killing only the parent
leaves them holding gigabytes of RAM. A new session makes the group id equal to the server's
pid, so the whole tree can be signalled even by a later ``down`` from another process.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

from model_serve.local.errors import LocalLMError


def start_group(
    argv: Sequence[str], env: dict[str, str], log_file: Path
) -> subprocess.Popen[bytes]:
    """Start ``argv`` as the leader of a new process group, output appended to ``log_file``."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("ab") as log:
        try:
            return subprocess.Popen(
                list(argv),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,
            )
        except OSError as exc:
            raise LocalLMError(f"could not start {argv[0]}: {exc}") from exc


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def group_pids(pgid: int) -> list[int]:
    """Live processes whose process group is ``pgid`` (Linux /proc)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # The command name (field 2) may hold spaces; fields after its ")" are fixed.
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            pids.append(int(stat.parent.name))
    return pids


def stop_group(
    pgid: int, proc: subprocess.Popen[bytes] | None = None, grace_s: float = 20.0
) -> None:
    """SIGTERM the group, wait up to ``grace_s``, then SIGKILL whatever is left."""
    for sig, wait_s in ((signal.SIGTERM, grace_s), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            if proc is not None:
                proc.poll()  # reap our own child so it does not linger as a zombie
            if not group_pids(pgid):
                break
            time.sleep(0.2)
        else:
            continue
        break
    if proc is not None:
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()


def memory_of_group(pgid: int) -> tuple[int, int, int]:
    """(processes, summed RSS bytes, summed PSS bytes) of the group.

    RSS counts shared pages (torch libraries) once per process; PSS splits them, so it is the
    honest figure for "how much RAM does this server take".
    """
    pids = group_pids(pgid)
    rss = pss = 0
    for pid in pids:
        rss += _kib_field(Path(f"/proc/{pid}/status"), "VmRSS:")
        pss += _kib_field(Path(f"/proc/{pid}/smaps_rollup"), "Pss:")
    return len(pids), rss * 1024, pss * 1024


def _kib_field(path: Path, key: str) -> int:
    try:
        for line in path.read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def available_memory_bytes() -> int | None:
    value = _kib_field(Path("/proc/meminfo"), "MemAvailable:")
    return value * 1024 if value else None
