"""Charon ``listDocuments``, ``pickDocuments``, ``queryDocuments``: filters, sorters, paging, projection."""

from __future__ import annotations

from typing import Any

import httpx
import orjson
import pytest

from tests.emulator.charon_data import ITEM_ID, PART_ID, create, ids, listed, with_items
from tests.emulator.charon_support import emulator, error, http, result

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures

ITEMS = [
    {"Id": "Sword", "Name": "Iron Sword", "Damage": 20, "Price": 9.5, "Rare": False, "Kind": "weapon"},
    {"Id": "Axe", "Name": "Battle Axe", "Damage": 30, "Price": 12.0, "Rare": True, "Kind": "weapon"},
    {"Id": "Shield", "Name": "iron shield", "Damage": 5, "Kind": "armor"},
    {"Id": "Bow", "Name": "Long Bow", "Damage": 20, "Price": 7.25, "Rare": False},
]


@pytest.fixture
def ds(http: httpx.Client) -> str:
    source = with_items(http)
    for item in ITEMS:
        result(create(http, source, item))
    return source


def where(prop: str, operator: str, value: Any, case: bool = False) -> dict[str, Any]:
    return {"property": prop, "operator": operator, "value": value, "caseSensitive": case}


def test_root_documents_in_creation_order_with_total_and_metas(http: httpx.Client, ds: str) -> None:
    page = listed(http, ds, {})
    assert ids(page) == ["Sword", "Axe", "Shield", "Bow"] and page["total"] == 4
    assert [m["path"] for m in page["metas"]] == ["/Item/Sword", "/Item/Axe", "/Item/Shield", "/Item/Bow"]
    assert len(page["revisionHash"]) == 24 and len(page["metadataHash"]) == 8


def test_skip_and_take_page_after_counting(http: httpx.Client, ds: str) -> None:
    page = listed(http, ds, {"skip": 1, "take": 2})
    assert ids(page) == ["Axe", "Shield"] and page["total"] == 4
    assert ids(listed(http, ds, {"skip": 3})) == ["Bow"]
    assert ids(listed(http, ds, {"take": 0})) == []


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        (where("Damage", "greaterThan", 20), ["Axe"]),
        (where("Damage", "greaterThanOrEqual", 20), ["Sword", "Axe", "Bow"]),
        (where("Damage", "lessThan", 20), ["Shield"]),
        (where("Damage", "lessThanOrEqual", 20), ["Sword", "Shield", "Bow"]),
        (where("Damage", "equal", 20), ["Sword", "Bow"]),
        (where("Damage", "notEqual", 20), ["Axe", "Shield"]),
        (where("Damage", "in", [5, 30]), ["Axe", "Shield"]),
        (where("Name", "like", "iron"), ["Sword", "Shield"]),
        (where("Name", "like", "Iron", True), ["Sword"]),
        (where("Name", "equal", "IRON SWORD"), ["Sword"]),
        (where("Name", "equal", "IRON SWORD", True), []),
        (where("Name", "greaterThan", "j"), ["Bow"]),
        (where("Price", "equal", None), ["Shield"]),
        (where("Price", "notEqual", None), ["Sword", "Axe", "Bow"]),
        (where("Rare", "equal", True), ["Axe"]),
        (where("Kind", "in", ["armor", None]), ["Shield", "Bow"]),
        (where("Damage", "equal", "20"), ["Sword", "Bow"]),
    ],
)
def test_each_filter_operator(
    http: httpx.Client, ds: str, condition: dict[str, Any], expected: list[str]
) -> None:
    page = listed(http, ds, {"filters": [condition]})
    assert ids(page) == expected and page["total"] == len(expected)


def test_filters_are_anded(http: httpx.Client, ds: str) -> None:
    body = {"filters": [where("Damage", "equal", 20), where("Name", "like", "bow")]}
    assert ids(listed(http, ds, body)) == ["Bow"]


def test_multi_key_sorters(http: httpx.Client, ds: str) -> None:
    body = {
        "sorters": [
            {"property": "Damage", "direction": "descending"},
            {"property": "Name", "direction": "descending"},
        ]
    }
    assert ids(listed(http, ds, body)) == ["Axe", "Bow", "Sword", "Shield"]
    ascending = {"sorters": [{"property": "Price", "direction": "ascending"}], "skip": 1, "take": 2}
    page = listed(http, ds, ascending)
    assert ids(page) == ["Bow", "Sword"] and page["total"] == 4  # a missing Price sorts first


def test_full_text_query(http: httpx.Client, ds: str) -> None:
    assert ids(listed(http, ds, {"query": "IRON"})) == ["Sword", "Shield"]
    assert ids(listed(http, ds, {"query": "100%"})) == []


def test_select_projects_and_keeps_the_id(http: httpx.Client, ds: str) -> None:
    page = listed(http, ds, {"select": ["/Name"], "take": 1})
    assert page["documents"] == [{"Id": "Sword", "Name": "Iron Sword"}]


@pytest.mark.parametrize(
    ("body", "parameter", "message"),
    [
        (
            {"filters": [where("Damage", "equal", 1), where("Colour", "equal", "red")]},
            "filters/1",
            "The schema has no property 'Colour'.",
        ),
        (
            {"sorters": [{"property": "Colour", "direction": "ascending"}]},
            "sorters/0",
            "The schema has no property 'Colour'.",
        ),
        ({"filters": [where("Damage", "in", 5)]}, "filters/0", "'in' takes an array."),
        # Text is compared with the value's JSON, and JSON numbers here stop at 64 bits.
        ({"filters": [where("Name", "equal", 10**30)]}, "filters/0", "A filter value is out of range."),
    ],
)
def test_a_refused_list_request_names_the_filter_or_sorter(
    http: httpx.Client, ds: str, body: dict[str, Any], parameter: str, message: str
) -> None:
    response = http.post(f"/datasource/{ds}/collection/Item/documents/", json=body)
    assert response.status_code == 400, response.text
    refusal = {
        "code": "invalidParameterValue",
        "message": f"{parameter}: {message}",
        "parameterName": parameter,
    }
    assert response.json() == {"errors": [refusal]}


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        (where("Price", "in", [9.5]), ["Sword"]),
        (where("Price", "in", [None]), ["Shield"]),
        (where("Price", "in", []), []),
        (where("Kind", "like", "", True), ["Sword", "Axe", "Shield"]),
        (where("Kind", "like", ""), ["Sword", "Axe", "Shield"]),
    ],
)
def test_a_missing_value_matches_in_only_with_a_null_member_and_never_like(
    http: httpx.Client, ds: str, condition: dict[str, Any], expected: list[str]
) -> None:
    page = listed(http, ds, {"filters": [condition]})
    assert ids(page) == expected and page["total"] == len(expected)


def test_wildcards_and_the_escape_are_literal_and_a_query_counts_its_matches(
    http: httpx.Client, ds: str
) -> None:
    for document in (
        {"Id": "Gem", "Name": "gem_1 100% a!b Épée"},
        {"Id": "Gum", "Name": "gemX1 100 ab"},
        {"Id": "Seven", "Name": "7"},
    ):
        result(create(http, ds, document))
    # "ÉPÉE" folds outside ASCII too, where SQLite's LIKE does not.
    for text in ("gem_1", "100%", "a!b", "ÉPÉE"):
        for body in ({"query": text}, {"filters": [where("Name", "like", text)]}):
            page = listed(http, ds, body)
            assert ids(page) == ["Gem"] and page["total"] == 1, body
    both = listed(http, ds, {"query": "iron", "filters": [where("Damage", "lessThan", 10)]})
    assert ids(both) == ["Shield"] and both["total"] == 1
    number = listed(http, ds, {"filters": [where("Name", "equal", 7)]})  # a number matches its text
    assert ids(number) == ["Seven"] and number["total"] == 1


def test_a_third_sorter_orders_the_ties_of_the_first_two(http: httpx.Client, ds: str) -> None:
    sorters = [
        {"property": "Damage", "direction": "descending"},
        {"property": "Rare", "direction": "ascending"},
        {"property": "Name", "direction": "descending"},
    ]
    page = listed(http, ds, {"sorters": sorters})
    assert ids(page) == ["Axe", "Bow", "Sword", "Shield"] and page["total"] == 4


def test_embedded_documents_are_listed_by_path(http: httpx.Client, ds: str) -> None:
    parts = [{"Id": "blade", "Weight": 2.5}, {"Id": "hilt", "Weight": 1}]
    result(
        http.post(
            f"/datasource/{ds}/collection/Item/",
            json={"Id": "Sword", "Parts": parts},
            params={"validationOptions": ""},
        )
    )
    everywhere = result(http.post(f"/datasource/{ds}/collection/Part/documents/", json={"path": "*"}))
    assert ids(everywhere) == ["blade", "hilt"] and everywhere["total"] == 2
    assert everywhere["metas"][1] == {
        "schemaId": everywhere["metas"][1]["schemaId"],
        "path": "/Item/Sword/Parts/1",
        "containingDocumentSchemaId": "5a1b2c3d4e5f60718293a4b5",
        "containingDocumentId": "Sword",
        "errorCount": 0,
    }
    assert (
        result(http.post(f"/datasource/{ds}/collection/Part/documents/", json={"path": "/Item/Axe"}))["total"]
        == 0
    )
    assert (
        result(http.post(f"/datasource/{ds}/collection/Part/documents/", json={}))["total"] == 0
    )  # not roots


def test_pick_answers_in_request_order(http: httpx.Client, ds: str) -> None:
    asks = [
        {"schemaNameOrId": "Item", "uniqueSchemaPropertyNameOrId": "Id", "uniqueSchemaPropertyValue": "Bow"},
        {
            "schemaNameOrId": "Item",
            "uniqueSchemaPropertyNameOrId": "Name",
            "uniqueSchemaPropertyValue": "Iron Sword",
        },
        {"schemaNameOrId": "Item", "uniqueSchemaPropertyNameOrId": "Id", "uniqueSchemaPropertyValue": "Nope"},
    ]
    picked = result(http.post(f"/datasource/{ds}/documents/query/", json=asks))
    assert [p["document"] and p["document"]["Id"] for p in picked] == ["Bow", "Sword", None]
    error(http.post(f"/datasource/{ds}/documents/query/", json=asks * 7), 400, "parameterAboveMaxSize")


def test_query_streams_list_results(http: httpx.Client, ds: str) -> None:
    response = http.get(f"/datasource/{ds}/documents/query/", params={"query": "iron"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
    events = [orjson.loads(line[6:]) for line in response.text.splitlines() if line.startswith("data: ")]
    assert len(events) == 1 and [d["Id"] for d in events[0]["documents"]] == ["Sword", "Shield"]
    limited = http.get(f"/datasource/{ds}/documents/query/", params={"query": "o", "limit": 2})
    batches = [orjson.loads(line[6:]) for line in limited.text.splitlines() if line.startswith("data: ")]
    assert sum(len(b["documents"]) for b in batches) == 2
    none = http.get(f"/datasource/{ds}/documents/query/", params={"query": "zzz"})
    assert none.status_code == 200 and "data:" not in none.text  # empty batches are not sent


def test_a_property_added_later_sorts_every_document(http: httpx.Client, ds: str) -> None:
    schema = result(http.post(f"/datasource/{ds}/collection/Schema/documents/", json={}))["documents"][1]
    schema["Properties"].append({"Id": "Weight-id", "Name": "Weight", "DataType": 12})
    result(http.post(f"/datasource/{ds}/collection/Schema/", json=schema, params={"validationOptions": ""}))
    result(
        http.post(
            f"/datasource/{ds}/collection/Item/",
            json={"Id": "Bow", "Weight": 1},
            params={"validationOptions": ""},
        )
    )
    page = listed(http, ds, {"sorters": [{"property": "Weight", "direction": "descending"}]})
    assert ids(page) == ["Bow", "Sword", "Axe", "Shield"] and page["total"] == 4


def test_embedded_lists_filter_and_sort_like_root_lists(http: httpx.Client, ds: str) -> None:
    parts = [{"Id": "blade", "Weight": 2.5}, {"Id": "hilt", "Weight": 1}, {"Id": "guard"}]
    result(
        http.post(
            f"/datasource/{ds}/collection/Item/",
            json={"Id": "Sword", "Parts": parts},
            params={"validationOptions": ""},
        )
    )
    url = f"/datasource/{ds}/collection/Part/documents/"
    heavy = result(http.post(url, json={"path": "*", "filters": [where("Weight", "greaterThan", 1)]}))
    assert ids(heavy) == ["blade"] and heavy["total"] == 1
    assert heavy["metas"][0]["path"] == "/Item/Sword/Parts/0"
    missing = result(http.post(url, json={"path": "*", "filters": [where("Weight", "equal", None)]}))
    assert ids(missing) == ["guard"]
    down = {"property": "Weight", "direction": "descending"}
    assert ids(result(http.post(url, json={"path": "*", "sorters": [down]}))) == ["blade", "hilt", "guard"]
    up = {"path": "*", "sorters": [{**down, "direction": "ascending"}], "skip": 1, "take": 1}
    page = result(http.post(url, json=up))
    assert ids(page) == ["hilt"] and page["total"] == 3  # a missing Weight sorts first
    unknown = http.post(
        url, json={"path": "*", "sorters": [{"property": "Colour", "direction": "ascending"}]}
    )
    error(unknown, 400, "invalidParameterValue")


def events(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
    return [orjson.loads(line[6:]) for line in response.text.splitlines() if line.startswith("data: ")]


def test_a_pick_in_an_unknown_schema_answers_nothing_for_it_and_the_rest_as_asked(
    http: httpx.Client, ds: str
) -> None:
    asks = [
        {"schemaNameOrId": "Hero", "uniqueSchemaPropertyNameOrId": "Id", "uniqueSchemaPropertyValue": "Bow"},
        {"schemaNameOrId": "Item", "uniqueSchemaPropertyNameOrId": "Id", "uniqueSchemaPropertyValue": "Bow"},
    ]
    page = listed(http, ds, {})
    hashes = {"metadataHash": page["metadataHash"], "revisionHash": page["revisionHash"]}
    assert result(http.post(f"/datasource/{ds}/documents/query/", json=asks)) == [
        {"document": None, "meta": None, **hashes},
        {"document": page["documents"][3], "meta": page["metas"][3], **hashes},
    ]
    one = result(http.post(f"/datasource/{ds}/documents/query/", json=asks[1:]))
    twenty = result(http.post(f"/datasource/{ds}/documents/query/", json=asks * 10))
    assert one == [twenty[1]] and len(twenty) == 20  # 1 to 20 lookups are answered; the core refuses the rest
    for refused in ([], asks[0], asks * 11):
        code = "parameterAboveMaxSize" if refused == asks * 11 else "invalidRequestBody"
        error(http.post(f"/datasource/{ds}/documents/query/", json=refused), 400, code)


def test_query_events_are_list_results_and_the_limit_counts_over_all_collections(
    http: httpx.Client, ds: str
) -> None:
    page = listed(http, ds, {})
    hashes = {"metadataHash": page["metadataHash"], "revisionHash": page["revisionHash"]}
    sword, shield = (0, 2)
    assert events(http.get(f"/datasource/{ds}/documents/query/", params={"query": "IRON"})) == [
        {
            "documents": [page["documents"][sword], page["documents"][shield]],
            "metas": [page["metas"][sword], page["metas"][shield]],
            "total": 2,
            **hashes,
        }
    ]

    def found(query: str, limit: int) -> list[tuple[str, list[Any]]]:
        params: dict[str, str | int] = {"query": query, "limit": limit}
        answered = events(http.get(f"/datasource/{ds}/documents/query/", params=params))
        return [(e["metas"][0]["schemaId"], [d["Id"] for d in e["documents"]]) for e in answered]

    # "o" is in the Item schema and in every item: the schema uses 1 of the 3, the items the other 2.
    assert found("o", 3) == [("Schema", [ITEM_ID]), (ITEM_ID, ["Sword", "Axe"])]
    # "a" is in the settings and both schemas: the limit is used up before the items are searched.
    settings = result(http.post(f"/datasource/{ds}/collection/ProjectSettings/documents/", json={}))
    assert found("a", 3) == [
        ("ProjectSettings", [settings["documents"][0]["Id"]]),
        ("Schema", [PART_ID, ITEM_ID]),
    ]


def test_a_query_without_a_limit_answers_every_match(http: httpx.Client) -> None:
    ds = with_items(http)
    gems = [{"Id": f"Gem{n}", "Name": f"Gem {n}"} for n in range(70)]
    params = {"validationOptions": "", "importMode": "create", "dryRun": "false"}
    result(http.put(f"/datasource/{ds}/collection/Item/documents/", json=gems, params=params))
    (batch,) = events(http.get(f"/datasource/{ds}/documents/query/", params={"query": "gem"}))
    assert batch["total"] == 70 and [d["Id"] for d in batch["documents"]] == [g["Id"] for g in gems]


def test_query_text_is_literal_not_a_like_pattern(http: httpx.Client) -> None:
    ds = with_items(http)
    for document_id, name in [("Under", "a_b"), ("Percent", "100%"), ("Bang", "hey!")]:
        result(create(http, ds, {"Id": document_id, "Name": name}))

    def found(query: str) -> list[Any]:
        answered = events(http.get(f"/datasource/{ds}/documents/query/", params={"query": query}))
        return [d["Id"] for e in answered for d in e["documents"]]

    assert [found(text) for text in ("_", "%", "!")] == [["Under"], ["Percent"], ["Bang"]]


def test_query_ignores_letter_case_also_beyond_ascii(http: httpx.Client) -> None:
    # SQLite's LIKE folds only ASCII letters: the query is lowered as the search text is.
    ds = with_items(http)
    result(create(http, ds, {"Id": "Blade", "Name": "Épée"}))
    answered = events(http.get(f"/datasource/{ds}/documents/query/", params={"query": "ÉPÉE"}))
    assert [d["Id"] for e in answered for d in e["documents"]] == ["Blade"]
