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
from emulators.core.http import ApiProblem
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


# Named cases, each with the documents it must pick: the random bodies above seldom draw an ``in`` that
# matches or a filter on an object-valued property, and agreement alone cannot see both ways being wrong.
TITLED = parse_schema(
    {
        "Id": "5a1b2c3d4e5f60718293a4b6",
        "Name": "Titled",
        "Properties": [
            {"Name": "Id", "DataType": 0, "Uniqueness": 1},
            {"Name": "Name", "DataType": 0},
            {"Name": "Damage", "DataType": 13},
            {"Name": "Title", "DataType": 1},
            {"Name": "Owner", "DataType": 28, "ReferenceType": {"Id": "5a1b2c3d4e5f60718293a4b5"}},
        ],
    }
)
STOCK: list[dict[str, Any]] = [
    {
        "Id": "a",
        "Name": "Bow",
        "Damage": 5,
        "Title": {"en-US": "Épée", "fr-FR": "Arc"},
        "Owner": {"Id": "Hero"},
    },
    {"Id": "b", "Name": "Axe", "Damage": 20, "Title": {"en-US": "Axe"}, "Owner": {"Id": "Villain"}},
    {"Id": "c"},
]


def one(operator: str, prop: str, value: Any, **more: Any) -> dict[str, Any]:
    return {"filters": [{"property": prop, "operator": operator, "value": value, **more}]}


@pytest.mark.parametrize(
    ("request_", "picked"),
    [
        (one("in", "Name", ["bow", None]), ["a", "c"]),  # a member matches; a null member matches the missing
        (one("in", "Damage", [20, 7]), ["b"]),
        (one("notEqual", "Damage", None), ["a", "b"]),  # not null: every document that has a value
        (one("notEqual", "Damage", 5), ["b", "c"]),  # SQL's reading: a missing value is not equal
        (one("equal", "Title", "épée"), ["a"]),  # a localized text is read as its first language's text
        (one("equal", "Title", "Épée", caseSensitive=True), ["a"]),
        (one("equal", "Owner", "hero"), ["a"]),  # a reference is read as the referenced Id
        (one("like", "Owner", "vil"), ["b"]),
        ({"sorters": [{"property": "Title", "direction": "descending"}]}, ["a", "b", "c"]),
        ({"sorters": [{"property": "Damage", "direction": "descending"}]}, ["b", "a", "c"]),
    ],
)
def test_each_filter_and_sorter_picks_its_documents_in_memory_as_in_sql(
    storage: Storage, request_: dict[str, Any], picked: list[str]
) -> None:
    scope = f"scope-{next(SCOPES)}"
    with storage.transaction():
        for d in STOCK:
            store.put(storage, scope, TITLED, d)
    in_sql, _ = listing.page(storage, scope, TITLED, request_)
    in_memory = [d for d in STOCK if matching.matcher(TITLED, request_)(d)]
    matching.sort(TITLED, request_, in_memory, lambda d: d)
    assert [d["Id"] for d in in_memory] == picked
    assert [d["Id"] for d in in_sql] == picked


@pytest.mark.parametrize("part", ["filters", "sorters"])
def test_an_unknown_property_names_the_filter_or_sorter_it_is_in(part: str) -> None:
    entry = {"property": "Colour", "operator": "equal", "value": 1, "direction": "ascending"}
    with pytest.raises(ApiProblem) as refused:
        if part == "filters":
            matching.matcher(ITEM, {part: [entry]})
        else:
            matching.sort(ITEM, {part: [entry]}, [{}], lambda d: d)
    found = refused.value
    assert (found.status, found.code) == (400, "invalidParameterValue")
    assert [(p.location, p.message) for p in found.problems] == [
        (f"{part}/0", "The schema has no property 'Colour'.")
    ]


def test_a_bad_filter_names_its_place_in_the_list() -> None:
    body = {
        "filters": [
            {"property": "Name", "operator": "equal", "value": "x"},
            one("in", "Damage", 5)["filters"][0],
        ]
    }
    with pytest.raises(ApiProblem) as refused:
        matching.matcher(ITEM, body)
    assert [(p.location, p.message) for p in refused.value.problems] == [
        ("filters/1", "'in' takes an array.")
    ]
