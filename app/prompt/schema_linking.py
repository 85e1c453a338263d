"""Which tables of a schema over the token budget the model sees (schema linking).

A small model answers best from the few tables a question needs: every table more costs
prompt tokens (seconds on a CPU) and is one more place to look for a column that is not there.
So a table is shown when the question links to it, not to fill the budget:

- it is **named**: each word of its name is in the question ("office" names ``offices``), or a
  column name of two or more words is;
- or it is among the few (``LINKED_TABLES``) that score highest on two signals:
  - **meaning**: how close its description (name and columns) is to the question by the demo
    embedder (all-MiniLM-L6-v2): "clients" finds ``customers``, "shipping" ``shipments``;
  - **telling words**: question words its name, columns or example values share, counting only
    words few tables have (``amount`` in three tables of twenty-six tells; ``name`` in eight
    does not), spelled alike ("invoiced" meets ``invoices``, "hired" ``hire_date``).
  Without the embedder installed, the words alone decide.

Then the tables that make joins possible come with them: the foreign-key targets of the named
tables, or of the best linked one when none is named (a rep's name is in ``employees``), and
the tables on the shortest foreign-key path between two shown tables (``customers`` to
``offices`` through ``employees`` and ``departments``). A question that links to nothing fills
the budget in schema order.
"""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from app.demo_retrieval import embedder
from app.errors import EmbedderUnavailableError
from app.prompt.values import content_words

logger = logging.getLogger(__name__)

# The tables linked beyond the named ones, by their score.
LINKED_TABLES = 3
# A word in the names of more than this share of the tables (and more than two) tells nothing.
COMMON_WORD_SHARE = 0.15
# What one telling word in a table's names adds to its meaning's similarity (cosine, ~0.2-0.7);
# a word in its values as much, and a whole value in the question ("Office Supplies") twice that.
NAME_WORD_WEIGHT = 0.15
VALUE_WORD_WEIGHT = 0.15
WHOLE_VALUE_WEIGHT = 0.3
# Two shown tables further apart than this many foreign keys are not joined through others.
MAX_PATH_EDGES = 3

_WORD = re.compile(r"[a-z0-9]+")
_NAME = re.compile(r"[a-z_][a-z0-9_$]*")
# A word boundary inside a name: "studentId", "HireDate", "HTMLPage".
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


class Linkable(Protocol):
    """What linking reads of a table (app.prompt.schema_view.TableView)."""

    name: str
    columns: list[str]
    references: set[str]
    values: dict[str, list[str]]
    spelled: list[str]


@dataclass(frozen=True)
class Links:
    """The tables a question names, and those it links to, most strongly first."""

    named: list[str]
    linked: list[str]


def name_words(*texts: str) -> frozenset[str]:
    """The lowercase words of ``texts`` that could name a table (``render_schema``'s
    ``mentioned``): a repair's previous SQL and its issues."""
    return frozenset(w for text in texts for w in _NAME.findall(text.lower()))


def _names(view: Linkable) -> tuple[str, list[str]]:
    """The table's and its columns' names as words: ``StudentScholarships`` and
    ``student_scholarships`` both read "student scholarships"."""
    spelled = view.spelled or [view.name, *view.columns]
    split = [_CAMEL.sub(" ", name).replace("_", " ").lower() for name in spelled]
    return split[0], split[1:]


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def stems(text: str) -> set[str]:
    """Lower-case words in a naive singular: "categories" and "category" are one word."""
    return {_singular(w) for w in _WORD.findall(text.lower())}


def _alike(a: str, b: str) -> bool:
    """One word spelled two ways: "invoiced"/"invoice", "delivery"/"delivered", "hired"/"hire"."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2:
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(6, len(short) - 2)


def named_in_question(view: Linkable, asked: set[str]) -> bool:
    """``asked``: the question's ``stems``."""
    table, columns = _names(view)
    return stems(table) <= asked or any(
        len(stems(column)) > 1 and stems(column) <= asked for column in columns
    )


def _word_scores(tables: Mapping[str, Linkable], question: str) -> dict[str, float]:
    asked = {_singular(w) for w in content_words(question)}
    names = {}
    for name, view in tables.items():
        table, columns = _names(view)
        names[name] = stems(" ".join([table, *columns]))
    common = max(2, int(len(tables) * COMMON_WORD_SHARE))

    def holders(word: str) -> int:
        return sum(any(_alike(word, n) for n in table) for table in names.values())

    telling = {w for w in asked if holders(w) <= common}
    scores = {}
    for name, view in tables.items():
        texts = [v for vs in view.values.values() for v in vs if v.startswith("'")]
        in_names = sum(any(_alike(w, n) for n in names[name]) for w in telling)
        in_values = len(stems(" ".join(texts)) & telling)
        whole = any(words and words <= asked for words in map(stems, texts))
        scores[name] = (
            NAME_WORD_WEIGHT * in_names + VALUE_WORD_WEIGHT * in_values + WHOLE_VALUE_WEIGHT * whole
        )
    return scores


def _description(view: Linkable) -> str:
    table, columns = _names(view)
    return f"{table}: {', '.join(columns)}"


@lru_cache(maxsize=64)
def _description_vectors(descriptions: tuple[str, ...]) -> Sequence[Sequence[float]]:
    return embedder()(list(descriptions))  # type: ignore[no-any-return]


def similarities(tables: Mapping[str, Linkable], question: str) -> dict[str, float]:
    """Each table's cosine similarity to the question; empty without the embedder."""
    names = list(tables)
    try:
        vectors = _description_vectors(tuple(_description(tables[n]) for n in names))
        asked = embedder()([question])[0]
    except (EmbedderUnavailableError, ImportError) as error:
        logger.info("schema linking by words only: %s", error)
        return {}
    return {
        name: float(sum(a * b for a, b in zip(vector, asked, strict=True)))
        for name, vector in zip(names, vectors, strict=True)
    }


def _neighbours(tables: Mapping[str, Linkable]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {name: set() for name in tables}
    for name, view in tables.items():
        for target in view.references:
            if target in tables and target != name:
                graph[name].add(target)
                graph[target].add(name)
    return graph


def _path(graph: Mapping[str, set[str]], start: str, goal: str) -> list[str]:
    """The tables strictly between ``start`` and ``goal`` on a shortest foreign-key path."""
    previous: dict[str, str | None] = {start: None}
    queue = deque([start])
    while queue:
        table = queue.popleft()
        if table == goal:
            between = []
            step = previous[goal]
            while step is not None and step != start:
                between.append(step)
                step = previous[step]
            return between[::-1] if len(between) < MAX_PATH_EDGES else []
        for neighbour in sorted(graph[table]):
            if neighbour not in previous:
                previous[neighbour] = table
                queue.append(neighbour)
    return []


def key_targets(tables: Mapping[str, Linkable], names: Iterable[str]) -> list[str]:
    """The tables the foreign keys of ``names`` point to, not already among them."""
    names = list(names)
    targets = (t for name in names for t in sorted(tables[name].references) if t in tables)
    return [t for t in dict.fromkeys(targets) if t not in names]


def connecting_tables(tables: Mapping[str, Linkable], names: Iterable[str]) -> list[str]:
    """The tables on the shortest foreign-key paths between ``names``, not among them."""
    names = list(names)
    graph = _neighbours(tables)
    between = (
        table
        for index, start in enumerate(names)
        for goal in names[index + 1 :]
        if goal not in graph[start]
        for table in _path(graph, start, goal)
    )
    return [t for t in dict.fromkeys(between) if t not in names]


def link(tables: Mapping[str, Linkable], question: str) -> Links:
    """The tables the question names and links to (see the module doc)."""
    asked = stems(question)
    named = [name for name, view in tables.items() if named_in_question(view, asked)]
    meaning = similarities(tables, question)
    words = _word_scores(tables, question)
    score = {name: meaning.get(name, 0.0) + words[name] for name in tables}
    ranked = sorted((n for n in tables if n not in named and score[n] > 0), key=lambda n: -score[n])
    return Links(named, ranked[:LINKED_TABLES])
