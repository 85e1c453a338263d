"""A question by database name, executed, against the real local LM and the demo shop (SQLite)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.checking import check_sql, parse_schema
from app.main import create_app
from tests.integration.conftest import real_lm_settings

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


def test_a_question_by_database_name_runs_and_returns_rows(local_lm: Any, tmp_path: Path) -> None:
    config = tmp_path / "databases.toml"
    shutil.copy(REPO / "databases.demo.toml", config)
    demo = tmp_path / "app" / "databases" / "demo"
    demo.mkdir(parents=True)
    shutil.copy(REPO / "app/databases/demo/shop.sql", demo / "shop.sql")
    settings = real_lm_settings(local_lm, lm_max_tokens=128, databases_file=config)
    ask = {"question": "How many orders are there?", "database": "shop", "execute": True}
    with TestClient(create_app(settings)) as client:
        response = client.post("/sql", json=ask)
        listing = client.get("/databases").json()["databases"]
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["database"] == "shop" and body["dialect"] == "sqlite"
    assert listing[0]["reachable"] is True and listing[0]["tables"] == 5
    if body["valid"]:
        # Valid means it passed the checker AND ran on the database: its rows are here.
        assert isinstance(body["columns"], list) and body["columns"]
        assert isinstance(body["rows"], list)
        assert body["rows_truncated"] in (True, False)
        schema = parse_schema((demo / "shop.sql").read_text(), "sqlite")
        assert check_sql(body["sql"], schema, "sqlite", allow_write=False).valid
    else:
        # A tiny model may fail; then it says why and returns no rows, never unchecked ones.
        assert body["issues"]
        assert body["rows"] is None and body["columns"] is None
