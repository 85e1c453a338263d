"""Compiled programs on disk: a manifest names the active one; swaps are atomic.

Layout of ``compiled_programs/``::

    manifest.json        {"active": "NAME"}
    NAME.json            DSPy's own state file (``module.save``) of ``Text2SQLProgram``
    NAME.meta.json       provenance and scores written by the optimizer (optional)

The registry keeps one immutable :class:`Catalog`; a reload or an activation builds a new one
and replaces the reference in one assignment. A request takes the catalog's program once, at
its start, so requests in flight finish on the program they started with.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from app.errors import ProgramLoadError, ProgramNotFoundError
from app.program import Text2SQLProgram, infer_chain_of_thought
from app.program_meta import ProgramMeta, meta_path, read_meta

logger = logging.getLogger(__name__)

MANIFEST = "manifest.json"
UNCOMPILED = "uncompiled"


@dataclass(frozen=True)
class LoadedProgram:
    """One program ready to serve, with what an operator needs to know about it."""

    name: str
    version: str
    module: Text2SQLProgram
    chain_of_thought: bool
    demos: int
    meta: ProgramMeta = field(default_factory=ProgramMeta)
    path: str | None = None
    similar_demos: int = 0
    """Demos chosen per question from ``demo_pool`` (0: the program's demos are fixed)."""
    demo_pool: int = 0


@dataclass(frozen=True)
class Catalog:
    programs: dict[str, LoadedProgram]
    active: str
    refused: dict[str, str]

    def get(self, name: str | None) -> LoadedProgram:
        key = name or self.active
        try:
            return self.programs[key]
        except KeyError:
            raise ProgramNotFoundError(
                f"no program named {key!r}; available: {', '.join(sorted(self.programs))}"
            ) from None


def uncompiled_program() -> LoadedProgram:
    """The zero-shot program: valid and named, so a fresh install serves before any compile."""
    module = Text2SQLProgram()
    return LoadedProgram(UNCOMPILED, "builtin", module, chain_of_thought=False, demos=0)


def load_program(path: Path) -> LoadedProgram:
    """Load and validate one compiled program file.

    Raises:
        ProgramLoadError: the file is not JSON, not a Text2SQL program, or does not load.
    """
    name = path.name.removesuffix(".json")
    try:
        raw = path.read_bytes()
        state = orjson.loads(raw)
    except (OSError, orjson.JSONDecodeError) as error:
        message = f"program {name!r}: {path.name} is not readable JSON: {error}"
        raise ProgramLoadError(message) from error
    if not isinstance(state, dict):
        raise ProgramLoadError(f"program {name!r}: {path.name} does not hold a JSON object")
    try:
        chain_of_thought = infer_chain_of_thought(state)
        module = Text2SQLProgram(chain_of_thought)
        module.load_state(state)
    except ProgramLoadError as error:
        raise type(error)(f"program {name!r}: {error.message}", details=error.details) from error
    except Exception as error:  # DSPy raises many types on a state that does not fit
        raise ProgramLoadError(
            f"program {name!r}: {path.name} does not fit this program: {error}"
        ) from error
    meta = read_meta(meta_path(path))
    version = meta.version or hashlib.sha256(raw).hexdigest()[:12]
    demos = sum(len(predictor.demos) for _, predictor in module.named_predictors())
    retriever = module.demo_retriever
    return LoadedProgram(
        name,
        version,
        module,
        chain_of_thought,
        demos,
        meta,
        str(path),
        similar_demos=retriever.k if retriever else 0,
        demo_pool=len(retriever.spec.pool) if retriever else 0,
    )


def program_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    files = directory.glob("*.json")
    return sorted(p for p in files if p.name != MANIFEST and not p.name.endswith(".meta.json"))


def read_manifest(directory: Path) -> str | None:
    path = directory / MANIFEST
    if not path.exists():
        return None
    try:
        active = json.loads(path.read_text(encoding="utf-8")).get("active")
    except (OSError, json.JSONDecodeError, AttributeError) as error:
        raise ProgramLoadError(f"{path} is not a valid manifest: {error}") from error
    return str(active) if active else None


def write_manifest(directory: Path, active: str) -> None:
    """Replace the manifest atomically so a crash never leaves half a file."""
    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=directory, delete=False, suffix=".tmp") as handle:
        json.dump({"active": active}, handle, indent=2)
        handle.write("\n")
    os.replace(handle.name, directory / MANIFEST)


class ProgramRegistry:
    """Loads programs from a folder and hands out the active one."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._lock = threading.Lock()
        self._catalog = Catalog({UNCOMPILED: uncompiled_program()}, UNCOMPILED, {})

    @property
    def catalog(self) -> Catalog:
        return self._catalog

    def get(self, name: str | None = None) -> LoadedProgram:
        return self._catalog.get(name)

    def reload(self) -> Catalog:
        """Re-read the folder. Broken files are refused and listed; good ones are swapped in.

        Raises:
            ProgramLoadError: the manifest's active program is broken; nothing changes.
        """
        with self._lock:
            programs = {UNCOMPILED: uncompiled_program()}
            refused: dict[str, str] = {}
            for path in program_files(self.directory):
                try:
                    loaded = load_program(path)
                except ProgramLoadError as error:
                    refused[path.stem] = error.message
                    logger.error("refused program file %s: %s", path, error.message)
                    continue
                programs[loaded.name] = loaded
            wanted = read_manifest(self.directory) or UNCOMPILED
            if wanted not in programs:
                reason = refused.get(wanted, f"no file {wanted}.json in {self.directory}")
                raise ProgramLoadError(
                    f"the manifest's active program {wanted!r} cannot be loaded: {reason}; "
                    f"still serving {self._catalog.active!r}",
                    details={"refused": refused},
                )
            self._catalog = Catalog(programs, wanted, refused)
            return self._catalog

    def activate(self, name: str, persist: bool = True) -> LoadedProgram:
        """Make ``name`` the default program (and record it in the manifest).

        The file is re-read first, so an operator who replaced it on disk activates what is
        there now; a broken file is refused and the current program keeps serving.
        """
        with self._lock:
            current = self._catalog
            path = self.directory / f"{name}.json"
            if name == UNCOMPILED:
                program = current.programs[UNCOMPILED]
            elif path.exists():
                program = load_program(path)
            else:
                raise ProgramNotFoundError(
                    f"no program named {name!r}; available: {', '.join(sorted(current.programs))}"
                )
            if persist:
                try:
                    write_manifest(self.directory, name)
                except OSError as error:
                    logger.warning("activated %s in memory only: %s", name, error)
            programs = {**current.programs, name: program}
            refused = {k: v for k, v in current.refused.items() if k != name}
            self._catalog = Catalog(programs, name, refused)
            return program
