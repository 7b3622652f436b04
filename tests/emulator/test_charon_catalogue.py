"""Charon formula types: each type's whole description, the ranking of a query and the lookup's 404."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.emulator.charon_data import data_source
from tests.emulator.charon_support import emulator, error, http, result

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures


def described(kind: str, name: str, namespace: str, module: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "name": name,
        "fullName": f"{namespace}.{name}",
        "sourceCodeLanguage": "cSharp73",
        "packageOrNamespaceName": namespace,
        "moduleName": module,
        "namespace": namespace,
        "assemblyName": module,
    }


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        ("System.DateTime", described("structure", "DateTime", "System", "System.Runtime")),
        ("System.Linq.Enumerable", described("class", "Enumerable", "System.Linq", "System.Linq")),
        (
            "System.Collections.Generic.List`1",
            described("class", "List`1", "System.Collections.Generic", "System.Collections"),
        ),
        (
            "System.Collections.Generic.Dictionary`2",
            described("class", "Dictionary`2", "System.Collections.Generic", "System.Collections"),
        ),
        (
            "System.Collections.Generic.IEnumerable`1",
            described("interface", "IEnumerable`1", "System.Collections.Generic", "System.Runtime"),
        ),
    ],
)
def test_a_type_is_described_whole(http: httpx.Client, wanted: str, expected: dict[str, Any]) -> None:
    ds = data_source(http)
    assert result(http.get(f"/datasource/{ds}/formula/type/{wanted}/")) == expected


def test_a_name_comes_before_capitals_and_capitals_before_a_part(http: httpx.Client) -> None:
    ds = data_source(http)
    lists = result(http.get(f"/datasource/{ds}/formula/type/", params={"query": "List"}))["types"]
    # List`1 is named "List" (before its arity); IReadOnlyList`1, earlier in the catalogue, only contains it
    assert [t["name"] for t in lists[:2]] == ["List`1", "IReadOnlyList`1"]
    capitals = result(http.get(f"/datasource/{ds}/formula/type/", params={"query": "C"}))["types"]
    # Char and Convert by their capitals, then the names with a "c" in catalogue order (Decimal first)
    assert [t["name"] for t in capitals[:3]] == ["Char", "Convert", "Decimal"]


def test_an_unknown_type_is_not_found_by_its_name(http: httpx.Client) -> None:
    ds = data_source(http)
    missing = error(http.get(f"/datasource/{ds}/formula/type/NoSuchType/"), 404, "resourceNotFound")
    assert (missing["parameterName"], missing["message"]) == (
        "typeName",
        "typeName: The formula type 'NoSuchType' was not found.",
    )
