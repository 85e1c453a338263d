"""Which text values a column's rows spell in more than one case ('Ford', 'FORD', 'ford'), read
from the schema's INSERT rows (a dump's COPY data included) for app.checking.mixed_case."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from sqlglot import exp

from app.checking.inserted_values import inserted_values


class StoredSpellings:
    """Collects, INSERT by INSERT, the text values each column's rows spell in several cases."""

    def __init__(self) -> None:
        self._spellings: defaultdict[tuple[str, str], defaultdict[str, set[str]]] = defaultdict(
            lambda: defaultdict(set)
        )

    def see_insert(self, insert: exp.Insert, tables: Mapping[str, Mapping[str, str]]) -> None:
        for key, value in inserted_values(insert, tables):
            if isinstance(value, exp.Literal) and value.is_string:
                self._spellings[key][value.this.lower()].add(value.this)

    def mixed(self) -> dict[tuple[str, str], frozenset[str]]:
        """(table, column), lowercased -> the values (lowercased) its rows spell in more than
        one case."""
        found = {
            key: frozenset(value for value, spelt in values.items() if len(spelt) > 1)
            for key, values in self._spellings.items()
        }
        return {key: values for key, values in found.items() if values}
