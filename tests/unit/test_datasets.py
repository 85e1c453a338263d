"""Dataset loaders (JSONL, CSV, Parquet, folders, hub errors), splits, hashing, task types."""

from __future__ import annotations

import csv
import json
import sys
import types
from collections import Counter
from pathlib import Path
from typing import Any

import dspy
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from optimizer.datasets import (
    DatasetError,
    dataset_hash,
    is_write_task,
    load_csv,
    load_examples,
    load_folder,
    load_hub,
    load_jsonl,
    load_parquet,
    split,
)

COMPLEXITIES = ["basic SQL", "aggregation", "single join", "subqueries"]


def make_row(n: int, **overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": n,
        "domain": "retail",
        "domain_description": "shops",
        "sql_complexity": COMPLEXITIES[n % len(COMPLEXITIES)],
        "sql_complexity_description": "",
        "sql_task_type": "data retrieval",
        "sql_task_type_description": "",
        "sql_prompt": f"How many items cost more than {n}?",
        # a newline inside a field: CSV must quote it and still load the same
        "sql_context": f"CREATE TABLE items (price INT);\nINSERT INTO items VALUES ({n});",
        "sql": f"SELECT COUNT(*) FROM items WHERE price > {n}",
        "sql_explanation": "counts",
    }
    row.update(overrides)
    return row


ROWS = [make_row(n) for n in range(1, 6)]


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def write_csv(path: Path, rows: list[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_parquet(path: Path, rows: list[dict[str, Any]]) -> Path:
    pq.write_table(pa.Table.from_pylist(rows), path)
    return path


def many(n: int) -> list[dspy.Example]:
    return [
        dspy.Example(id=str(i), sql_complexity=COMPLEXITIES[i % 4], sql="SELECT 1")
        for i in range(n)
    ]


def test_jsonl_rows_become_dspy_examples(tmp_path: Path) -> None:
    examples = load_jsonl(write_jsonl(tmp_path / "rows.jsonl", ROWS))
    assert len(examples) == len(ROWS)
    first = examples[0]
    assert first.id == "1"  # always a string, whatever the source
    assert first.question == ROWS[0]["sql_prompt"]
    assert first.sql_context == ROWS[0]["sql_context"]
    assert first.sql == ROWS[0]["sql"]
    assert (first.domain, first.sql_complexity, first.sql_task_type) == (
        "retail",
        "aggregation",
        "data retrieval",
    )
    assert set(first.inputs().keys()) == {"question", "sql_context"}
    assert set(first.labels().keys()) >= {"sql"}


@pytest.mark.parametrize(
    ("suffix", "writer"),
    [(".jsonl", write_jsonl), (".csv", write_csv), (".parquet", write_parquet)],
)
def test_every_format_loads_the_same_examples(tmp_path: Path, suffix: str, writer: Any) -> None:
    path = writer(tmp_path / f"rows{suffix}", ROWS)
    reference = load_jsonl(write_jsonl(tmp_path / "reference.jsonl", ROWS))
    loaded = load_examples(path)
    assert [e.toDict() for e in loaded] == [e.toDict() for e in reference]
    assert dataset_hash(loaded) == dataset_hash(reference)


def test_specific_loaders(tmp_path: Path) -> None:
    assert len(load_csv(write_csv(tmp_path / "a.csv", ROWS))) == 5
    assert len(load_parquet(write_parquet(tmp_path / "a.parquet", ROWS))) == 5


def test_folder_loads_files_in_name_order(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "b.jsonl", ROWS[2:])
    write_jsonl(tmp_path / "a.jsonl", ROWS[:2])
    (tmp_path / "notes.txt").write_text("not data")
    ids = [e.id for e in load_folder(tmp_path)]
    assert ids == ["1", "2", "3", "4", "5"]
    assert [e.id for e in load_examples(tmp_path)] == ids


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="no files"):
        load_folder(tmp_path)


def test_missing_key_names_file_and_line(tmp_path: Path) -> None:
    rows = [ROWS[0], {k: v for k, v in ROWS[1].items() if k not in ("sql", "domain")}]
    path = write_jsonl(tmp_path / "rows.jsonl", rows)
    with pytest.raises(
        DatasetError, match=r"rows\.jsonl:2: missing required key\(s\): domain, sql"
    ):
        load_jsonl(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": 1\n', r"bad\.jsonl:1: not valid JSON"),
        ("\n[1, 2]\n", r"bad\.jsonl:2: expected a JSON object"),
        (json.dumps(make_row(1, sql="  ")) + "\n", r"bad\.jsonl:1: empty value for: sql"),
        (
            json.dumps(make_row(1, sql_context=None)) + "\n",
            r"missing required key\(s\): sql_context",
        ),
    ],
)
def test_malformed_jsonl_lines(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DatasetError, match=message):
        load_jsonl(path)


def test_csv_missing_column_names_the_line(tmp_path: Path) -> None:
    rows = [{k: v for k, v in row.items() if k != "sql_task_type"} for row in ROWS]
    path = write_csv(tmp_path / "rows.csv", rows)
    # line 1 is the header; the first record spans lines 2-3 (newline in sql_context)
    with pytest.raises(
        DatasetError, match=r"rows\.csv:3: missing required key\(s\): sql_task_type"
    ):
        load_csv(path)


def test_parquet_missing_column_names_the_row(tmp_path: Path) -> None:
    rows = [{k: v for k, v in row.items() if k != "sql_prompt"} for row in ROWS]
    with pytest.raises(DatasetError, match=r"rows\.parquet: row 1: .*sql_prompt"):
        load_parquet(write_parquet(tmp_path / "rows.parquet", rows))


def test_unsupported_file_type(tmp_path: Path) -> None:
    path = tmp_path / "rows.xlsx"
    path.write_text("")
    with pytest.raises(DatasetError, match="unsupported file type"):
        load_examples(path)


def test_hub_without_datasets_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "datasets", None)  # makes `import datasets` fail
    with pytest.raises(DatasetError, match=r"'datasets' package"):
        load_hub()


def fake_datasets(load_dataset: Any) -> types.ModuleType:
    module = types.ModuleType("datasets")
    module.load_dataset = load_dataset  # type: ignore[attr-defined]
    return module


def test_hub_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    def unreachable(*args: Any, **kwargs: Any) -> Any:
        raise ConnectionError("no route to huggingface.co")

    monkeypatch.setitem(sys.modules, "datasets", fake_datasets(unreachable))
    with pytest.raises(
        DatasetError, match="cannot load 'gretelai/synthetic_text_to_sql'.*no route"
    ):
        load_hub()


def test_hub_rows_are_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, ...]] = []

    def load_dataset(name: str, split: str, revision: str | None) -> list[dict[str, Any]]:
        calls.append((name, split, revision))
        return [ROWS[0], {"id": 9}]

    monkeypatch.setitem(sys.modules, "datasets", fake_datasets(load_dataset))
    with pytest.raises(DatasetError, match=r"gretelai/synthetic_text_to_sql\[test\]: row 2"):
        load_examples("gretelai/synthetic_text_to_sql")
    assert calls == [("gretelai/synthetic_text_to_sql", "test", None)]


def ids(examples: list[dspy.Example]) -> list[str]:
    return [e.id for e in examples]


def test_split_is_reproducible_disjoint_and_complete() -> None:
    examples = many(100)
    first, again = split(examples), split(list(examples))
    assert (ids(first.train), ids(first.val), ids(first.test)) == (
        ids(again.train),
        ids(again.val),
        ids(again.test),
    )
    parts = [set(ids(p)) for p in (first.train, first.val, first.test)]
    assert sum(len(p) for p in parts) == 100
    assert set.union(*parts) == set(ids(examples))
    assert (len(first.train), len(first.val), len(first.test)) == (50, 25, 25)
    assert ids(split(examples, seed=7).val) != ids(first.val)


def test_split_is_stratified_and_shuffled() -> None:
    examples = many(99)  # strata of 24 or 25
    parts = split(examples, val_fraction=0.2, test_fraction=0.2)
    for part, fraction in ((parts.val, 0.2), (parts.test, 0.2)):
        counts = Counter(e.sql_complexity for e in part)
        assert all(abs(counts[c] - 25 * fraction) <= 1.2 for c in COMPLEXITIES)
    assert len(parts.val) == len(parts.test) == round(99 * 0.2)
    # not grouped by stratum: the first eight of train are not all one level
    assert len({e.sql_complexity for e in parts.train[:8]}) > 1


def test_split_without_test_or_stratification() -> None:
    parts = split(many(40), test_fraction=0.0, stratify_by=None)
    assert (len(parts.train), len(parts.val), len(parts.test)) == (30, 10, 0)


@pytest.mark.parametrize(("val", "test"), [(-0.1, 0.2), (0.5, 0.5), (0.7, 0.4)])
def test_split_rejects_bad_fractions(val: float, test: float) -> None:
    with pytest.raises(ValueError, match="fractions"):
        split(many(10), val_fraction=val, test_fraction=test)


# sha256 of the canonical JSON lines of ROWS, computed independently of dataset_hash
PINNED_HASH = "3bc48d76594f24ef2f2fdfe4bfb317c8d83e9077db9ddebf23fea3141a45df04"


def test_dataset_hash_is_stable_and_sensitive(tmp_path: Path) -> None:
    examples = load_jsonl(write_jsonl(tmp_path / "rows.jsonl", ROWS))
    digest = dataset_hash(examples)
    assert digest == dataset_hash(load_jsonl(tmp_path / "rows.jsonl"))
    # pinned: a change here means every recorded provenance hash changes too
    assert digest == PINNED_HASH
    assert dataset_hash(list(reversed(examples))) != digest
    changed = load_jsonl(
        write_jsonl(tmp_path / "c.jsonl", [*ROWS[:-1], make_row(5, sql="SELECT 2")])
    )
    assert dataset_hash(changed) != digest
    # the description and explanation columns do not define an example
    reworded = load_jsonl(
        write_jsonl(tmp_path / "d.jsonl", [make_row(n, sql_explanation="x") for n in range(1, 6)])
    )
    assert dataset_hash(reworded) == digest


@pytest.mark.parametrize(
    ("task_type", "sql", "expected"),
    [
        ("data retrieval", "SELECT * FROM t", False),
        ("analytics and reporting", "WITH x AS (SELECT 1) SELECT * FROM x", False),
        ("data manipulation", "UPDATE t SET a = 1", True),
        ("data manipulation", "SELECT * FROM t", True),  # the task type alone says write
        ("data definition", "CREATE TABLE t (a INT)", True),
        ("data retrieval", "DELETE FROM t", True),  # mislabelled: the SQL decides
    ],
)
def test_is_write_task(task_type: str, sql: str, expected: bool) -> None:
    assert is_write_task(dspy.Example(sql_task_type=task_type, sql=sql)) is expected
