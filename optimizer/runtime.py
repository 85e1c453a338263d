"""The optimizer's LM and cache: the service's endpoint settings, with DSPy's disk cache on.

The service builds its LM with ``cache=False`` (``app.lm.client``): a long-lived server must not
replay answers. The optimizer wants the opposite: every LM call is cached on disk under the
project, so an interrupted compile or evaluation resumes where it stopped and a re-run of a
finished one costs nothing. Everything else (endpoint, model, key, timeout, token limit,
temperature) comes from the same :class:`app.config.Settings`, and the adapter is the service's
own (``app.lm.gateway.serving_adapter``), so what is measured is what is served.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import dspy

# Imported for its side effect too: it pins litellm to its bundled model-cost map (no network).
from app.config import Settings
from app.lm.client import build_lm
from optimizer.metrics import Metric, make_llm_judge

CACHE_DIR = Path(".dspy_cache")
# A compile makes tens of thousands of calls at most; 2 GiB holds them with room to spare.
CACHE_LIMIT_BYTES = 2 * 1024**3


def configure_disk_cache(directory: Path = CACHE_DIR) -> Path:
    """Point DSPy's LM cache at ``directory`` (created if missing); return it."""
    directory.mkdir(parents=True, exist_ok=True)
    dspy.configure_cache(
        enable_disk_cache=True,
        enable_memory_cache=True,
        disk_cache_dir=str(directory),
        disk_size_limit_bytes=CACHE_LIMIT_BYTES,
    )
    return directory


def build_cached_lm(settings: Settings, *, num_retries: int = 2) -> dspy.LM:
    """The service's LM (same endpoint and sampling settings) with DSPy's cache on.

    Args:
        settings: endpoint, model, key, timeout, token limit and temperature.
        num_retries: DSPy's own retries on transient errors. An optimizer call has no request
            deadline, and one lost call would silently score an example 0.

    Returns:
        A cached ``dspy.LM``.
    """
    served = build_lm(settings)
    kwargs = dict(served.kwargs)
    return dspy.LM(
        served.model,
        model_type=served.model_type,
        cache=True,
        num_retries=num_retries,
        **kwargs,
    )


@dataclass(frozen=True)
class JudgeEndpoint:
    """The LLM-as-judge's own LM (the origin judged with GPT-4, not with the model under test)."""

    base_url: str
    model: str
    api_key: str = ""
    timeout_s: float = 120.0

    def describe(self) -> dict[str, str]:
        """What the meta file records (never the key)."""
        return {"model": self.model, "base_url": self.base_url}


def build_judge_lm(endpoint: JudgeEndpoint) -> dspy.LM:
    """A cached, deterministic LM for the judge on any OpenAI-compatible endpoint."""
    return dspy.LM(
        f"openai/{endpoint.model}",
        api_base=endpoint.base_url,
        api_key=endpoint.api_key or "unused",
        temperature=0.0,
        max_tokens=256,
        timeout=endpoint.timeout_s,
        cache=True,
        num_retries=2,
    )


def judge_metric(endpoint: JudgeEndpoint | None) -> Metric | None:
    """The origin's LLM-as-judge on the endpoint's own LM; None when no judge is configured."""
    return make_llm_judge(build_judge_lm(endpoint)) if endpoint else None
