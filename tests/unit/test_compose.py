"""docker-compose.yml parses, wires each API to its LM by service name and port, and runs vLLM
with exactly the flags of the shared server spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from model_serve import modal_app
from model_serve.server_spec import ENTRYPOINT, QWEN_CODER_15B, STARLING

REPO = Path(__file__).resolve().parents[2]
KEY = "${TEXT2SQL_LM_API_KEY:-text2sql-local-key}"


@pytest.fixture(scope="module")
def services() -> dict[str, Any]:
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))
    return dict(compose["services"])


def test_vllm_runs_the_starling_spec(services: dict[str, Any]) -> None:
    vllm = services["vllm"]
    expected = STARLING.server_args(api_key=KEY, templates_dir=Path("/templates"))

    assert vllm["entrypoint"] == ["python3", *ENTRYPOINT]
    assert vllm["command"] == expected, f"update docker-compose.yml: command: {expected}"
    assert "./model_serve/templates:/templates:ro" in vllm["volumes"]
    assert vllm["image"] == f"vllm/vllm-openai:v{modal_app.VLLM_VERSION}"


@pytest.mark.parametrize(
    ("api", "lm", "port", "model"),
    [
        ("api", "vllm", STARLING.port, STARLING.served_model_name),
        ("api-cpu", "vllm-cpu", QWEN_CODER_15B.port, QWEN_CODER_15B.served_model_name),
    ],
)
def test_api_is_wired_to_its_lm(
    services: dict[str, Any], api: str, lm: str, port: int, model: str
) -> None:
    env = services[api]["environment"]
    url = urlsplit(env["TEXT2SQL_LM_BASE_URL"])

    assert (url.hostname, url.port, url.path) == (lm, port, "/v1")
    assert str(port) in services[lm]["expose"]
    assert env["TEXT2SQL_LM_MODEL"] == model
    assert env["TEXT2SQL_LM_API_KEY"] == KEY
    assert services[api]["depends_on"][lm]["condition"] == "service_healthy"


def test_cpu_lm_runs_the_local_launcher_on_its_port(services: dict[str, Any]) -> None:
    cpu = services["vllm-cpu"]

    assert cpu["command"] == ["run", "--host", "0.0.0.0", "--port", str(QWEN_CODER_15B.port)]
    assert cpu["environment"]["TEXT2SQL_LM_API_KEY"] == KEY
    assert cpu["build"]["dockerfile"] == "model_serve/Dockerfile.cpu"
    assert (REPO / "model_serve" / "Dockerfile.cpu").is_file()


def test_cpu_services_are_behind_the_cpu_profile(services: dict[str, Any]) -> None:
    assert services["api-cpu"]["profiles"] == ["cpu"]
    assert services["vllm-cpu"]["profiles"] == ["cpu"]
    assert "profiles" not in services["api"] and "profiles" not in services["vllm"]


@pytest.mark.parametrize("name", ["api", "vllm", "api-cpu", "vllm-cpu"])
def test_every_service_has_a_healthcheck(services: dict[str, Any], name: str) -> None:
    probe = " ".join(services[name]["healthcheck"]["test"])

    assert ("/healthz" if name.startswith("api") else "/health") in probe


def test_api_image_serves_the_app_on_port_8000() -> None:
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8")

    assert dockerfile.startswith("# ") and "FROM python:3.11-slim" in dockerfile
    assert 'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]' in dockerfile
    assert "/healthz" in dockerfile
    # The baked-in programs may select demos by similarity: the image carries the embedder.
    assert "ARG EXTRAS=knn" in dockerfile and "${EXTRAS:+[$EXTRAS]}" in dockerfile


@pytest.mark.parametrize("api", ["api", "api-cpu"])
def test_api_asks_the_demo_shop_in_the_postgres_service(
    services: dict[str, Any], api: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.databases import load_databases
    from app.databases.engines import Database

    service = services[api]
    env = service["environment"]
    assert env["TEXT2SQL_DATABASES_FILE"] == "/srv/databases.compose.toml"
    assert "./databases.compose.toml:/srv/databases.compose.toml:ro" in service["volumes"]
    assert service["depends_on"]["postgres"] == {"condition": "service_healthy"}
    url = urlsplit(
        env["TEXT2SQL_SHOP_PG_URL"].replace("${TEXT2SQL_SHOP_DB_PASSWORD:-", "").replace("}", "")
    )
    postgres = services["postgres"]
    assert (url.hostname, url.port, url.path) == ("postgres", 5432, "/shop")
    assert url.username == postgres["environment"]["POSTGRES_USER"]
    assert (
        "./app/databases/demo/shop.sql:/docker-entrypoint-initdb.d/10-shop.sql:ro"
        in (postgres["volumes"])
    )
    monkeypatch.setenv("TEXT2SQL_SHOP_PG_URL", env["TEXT2SQL_SHOP_PG_URL"])
    loaded = load_databases(REPO / "databases.compose.toml")
    shop = Database(loaded.databases["shop"], loaded.base_dir)
    assert shop.dialect == "postgres"
