# # The Text2SQL API on Modal
#
# The service itself, deployed as an ASGI app next to the LM (``modal_app.py``):
#
#     modal deploy model_serve/modal_api.py      # make deploy-api
#
# It is stateless: the compiled programs are baked into the image, every setting comes from
# the environment, so Modal can run as many replicas as traffic needs. It talks to the LM
# over HTTPS with the LM's API key, like any other client.

from __future__ import annotations

from pathlib import Path
from typing import Any

import modal

from model_serve.server_spec import STARLING

REPO = Path(__file__).resolve().parents[1]
REMOTE_PROGRAMS = "/root/compiled_programs"

# ## The image
#
# The project's runtime dependencies come from pyproject.toml (one source of truth). The
# compiled programs are copied into the image (``copy=True``): a deployment serves exactly
# the programs it was built with, and rolling back the deployment rolls back the programs.

api_image = (
    modal.Image.debian_slim(python_version="3.11")
    .pip_install_from_pyproject(str(REPO / "pyproject.toml"))
    .env(
        {
            "TEXT2SQL_PROGRAMS_DIR": REMOTE_PROGRAMS,
            "TEXT2SQL_LM_MODEL": STARLING.served_model_name,
            # DSPy/litellm would otherwise fetch a model price list from the internet at import.
            "LITELLM_LOCAL_MODEL_COST_MAP": "true",
        }
    )
    .add_local_dir(REPO / "compiled_programs", REMOTE_PROGRAMS, copy=True)
    .add_local_python_source("app", "model_serve")
)

# ## Configuration
#
# One secret holds what differs per deployment and must not be in the image:
#
#     modal secret create text2sql-api \
#         TEXT2SQL_LM_BASE_URL=https://<workspace>--text2sql-lm-serve.modal.run/v1 \
#         TEXT2SQL_LM_API_KEY=<the key in the text2sql-lm-api-key secret> \
#         TEXT2SQL_API_KEYS=<client keys, comma separated> TEXT2SQL_ADMIN_TOKEN=<token>

SECRET_NAME = "text2sql-api"
api_secret = modal.Secret.from_name(
    SECRET_NAME, required_keys=["TEXT2SQL_LM_BASE_URL", "TEXT2SQL_LM_API_KEY"]
)

# ## Scaling
#
# A request mostly waits on the LM, so one container serves many at once (asyncio). The
# service bounds its own LM calls (TEXT2SQL_LM_MAX_CONCURRENCY, default 16); letting twice as
# many requests in keeps the LM busy while the rest are being parsed and checked. Replicas are
# cheap CPU containers, so a short scale-down window is enough.

MINUTES = 60
MAX_INPUTS = 32
TARGET_INPUTS = 16
SCALEDOWN_WINDOW = 5 * MINUTES
# Above the service's own request deadline (TEXT2SQL_REQUEST_DEADLINE_S, default 180 s).
REQUEST_TIMEOUT = 5 * MINUTES

app = modal.App("text2sql-api")


def function_options() -> dict[str, Any]:
    """Arguments of ``@app.function`` (a function so tests can check them without Modal)."""
    return {
        "image": api_image,
        "secrets": [api_secret],
        "scaledown_window": SCALEDOWN_WINDOW,
        "timeout": REQUEST_TIMEOUT,
        "cpu": 1.0,
        "memory": 1024,
    }


def concurrency_options() -> dict[str, int]:
    return {"max_inputs": MAX_INPUTS, "target_inputs": TARGET_INPUTS}


@app.function(**function_options())
@modal.concurrent(**concurrency_options())
@modal.asgi_app()
def api() -> Any:
    from app.main import create_app

    return create_app()
