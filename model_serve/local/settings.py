"""Defaults the service relies on for the local LM, and the spec they produce.

The service's own defaults point at ``http://127.0.0.1:8008/v1``, model ``smollm2``, key
``text2sql-local-key``: change them together or not at all.
"""

from __future__ import annotations

import os

from model_serve.local.paths import LocalHome
from model_serve.server_spec import SMOLLM2, ServerSpec

API_KEY_ENV = "TEXT2SQL_LM_API_KEY"
# Not a secret: the local server listens on loopback only. The key is still required so that
# local runs exercise the same authenticated path as production.
DEFAULT_API_KEY = "text2sql-local-key"
MODEL_DIR_NAME = "smollm2-135m-instruct"
# Starts take 60-150 s on an idle 2-core machine, several times that on a loaded one (the
# worker shares its core with everything else); TEXT2SQL_LOCAL_LM_TIMEOUT_S raises the limit.
DEFAULT_STARTUP_TIMEOUT_S = float(os.environ.get("TEXT2SQL_LOCAL_LM_TIMEOUT_S") or 600)


def api_key() -> str:
    return os.environ.get(API_KEY_ENV) or DEFAULT_API_KEY


def local_spec(home: LocalHome, host: str = SMOLLM2.host, port: int = SMOLLM2.port) -> ServerSpec:
    """SMOLLM2 served from the converted folder under ``home``."""
    return SMOLLM2.with_model(str(home.model_dir(MODEL_DIR_NAME))).at(host, port)
