"""The local LM's lifecycle as the CLI, ``make serve`` and the test fixture all need it.

``ensure_up`` reuses a server that already answers (started by ``up``, another terminal or a
previous CI job) and otherwise installs, starts and waits; ``RunningServer.started_here``
tells the caller whether stopping it is its job.
"""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass, field

from model_serve.local import server
from model_serve.local.catalogue import PackagedModel, selected_model
from model_serve.local.errors import LocalLMError
from model_serve.local.health import host_port, list_models
from model_serve.local.install import ensure_installed
from model_serve.local.lock import exclusive
from model_serve.local.paths import LocalHome, local_home
from model_serve.local.process import stop_group
from model_serve.local.progress import say
from model_serve.local.settings import DEFAULT_STARTUP_TIMEOUT_S, LOCAL, api_key, local_spec


@dataclass(frozen=True)
class RunningServer:
    base_url: str
    model: str
    api_key: str
    pid: int | None  # None: found answering, not started by us
    started_here: bool
    # Kept so the process that started the server can also reap it after stopping it.
    proc: subprocess.Popen[bytes] | None = field(default=None, repr=False, compare=False)


class _Ticker:
    """Prints "still starting" every ``every_s`` seconds so a long start never looks hung."""

    def __init__(self, every_s: float = 15.0) -> None:
        self.every_s = every_s
        self.next_at = every_s

    def __call__(self, waited: float) -> None:
        if waited >= self.next_at:
            say(f"    still starting ({waited:.0f}s) ...")
            self.next_at += self.every_s


def launch(
    home: LocalHome,
    host: str = LOCAL.host,
    port: int = LOCAL.port,
    timeout_s: float = DEFAULT_STARTUP_TIMEOUT_S,
    model: PackagedModel | None = None,
) -> subprocess.Popen[bytes]:
    """Install if needed, start in the background, record the pid, wait until ready.

    On failure or Ctrl-C the server is already stopped and the record removed.
    """
    model = model or selected_model()
    ensure_installed(home, model)
    spec = local_spec(home, model, host, port)
    log = home.server_log(port)
    say(f"==> starting vLLM ({spec.served_model_name}) on {spec.base_url}; log: {log}")
    proc = server.start(
        spec,
        home.python,
        api_key(),
        log,
        extra_env={
            "VLLM_CACHE_ROOT": str(home.vllm_cache),
            "TORCHINDUCTOR_CACHE_DIR": str(home.vllm_cache / "inductor"),
        },
    )
    record = server.ServerRecord(
        pid=proc.pid,
        base_url=spec.base_url,
        model=spec.served_model_name,
        log=str(log),
        started_at=time.time(),
    )
    server.write_record(home, port, record)
    try:
        waited = server.wait_ready(proc, spec, api_key(), log, timeout_s, _Ticker())
    except BaseException:
        home.pid_file(port).unlink(missing_ok=True)  # wait_ready has stopped the group
        raise
    say(f"    ready in {waited:.0f}s")
    return proc


def find_answering(
    host: str = LOCAL.host, port: int = LOCAL.port, model: PackagedModel | None = None
) -> RunningServer | None:
    """A server already answering at host:port with our key and model, if any."""
    home = local_home()
    spec = local_spec(home, model, host, port)
    models = list_models(spec.base_url, api_key())
    if models is None or spec.served_model_name not in models:
        return None
    record = server.read_record(home, port)
    pid = record.pid if record and record.base_url == spec.base_url else None
    return RunningServer(spec.base_url, spec.served_model_name, api_key(), pid, False)


def ensure_up(
    host: str = LOCAL.host,
    port: int = LOCAL.port,
    timeout_s: float = DEFAULT_STARTUP_TIMEOUT_S,
    model: PackagedModel | None = None,
) -> RunningServer:
    """Reuse the server answering at host:port, or start one (raises LocalLMError).

    Under a per-port lock: a second caller waits for the first one's server and reuses it.
    A server on that port serving another model is an error, not silently replaced.
    """
    model = model or selected_model()
    home = local_home()
    home.ensure()
    with exclusive(home.root / f"server-{port}.lock", f"starting a server on port {port}"):
        found = find_answering(host, port, model)
        if found is not None:
            return found
        check_not_serving_another(host, port, model)
        proc = launch(home, host, port, timeout_s, model)
    spec = local_spec(home, model, host, port)
    return RunningServer(spec.base_url, spec.served_model_name, api_key(), proc.pid, True, proc)


def check_not_serving_another(host: str, port: int, model: PackagedModel) -> None:
    """Refuse to start when our port already serves a different model (say which)."""
    served = list_models(f"http://{host}:{port}/v1", api_key())
    if served:
        raise LocalLMError(
            f"the server on {host}:{port} serves {', '.join(served)}, not "
            f"{model.spec.served_model_name}; stop it first (python -m model_serve.local down)"
        )


def stop(running: RunningServer) -> None:
    """Stop a server this process started; leave others alone."""
    if running.started_here and running.pid is not None:
        stop_group(running.pid, running.proc)
        local_home().pid_file(host_port(running.base_url)[1]).unlink(missing_ok=True)
