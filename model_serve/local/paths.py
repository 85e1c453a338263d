"""Where the local LM lives on disk.

Everything (the vLLM virtual environment, the converted model, logs, the pid file) sits under one
home directory so that repeated runs, and CI jobs on the same machine, reuse the ~6 minute install
and the model conversion. Deleting the directory is a full reset.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

HOME_ENV = "TEXT2SQL_LOCAL_LM_HOME"
DEFAULT_HOME = Path("~/.cache/text2sql/local-lm")


@dataclass(frozen=True)
class LocalHome:
    """Layout of the local LM home directory."""

    root: Path

    @property
    def venv(self) -> Path:
        return self.root / "venv"

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def install_marker(self) -> Path:
        return self.venv / ".text2sql-install.json"

    @property
    def models(self) -> Path:
        return self.root / "models"

    @property
    def downloads(self) -> Path:
        """Model parts from PyPI and the GGUF assembled from them, until it is converted."""
        return self.root / "downloads"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def install_log(self) -> Path:
        return self.logs / "install.log"

    def server_log(self, port: int) -> Path:
        return self.logs / f"server-{port}.log"

    @property
    def vllm_cache(self) -> Path:
        """vLLM's and inductor's compile caches: reusing them halves every start after the first.

        Kept here rather than in /tmp (inductor's default) so reboots and CI jobs keep them.
        """
        return self.root / "vllm-cache"

    def pid_file(self, port: int) -> Path:
        """One record per port, so a second server (tests, experiments) never clobbers it."""
        return self.root / f"server-{port}.json"

    def model_dir(self, name: str) -> Path:
        return self.models / name

    def ensure(self) -> None:
        for path in (self.root, self.models, self.downloads, self.logs):
            path.mkdir(parents=True, exist_ok=True)


def local_home() -> LocalHome:
    """The home from ``TEXT2SQL_LOCAL_LM_HOME``, else ``~/.cache/text2sql/local-lm``."""
    raw = os.environ.get(HOME_ENV) or str(DEFAULT_HOME)
    return LocalHome(Path(raw).expanduser().resolve())
