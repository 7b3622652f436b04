"""Embedded lists filter and sort in memory (``emulators.charon.matching``); root lists in SQL
(``emulators.charon.listing``). Random documents and random filter/sorter bodies must give the same
documents in the same order both ways, so the two can never drift apart."""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from emulators.charon import listing, matching, store
from emulators.charon.schemas import parse_schema
from emulators.charon.tables import SCHEMA
from emulators.core.storage import Storage

ITEM = parse_schema(
    {
        "Id": "5a1b2c3d4e5f60718293a4b5",
        "Name": "Item",
        "Properties": [
            {"Name": "Id", "DataType": 0, "Uniqueness": 1},
            {"Name": "Name", "DataType": 0},
            {"Name": "Damage", "DataType": 13},
            {"Name": "Price", "DataType": 12},
            {"Name": "Rare", "DataType": 5},
        ],
    }
)
VALUES: dict[str, st.SearchStrategy[Any]] = {
    "Name": st.sampled_from(["Iron Sword", "iron shield", "Bow", "", "ÉPÉE", "bow"]),
    "Damage": st.sampled_from([0, 5, 20, 20, 30, -1]),
    "Price": st.sampled_from([0.5, 7.25, 12.0, 20]),
    "Rare": st.booleans(),
}
FILTER_VALUES = st.one_of(
    st.none(),
    st.sampled_from(["iron", "IRON", "Bow", "o", "", "20", "abc", "ÉPÉE", "épée"]),
    st.sampled_from([0, 5, 20, 7.25, True, False]),
)
OPERATORS = ["equal", "notEqual", "like", "in", *listing.OPERATORS]


@st.composite
def document(draw: st.DrawFn) -> dict[str, Any]:
    # Each property may be missing, null, or a value.
    found: dict[str, Any] = {}
    for name, values in VALUES.items():
        choice = draw(st.sampled_from(["missing", "null", "value", "value"]))
        if choice != "missing":
            found[name] = None if choice == "null" else draw(values)
    return found


@st.composite
def body(draw: st.DrawFn) -> dict[str, Any]:
    found: dict[str, Any] = {}
    filters = []
    for _ in range(draw(st.integers(0, 2))):
        operator = draw(st.sampled_from(OPERATORS))
        value = draw(st.lists(FILTER_VALUES, max_size=3)) if operator == "in" else draw(FILTER_VALUES)
        filters.append(
            {
                "property": draw(st.sampled_from(list(VALUES))),
                "operator": operator,
                "value": value,
                "caseSensitive": draw(st.booleans()),
            }
        )
    sorters = [
        {
            "property": draw(st.sampled_from(list(VALUES))),
            "direction": draw(st.sampled_from(["ascending", "descending"])),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    if filters:
        found["filters"] = filters
    if sorters:
        found["sorters"] = sorters
    return found


@pytest.fixture(scope="module")
def storage() -> Iterator[Storage]:
    with tempfile.TemporaryDirectory() as folder:
        opened = Storage(Path(folder) / "state.db")
        opened.script(SCHEMA.format(serial=opened.dialect.serial_key))
        yield opened
        opened.close()


SCOPES = itertools.count()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents=st.lists(document(), min_size=1, max_size=8), request=body())
# Rare draws, pinned: case-sensitive ``like`` against other cases, and a sorter over a missing value.
@example(
    documents=[{"Name": "Iron Sword"}, {"Name": "iron shield"}],
    request={"filters": [{"property": "Name", "operator": "like", "value": "Iron", "caseSensitive": True}]},
)
@example(
    documents=[{"Price": 2}, {}, {"Price": 1}],
    request={"sorters": [{"property": "Price", "direction": "descending"}]},
)
def test_in_memory_filters_and_sorters_agree_with_the_sql_of_root_lists(
    storage: Storage, documents: list[dict[str, Any]], request: dict[str, Any]
) -> None:
    scope = f"scope-{next(SCOPES)}"
    created = [{"Id": f"d{i}", **d} for i, d in enumerate(documents)]
    with storage.transaction():
        for d in created:
            store.put(storage, scope, ITEM, d)
    in_sql, total = listing.page(storage, scope, ITEM, request)
    matches = matching.matcher(ITEM, request)
    in_memory = [d for d in created if matches(d)]
    matching.sort(ITEM, request, in_memory, lambda d: d)
    assert [d["Id"] for d in in_memory] == [d["Id"] for d in in_sql]
    assert total == len(in_memory)


def test_an_unknown_property_is_refused_as_in_a_root_list() -> None:
    with pytest.raises(Exception) as refused:
        matching.matcher(ITEM, {"filters": [{"property": "Colour", "operator": "equal", "value": 1}]})
    with pytest.raises(Exception) as in_sql:
        listing.build(ITEM, {"filters": [{"property": "Colour", "operator": "equal", "value": 1}]})
    assert str(refused.value) == str(in_sql.value) and "Colour" in str(refused.value)
