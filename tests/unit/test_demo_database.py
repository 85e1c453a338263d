"""`make serve` configures the demo shop: the README's first database question works by name."""

from __future__ import annotations

import shutil
from pathlib import Path

from fastapi.testclient import TestClient

from app.databases import load_databases
from app.main import create_app
from bench.stub_lm import RunningStub, stub_settings
from model_serve.dev import DATABASES_ENV, DEMO_DATABASES, api_environment

REPO = Path(__file__).resolve().parents[2]


def test_make_serve_points_the_api_at_the_demo_databases_unless_set() -> None:
    assert api_environment(None, {})[DATABASES_ENV] == str(DEMO_DATABASES)
    assert api_environment(None, {DATABASES_ENV: "/etc/mine.toml"})[DATABASES_ENV] == (
        "/etc/mine.toml"
    )


def test_the_demo_shop_is_built_on_first_use_and_answers_with_rows(
    stub: RunningStub, programs_dir: Path, tmp_path: Path
) -> None:
    # A copy of the demo configuration, so the test builds its own var/demo/shop.db.
    config = tmp_path / "databases.demo.toml"
    shutil.copy(DEMO_DATABASES, config)
    (tmp_path / "app" / "databases" / "demo").mkdir(parents=True)
    shutil.copy(REPO / "app/databases/demo/shop.sql", tmp_path / "app/databases/demo/shop.sql")
    assert list(load_databases(config).databases) == ["shop"]
    stub.behaviour.answers(
        "SELECT c.country, SUM(t.total) AS revenue FROM order_totals AS t "
        "JOIN customers AS c ON c.id = t.customer_id WHERE t.status = 'delivered' "
        "GROUP BY c.country ORDER BY revenue DESC LIMIT 3"
    )
    settings = stub_settings(stub, programs_dir, databases_file=config)
    with TestClient(create_app(settings)) as client:
        ask = {
            "question": "Which three countries bring the most revenue from delivered orders?",
            "database": "shop",
            "execute": True,
        }
        body = client.post("/sql", json=ask).json()
        listing = client.get("/databases").json()["databases"]
    assert (tmp_path / "var" / "demo" / "shop.db").exists()
    assert body["valid"] is True, body
    assert body["columns"] == ["country", "revenue"]
    assert len(body["rows"]) == 3
    assert body["rows"][0] == ["Brazil", 2248.6]
    assert listing[0]["name"] == "shop" and listing[0]["tables"] == 5
