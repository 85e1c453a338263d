"""End-to-end latency of POST /sql on the real local model (``make bench``).

Runs the service in-process against the LM in the settings (default: the local vLLM CPU
server, ``make lm-up``) and times sequential requests, so each figure is one request alone.
"""

from __future__ import annotations

import statistics
import time

import typer
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app

SCHEMA = (
    "CREATE TABLE employees (id INT PRIMARY KEY, name VARCHAR(100), department VARCHAR(50), "
    "salary DECIMAL(10,2));"
)
QUESTIONS = [
    "What is the average salary?",
    "List the names of employees in the Sales department.",
    "How many employees are there in each department?",
]


def main(requests: int = typer.Option(6, help="Sequential /sql requests to time.")) -> None:
    settings = Settings(rate_limit_per_minute=0, lm_timeout_s=300, request_deadline_s=900)
    totals: list[float] = []
    with TestClient(create_app(settings)) as client:
        for i in range(requests):
            question = QUESTIONS[i % len(QUESTIONS)]
            started = time.perf_counter()
            body = client.post("/sql", json={"question": question, "schema": SCHEMA}).json()
            totals.append((time.perf_counter() - started) * 1000)
            print(  # noqa: T201
                f"{totals[-1]:8.0f} ms  attempts={body.get('attempts')} valid={body.get('valid')}"
                f"  program={body.get('program', {}).get('name')}"
            )
    print(  # noqa: T201
        f"{requests} requests: p50 {statistics.median(totals):.0f} ms, "
        f"min {min(totals):.0f} ms, max {max(totals):.0f} ms"
    )


if __name__ == "__main__":
    typer.run(main)
