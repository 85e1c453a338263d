"""Per-client rate limit: a token bucket per API key (or per client address without keys).

In memory, per process: with N worker processes a client gets N times the limit. Buckets are
bounded (least recently seen clients are forgotten first), so memory stays flat however many
distinct clients call.
"""

from __future__ import annotations

import hashlib
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from app.errors import RateLimitedError


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """``per_minute`` requests a minute per client, in bursts of up to ``per_minute``.

    Args:
        per_minute: sustained rate and burst size.
        max_clients: buckets kept; a forgotten client starts again with a full bucket.
        clock: seconds, monotonic (tests pass a fake one).
    """

    def __init__(
        self,
        per_minute: int,
        *,
        max_clients: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if per_minute <= 0:
            raise ValueError("per_minute must be positive")
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.max_clients = max_clients
        self._clock = clock
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()
        self._lock = threading.Lock()

    def check(self, client: str) -> None:
        """Take one token for ``client``.

        Raises:
            RateLimitedError: the bucket is empty; ``retry_after_s`` says when a token is back.
        """
        key = hashlib.sha256(client.encode()).hexdigest()  # no raw API keys kept in memory
        with self._lock:
            now = self._clock()
            bucket = self._buckets.pop(key, None) or _Bucket(self.capacity, now)
            bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
            self._buckets[key] = bucket
            if len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
            if bucket.tokens < 1.0:
                wait = math.ceil((1.0 - bucket.tokens) / self.rate)
                raise RateLimitedError(
                    f"rate limit of {int(self.capacity)} requests a minute exceeded; "
                    f"retry in {wait}s",
                    retry_after_s=max(1, wait),
                )
            bucket.tokens -= 1.0

    def __len__(self) -> int:
        return len(self._buckets)
