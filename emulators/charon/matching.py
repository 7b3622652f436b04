"""Filters and sorters of ``listDocuments`` applied in memory, for embedded documents (which have no rows
in the values table). Each value is read with ``store.indexed_value``, the function that fills that table,
and each filter with ``listing.condition``, the one the SQL is rendered from, so an embedded list filters
and sorts exactly as a root list does (a property test compares the two on root documents)."""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

from emulators.charon import store
from emulators.charon.listing import Condition, condition, property_of
from emulators.charon.schemas import NUMERIC_TYPES, Property, SchemaModel

COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "greaterThan": operator.gt,
    "greaterThanOrEqual": operator.ge,
    "lessThan": operator.lt,
    "lessThanOrEqual": operator.le,
}
COLUMNS = {"text_value": 0, "folded_value": 1, "number_value": 2}


def _column(document: dict[str, Any], prop: Property, column: str) -> Any:
    return store.indexed_value(document.get(prop.name), prop.data_type)[COLUMNS[column]]


def holds(found: Condition, value: Any) -> bool:
    """Whether a column value meets a condition, with SQL's reading of NULL (a missing value)."""
    if found.operator == "in":
        return (value is not None and value in found.target) or (found.null and value is None)
    if found.null:
        return (value is None) == (found.operator == "equal")
    if found.target is None:
        return False
    if found.operator == "notEqual":
        return value is None or value != found.target
    if value is None:
        return False
    if found.operator == "equal":
        return bool(value == found.target)
    if found.operator == "like":
        return str(found.target) in str(value)
    return COMPARE[found.operator](value, found.target)


def matcher(schema: SchemaModel, body: dict[str, Any]) -> Callable[[dict[str, Any]], bool]:
    """A predicate for the request's filters (all of them must hold)."""
    checks: list[tuple[Property, Condition]] = []
    for index, raw in enumerate(body.get("filters") or []):
        prop = property_of(schema, raw.get("property"), f"filters/{index}")
        checks.append((prop, condition(prop, raw, f"filters/{index}")))
    return lambda document: all(holds(c, _column(document, p, c.column)) for p, c in checks)


def sort(schema: SchemaModel, body: dict[str, Any], items: list[Any], document: Callable[[Any], Any]) -> None:
    """Sorts ``items`` in place by the request's sorters; ties keep their order (creation order)."""
    sorters = body.get("sorters") or []
    # Stable sorts, last key first. Missing values first when ascending and last when descending (SQL's
    # NULLS FIRST / NULLS LAST): in both directions a missing value has the key that sorts as the least.
    for index in reversed(range(len(sorters))):
        raw = sorters[index]
        prop = property_of(schema, raw.get("property"), f"sorters/{index}")
        column = "number_value" if prop.data_type in NUMERIC_TYPES else "text_value"
        descending = raw.get("direction") == "descending"

        def key(item: Any, prop: Property = prop, column: str = column) -> tuple[bool, Any]:
            value = _column(document(item), prop, column)
            return (value is not None, value if value is not None else 0)

        items.sort(key=key, reverse=descending)
