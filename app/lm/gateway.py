"""The LM transport: every LM call of the service goes through :class:`LMGateway`.

One place for what sits between a DSPy program and the endpoint: the serving adapter, the
concurrency cap, the per-call timeout, retries of transient failures, and the translation of
DSPy's LM errors into the service's typed errors.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import dspy
from dspy.utils import exceptions as dspy_errors
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter

from app.config import Settings
from app.errors import (
    LimitExceededError,
    LMBadResponseError,
    LMTimeoutError,
    LMUnavailableError,
    OverloadedError,
    Text2SQLError,
)
from app.lm.client import build_lm
from app.observability import timed_lm_call

logger = logging.getLogger(__name__)


def serving_adapter() -> dspy.ChatAdapter:
    """The adapter the service (and the optimizer, to measure what is served) calls with.

    Without the JSON fallback a format slip costs one LM call, not two; the program salvages
    the raw answer and the checker extracts the SQL from it.
    """
    return dspy.ChatAdapter(use_json_adapter_fallback=False)


def _is_transient(error: BaseException) -> bool:
    """Worth another try: the endpoint may answer next time."""
    return isinstance(
        error,
        TimeoutError
        | dspy_errors.LMTimeoutError
        | dspy_errors.LMTransportError
        | dspy_errors.LMServerError
        | dspy_errors.LMRateLimitError,
    )


def _transport_message(error: dspy_errors.LMTransportError) -> str:
    """A fixed sentence for a transport failure: its kind, never its text (URLs, hosts)."""
    text = str(error).lower()
    if "reset" in text:
        return "the connection to the language model was reset"
    if "refused" in text:
        return "the language model endpoint refused the connection"
    return "the language model endpoint is unreachable"


def translate_lm_error(error: BaseException) -> Text2SQLError:
    """Map DSPy's LM errors to the service's typed errors (and so to HTTP codes).

    Messages are fixed sentences: an LM error's own text names endpoints, hosts and upstream
    bodies, which clients must not see. The gateway logs the original error.
    """
    # litellm reports its own request timeout as a provider error with HTTP 408.
    if isinstance(error, TimeoutError | dspy_errors.LMTimeoutError) or (
        isinstance(error, dspy_errors.LMTransportError) and "timed out" in str(error)
    ):
        return LMTimeoutError("the language model did not answer in time")
    if isinstance(error, dspy_errors.LMTransportError):
        return LMUnavailableError(_transport_message(error))
    if isinstance(error, dspy_errors.LMRateLimitError):
        retry_after = int(error.retry_after or 5)
        return LMUnavailableError("the language model is rate limiting", retry_after_s=retry_after)
    if isinstance(error, dspy_errors.ContextWindowExceededError):
        return LimitExceededError("the schema and question do not fit the model's context window")
    if isinstance(error, dspy_errors.LMServerError) and error.status == 503:
        return LMUnavailableError("the language model is overloaded or starting")
    if isinstance(error, dspy_errors.LMAuthError):
        return LMBadResponseError("the language model refused the service's API key")
    if isinstance(error, dspy_errors.LMError):
        status = f" (HTTP {error.status})" if error.status else ""
        return LMBadResponseError(f"the language model answered with an error{status}")
    return LMBadResponseError("the language model call failed")


class LMGateway:
    """Every LM call of the service goes through here: concurrency cap, timeout, retries."""

    def __init__(self, settings: Settings, lm: dspy.LM | None = None) -> None:
        self.settings = settings
        self.lm = lm or build_lm(settings)
        self.adapter = serving_adapter()
        self._slots = asyncio.Semaphore(settings.lm_max_concurrency)

    async def call(
        self,
        fn: Callable[[], Awaitable[dspy.Prediction]],
        adapter: dspy.Adapter | None = None,
    ) -> dspy.Prediction:
        """Run one program call under the slot cap with bounded, backed-off retries.

        Args:
            fn: the program call.
            adapter: the adapter to format and parse this call with (a program may carry its
                own); None uses the serving adapter.
        """
        try:
            await asyncio.wait_for(self._slots.acquire(), timeout=self.settings.lm_queue_timeout_s)
        except TimeoutError:
            raise OverloadedError(
                "too many requests are waiting for the language model", retry_after_s=2
            ) from None
        try:
            with timed_lm_call():
                return await self._with_retries(fn, adapter or self.adapter)
        finally:
            self._slots.release()

    async def _with_retries(
        self, fn: Callable[[], Awaitable[dspy.Prediction]], adapter: dspy.Adapter
    ) -> dspy.Prediction:
        retrying = AsyncRetrying(
            retry=retry_if_exception(_is_transient),
            stop=stop_after_attempt(self.settings.lm_retries + 1),
            wait=wait_exponential_jitter(initial=self.settings.lm_retry_backoff_s, max=8),
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    # No history and no trace: DSPy would keep the last 10,000 calls in each
                    # (about 90 MiB, users' questions and schemas included) in a server.
                    with dspy.context(
                        lm=self.lm,
                        adapter=adapter,
                        track_usage=True,
                        disable_history=True,
                        max_trace_size=0,
                    ):
                        # The client has its own timeout; this one also bounds time spent
                        # inside DSPy and guarantees a stuck call cannot hold a slot forever.
                        async with asyncio.timeout(self.settings.lm_timeout_s + 1):
                            return await fn()
        except Text2SQLError:
            raise
        except Exception as error:
            translated = translate_lm_error(error)
            # The details stay here, in the log: the client gets the code and a fixed sentence.
            logger.warning(
                "LM call failed (%s): %s: %s", translated.code, type(error).__name__, error
            )
            raise translated from error
        raise AssertionError("unreachable: tenacity reraises the last error")
