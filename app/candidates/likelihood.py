"""How likely the model found each candidate: the tie break of ``likelihood`` programs.

vLLM returns a sampled choice's token log-probabilities when the request asks for them
(``logprobs``, OpenAI's shape); their mean ranks candidates whose results nobody else reproduced.
"""

from __future__ import annotations

from typing import Any

# Floor of one token's log-probability in a candidate's mean: a token a grammar forced may come
# back as -inf (or vLLM's -9999); bounded, it lowers a candidate's mean without erasing
# everything else the candidate says.
LOGPROB_FLOOR = -20.0


def mean_logprob(logprobs: Any) -> float | None:
    """The mean of an OpenAI ``choice.logprobs``' token log-probabilities (object or dict)."""
    content = logprobs.get("content") if isinstance(logprobs, dict) else None
    if content is None:
        content = getattr(logprobs, "content", None)
    values = []
    for token in content or []:
        value = token.get("logprob") if isinstance(token, dict) else getattr(token, "logprob", None)
        if isinstance(value, int | float):
            values.append(max(float(value), LOGPROB_FLOOR))
    return sum(values) / len(values) if values else None


def answer_likelihoods(prediction: Any, count: int) -> list[float | None]:
    """Each of a DSPy prediction's ``count`` answers' mean log-probability; None where the LM
    returned none (a greedy request does not ask for them)."""
    completions = getattr(prediction, "completions", None)
    try:
        returned = list(completions.logprobs) if completions is not None else []
    except (AttributeError, KeyError):
        returned = []
    means = [mean_logprob(logprobs) for logprobs in returned]
    return means if len(means) == count else [None] * count
