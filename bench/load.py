"""Load and soak benchmark of POST /sql, with the LM replaced by the local stub.

Starts two processes on 127.0.0.1: the stub LM (``python -m bench.stub_lm``, answering
after a fixed delay) and the service (uvicorn, one worker, pointed at the stub). Then drives
POST /sql from this process with httpx at a fixed concurrency and reports:

* throughput, errors (any non-200 or an invalid answer: both must be 0),
* latency as the client sees it, and the latency the service ADDS: client latency minus the
  stub's fixed delay (the LM's own time), and the service's own ``timing_ms.total - lm``,
* the service process's peak RSS (VmHWM), and in ``--soak`` mode RSS sampled every few
  seconds with first/last/max and the slope of a least-squares line (flat memory: ~0 MiB/min).

    python -m bench.load --requests 2000 --concurrency 50
    python -m bench.load --soak 10 --concurrency 20
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Annotated

import httpx
import typer

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "bench-key"
SCHEMA = (
    "CREATE TABLE users (id INT PRIMARY KEY, name TEXT, email TEXT, country TEXT);\n"
    "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT, total DECIMAL(10,2), ordered_at DATE);"
)
ANSWER_SQL = "SELECT u.name, SUM(o.total) AS spent FROM users AS u JOIN orders AS o ON o.user_id = u.id GROUP BY u.name ORDER BY spent DESC"  # noqa: E501


@dataclass
class Sample:
    status: int
    client_ms: float
    total_ms: float = 0.0
    lm_ms: float = 0.0
    valid: bool = False
    error: str = ""


@dataclass
class Report:
    mode: str
    requests: int
    concurrency: int
    stub_delay_ms: float
    wall_s: float
    throughput_rps: float
    errors: int
    error_kinds: dict[str, int]
    invalid: int
    client_p50_ms: float
    client_p99_ms: float
    added_p50_ms: float
    added_p99_ms: float
    service_own_p50_ms: float
    service_own_p99_ms: float
    peak_rss_mib: float
    access_log_lines: int
    rss_samples_mib: list[tuple[float, float]] = field(default_factory=list)
    rss_first_mib: float | None = None
    rss_last_mib: float | None = None
    rss_max_mib: float | None = None
    rss_slope_mib_per_min: float | None = None
    rss_slope_last_half_mib_per_min: float | None = None
    load_average: tuple[float, float, float] = field(default_factory=os.getloadavg)
    cpus: int = field(default_factory=lambda: os.cpu_count() or 0)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_mib(pid: int, field_name: str = "VmRSS") -> float:
    """Resident memory of a process (psutil when installed, else /proc)."""
    try:
        import psutil

        info = psutil.Process(pid).memory_info()
        if field_name == "VmRSS":
            return float(info.rss) / 2**20
    except ImportError:
        pass
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1]) / 1024  # kB
    raise RuntimeError(f"no {field_name} for pid {pid}")


@contextmanager
def process(args: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as out:
        proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def wait_until_ready(url: str, proc: subprocess.Popen[bytes], timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args!r} exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} not ready after {timeout_s}s")


@contextmanager
def stack(stub_delay_s: float, lm_concurrency: int, workdir: Path) -> Iterator[tuple[str, int]]:
    """Stub LM and service as separate processes; yield the service URL and its pid."""
    stub_port, service_port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TEXT2SQL_")}
    stub_args = [sys.executable, "-m", "bench.stub_lm", "--port", str(stub_port)]
    stub_args += ["--delay", str(stub_delay_s), "--sql", ANSWER_SQL]
    service_env = {
        **env,
        "TEXT2SQL_LM_BASE_URL": f"http://127.0.0.1:{stub_port}/v1",
        "TEXT2SQL_LM_MODEL": "stub",
        "TEXT2SQL_API_KEYS": API_KEY,
        "TEXT2SQL_PROGRAMS_DIR": str(workdir / "programs"),
        "TEXT2SQL_LM_MAX_CONCURRENCY": str(lm_concurrency),
        # The limiter stays on (its cost is measured) but high enough not to refuse the bench.
        "TEXT2SQL_RATE_LIMIT_PER_MINUTE": "10000000",
        "TEXT2SQL_LOG_LEVEL": "INFO",
    }
    service_args = [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1"]
    service_args += ["--port", str(service_port), "--no-access-log", "--log-level", "warning"]
    # Longer than any client's idle keep-alive (httpx: 5 s), so the server never closes a
    # connection the client is about to reuse (uvicorn's default is also 5 s: a race).
    service_args += ["--timeout-keep-alive", "75"]
    with (
        process(stub_args, env, workdir / "stub.log") as stub,
        process(service_args, service_env, workdir / "service.log") as service,
    ):
        wait_until_ready(f"http://127.0.0.1:{stub_port}/v1/models", stub)
        base_url = f"http://127.0.0.1:{service_port}"
        wait_until_ready(f"{base_url}/readyz", service)
        yield base_url, service.pid


async def one_request(client: httpx.AsyncClient, number: int) -> Sample:
    body = {"question": f"who spent the most? ({number})", "schema": SCHEMA}
    started = time.perf_counter()
    try:
        response = await client.post("/sql", json=body)
    except httpx.HTTPError as error:
        elapsed = (time.perf_counter() - started) * 1000
        return Sample(status=0, client_ms=elapsed, error=f"{type(error).__name__}: {error}")
    client_ms = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        return Sample(response.status_code, client_ms, error=response.text[:200])
    data = response.json()
    timing = data["timing_ms"]
    return Sample(200, client_ms, timing["total"], timing["lm"], bool(data["valid"]))


async def drive(
    base_url: str, concurrency: int, requests: int | None, until: float | None
) -> list[Sample]:
    """``concurrency`` workers send requests back to back, for a count or until a time."""
    samples: list[Sample] = []
    counter = iter(range(10**9))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    headers = {"Authorization": f"Bearer {API_KEY}"}
    async with httpx.AsyncClient(
        base_url=base_url, limits=limits, headers=headers, timeout=60
    ) as client:

        async def worker() -> None:
            for number in counter:
                if requests is not None and number >= requests:
                    return
                if until is not None and time.monotonic() >= until:
                    return
                samples.append(await one_request(client, number))

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return samples


async def sample_rss(pid: int, every_s: float, out: list[tuple[float, float]]) -> None:
    started = time.monotonic()
    while True:
        out.append((round(time.monotonic() - started, 1), round(rss_mib(pid), 1)))
        await asyncio.sleep(every_s)


async def run_with_rss(
    base_url: str,
    pid: int,
    concurrency: int,
    requests: int | None,
    until: float | None,
    every_s: float,
) -> tuple[list[Sample], list[tuple[float, float]], float]:
    rss: list[tuple[float, float]] = []
    sampler = asyncio.create_task(sample_rss(pid, every_s, rss))
    started = time.perf_counter()
    samples = await drive(base_url, concurrency, requests, until)
    wall = time.perf_counter() - started
    sampler.cancel()
    rss.append((rss[-1][0] + every_s if rss else 0.0, round(rss_mib(pid), 1)))
    return samples, rss, wall


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return round(ordered[index], 1)


def slope_per_minute(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of RSS over time, in MiB per minute."""
    if len(points) < 2:
        return 0.0
    xs = [t / 60 for t, _ in points]
    ys = [m for _, m in points]
    return round(statistics.linear_regression(xs, ys).slope, 3)


def summarize(
    mode: str,
    samples: list[Sample],
    wall: float,
    concurrency: int,
    delay_s: float,
    peak_rss: float,
    access_lines: int,
) -> Report:
    ok = [s for s in samples if s.status == 200]
    delay_ms = delay_s * 1000
    return Report(
        mode=mode,
        requests=len(samples),
        concurrency=concurrency,
        stub_delay_ms=delay_ms,
        wall_s=round(wall, 2),
        throughput_rps=round(len(samples) / wall, 1),
        errors=len(samples) - len(ok),
        error_kinds=dict(
            Counter(f"{s.status} {s.error}"[:120] for s in samples if s.status != 200)
        ),
        invalid=sum(1 for s in ok if not s.valid),
        client_p50_ms=percentile([s.client_ms for s in ok], 50),
        client_p99_ms=percentile([s.client_ms for s in ok], 99),
        added_p50_ms=percentile([s.client_ms - delay_ms for s in ok], 50),
        added_p99_ms=percentile([s.client_ms - delay_ms for s in ok], 99),
        service_own_p50_ms=percentile([s.total_ms - s.lm_ms for s in ok], 50),
        service_own_p99_ms=percentile([s.total_ms - s.lm_ms for s in ok], 99),
        peak_rss_mib=round(peak_rss, 1),
        access_log_lines=access_lines,
    )


def count_access_lines(log: Path) -> int:
    count = 0
    for line in log.read_text(errors="replace").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        count += record.get("logger") == "app.access" and record.get("path") == "/sql"
    return count


def print_report(report: Report) -> None:
    rows = {k: v for k, v in asdict(report).items() if k != "rss_samples_mib" and v is not None}
    width = max(len(k) for k in rows)
    for key, value in rows.items():
        print(f"{key:<{width}}  {value}")


def main(
    requests: Annotated[int, typer.Option(help="Requests to send (load mode).")] = 2000,
    concurrency: Annotated[int, typer.Option(help="Requests in flight at once.")] = 50,
    stub_delay: Annotated[float, typer.Option(help="Seconds the stub LM takes per answer.")] = 0.05,
    lm_concurrency: Annotated[
        int, typer.Option(help="TEXT2SQL_LM_MAX_CONCURRENCY of the service.")
    ] = 64,
    soak: Annotated[float, typer.Option(help="Soak mode: run this many minutes instead.")] = 0.0,
    rss_every: Annotated[float, typer.Option(help="Seconds between RSS samples (soak).")] = 5.0,
    warmup: Annotated[int, typer.Option(help="Requests sent (and not measured) first.")] = 200,
    json_out: Annotated[Path | None, typer.Option(help="Also write the report as JSON.")] = None,
) -> None:
    """Start the stub LM and the service, drive POST /sql, and report the figures."""
    with tempfile.TemporaryDirectory(prefix="text2sql-bench-") as tmp:
        workdir = Path(tmp)
        with stack(stub_delay, lm_concurrency, workdir) as (base_url, pid):
            asyncio.run(drive(base_url, concurrency, warmup, None))
            until = time.monotonic() + soak * 60 if soak else None
            count = None if soak else requests
            every = rss_every if soak else 0.5
            samples, rss, wall = asyncio.run(
                run_with_rss(base_url, pid, concurrency, count, until, every)
            )
            peak = rss_mib(pid, "VmHWM")
        lines = count_access_lines(workdir / "service.log") - warmup
    mode = f"soak {soak:g} min" if soak else "load"
    report = summarize(mode, samples, wall, concurrency, stub_delay, peak, lines)
    if soak:
        # The first minute is start-up and warm caches; the slope is over the rest.
        settled = [point for point in rss if point[0] >= 60] or rss
        report.rss_samples_mib = rss
        report.rss_first_mib, report.rss_last_mib = rss[0][1], rss[-1][1]
        report.rss_max_mib = max(m for _, m in rss)
        report.rss_slope_mib_per_min = slope_per_minute(settled)
        # Bounded caches fill during the first minutes; the second half is the steady state.
        report.rss_slope_last_half_mib_per_min = slope_per_minute(rss[len(rss) // 2 :])
    print_report(report)
    if json_out is not None:
        json_out.write_text(json.dumps(asdict(report), indent=2) + "\n")
    if report.errors or report.invalid:
        raise typer.Exit(1)


if __name__ == "__main__":
    typer.run(main)
