"""The language model: any OpenAI-compatible endpoint (vLLM on Modal, or the local CPU server)."""

from __future__ import annotations

import logging

import dspy
import httpx
import litellm

from app.config import Settings

logger = logging.getLogger(__name__)


def build_lm(settings: Settings) -> dspy.LM:
    """A ``dspy.LM`` for the configured endpoint.

    DSPy's own retries and response cache are off: retries are ours (bounded by the request
    deadline, see ``app.lm.gateway``), and a cache would grow without bound in a long-lived
    server and replay answers the operator may have wanted regenerated.
    """
    # DSPy imports litellm lazily at the first call. Concurrent first calls (an evaluation's
    # examples at once) once got a half-imported module: "partially initialized module
    # 'litellm' has no attribute 'completion'". Resolving it here, before any call, avoids that.
    _ = litellm.completion, litellm.acompletion
    return dspy.LM(
        f"openai/{settings.lm_model}",
        api_base=settings.lm_base_url,
        api_key=settings.lm_api_key.get_secret_value(),
        timeout=settings.lm_timeout_s,
        max_tokens=settings.lm_max_tokens,
        temperature=settings.lm_temperature,
        num_retries=0,
        cache=False,
    )


async def lm_reachable(settings: Settings, timeout_s: float = 3.0) -> tuple[bool, str]:
    """Ask the endpoint for its model list; return whether it answered and a short reason.

    The reason is shown on ``/readyz``, so it never names the endpoint; the log does.
    """
    url = settings.lm_base_url.rstrip("/") + "/models"
    headers = {"Authorization": f"Bearer {settings.lm_api_key.get_secret_value()}"}
    try:
        async with httpx.AsyncClient(timeout=timeout_s) as client:
            response = await client.get(url, headers=headers)
    except httpx.HTTPError as error:
        logger.warning("LM endpoint %s not reachable: %s: %s", url, type(error).__name__, error)
        return False, f"{type(error).__name__} reaching the LM endpoint"
    if response.status_code != 200:
        logger.warning("LM endpoint %s answered %s", url, response.status_code)
        return False, f"the LM endpoint answered {response.status_code}"
    served = {model.get("id") for model in response.json().get("data", [])}
    if settings.lm_model not in served:
        return False, f"model {settings.lm_model!r} not served (served: {sorted(map(str, served))})"
    return True, "ok"
