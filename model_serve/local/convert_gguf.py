"""Turn a GGUF checkpoint into a Hugging Face folder that vLLM can load.

Runs inside the vLLM venv (it needs torch, transformers, gguf), started as a script by
``install.py``; it must not import anything from this project.

Why not ``save_pretrained``: transformers refuses it on a GGUF-loaded model (the quantizer
marker), so the state dict, config and tokenizer are written directly. Weights are saved in
float32: the GGUF is dequantized to float32 anyway and the server runs in float32 on these CPUs,
so bf16 would only add a second rounding.

Usage: python convert_gguf.py MODEL.gguf OUT_DIR
"""

import sys
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import save_file
from transformers import AutoModelForCausalLM, AutoTokenizer


def convert(gguf: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    model = AutoModelForCausalLM.from_pretrained(
        gguf.parent, gguf_file=gguf.name, torch_dtype=torch.float32
    )
    state = {
        name: tensor.detach().to(torch.float32).contiguous()
        for name, tensor in model.state_dict().items()
    }
    if model.config.tie_word_embeddings:
        # Tied weights share storage, which safetensors refuses; the loader re-ties them.
        state.pop("lm_head.weight", None)
    save_file(state, str(out / "model.safetensors"), metadata={"format": "pt"})

    # Any: this runs under the vLLM venv's transformers, whose config API differs by release.
    config: Any = model.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    config.torch_dtype = torch.float32
    config.save_pretrained(out)
    if model.generation_config is not None:
        model.generation_config.save_pretrained(out)

    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    tokenizer.save_pretrained(out)
    has_template = bool(tokenizer.chat_template)
    print(f"converted {gguf.name}: {len(state)} tensors, chat template: {has_template}")  # noqa: T201


if __name__ == "__main__":
    convert(Path(sys.argv[1]), Path(sys.argv[2]))
