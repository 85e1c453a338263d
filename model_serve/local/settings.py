"""Defaults the service relies on for the local LM, and the spec they produce.

The service's own defaults point at ``http://127.0.0.1:8008/v1``, the default local model's
served name and key ``text2sql-local-key``: change them together or not at all (a unit test
checks that they agree).
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

from model_serve.local.catalogue import PackagedModel, selected_model
from model_serve.local.paths import LocalHome
from model_serve.server_spec import ServerSpec, local_cpu_spec

API_KEY_ENV = "TEXT2SQL_LM_API_KEY"
# Overrides the dtype chosen from the CPU's flags (cpu_dtype).
DTYPE_ENV = "TEXT2SQL_LOCAL_LM_DTYPE"
# Tokens proposed per step by n-gram prompt lookup (speculative decoding); 0 turns it off.
SPECULATIVE_ENV = "TEXT2SQL_LOCAL_LM_SPECULATIVE_TOKENS"
DEFAULT_SPECULATIVE_TOKENS = 0
# An answer's SQL repeats the prompt's names and the demos' phrasing: a match of 2+ tokens in
# the prompt proposes what followed it there, and one forward pass checks all the proposals.
NGRAM_LOOKUP = {"method": "ngram", "prompt_lookup_min": 2, "prompt_lookup_max": 4}
# CPU features that compute bfloat16 natively. With them bfloat16 served the 0.5B model 1.7x
# faster than float32 with the same answers; without them float32 was faster (BENCHMARKS.md).
BF16_CPU_FLAGS = frozenset({"avx512_bf16", "amx_bf16"})
CPUINFO = Path("/proc/cpuinfo")
# Not a secret: the local server listens on loopback only. The key is still required so that
# local runs exercise the same authenticated path as production.
DEFAULT_API_KEY = "text2sql-local-key"
# Starts take 60-240 s on an idle 2-core machine, several times that on a loaded one (the
# worker shares its core with everything else); TEXT2SQL_LOCAL_LM_TIMEOUT_S raises the limit.
DEFAULT_STARTUP_TIMEOUT_S = float(os.environ.get("TEXT2SQL_LOCAL_LM_TIMEOUT_S") or 600)
# Where every local model listens: one local server at a time, whichever model it serves.
LOCAL = local_cpu_spec("", "", kv_cache_gib=0)


def api_key() -> str:
    return os.environ.get(API_KEY_ENV) or DEFAULT_API_KEY


def cpu_dtype(cpuinfo: Path = CPUINFO) -> str:
    """``bfloat16`` where the CPU computes it natively, else ``float32``."""
    try:
        text = cpuinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "float32"
    for line in text.splitlines():
        if line.startswith("flags"):
            flags = set(line.partition(":")[2].split())
            return "bfloat16" if flags & BF16_CPU_FLAGS else "float32"
    return "float32"


def local_dtype() -> str:
    """The local server's dtype: TEXT2SQL_LOCAL_LM_DTYPE, else the CPU's best (cpu_dtype)."""
    return os.environ.get(DTYPE_ENV) or cpu_dtype()


def speculative_tokens() -> int:
    """TEXT2SQL_LOCAL_LM_SPECULATIVE_TOKENS, else the default; a bad value is an error."""
    raw = os.environ.get(SPECULATIVE_ENV)
    if not raw:
        return DEFAULT_SPECULATIVE_TOKENS
    try:
        tokens = int(raw)
    except ValueError:
        tokens = -1
    if tokens < 0:
        raise ValueError(f"{SPECULATIVE_ENV} must be a whole number >= 0 (0: off), got {raw!r}")
    return tokens


def speculative_args(tokens: int) -> tuple[str, ...]:
    """vLLM's flags for n-gram speculative decoding with ``tokens`` proposals (0: none)."""
    if tokens == 0:
        return ()
    config = {**NGRAM_LOOKUP, "num_speculative_tokens": tokens}
    return ("--speculative-config", json.dumps(config, separators=(",", ":")))


def local_spec(
    home: LocalHome,
    model: PackagedModel | None = None,
    host: str = LOCAL.host,
    port: int = LOCAL.port,
) -> ServerSpec:
    """``model`` (default: the selected one) served from its converted folder under ``home``."""
    model = model or selected_model()
    spec = model.spec.with_model(str(home.model_dir(model.dir_name))).at(host, port)
    extra_args = spec.extra_args + speculative_args(speculative_tokens())
    return replace(spec, dtype=local_dtype(), extra_args=extra_args)
