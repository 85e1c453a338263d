"""Fuzzing against the real local LM: fewer cases, the same checks as tests/hardening/test_fuzz.

Generated requests go through the whole service to the real vLLM server (SmolLM2 on the CPU):
no 5xx, every status and body as documented, whatever the small model makes of them.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import schemathesis

from app.schemas import EXAMPLE_SCHEMA
from tests.hardening.test_fuzz import by_status, fuzz, fuzz_app
from tests.integration.conftest import LocalLM

pytestmark = pytest.mark.integration

# About 30 requests: /sql in both generation modes, one or two of everything else.
EXAMPLES = {"POST /sql": 10, "POST /admin/programs/{name}/activate": 2}
DEFAULT_EXAMPLES = 1


def with_a_real_schema(
    case: schemathesis.Case[Any], mode: schemathesis.GenerationMode
) -> schemathesis.Case[Any]:
    """Valid /sql bodies get a schema that parses, so generated questions reach the model.

    Random DDL almost never parses, and a 400 says nothing about the model path; the
    questions stay generated (any text, any script).
    """
    if mode.is_positive and case.operation.label == "POST /sql" and isinstance(case.body, dict):
        case.body = {"question": case.body["question"], "schema": EXAMPLE_SCHEMA}
    return case


def test_generated_requests_against_the_real_lm_find_no_5xx(
    local_lm: LocalLM, tmp_path: Path
) -> None:
    app = fuzz_app(
        local_lm.base_url,
        tmp_path,
        lm_model=local_lm.model,
        lm_api_key=local_lm.api_key,
        # The CPU model is slow, more so on a busy machine: short answers, long timeouts (a
        # timeout would be a 504, which this test must not see).
        lm_max_tokens=96,
        lm_timeout_s=300.0,
        request_deadline_s=900.0,
        max_attempts=1,
    )
    started = time.perf_counter()
    sent = fuzz(app, EXAMPLES, DEFAULT_EXAMPLES, timeout_s=900.0, prepare=with_a_real_schema)
    statuses = by_status(sent)
    print(f"fuzzed {sum(sent.values())} requests in {time.perf_counter() - started:.0f}s: {sent}")
    assert sum(sent.values()) >= 20, sent
    assert not [status for status in statuses if status >= 500], sent
    assert sent["POST /sql positive 200"] >= 5, sent  # generated questions answered by the model
