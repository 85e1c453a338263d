"""Fuzzing: schemathesis drives every operation of the OpenAPI document with generated data.

Valid and invalid requests (positive and negative generation) against the app with the LM
stubbed: no 5xx, every status documented, every body valid against its documented schema,
invalid data rejected with a 4xx, and an answer marked valid is always one pure query.
Derandomized, so the generated inputs are the same from run to run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Err
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from app.main import create_app
from bench.stub_lm import RunningStub
from tests.hardening.conftest import ADMIN_TOKEN, make_settings
from tests.hardening.purity import is_pure_query

pytestmark = pytest.mark.slow

CLIENT_KEY = "fuzz-client-key"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
# Examples per operation and generation mode; operations with few distinct inputs stop early.
EXAMPLES = {"POST /sql": 700, "POST /admin/programs/{name}/activate": 120}
DEFAULT_EXAMPLES = 30
MIN_REQUESTS = 1_000
Prepare = Callable[
    ["schemathesis.Case[Any]", schemathesis.GenerationMode], "schemathesis.Case[Any]"
]


def auth_headers(path: str) -> dict[str, str]:
    token = ADMIN_TOKEN if path.startswith("/admin") else CLIENT_KEY
    return {"Authorization": f"Bearer {token}"}


def fuzz_app(base_url: str, programs_dir: Path, **overrides: Any) -> FastAPI:
    values: dict[str, Any] = {"api_keys": CLIENT_KEY, "lm_timeout_s": 2.0, **overrides}
    return create_app(make_settings(base_url, programs_dir, **values))


def run_operation(
    operation: Any,
    mode: schemathesis.GenerationMode,
    examples: int,
    sent: Counter[str],
    timeout_s: float,
    prepare: Prepare | None,
) -> None:
    checks: list[Callable[..., Any]] = [*CHECKS]
    if mode is schemathesis.GenerationMode.NEGATIVE:
        checks.append(negative_data_rejection)

    strategy = operation.as_strategy(generation_mode=mode)
    if prepare is not None:
        strategy = strategy.map(lambda case: prepare(case, mode))

    @given(case=strategy)
    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def exercise(case: schemathesis.Case[Any]) -> None:
        headers = auth_headers(operation.path)
        response = case.call(headers=headers, timeout=timeout_s)
        sent[f"{operation.label} {mode.value} {response.status_code}"] += 1
        case.validate_response(response, checks=checks, headers=headers)
        if operation.label == "POST /sql" and response.status_code == 200:
            body = response.json()
            assert not body["valid"] or is_pure_query(body["sql"], body["dialect"]), body

    try:
        exercise()
    except Unsatisfiable:
        # No invalid variant exists for an operation without inputs (GET /healthz).
        if mode is schemathesis.GenerationMode.POSITIVE:
            raise


def fuzz(
    app: FastAPI,
    examples: dict[str, int],
    default: int,
    timeout_s: float = 10.0,
    prepare: Prepare | None = None,
) -> Counter[str]:
    """Fuzz every operation of ``app`` (``examples`` per operation label and generation mode).

    ``prepare`` may adjust each generated case before it is sent (see the real-LM fuzz test).

    Returns:
        How many responses came back, by "operation mode status".
    """
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    sent: Counter[str] = Counter()
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            raise result.err()
        operation = result.ok()
        for mode in schemathesis.GenerationMode:
            count = examples.get(operation.label, default)
            run_operation(operation, mode, count, sent, timeout_s, prepare)
    return sent


def by_status(sent: Counter[str]) -> Counter[int]:
    statuses: Counter[int] = Counter()
    for key, count in sent.items():
        statuses[int(key.rsplit(" ", 1)[1])] += count
    return statuses


def test_a_thousand_generated_requests_find_no_5xx_and_no_schema_violation(
    stub: RunningStub, tmp_path: Path
) -> None:
    stub.behaviour.answers("SELECT 1")
    sent = fuzz(fuzz_app(stub.base_url, tmp_path), EXAMPLES, DEFAULT_EXAMPLES)
    statuses = by_status(sent)
    print(f"fuzzed {sum(sent.values())} requests: {dict(sorted(statuses.items()))}")
    assert sum(sent.values()) >= MIN_REQUESTS, sent
    assert not [status for status in statuses if status >= 500], sent
    # The fuzzer reached the LM path, not only the validation errors.
    assert sent["POST /sql positive 200"] > 20 and len(stub.behaviour.requests) > 20, sent
