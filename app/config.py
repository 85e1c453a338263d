"""One settings class for the whole service, read from the environment (prefix ``TEXT2SQL_``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# The local vLLM CPU server started by `python -m model_serve.local up` listens here.
LOCAL_LM_BASE_URL = "http://127.0.0.1:8008/v1"
LOCAL_LM_MODEL = "qwen2.5-coder-1.5b"
LOCAL_LM_API_KEY = "text2sql-local-key"


class Settings(BaseSettings):
    """Every knob of the service. Defaults run fully offline against the local LM."""

    model_config = SettingsConfigDict(env_prefix="TEXT2SQL_", env_file=".env", extra="ignore")

    # --- language model (any OpenAI-compatible endpoint) ---
    lm_base_url: str = Field(LOCAL_LM_BASE_URL, description="OpenAI-compatible URL (/v1).")
    lm_model: str = Field(LOCAL_LM_MODEL, description="Served model name.")
    lm_api_key: SecretStr = Field(SecretStr(LOCAL_LM_API_KEY), description="Bearer key for the LM.")
    lm_timeout_s: float = Field(60.0, gt=0, description="Timeout of one LM call, in seconds.")
    lm_max_tokens: int = Field(384, gt=0, description="Token limit of one completion.")
    lm_temperature: float = Field(0.0, ge=0, le=2, description="Sampling temperature.")
    lm_retries: int = Field(2, ge=0, description="Retries of one LM call on transient errors.")
    lm_retry_backoff_s: float = Field(0.5, ge=0, description="First backoff between LM retries.")
    lm_max_concurrency: int = Field(16, gt=0, description="LM calls in flight at once.")
    lm_queue_timeout_s: float = Field(
        30.0, gt=0, description="How long a request waits for an LM slot before 503."
    )

    # --- generation and checking ---
    max_attempts: int = Field(3, ge=1, le=10, description="Generate + check rounds per request.")
    request_deadline_s: float = Field(
        180.0,
        gt=0,
        description="Deadline for one /sql request across all attempts and retries. A checked "
        "answer still awaiting a second look at its deadline is returned (`stopped_early`).",
    )
    default_dialect: str = Field("sqlite", description="Dialect used when a request names none.")
    constrained_decoding: bool = Field(
        True,
        description="Send a grammar of the schema's names with each LM call when the program was "
        "compiled with constrained decoding; false never sends one (endpoints without vLLM's "
        "structured outputs).",
    )
    allow_writes: bool = Field(
        False, description="Server-wide switch: requests may ask for DML only when this is true."
    )

    # --- compiled programs ---
    programs_dir: Path = Field(Path("compiled_programs"), description="Compiled programs folder.")

    # --- named databases ---
    databases_file: Path | None = Field(
        None,
        description="TOML or YAML file of named databases requests may ask by name (see "
        "Databases). Unset: requests must send a schema.",
    )
    schema_cache_ttl_s: float = Field(
        300.0, gt=0, description="How long an introspected database schema is reused, in seconds."
    )

    # --- access and limits ---
    admin_token: SecretStr | None = Field(None, description="Bearer token for /admin endpoints.")
    api_keys: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list,
        description="Client API keys, comma separated. Empty: /sql is open (development).",
    )
    api_keys_file: Path | None = Field(None, description="File with one client API key a line.")
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="Allowed CORS origins, comma separated. Empty: closed."
    )
    max_body_bytes: int = Field(256_000, gt=0, description="Largest request body accepted.")
    max_question_chars: int = Field(2_000, gt=0, description="Longest question accepted.")
    max_history_turns: int = Field(
        5, ge=0, description="Most earlier turns a follow-up may carry (0: no follow-ups)."
    )
    max_history_sql_chars: int = Field(8_000, gt=0, description="Longest SQL of one earlier turn.")
    max_schema_bytes: int = Field(200_000, gt=0, description="Largest schema text accepted.")
    max_schema_tables: int = Field(200, gt=0, description="Most tables in one schema.")
    max_schema_columns: int = Field(2_000, gt=0, description="Most columns in one schema.")
    rate_limit_per_minute: int = Field(
        120, ge=0, description="Requests per minute per client key (0 disables)."
    )

    # --- process ---
    log_level: str = Field("INFO", description="Log level of the JSON logs.")

    @field_validator("api_keys", "cors_origins", mode="before")
    @classmethod
    def _split_commas(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    def client_keys(self) -> list[str]:
        """All accepted client keys: from the environment and from the keys file."""
        keys = [key.get_secret_value() for key in self.api_keys]
        if self.api_keys_file is not None:
            lines = self.api_keys_file.read_text(encoding="utf-8").splitlines()
            keys += [line.strip() for line in lines if line.strip() and not line.startswith("#")]
        return keys


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once; tests build their own ``Settings``."""
    return Settings()
