"""The code's shape: small modules in app/, no import cycles, bench/ standing on its own."""

from __future__ import annotations

import ast
import re
import subprocess
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
MAX_APP_MODULE_LINES = 300


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules(package: str) -> dict[str, Path]:
    return {module_name(path): path for path in sorted((ROOT / package).rglob("*.py"))}


def imported_modules(path: Path, known: set[str]) -> set[str]:
    """The modules of ``known`` that ``path`` imports anywhere (functions and TYPE_CHECKING
    blocks included: a lazy import still ties the two modules together)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in known else node.module)
    return found & known


@pytest.mark.parametrize("package", ["app", "optimizer", "model_serve"])
def test_no_import_cycle_inside_a_package(package: str) -> None:
    found = modules(package)
    graph = {name: imported_modules(path, set(found)) - {name} for name, path in found.items()}
    try:
        tuple(TopologicalSorter(graph).static_order())
    except CycleError as error:
        pytest.fail(f"import cycle in {package}/: {' -> '.join(error.args[1])}")


def test_no_module_in_app_is_over_the_line_limit() -> None:
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for path in modules("app").values()
    }
    assert {name: n for name, n in sizes.items() if n > MAX_APP_MODULE_LINES} == {}


def test_bench_does_not_use_the_tests() -> None:
    for path in sorted((ROOT / "bench").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        # Imports, and module paths in strings (``python -m tests.support...`` in a subprocess).
        imported = imported_modules(path, {"tests"}) | set(re.findall(r"\btests[./]\w+", text))
        assert not imported, f"{path.name} uses the tests: {imported}"


def test_no_project_file_points_outside_the_repository() -> None:
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    suffixes = {".py", ".md", ".toml", ".mk", ".yml", ".yaml", ".cfg", ".txt", ".jinja"}
    outside = "shared" + "/"  # the session's shared folder beside the repository
    offenders = [
        name
        for name in tracked
        if (Path(name).suffix in suffixes or Path(name).name in {"Makefile", "Dockerfile"})
        and outside in (ROOT / name).read_text(encoding="utf-8", errors="replace")
    ]
    assert offenders == []
