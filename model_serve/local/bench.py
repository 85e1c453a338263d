"""``python -m model_serve.local.bench``: prefill and decode speed of a running LM server.

Prefill: requests with a long prompt (``--prompt-tokens``, about) and one completion token, so
their time is almost all prompt processing. Decode: a short prompt and exactly ``--tokens``
completion tokens (vLLM's ``min_tokens``). Each alone and at every ``--concurrency`` level,
then the memory of the server's process tree: the figures in model_serve/BENCHMARKS.md. Run
it on an idle server; other clients' requests share the same cores and lower the numbers.
"""

from __future__ import annotations

import json
import time
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Annotated

import typer

from model_serve.local.catalogue import selected_model
from model_serve.local.health import host_port
from model_serve.local.paths import local_home
from model_serve.local.process import memory_of_group
from model_serve.local.progress import say
from model_serve.local.server import read_record
from model_serve.local.settings import LOCAL, api_key

cli = typer.Typer(add_completion=False, help=__doc__)

# ~10 tokens of DDL a line: a realistic prompt (schemas are what our prompts are made of).
_DDL_LINE = "CREATE TABLE t{n} (id INT PRIMARY KEY, name TEXT, amount REAL, day DATE);\n"


def timed_request(
    base_url: str, model: str, prompt: str, tokens: int, exact: bool
) -> tuple[int, int, float]:
    """One chat completion; return (prompt tokens, completion tokens, seconds)."""
    body: dict[str, object] = {
        "model": model,
        "messages": [{"role": "user", "content": prompt}],
        "max_tokens": tokens,
        "temperature": 0,
    }
    if exact:
        body["min_tokens"] = tokens  # vLLM extension: every request decodes the same length
    request = urllib.request.Request(
        f"{base_url}/chat/completions",
        data=json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {api_key()}", "Content-Type": "application/json"},
    )
    started = time.monotonic()
    with urllib.request.urlopen(request, timeout=900) as response:
        usage = json.load(response)["usage"]
    seconds = time.monotonic() - started
    return int(usage["prompt_tokens"]), int(usage["completion_tokens"]), seconds


def measure(
    base_url: str,
    model: str,
    parallel: int,
    prompt_of: Callable[[int], str],
    tokens: int,
    exact: bool,
) -> tuple[int, int, float]:
    """``parallel`` requests at once; return (prompt tokens, completion tokens, wall seconds)."""
    started = time.monotonic()
    with ThreadPoolExecutor(parallel) as pool:
        results = list(
            pool.map(
                lambda i: timed_request(base_url, model, prompt_of(i), tokens, exact),
                range(parallel),
            )
        )
    wall = time.monotonic() - started
    return sum(r[0] for r in results), sum(r[1] for r in results), wall


@cli.command()
def bench(
    base_url: Annotated[str, typer.Option(help="OpenAI-compatible base URL.")] = LOCAL.base_url,
    model: Annotated[str | None, typer.Option(help="Served model name.")] = None,
    tokens: Annotated[int, typer.Option(help="Completion tokens per decode request.")] = 64,
    prompt_tokens: Annotated[int, typer.Option(help="About this many prompt tokens.")] = 1000,
    concurrency: Annotated[list[int] | None, typer.Option(help="Parallel requests.")] = None,
) -> None:
    model = model or selected_model().spec.served_model_name
    levels = concurrency or [1, 4, 8]
    lines = prompt_tokens // 20

    def long_prompt(i: int) -> str:
        # Each request its own tables: no prefix-cache hits between them (a cold prefill).
        ddl = "".join(_DDL_LINE.format(n=f"{i}_{n}") for n in range(lines))
        return f"{ddl}\nName one table."

    timed_request(base_url, model, "Say hi.", 4, False)  # warm-up
    say(f"{model} at {base_url}")
    for parallel in levels:
        prompt, _, wall = measure(base_url, model, parallel, long_prompt, 1, False)
        say(
            f"  prefill, {parallel} concurrent: {prompt} prompt tokens in {wall:.1f}s = "
            f"{prompt / wall:.0f} tokens/s"
        )
    for parallel in levels:
        _, completion, wall = measure(
            base_url,
            model,
            parallel,
            lambda i: f"Describe database table number {i}.",
            tokens,
            True,
        )
        say(
            f"  decode,  {parallel} concurrent: {completion} tokens in {wall:.1f}s = "
            f"{completion / wall:.1f} tokens/s"
        )
    record = read_record(local_home(), host_port(base_url)[1])
    if record is not None:
        count, rss, pss = memory_of_group(record.pid)
        say(f"  memory: {count} processes, RSS {rss / 2**30:.2f} GiB, PSS {pss / 2**30:.2f} GiB")


if __name__ == "__main__":
    cli(prog_name="python -m model_serve.local.bench")
