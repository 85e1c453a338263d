"""A correction that reads the question and the column names: a quantity stored in one unit and
asked in another.

Schemas say their units in column names (``duration_sec``, ``amount_cents``, ``weight_kg``),
and questions ask in others ("in minutes", "in dollars", "in tonnes"). Small models get the
factor wrong in both directions: ``SUM(seconds_listened) / 3600000.0`` for hours (a factor for
milliseconds), ``AVG(duration_sec)`` left in seconds when minutes are asked, ``duration_sec >
5`` for "longer than 5 minutes", ``amount_cents > 50`` for "over $50". The factor is settled by
the two units, so:

- a returned quantity whose column names a unit, where the question asks for another unit of
  the same kind ("in hours", "how many minutes"), is converted by the right factor: a wrong
  constant the model divided or multiplied by is replaced, a missing conversion is added;
- a column naming a unit compared with a number the question says in another unit ("5
  minutes", "$50", "2 kg") is compared with that number in the column's unit.

Only the outer query's returned columns and comparisons of a bare column (or an aggregate of
it) are touched; a returned expression mixing several such columns, or converted by more than
one constant, is left as written. Two such columns compared with each other are
app.checking.unit_comparisons' concern, differences of two points in time
app.checking.durations'. Every change is reported in ``corrections``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace

from sqlglot import exp

from app.checking.factors import constant_factors, power_of_ten, scaled
from app.checking.schema import SchemaInfo
from app.checking.types import kind_of


@dataclass(frozen=True)
class Unit:
    """A unit of one kind of quantity, by its size in that kind's base unit."""

    kind: str
    size: float
    word: str = field(compare=False)


_SECOND, _MINUTE, _HOUR = (
    Unit("time", 1, "seconds"),
    Unit("time", 60, "minutes"),
    Unit("time", 3600, "hours"),
)
_DAY, _WEEK = Unit("time", 86400, "days"), Unit("time", 604800, "weeks")
_CENT, _MONEY = Unit("money", 0.01, "cents"), Unit("money", 1, "the currency's unit")
_MILLIGRAM, _GRAM = Unit("mass", 0.001, "milligrams"), Unit("mass", 1, "grams")
_KILOGRAM = Unit("mass", 1000, "kilograms")
_MILLILITRE, _LITRE = Unit("volume", 0.001, "millilitres"), Unit("volume", 1, "litres")
_HECTOLITRE = Unit("volume", 100, "hectolitres")
_TONNE = Unit("mass", 1_000_000, "tonnes")
_METRE, _KILOMETRE = Unit("length", 1, "metres"), Unit("length", 1000, "kilometres")
_WATT_HOUR, _KILOWATT_HOUR = Unit("energy", 1, "watt-hours"), Unit("energy", 1000, "kWh")
_MEGAWATT_HOUR = Unit("energy", 1_000_000, "MWh")
_WATT, _KILOWATT = Unit("power", 1, "watts"), Unit("power", 1000, "kW")

# A column name's word that names its unit; the words of the second map only as its last word
# (``min_price`` is a minimum, ``duration_min`` minutes).
_STORED = {
    **dict.fromkeys(("ms", "msec", "millis", "milliseconds"), Unit("time", 0.001, "milliseconds")),
    **dict.fromkeys(("sec", "secs", "second", "seconds"), _SECOND),
    **dict.fromkeys(("mins", "minute", "minutes"), _MINUTE),
    **dict.fromkeys(("hr", "hrs", "hour", "hours"), _HOUR),
    **dict.fromkeys(("cents", "pence"), _CENT),
    **dict.fromkeys(("kg", "kilograms", "kilos"), _KILOGRAM),
    **dict.fromkeys(("mg", "milligrams"), _MILLIGRAM),
    **dict.fromkeys(("grams",), _GRAM),
    **dict.fromkeys(("tonnes",), _TONNE),
    **dict.fromkeys(("ml", "millilitres", "milliliters"), _MILLILITRE),
    **dict.fromkeys(("litres", "liters"), _LITRE),
    **dict.fromkeys(("hl", "hectolitres", "hectoliters"), _HECTOLITRE),
    **dict.fromkeys(("km", "kilometres", "kilometers"), _KILOMETRE),
    **dict.fromkeys(("metres", "meters"), _METRE),
    **dict.fromkeys(("wh", "watthours"), _WATT_HOUR),
    **dict.fromkeys(("kwh", "kilowatthours"), _KILOWATT_HOUR),
    **dict.fromkeys(("mwh", "megawatthours"), _MEGAWATT_HOUR),
    **dict.fromkeys(("kw", "kilowatts"), _KILOWATT),
    **dict.fromkeys(("watts",), _WATT),
}
_STORED_LAST = {"min": _MINUTE, "days": _DAY, "g": _GRAM, "m": _METRE, "l": _LITRE}

# The unit the question asks its answer in: "in hours", "how many minutes".
_ASKED_WORDS = {
    **dict.fromkeys(("second", "seconds"), _SECOND),
    **dict.fromkeys(("minute", "minutes"), _MINUTE),
    **dict.fromkeys(("hour", "hours"), _HOUR),
    **dict.fromkeys(("day", "days"), _DAY),
    **dict.fromkeys(("week", "weeks"), _WEEK),
    **dict.fromkeys(("dollars", "euros", "pounds", "usd", "eur", "gbp"), _MONEY),
    **dict.fromkeys(("milligrams", "mg"), _MILLIGRAM),
    **dict.fromkeys(("grams",), _GRAM),
    **dict.fromkeys(("kilograms", "kilos", "kg"), _KILOGRAM),
    **dict.fromkeys(("millilitres", "milliliters", "ml"), _MILLILITRE),
    **dict.fromkeys(("litres", "liters"), _LITRE),
    **dict.fromkeys(("hectolitres", "hectoliters", "hl"), _HECTOLITRE),
    **dict.fromkeys(("tonnes", "tons"), _TONNE),
    **dict.fromkeys(("kilometres", "kilometers", "km"), _KILOMETRE),
    **dict.fromkeys(("metres", "meters"), _METRE),
    **dict.fromkeys(("wh", "watt-hours", "watt hours"), _WATT_HOUR),
    **dict.fromkeys(("kwh", "kilowatt-hours", "kilowatt hours"), _KILOWATT_HOUR),
    **dict.fromkeys(("mwh", "megawatt-hours", "megawatt hours"), _MEGAWATT_HOUR),
    **dict.fromkeys(("kw", "kilowatts"), _KILOWATT),
    **dict.fromkeys(("watts",), _WATT),
}
_WORDS = "|".join(sorted(_ASKED_WORDS, key=len, reverse=True))
_ASKED = re.compile(rf"\b(?:in|into|how many|number of)\s+({_WORDS})\b", re.IGNORECASE)
# A number said in a unit: "5 minutes", "2.5 kg", "$50", "€20".
_SAID = re.compile(
    rf"(?:[$€£]\s*(\d+(?:\.\d+)?)(?![\d.,kKmMbB]))|(?:\b(\d+(?:\.\d+)?)\s*-?\s*({_WORDS})\b)",
    re.IGNORECASE,
)
# The factors between two units of one kind (60 for minutes to hours), with their kind.
_UNITS = (*_STORED.values(), *_ASKED_WORDS.values())
_RATIOS = {(u.kind, u.size / v.size) for u in _UNITS for v in _UNITS if u.kind == v.kind}
_SPLIT = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")


def stored_unit(column: str) -> Unit | None:
    """The unit a column's name says its values are in, or None.

    >>> stored_unit("duration_sec").word, stored_unit("amountCents").word
    ('seconds', 'cents')
    >>> stored_unit("min_price") is None, stored_unit("duration_min").word
    (True, 'minutes')
    """
    words = [w.lower() for w in _SPLIT.split(column) if w]
    found = {_STORED[w] for w in words if w in _STORED}
    if words and words[-1] in _STORED_LAST:
        found.add(_STORED_LAST[words[-1]])
    return found.pop() if len(found) == 1 else None


def asked_units(question: str) -> dict[str, Unit]:
    """The unit the question asks its answer in, by kind of quantity (one per kind, or none).

    >>> asked_units("What is the total listening time in hours for each genre?")["time"].word
    'hours'
    >>> asked_units("Plays in the last 24 hours")
    {}
    """
    found: dict[str, set[Unit]] = {}
    for match in _ASKED.finditer(question):
        unit = replace(_ASKED_WORDS[match.group(1).lower()], word=match.group(1).lower())
        found.setdefault(unit.kind, set()).add(unit)
    return {kind: units.pop() for kind, units in found.items() if len(units) == 1}


def said_numbers(question: str) -> list[tuple[float, Unit]]:
    """The numbers the question says in a unit: ``[(5.0, minutes), (50.0, dollars)]``."""
    said = []
    for match in _SAID.finditer(question):
        if match.group(1):
            said.append((float(match.group(1)), replace(_MONEY, word=match.group(0)[0])))
        else:
            word = match.group(3).lower()
            said.append((float(match.group(2)), replace(_ASKED_WORDS[word], word=word)))
    return said


def convert_units(statement: exp.Expr, question: str, schema: SchemaInfo) -> list[str]:
    """Convert, in place, what the outer read returns into the question's units; one note per
    change. (Numbers compared in a unit: app.checking.unit_bounds.)"""
    if not question or not isinstance(statement, exp.Select):
        return []
    question = question.splitlines()[-1]  # the conversation's last question
    asked = asked_units(question)
    if not asked:
        return []  # most questions name no unit: the schema's columns need no reading
    numeric = numeric_columns(schema)
    return [
        note
        for projection in statement.expressions
        for note in _convert_returned(projection, asked, numeric, schema.dialect)
    ]


def numeric_columns(schema: SchemaInfo) -> set[str]:
    """The lowercased names of the schema's number columns."""
    return {
        column.lower()
        for columns in schema.tables.values()
        for column, declared in columns.items()
        if kind_of(declared) == "number"
    }


def unit_column(node: exp.Expr, numeric: set[str]) -> tuple[exp.Column, Unit] | None:
    """The one column (by name) of ``node`` whose name says its unit, with that unit.

    Number columns that name no unit may multiply it (``seats * seat_price_pence`` is pence).
    """
    columns = [c for c in node.find_all(exp.Column) if c.name.lower() in numeric]
    with_unit = [c for c in columns if stored_unit(c.name) is not None]
    if len({c.name.lower() for c in with_unit}) != 1:
        return None
    column = with_unit[0]
    if any(c not in with_unit and not _multiplies(c, column) for c in columns):
        return None
    unit = stored_unit(column.name)
    return (column, unit) if unit is not None else None


def _multiplies(factor: exp.Column, column: exp.Column) -> bool:
    """Whether ``factor`` multiplies ``column`` (or divides it) in one product."""
    node = factor.parent
    while isinstance(node, exp.Paren):
        node = node.parent
    if not isinstance(node, (exp.Mul, exp.Div)) or (
        isinstance(node, exp.Div) and factor is node.this
    ):
        return False
    return any(n is column for n in node.walk())


def _convert_returned(
    projection: exp.Expr, asked: dict[str, Unit], numeric: set[str], dialect: str
) -> list[str]:
    value = projection.unalias()
    found = unit_column(value, numeric)
    if found is None:
        return []
    column, unit = found
    target = asked.get(unit.kind)
    if target is None or target == unit or _tested(value, column):
        return []
    wanted = unit.size / target.size  # what the stored number is multiplied by
    factors = constant_factors(column, value)
    if factors is None:
        return []
    # Any other factor (``* 12`` for "twelve times the monthly amount") is the question's.
    real = [(node, f) for node, f in factors if _unit_ratio(f, unit.kind)]
    if math.isclose(math.prod(f for _, f in real), wanted, rel_tol=1e-6):
        return []
    if len(real) > 1:
        return []
    # Converted inside a rounding the answer asks for: ROUND(AVG(x), 2) becomes ROUND(AVG(x) /
    # 1000.0, 2), not ROUND(AVG(x), 2) / 1000.0.
    replaced = held = real[0][0] if real else _rounded_value(value)
    if real:  # the operand that holds the column: ``100 * SUM(x)`` keeps ``SUM(x)``
        held = held.this if any(n is column for n in held.this.walk()) else held.expression
    converted = scaled(held.copy(), wanted)
    before = projection.sql(dialect)
    replaced.replace(converted)
    return [
        f"{before} converted from {unit.word} to {target.word} "
        f"({column.name} is in {unit.word}; the question asks in {target.word})"
    ]


def _rounded_value(value: exp.Expr) -> exp.Expr:
    while isinstance(value, (exp.Round, exp.Cast, exp.Paren)) and value.this is not None:
        value = value.this
    return value


def _tested(value: exp.Expr, column: exp.Column) -> bool:
    """Whether a test or a count stands in ``value``, other than a CASE that picks the column or
    nothing (``SUM(CASE WHEN ended_at IS NOT NULL THEN energy_wh ELSE 0 END)`` is in Wh)."""
    for case in value.find_all(exp.Case):
        picks = [when.args.get("true") for when in case.args.get("ifs") or []]
        for pick in [*picks, case.args.get("default")]:
            nothing = pick is None or isinstance(pick, exp.Null) or pick.sql() in ("0", "0.0")
            if not nothing and not any(node is column for node in pick.walk()):
                return True
    tests = (p for p in value.find_all(exp.Predicate) if p.find_ancestor(exp.If) is None)
    return value.find(exp.Count) is not None or next(tests, None) is not None


def _unit_ratio(factor: float, kind: str) -> bool:
    """Whether ``factor`` converts units: a power of ten or a ratio of two units of ``kind``."""
    known = any(k == kind and math.isclose(factor, r, rel_tol=1e-6) for k, r in _RATIOS)
    return bool(factor) and not math.isclose(factor, 1.0) and (power_of_ten(factor) or known)
