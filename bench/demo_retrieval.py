"""Cost of similar-demo selection (``make bench-knn``): what a knn program adds to the service.

Measures, in this process: loading the embedder (first knn program loaded), building the
retriever over the bundled training split (every knn program load; reloads of an unchanged file
reuse it), one retrieval per question (every /sql request), the resident memory added, and the
longest the GIL stays taken while a pool is embedded in a fresh worker thread (what an admin
reload does; other requests wait that long at most). No LM is involved.
"""

from __future__ import annotations

import resource
import statistics
import time
from concurrent.futures import ThreadPoolExecutor

import typer

from app.demo_retrieval import DemoPoolSpec, build_retriever, embedder
from optimizer.datasets import load_examples, split


def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def longest_gil_gap_s(work: ThreadPoolExecutor, pool: DemoPoolSpec) -> float:
    """Build a retriever on ``work`` while this thread ticks every 2 ms; the longest tick gap."""
    gaps: list[float] = []
    future = work.submit(build_retriever, pool)
    last = time.perf_counter()
    while not future.done():
        time.sleep(0.002)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
    future.result()
    return max(gaps)


def main(
    k: int = typer.Option(4, help="Demos per question."),
    queries: int = typer.Option(200, help="Retrievals to time."),
) -> None:
    splits = split(
        load_examples("bundled", "test"), seed=1399, val_fraction=0.25, test_fraction=0.25
    )
    questions = [example.question for example in splits.val + splits.test]
    before = _rss_mib()

    started = time.perf_counter()
    embedder()
    load_s = time.perf_counter() - started

    started = time.perf_counter()
    retriever = build_retriever(DemoPoolSpec.from_examples(k, splits.train))
    build_s = time.perf_counter() - started

    timings = []
    for i in range(queries):
        started = time.perf_counter()
        retriever(questions[i % len(questions)])
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    gaps = []
    for run in range(3):
        # A new pool (nothing cached) embedded on a thread that never ran the model before.
        pool = DemoPoolSpec.from_examples(k, splits.train)
        fresh = DemoPoolSpec(
            k, tuple({**d, "question": f"{d['question']} ({run})"} for d in pool.pool)
        )
        with ThreadPoolExecutor(max_workers=1) as work:
            gaps.append(longest_gil_gap_s(work, fresh))
    print(f"embedder load        {load_s:6.2f} s")  # noqa: T201
    print(f"retriever build      {build_s:6.2f} s  (pool {len(splits.train)} examples)")  # noqa: T201
    print(  # noqa: T201
        f"one retrieval        p50 {statistics.median(timings):.1f} ms, "
        f"p95 {timings[int(0.95 * (len(timings) - 1))]:.1f} ms over {queries}"
    )
    print(  # noqa: T201
        f"GIL held at most     {1000 * max(gaps):.0f} ms while embedding a new pool in a fresh "
        f"thread ({', '.join(f'{1000 * g:.0f}' for g in gaps)} ms over {len(gaps)} runs)"
    )
    print(f"RSS added            {_rss_mib() - before:6.0f} MiB")  # noqa: T201


if __name__ == "__main__":
    typer.run(main)
