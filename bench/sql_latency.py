"""End-to-end latency and correctness of POST /sql on the real local model (``make bench``).

Runs the service in-process against the LM in the settings (default: the local vLLM CPU
server, ``make lm-up``) with the active program, and times sequential one-table questions over
the README's schema, so each figure is one request alone. Each answer is also run on sample
rows beside its gold query: a fast wrong answer is still wrong.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter

import typer
from fastapi.testclient import TestClient

from app.config import Settings
from app.execution import Sandbox, SandboxError
from app.main import create_app

SCHEMA = "CREATE TABLE employees (id INT PRIMARY KEY, name TEXT, department TEXT, salary REAL);"
ROWS = (
    "INSERT INTO employees VALUES (1, 'Ana', 'Sales', 52000), (2, 'Bo', 'IT', 61000), "
    "(3, 'Cy', 'Sales', 48000), (4, 'Di', 'HR', 45000);"
)
QUESTIONS = [
    (
        "How many employees does each department have?",
        "SELECT department, COUNT(*) FROM employees GROUP BY department",
    ),
    ("What is the average salary?", "SELECT AVG(salary) FROM employees"),
    (
        "List the names of employees in the Sales department.",
        "SELECT name FROM employees WHERE department = 'Sales'",
    ),
]


def same_result(sql: str, gold: str) -> bool:
    try:
        with Sandbox(SCHEMA + "\n" + ROWS) as sandbox:
            return Counter(sandbox.query(sql).rows) == Counter(sandbox.query(gold).rows)
    except SandboxError:
        return False


def main(requests: int = typer.Option(6, help="Sequential /sql requests to time.")) -> None:
    settings = Settings(rate_limit_per_minute=0, lm_timeout_s=300, request_deadline_s=900)
    totals: list[float] = []
    correct = 0
    with TestClient(create_app(settings)) as client:
        for i in range(requests):
            question, gold = QUESTIONS[i % len(QUESTIONS)]
            started = time.perf_counter()
            body = client.post("/sql", json={"question": question, "schema": SCHEMA}).json()
            totals.append((time.perf_counter() - started) * 1000)
            right = bool(body.get("valid")) and same_result(body.get("sql", ""), gold)
            correct += right
            print(  # noqa: T201
                f"{totals[-1]:8.0f} ms  attempts={body.get('attempts')} valid={body.get('valid')} "
                f"correct={right} prompt_tokens={body.get('usage', {}).get('prompt_tokens')} "
                f"program={body.get('program', {}).get('name')}  {body.get('sql')}"
            )
    print(  # noqa: T201
        f"{requests} requests: p50 {statistics.median(totals):.0f} ms, "
        f"min {min(totals):.0f} ms, max {max(totals):.0f} ms, correct {correct}/{requests}"
    )


if __name__ == "__main__":
    typer.run(main)
