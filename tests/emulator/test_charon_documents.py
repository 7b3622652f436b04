"""Charon documents: schemas drive ids, types, requirements and uniqueness; find, create, update, delete."""

from __future__ import annotations

import httpx
import pytest

from tests.emulator.charon_data import (
    ITEM_ID,
    collection,
    create,
    data_source,
    find,
    prop,
    with_items,
)
from tests.emulator.charon_support import emulator, error, http, result

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures


def test_a_new_data_source_has_default_settings_and_no_schemas(http: httpx.Client) -> None:
    ds = data_source(http)
    settings = result(http.post(f"{collection(ds, 'ProjectSettings')}documents/", json={}))
    assert settings["total"] == 1 and settings["documents"][0]["PrimaryLanguage"] == "en-US"
    assert result(http.post(f"{collection(ds, 'Schema')}documents/", json={}))["total"] == 0
    error(http.post(f"{collection(ds)}documents/", json={}), 404, "resourceNotFound")


def test_create_then_find_by_id_and_by_a_unique_property(http: httpx.Client) -> None:
    ds = with_items(http)
    created = result(create(http, ds, {"Id": "Sword", "Name": "Iron Sword", "Damage": 20}))
    assert created["document"] == {"Id": "Sword", "Name": "Iron Sword", "Damage": 20}
    by_id = find(http, ds, "Id", "Sword")
    assert by_id["document"] == created["document"]
    assert by_id["meta"] == {
        "schemaId": ITEM_ID,
        "path": "/Item/Sword",
        "containingDocumentSchemaId": None,
        "containingDocumentId": None,
        "errorCount": 0,
    }
    assert find(http, ds, "Name", "Iron Sword")["document"] == created["document"]
    assert find(http, ds, ITEM_ID and "Name-id", "Iron Sword")["document"] == created["document"]  # by id
    missing = find(http, ds, "Id", "Axe")
    assert missing["document"] is None and missing["meta"] is None
    error(
        http.get(
            collection(ds),
            params={"uniqueSchemaPropertyNameOrId": "Damage", "uniqueSchemaPropertyValue": "1"},
        ),
        400,
        "invalidParameterValue",
    )


def test_find_in_an_unknown_schema_or_data_source_is_404(http: httpx.Client) -> None:
    ds = with_items(http)
    params = {"uniqueSchemaPropertyNameOrId": "Id", "uniqueSchemaPropertyValue": "x"}
    unknown = error(http.get(collection(ds, "Hero"), params=params), 404, "resourceNotFound")
    assert unknown["parameterName"] == "schemaNameOrId"
    assert unknown["message"] == "schemaNameOrId: The schema was not found."
    error(http.get(collection("5a1b2c3d4e5f60718293ffff"), params=params), 404, "resourceNotFound")


def test_a_duplicate_unique_value_is_409(http: httpx.Client) -> None:
    ds = with_items(http)
    result(create(http, ds, {"Id": "Sword", "Name": "Iron Sword"}))
    found = error(create(http, ds, {"Id": "Sword2", "Name": "Iron Sword"}), 409, "duplicateUniqueValue")
    assert found["path"] == "/Item/Sword2/Name"
    error(create(http, ds, {"Id": "Sword", "Name": "Other"}), 409, "duplicateUniqueValue")
    # Without checkUniqueness the Name check does not run (the Id stays unique regardless).
    loose = http.put(
        collection(ds), json={"Id": "Sword3", "Name": "Iron Sword"}, params={"validationOptions": ""}
    )
    assert result(loose)["document"]["Id"] == "Sword3"


@pytest.mark.parametrize(
    ("document", "code", "path"),
    [
        ({"Id": "A", "Name": "a", "Damage": "high"}, "invalidIntegerFormat", "/Item/A/Damage"),
        ({"Id": "A", "Name": "a", "Price": "1"}, "invalidNumberFormat", "/Item/A/Price"),
        ({"Id": "A", "Name": "a", "Rare": 1}, "invalidLogicalFormat", "/Item/A/Rare"),
        ({"Id": "A", "Name": "a", "Title": "plain"}, "invalidLocalizedTextFormat", "/Item/A/Title"),
        ({"Id": "A", "Name": "a", "Kind": "potion"}, "invalidPickListFormat", "/Item/A/Kind"),
        ({"Id": "A", "Name": "a", "Next": "B"}, "invalidReferenceFormat", "/Item/A/Next"),
        ({"Id": "A", "Name": "a", "Next": {"Id": "Nowhere"}}, "brokenReference", "/Item/A/Next"),
        ({"Id": "A", "Name": "a", "Parts": {"Id": 1}}, "invalidDocumentCollectionFormat", "/Item/A/Parts"),
        (
            {"Id": "A", "Name": "a", "Parts": [{"Id": "p", "Weight": "x"}]},
            "invalidNumberFormat",
            "/Item/A/Parts/0/Weight",
        ),
        ({"Id": "A"}, "nullValue", "/Item/A/Name"),
        ({"Id": "A", "Name": ""}, "emptyValue", "/Item/A/Name"),
    ],
)
def test_values_are_checked_against_their_property(
    http: httpx.Client, document: dict[str, object], code: str, path: str
) -> None:
    ds = with_items(http)
    found = error(create(http, ds, document), 400, code)
    assert found["path"] == path
    assert find(http, ds, "Id", "A")["document"] is None  # nothing written


def test_validation_options_decide_which_checks_run(http: httpx.Client) -> None:
    ds = with_items(http)
    bad = {"Id": "A", "Damage": "high", "Next": {"Id": "Nowhere"}}
    assert result(create(http, ds, bad, validationOptions=""))["document"] == bad
    erased = result(
        create(
            http,
            ds,
            {"Id": "B", "Name": "b", "Damage": "x"},
            validationOptions=["checkFormat", "eraseInvalidValues"],
        )
    )
    assert erased["document"] == {"Id": "B", "Name": "b"}
    error(
        create(http, ds, {"Id": "C", "Name": "c", "Damage": "x"}, validationOptions="checkFormat"),
        400,
        "invalidIntegerFormat",
    )


def test_ids_follow_the_schema_generator(http: httpx.Client) -> None:
    ds = data_source(http)
    for name, generator in (("Seq", 3), ("Obj", 1), ("Guid", 2), ("Manual", 0)):
        schema = {
            "Name": name,
            "IdGenerator": generator,
            "Properties": [prop("Id", 13 if generator == 3 else 0)],
        }
        result(create(http, ds, schema, "Schema"))
    first = result(create(http, ds, {}, "Seq"))["document"]["Id"]
    assert result(create(http, ds, {}, "Seq"))["document"]["Id"] == first + 1
    assert len(result(create(http, ds, {}, "Obj"))["document"]["Id"]) == 24
    assert result(create(http, ds, {}, "Guid"))["document"]["Id"].count("-") == 4
    error(create(http, ds, {}, "Manual"), 400, "nullValue")


def test_update_merges_and_reports_the_diff(http: httpx.Client) -> None:
    ds = with_items(http)
    result(create(http, ds, {"Id": "Sword", "Name": "Iron Sword", "Damage": 20}))
    updated = result(
        http.post(collection(ds), json={"Id": "Sword", "Damage": 25}, params={"validationOptions": ""})
    )
    assert updated["document"] == {"Id": "Sword", "Name": "Iron Sword", "Damage": 25}
    assert updated["diff"] == {"Id": "Sword", "Damage": 25}
    error(
        http.post(collection(ds), json={"Id": "Axe"}, params={"validationOptions": ""}),
        404,
        "resourceNotFound",
    )
    error(
        http.post(collection(ds), json={"Damage": 1}, params={"validationOptions": ""}),
        400,
        "missingParameterValue",
    )


def test_delete_returns_the_document_or_null(http: httpx.Client) -> None:
    ds = with_items(http)
    result(create(http, ds, {"Id": "Sword", "Name": "Iron Sword"}))
    deleted = result(http.delete(collection(ds), params={"id": "Sword"}))
    assert deleted["document"] == {"Id": "Sword", "Name": "Iron Sword"}
    assert result(http.delete(collection(ds), params={"id": "Sword"}))["document"] is None
    assert find(http, ds, "Id", "Sword")["document"] is None


def test_settings_are_a_protected_singleton(http: httpx.Client) -> None:
    ds = data_source(http)
    settings = result(http.post(f"{collection(ds, 'ProjectSettings')}documents/", json={}))["documents"][0]
    error(
        http.delete(collection(ds, "ProjectSettings"), params={"id": settings["Id"]}),
        403,
        "protectedDocument",
    )
    error(create(http, ds, {"Id": "other"}, "ProjectSettings"), 400, "duplicateSettingsDocument")
    renamed = http.post(
        collection(ds, "ProjectSettings"),
        json={"Id": settings["Id"], "Name": "Renamed"},
        params={"validationOptions": ""},
    )
    assert result(renamed)["document"]["Name"] == "Renamed"


def test_a_settings_schema_holds_one_document(http: httpx.Client) -> None:
    ds = data_source(http)
    result(create(http, ds, {"Name": "Config", "Type": 2, "Properties": [prop("Id", 0)]}, "Schema"))
    result(create(http, ds, {"Id": "main"}, "Config"))
    error(create(http, ds, {"Id": "second"}, "Config"), 400, "duplicateSettingsDocument")


def test_bad_schemas_are_refused(http: httpx.Client) -> None:
    ds = with_items(http)
    error(create(http, ds, {"Name": "9lives"}, "Schema"), 400, "invalidNameFormat")
    error(create(http, ds, {"Name": "Item"}, "Schema"), 409, "duplicateUniqueValue")
    error(
        create(http, ds, {"Name": "Bad", "Properties": [prop("Ref", 28)]}, "Schema"),
        400,
        "invalidTypeReference",
    )
    error(create(http, ds, {"Name": "Bad", "Properties": [prop("X", 99)]}, "Schema"), 400, "invalidSchema")


def test_deleting_a_schema_deletes_its_collection(http: httpx.Client) -> None:
    ds = with_items(http)
    result(create(http, ds, {"Id": "Sword", "Name": "Iron Sword"}))
    result(http.delete(collection(ds, "Schema"), params={"id": ITEM_ID}))
    error(http.post(f"{collection(ds)}documents/", json={}), 404, "resourceNotFound")


def test_every_write_changes_the_revision_and_schema_writes_the_metadata_hash(http: httpx.Client) -> None:
    ds = with_items(http)
    first = result(create(http, ds, {"Id": "Sword", "Name": "Iron Sword"}))
    second = result(
        http.post(collection(ds), json={"Id": "Sword", "Damage": 3}, params={"validationOptions": ""})
    )
    assert second["revisionHash"] != first["revisionHash"]
    assert second["metadataHash"] == first["metadataHash"]
    schema = result(create(http, ds, {"Name": "Hero", "Properties": [prop("Id", 0)]}, "Schema"))
    assert schema["metadataHash"] != second["metadataHash"]
    assert schema["revisionHash"] != second["revisionHash"]
    deleted = result(http.delete(collection(ds), params={"id": "Sword"}))
    assert (
        deleted["revisionHash"] != schema["revisionHash"]
        and deleted["metadataHash"] == schema["metadataHash"]
    )


def test_meta_error_count_counts_the_stored_documents_problems(http: httpx.Client) -> None:
    ds = with_items(http)
    result(create(http, ds, {"Id": "A", "Name": "a"}))
    result(create(http, ds, {"Id": "B", "Name": "b", "Next": {"Id": "A"}}))
    # Stored unchecked: no Name (required), a Damage of the wrong shape and a broken reference.
    result(create(http, ds, {"Id": "C", "Damage": "high", "Next": {"Id": "Nowhere"}}, validationOptions=""))
    for document_id, errors in (("B", 0), ("C", 3)):
        found = find(http, ds, "Id", document_id)["meta"]
        assert isinstance(found, dict) and found["errorCount"] == errors, found
    page = result(http.post(f"{collection(ds)}documents/", json={}))
    assert [m["errorCount"] for m in page["metas"]] == [0, 0, 3]
    # Metadata documents are not checked: no error, ever.
    schema_meta = find(http, ds, "Id", ITEM_ID, "Schema")["meta"]
    assert isinstance(schema_meta, dict) and schema_meta["errorCount"] == 0, schema_meta
    schemas = result(http.post(f"{collection(ds, 'Schema')}documents/", json={}))
    assert [m["errorCount"] for m in schemas["metas"]] == [0, 0]


def test_metadata_is_found_by_id_or_name_only(http: httpx.Client) -> None:
    ds = with_items(http)
    for name, value in (("Id", ITEM_ID), ("Name", "Item")):
        found = find(http, ds, name, value, "Schema")["document"]
        assert isinstance(found, dict) and found["Name"] == "Item", found
    params = {"uniqueSchemaPropertyNameOrId": "DisplayName", "uniqueSchemaPropertyValue": "Item"}
    refused = error(http.get(collection(ds, "Schema"), params=params), 400, "invalidParameterValue")
    assert refused["parameterName"] == "uniqueSchemaPropertyNameOrId"
    assert refused["message"] == "uniqueSchemaPropertyNameOrId: Look metadata up by Id or Name."


def test_find_by_a_property_that_is_not_unique_is_refused_and_no_match_is_null(http: httpx.Client) -> None:
    ds = with_items(http)
    params = {"uniqueSchemaPropertyNameOrId": "Damage", "uniqueSchemaPropertyValue": "1"}
    refused = error(http.get(collection(ds), params=params), 400, "invalidParameterValue")
    assert refused["parameterName"] == "uniqueSchemaPropertyNameOrId"
    assert refused["message"] == "uniqueSchemaPropertyNameOrId: Damage is not a unique property."
    missing = find(http, ds, "Name", "Nothing", "Schema")
    assert missing["document"] is None and missing["meta"] is None


def test_find_by_a_numeric_unique_property_reads_the_query_text_as_a_number(http: httpx.Client) -> None:
    ds = data_source(http)
    hero = {
        "Name": "Hero",
        "IdGenerator": 3,
        "Properties": [
            prop("Id", 13, Uniqueness=1),
            prop("Code", 13, Uniqueness=1),
            prop("Weight", 12, Uniqueness=1),
        ],
    }
    result(create(http, ds, hero, "Schema"))
    made = result(create(http, ds, {"Code": 7, "Weight": 1.5}, "Hero"))["document"]
    for name, value in (("Id", str(made["Id"])), ("Code", "7"), ("Code", "7.0"), ("Weight", "1.5")):
        assert find(http, ds, name, value, "Hero")["document"] == made, (name, value)
    for name, value in (("Code", "8"), ("Code", "seven"), ("Id", "x"), ("Weight", "1")):
        assert find(http, ds, name, value, "Hero")["document"] is None, (name, value)


def test_metadata_lists_page_with_skip_and_take(http: httpx.Client) -> None:
    ds = with_items(http)
    result(create(http, ds, {"Name": "Hero", "Properties": [prop("Id", 0)]}, "Schema"))
    url = f"{collection(ds, 'Schema')}documents/"
    for body, names in (
        ({"skip": 1, "take": 1}, ["Item"]),
        ({"skip": 1}, ["Item", "Hero"]),
        ({"take": 2}, ["Part", "Item"]),
        ({"skip": 0, "take": 0}, []),
    ):
        page = result(http.post(url, json=body))
        assert [d["Name"] for d in page["documents"]] == names and page["total"] == 3, body
        assert [m["path"] for m in page["metas"]] == [f"/Schema/{d['Id']}" for d in page["documents"]]


def test_update_refusals_name_the_id(http: httpx.Client) -> None:
    ds = with_items(http)
    params = {"validationOptions": ""}
    no_id = http.post(collection(ds), json={"Damage": 1}, params=params)
    missing = error(no_id, 400, "missingParameterValue")
    assert missing["parameterName"] == "Id" and missing["message"] == "Id: The document's Id is required."
    unknown = error(http.post(collection(ds), json={"Id": "Axe"}, params=params), 404, "resourceNotFound")
    assert unknown["parameterName"] == "Id" and unknown["message"] == "Id: The document was not found."


def test_creating_an_existing_id_is_409_at_the_id_and_keeps_the_document(http: httpx.Client) -> None:
    ds = with_items(http)
    result(create(http, ds, {"Id": "Sword", "Name": "Iron Sword"}))
    again = http.put(collection(ds), json={"Id": "Sword", "Name": "Other"}, params={"validationOptions": ""})
    found = error(again, 409, "duplicateUniqueValue")
    assert found == {
        "path": "/Item/Sword/Id",
        "code": "duplicateUniqueValue",
        "message": "A document with the Id 'Sword' exists.",
    }
    assert find(http, ds, "Id", "Sword")["document"] == {"Id": "Sword", "Name": "Iron Sword"}
