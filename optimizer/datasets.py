"""Text-to-SQL examples in the gretel format (gretelai/synthetic_text_to_sql), as DSPy examples.

Sources: the Hugging Face hub (optional ``datasets`` package), local JSONL, CSV or Parquet files,
a folder of JSONL files, and the dataset bundled with the project (``load_bundled``). Every row
is validated, so a broken row is reported with its file and line instead of surfacing later as
a confusing metric failure. ``split`` makes seeded, stratified train/val/test splits and
``dataset_hash`` fingerprints the examples for the provenance of a compiled program.
``DataPlan`` names the data a run uses (source, seeded split, caps) and ``prepare_data`` turns
it into the examples.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dspy

from app.execution import is_query

HUB_DATASET = "gretelai/synthetic_text_to_sql"
BUNDLED_DIR = Path(__file__).parent / "data" / "bundled"
# Keys every row must carry: the three the program and metric need, and the ones that
# stratify, group and trace results.
REQUIRED_KEYS = (
    "id",
    "domain",
    "sql_complexity",
    "sql_task_type",
    "sql_prompt",
    "sql_context",
    "sql",
)
NON_EMPTY_KEYS = ("sql_prompt", "sql_context", "sql")
# What a DSPy example carries, in canonical order; the dataset hash covers exactly these.
EXAMPLE_FIELDS = (
    "id",
    "domain",
    "sql_complexity",
    "sql_task_type",
    "question",
    "sql_context",
    "sql",
)
INPUT_FIELDS = ("question", "sql_context")
WRITE_TASK_TYPE = "data manipulation"


class DatasetError(ValueError):
    """A dataset cannot be loaded, or one of its rows is malformed (the message says where)."""


def to_example(row: Mapping[str, Any], where: str) -> dspy.Example:
    """Validate one gretel-format row and convert it to a DSPy example.

    Args:
        row: the row, keyed by gretel column names.
        where: where the row came from (``file:line``), for error messages.

    Returns:
        An example with inputs ``question`` and ``sql_context``, label ``sql``, and metadata
        ``id``, ``domain``, ``sql_complexity``, ``sql_task_type`` (``id`` always as a string, so
        the same data loads the same from JSONL, CSV and Parquet).

    Raises:
        DatasetError: a required key is missing, or a text field is empty.
    """
    missing = [key for key in REQUIRED_KEYS if row.get(key) is None]
    if missing:
        raise DatasetError(f"{where}: missing required key(s): {', '.join(missing)}")
    empty = [key for key in NON_EMPTY_KEYS if not str(row[key]).strip()]
    if empty:
        raise DatasetError(f"{where}: empty value for: {', '.join(empty)}")
    return dspy.Example(
        id=str(row["id"]),
        domain=str(row["domain"]),
        sql_complexity=str(row["sql_complexity"]),
        sql_task_type=str(row["sql_task_type"]),
        question=str(row["sql_prompt"]),
        sql_context=str(row["sql_context"]),
        sql=str(row["sql"]),
    ).with_inputs(*INPUT_FIELDS)


def load_jsonl(path: str | Path) -> list[dspy.Example]:
    """Load a JSON Lines file, one gretel row per line (blank lines are skipped).

    Args:
        path: the file.

    Returns:
        The examples, in file order.

    Raises:
        DatasetError: a line is not a JSON object, or a row is invalid; names file and line.
    """
    examples = []
    with Path(path).open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{line_no}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{where}: not valid JSON: {exc.msg}") from exc
            if not isinstance(row, dict):
                raise DatasetError(f"{where}: expected a JSON object, got {type(row).__name__}")
            examples.append(to_example(row, where))
    return examples


def load_csv(path: str | Path) -> list[dspy.Example]:
    """Load a CSV file with a header row of gretel column names.

    Args:
        path: the file.

    Returns:
        The examples, in file order.

    Raises:
        DatasetError: a row is invalid; names file and line (where the record ends, since a
            quoted field may span lines).
    """
    with Path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        # An empty CSV cell is "", which counts as present; only a short row yields None.
        return [to_example(row, f"{path}:{reader.line_num}") for row in reader]


def load_parquet(path: str | Path) -> list[dspy.Example]:
    """Load a Parquet file (needs pyarrow, part of the ``optimizer`` extra).

    Args:
        path: the file.

    Returns:
        The examples, in file order.

    Raises:
        DatasetError: pyarrow is missing, or a row is invalid; names file and row.
    """
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise DatasetError(
            "reading Parquet needs pyarrow: pip install 'text2sql[optimizer]'"
        ) from exc
    rows = pq.read_table(path).to_pylist()
    return [to_example(row, f"{path}: row {n}") for n, row in enumerate(rows, start=1)]


def load_folder(path: str | Path, pattern: str = "*.jsonl") -> list[dspy.Example]:
    """Load every JSONL file of a folder, in file-name order (so the result is reproducible).

    Args:
        path: the folder.
        pattern: glob for the files to read.

    Returns:
        The examples of all files, concatenated.

    Raises:
        DatasetError: the folder holds no matching file, or a row is invalid.
    """
    files = sorted(Path(path).glob(pattern))
    if not files:
        raise DatasetError(f"{path}: no files matching {pattern!r}")
    return [example for file in files for example in load_jsonl(file)]


def load_bundled() -> list[dspy.Example]:
    """Load the dataset shipped with the project (``optimizer/data/bundled/*.jsonl``).

    Returns:
        The bundled examples, files in name order.
    """
    return load_folder(BUNDLED_DIR)


def load_hub(
    name: str = HUB_DATASET,
    split: str = "test",
    *,
    revision: str | None = None,
) -> list[dspy.Example]:
    """Load a split of a gretel-format dataset from the Hugging Face hub.

    Args:
        name: the hub dataset id.
        split: which split.
        revision: a commit or tag to pin, for reproducible runs.

    Returns:
        The examples, in the split's order.

    Raises:
        DatasetError: ``datasets`` is not installed, the hub cannot be reached, or a row is
            invalid.
    """
    try:
        import datasets
    except ImportError as exc:
        raise DatasetError(
            "loading from the Hugging Face hub needs the 'datasets' package: "
            "pip install 'text2sql[hub]'"
        ) from exc
    try:
        rows: Iterable[Mapping[str, Any]] = datasets.load_dataset(
            name, split=split, revision=revision
        )
    # `datasets` raises many unrelated types for "not there" (network, auth, missing split);
    # all of them mean the same to the caller.
    except Exception as exc:
        raise DatasetError(f"cannot load {name!r} split {split!r} from the hub: {exc}") from exc
    return [to_example(row, f"{name}[{split}]: row {n}") for n, row in enumerate(rows, start=1)]


def load_examples(source: str | Path, split: str = "test") -> list[dspy.Example]:
    """Load examples from whatever ``source`` names: ``bundled``, a file, a folder, a hub id.

    Args:
        source: ``"bundled"``, a ``.jsonl``/``.csv``/``.parquet`` file, a folder of JSONL
            files, or a hub dataset id such as ``gretelai/synthetic_text_to_sql``.
        split: the hub split (ignored for local sources).

    Returns:
        The examples.

    Raises:
        DatasetError: the source cannot be read, or a row is invalid.
    """
    if str(source) == "bundled":
        return load_bundled()
    path = Path(source)
    if path.is_dir():
        return load_folder(path)
    if path.is_file():
        loaders = {".jsonl": load_jsonl, ".csv": load_csv, ".parquet": load_parquet}
        loader = loaders.get(path.suffix.lower())
        if loader is None:
            raise DatasetError(f"{path}: unsupported file type (use .jsonl, .csv or .parquet)")
        return loader(path)
    return load_hub(str(source), split)


@dataclass(frozen=True)
class Splits:
    """Disjoint train, validation and test sets."""

    train: list[dspy.Example]
    val: list[dspy.Example]
    test: list[dspy.Example]


def split(
    examples: Sequence[dspy.Example],
    *,
    seed: int = 1399,
    val_fraction: float = 0.25,
    test_fraction: float = 0.25,
    stratify_by: str | None = "sql_complexity",
) -> Splits:
    """Split examples into seeded, stratified, disjoint train/val/test sets.

    Each stratum (e.g. each complexity level) is shuffled and cut in the requested fractions.
    The cuts use cumulative rounding across strata, so the totals are the requested fractions
    of the whole (to the nearest example) and each stratum is within one example of them.
    The origin used seed 1399 and a 25% validation split; we also hold out a test split.

    Args:
        examples: the examples to split.
        seed: seed for the shuffle; the same seed and examples give the same splits.
        val_fraction: share of examples for validation.
        test_fraction: share of examples held out for the final test.
        stratify_by: example field to stratify by; None for a plain shuffle.

    Returns:
        The three sets, each in a seeded shuffled order (never grouped by stratum or file).

    Raises:
        ValueError: the fractions are negative or leave no room for training.
    """
    if val_fraction < 0 or test_fraction < 0 or val_fraction + test_fraction >= 1:
        raise ValueError("fractions must be >= 0 and val_fraction + test_fraction < 1")
    rng = random.Random(seed)
    strata: dict[str, list[dspy.Example]] = defaultdict(list)
    for example in examples:
        strata[str(example.get(stratify_by, "")) if stratify_by else ""].append(example)
    train: list[dspy.Example] = []
    val: list[dspy.Example] = []
    test: list[dspy.Example] = []
    seen = 0
    for key in sorted(strata):
        group = strata[key]
        rng.shuffle(group)
        before, seen = seen, seen + len(group)
        n_test = round(seen * test_fraction) - round(before * test_fraction)
        n_val = round(seen * val_fraction) - round(before * val_fraction)
        test.extend(group[:n_test])
        val.extend(group[n_test : n_test + n_val])
        train.extend(group[n_test + n_val :])
    for part in (train, val, test):
        rng.shuffle(part)
    return Splits(train, val, test)


def dataset_hash(examples: Iterable[dspy.Example]) -> str:
    """Fingerprint examples for provenance: sha256 over their canonical JSON, in order.

    Only the fields an example is built from count (see ``EXAMPLE_FIELDS``), so the same data
    hashes the same whether it came from JSONL, CSV, Parquet or the hub.

    Args:
        examples: the examples, in the order used.

    Returns:
        The hex digest.
    """
    digest = hashlib.sha256()
    for example in examples:
        record = {field: example.get(field) for field in EXAMPLE_FIELDS}
        line = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        digest.update(line.encode("utf-8") + b"\n")
    return digest.hexdigest()


def is_write_task(example: dspy.Example) -> bool:
    """Tell whether an example asks for a write (its gold SQL changes the database).

    Args:
        example: a dataset example.

    Returns:
        True for the "data manipulation" task type, or when the gold SQL is not a query
        (INSERT/UPDATE/DELETE, or DDL in "data definition" tasks).
    """
    return example.get("sql_task_type") == WRITE_TASK_TYPE or not is_query(example.sql)


@dataclass(frozen=True)
class DataPlan:
    """Which data a run uses: the source, its seeded split, and optional caps per split."""

    source: str = "bundled"
    hub_split: str = "test"
    seed: int = 1399
    val_fraction: float = 0.25
    test_fraction: float = 0.25
    train_cap: int | None = None
    val_cap: int | None = None
    test_cap: int | None = None


@dataclass(frozen=True)
class PreparedData:
    source_hash: str
    n_examples: int
    full: Splits
    used: Splits


def _cap(examples: list[dspy.Example], cap: int | None) -> list[dspy.Example]:
    # Splits come shuffled (seeded), so a prefix is a seeded random sample of the split.
    return examples if cap is None else examples[:cap]


def prepare_data(plan: DataPlan) -> PreparedData:
    """Load, split (seeded, stratified) and cap the examples a run uses."""
    examples = load_examples(plan.source, plan.hub_split)
    full = split(
        examples, seed=plan.seed, val_fraction=plan.val_fraction, test_fraction=plan.test_fraction
    )
    used = Splits(
        _cap(full.train, plan.train_cap),
        _cap(full.val, plan.val_cap),
        _cap(full.test, plan.test_cap),
    )
    return PreparedData(dataset_hash(examples), len(examples), full, used)
