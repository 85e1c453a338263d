"""``python -m model_serve.local.bench``: decode throughput of a running LM server.

Sends requests of exactly ``--tokens`` completion tokens, alone and ``--concurrency`` at once,
and prints tokens/s: the figures in model_serve/BENCHMARKS.md. Run it on an idle server; other
clients' requests share the same cores and lower the numbers.
"""

from __future__ import annotations

import json
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from typing import Annotated

import typer

from model_serve.local.catalogue import selected_model
from model_serve.local.progress import say
from model_serve.local.settings import LOCAL, api_key

cli = typer.Typer(add_completion=False, help=__doc__)


def timed_request(base_url: str, model: str, tokens: int, seed: int) -> tuple[int, float]:
    """One chat completion; return (completion tokens, seconds)."""
    body = {
        "model": model,
        "messages": [{"role": "user", "content": f"Describe database table number {seed}."}],
        "max_tokens": tokens,
        "min_tokens": tokens,  # vLLM extension: every request decodes the same length
        "temperature": 0,
    }
    request = urllib.request.Request(
        f"{base_url}/chat/completions",
        data=json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {api_key()}", "Content-Type": "application/json"},
    )
    started = time.monotonic()
    with urllib.request.urlopen(request, timeout=600) as response:
        usage = json.load(response)["usage"]
    return int(usage["completion_tokens"]), time.monotonic() - started


@cli.command()
def bench(
    base_url: Annotated[str, typer.Option(help="OpenAI-compatible base URL.")] = LOCAL.base_url,
    model: Annotated[str | None, typer.Option(help="Served model name.")] = None,
    tokens: Annotated[int, typer.Option(help="Completion tokens per request.")] = 40,
    concurrency: Annotated[int, typer.Option(help="Parallel requests.")] = 8,
) -> None:
    model = model or selected_model().spec.served_model_name
    timed_request(base_url, model, 4, 0)  # warm-up
    for parallel in (1, concurrency):
        started = time.monotonic()
        with ThreadPoolExecutor(parallel) as pool:
            results = list(
                pool.map(lambda i: timed_request(base_url, model, tokens, i), range(parallel))
            )
        wall = time.monotonic() - started
        total = sum(count for count, _ in results)
        slowest = max(seconds for _, seconds in results)
        say(
            f"{parallel:>2} concurrent: {total} tokens in {wall:.1f}s = {total / wall:.1f} "
            f"tokens/s (slowest request {slowest:.1f}s)"
        )


if __name__ == "__main__":
    cli(prog_name="python -m model_serve.local.bench")
