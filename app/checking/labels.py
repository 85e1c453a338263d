"""What a table's rows are called by: the columns a person reads to tell them apart.

A name or a title (``full_name``, ``title``); for a table with neither, its address (a property,
a site: the address is what people call it); with no address either, its one handle (a car's
plate, a product's code or SKU, a book's ISBN, a user's username or email), else its one
number (an aircraft's tail number, an invoice's number; a phone number is no handle). The rules
that name rows read them here: app.checking.asked_labels, key_labels, contact_labels and
row_identity.
"""

from __future__ import annotations

import re

from app.checking.schema import SchemaInfo

_LABEL = re.compile(r"(?:name|title)$", re.IGNORECASE)
_PLACE = re.compile(r"(?:street_?)?address$", re.IGNORECASE)
_HANDLE = re.compile(r"(?:plate|code|sku|isbn|username|handle|email)$", re.IGNORECASE)
_NUMBER = re.compile(r"^(?!(?:phone|fax|mobile|contact)_)\w*_?(?:number|registration)$", re.I)


def labels_of(table: str, schema: SchemaInfo) -> list[str]:
    """The columns ``table``'s rows are called by, as the DDL spells them (see the module)."""
    columns = schema.columns_of(table)
    handles = [c for c in columns if _HANDLE.search(c)]
    numbers = [c for c in columns if _NUMBER.match(c)]
    return (
        [c for c in columns if _LABEL.search(c)]
        or [c for c in columns if _PLACE.match(c)]
        or (handles if len(handles) == 1 else [])
        or (numbers if len(numbers) == 1 and not handles else [])
    )


def is_label(column: str) -> bool:
    """Whether a column of this name calls its row by something a person reads."""
    return any(pattern.search(column) for pattern in (_LABEL, _PLACE, _HANDLE)) or bool(
        _NUMBER.match(column)
    )
