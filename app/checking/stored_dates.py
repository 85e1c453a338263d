"""Which columns declared as text hold dates, read from the schema's rows and comments.

SQLite has no date type, and schemas written for it often declare a point in time as plain
``TEXT`` (``scheduled_departure TEXT, -- 'YYYY-MM-DD HH:MM'``). The checker's date rules go by
declared types, so such a column looked like any other text, and ``actual_departure -
scheduled_departure`` (SQLite subtracts the texts' leading numbers, the years) passed unnoticed.

A column holds dates when every value the schema's INSERT rows give it is an ISO-8601 date or
date-time, or when its comment gives the ISO format (``YYYY-MM-DD``) and no row says otherwise.
One value that is not such a date (``'TBC'``, a number) keeps it text. Only a column declared as
text is then read as a date (``app.checking.types.date_aware_types``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sqlglot import exp

from app.checking.inserted_values import inserted_values

_ISO_DATE = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)
_FORMAT_NOTE = re.compile(r"\bYYYY-MM-DD\b", re.IGNORECASE)
# A time of day in a value ('2025-03-31 18:30') or in the format a comment gives ('HH:MM').
_TIME_OF_DAY = re.compile(r"[ T]\d{2}:\d{2}")
_TIME_NOTE = re.compile(r"\bHH(?::?MM)?\b", re.IGNORECASE)
# Seconds in a value ('18:30:15') or in the format a comment gives ('HH:MM:SS').
_SECONDS = re.compile(r"\d{2}:\d{2}:\d{2}|\bHH:?MM:?SS\b", re.IGNORECASE)


class StoredDates:
    """Collects, statement by statement, the evidence of which text columns hold dates."""

    def __init__(self) -> None:
        self._dated: set[tuple[str, str]] = set()
        self._undated: set[tuple[str, str]] = set()
        self._timed: set[tuple[str, str]] = set()
        self._seconds: set[tuple[str, str]] = set()

    def see_create(self, table: str, create: exp.Create) -> None:
        """Columns whose comment gives the ISO date format."""
        target = create.this
        if not isinstance(target, exp.Schema):
            return
        for column in target.expressions:
            if not isinstance(column, exp.ColumnDef):
                continue
            # A comment after the last column attaches to its type or last constraint.
            said = [note for node in column.walk() for note in node.comments or ()]
            notes = [note for note in said if _FORMAT_NOTE.search(note)]
            if notes:
                self._dated.add((table.lower(), column.name.lower()))
            if any(_TIME_NOTE.search(note) for note in notes):
                self._timed.add((table.lower(), column.name.lower()))
            if any(_SECONDS.search(note) for note in notes):
                self._seconds.add((table.lower(), column.name.lower()))

    def see_insert(self, insert: exp.Insert, tables: Mapping[str, Mapping[str, str]]) -> None:
        """Each value an ``INSERT ... VALUES`` gives a column: an ISO date or not."""
        for key, value in inserted_values(insert, tables):
            if isinstance(value, exp.Null):
                continue
            is_date = (
                isinstance(value, exp.Literal)
                and value.is_string
                and _ISO_DATE.fullmatch(value.this) is not None
            )
            (self._dated if is_date else self._undated).add(key)
            if is_date and _TIME_OF_DAY.search(value.this):
                self._timed.add(key)
            if is_date and _SECONDS.search(value.this):
                self._seconds.add(key)

    def columns(self) -> frozenset[tuple[str, str]]:
        """(table, column), lowercased, of the columns whose rows or comment show dates; which of
        them are declared as text, and so need reading as dates, app.checking.types decides."""
        return frozenset(self._dated - self._undated)

    def timed(self) -> frozenset[tuple[str, str]]:
        """Those of :meth:`columns` whose rows or comment show a time of day, not only a day."""
        return self.columns() & self._timed

    def to_the_minute(self) -> frozenset[tuple[str, str]]:
        """Those of :meth:`timed` written without seconds ('2025-03-31 18:30'): a time computed
        from them is written the same way (app.checking.added_durations)."""
        return self.timed() - self._seconds
