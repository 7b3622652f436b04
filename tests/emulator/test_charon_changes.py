"""Charon's writes in every import mode (emulators/charon/changes.py), read through the change records.

Each mode's rule (what ``update`` merges, what ``safeUpdate`` replaces, what ``create`` and ``update`` skip,
what ``replace`` deletes) and the record each write answers are pinned here.
"""

from __future__ import annotations

from typing import Any

import httpx
import orjson
import pytest

from tests.emulator.charon_data import (
    ITEM_ID,
    collection,
    create,
    find,
    importing,
    prop,
    schema_doc,
    with_items,
)
from tests.emulator.charon_support import emulator, http, result

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures

SWORD = {"Id": "Sword", "Name": "Sword", "Damage": 20, "Title": {"en-US": "Sword", "fr-FR": "Épée"}}
AXE = {"Id": "Axe", "Name": "Axe", "Damage": 7}


def stocked(http: httpx.Client) -> str:
    ds = with_items(http)
    for document in (SWORD, AXE):
        result(create(http, ds, document))
    return ds


def imported(http: httpx.Client, ds: str, mode: str, *documents: dict[str, Any]) -> list[dict[str, Any]]:
    return imported_collections(http, ds, mode, {"Item": list(documents)})


def imported_collections(
    http: httpx.Client, ds: str, mode: str, collections: dict[str, list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    body = orjson.dumps({"Collections": collections})
    response = importing(http, ds, body, "application/json", importMode=mode)
    changes: list[dict[str, Any]] = result(response)["changes"]
    return changes


def item(http: httpx.Client, ds: str, document_id: str) -> Any:
    """The stored document, or None."""
    return find(http, ds, "Id", document_id)["document"]


def test_a_change_record_names_the_document_its_collection_and_its_status(http: httpx.Client) -> None:
    ds = stocked(http)
    (record,) = imported(http, ds, "createAndUpdate", {"Id": "Bow", "Name": "Bow"})
    assert record == {
        "id": "Bow",
        "newId": "Bow",
        "schemaName": "Item",
        "schemaId": ITEM_ID,
        "status": "created",
        "comment": "",
        "errors": [],
    }


def test_update_merges_embedded_objects_and_safe_update_replaces_top_level_values(http: httpx.Client) -> None:
    ds = stocked(http)
    (merged,) = imported(http, ds, "update", {"Id": "Sword", "Title": {"fr-FR": "Glaive"}})
    assert merged["status"] == "updated"
    assert item(http, ds, "Sword")["Title"] == {"en-US": "Sword", "fr-FR": "Glaive"}
    assert item(http, ds, "Sword")["Damage"] == 20  # what the change does not name is kept
    (replaced,) = imported(http, ds, "safeUpdate", {"Id": "Sword", "Title": {"fr-FR": "Épée"}})
    assert replaced["status"] == "updated"
    assert item(http, ds, "Sword")["Title"] == {"fr-FR": "Épée"}
    assert item(http, ds, "Sword")["Damage"] == 20


def test_create_skips_an_existing_document_and_updates_skip_a_missing_one(http: httpx.Client) -> None:
    ds = stocked(http)
    created = imported(http, ds, "create", {"Id": "Sword", "Damage": 1}, {"Id": "Bow", "Name": "Bow"})
    assert [(c["id"], c["status"]) for c in created] == [("Sword", "skipped"), ("Bow", "created")]
    assert item(http, ds, "Sword")["Damage"] == 20
    for mode in ("update", "safeUpdate"):
        (skipped,) = imported(http, ds, mode, {"Id": "Shield", "Name": "Shield"})
        assert skipped["status"] == "skipped", mode
    (unchanged,) = imported(http, ds, "update", {"Id": "Axe", "Damage": 7})
    assert unchanged["status"] == "unchanged"


def test_delete_answers_the_deleted_and_skips_the_missing(http: httpx.Client) -> None:
    ds = stocked(http)
    records = imported(http, ds, "delete", {"Id": "Axe"}, {"Id": "Shield"})
    assert [(c["id"], c["status"]) for c in records] == [("Axe", "deleted"), ("Shield", "skipped")]
    assert item(http, ds, "Axe") is None
    assert item(http, ds, "Sword")["Name"] == "Sword"


def test_replace_deletes_the_documents_the_request_does_not_name(http: httpx.Client) -> None:
    ds = stocked(http)
    records = imported(http, ds, "replace", {"Id": "Sword", "Name": "Sword", "Damage": 21})
    assert sorted((c["id"], c["status"]) for c in records) == [("Axe", "deleted"), ("Sword", "updated")]
    (deleted,) = [c for c in records if c["id"] == "Axe"]
    assert (deleted["newId"], deleted["schemaName"], deleted["schemaId"], deleted["errors"]) == (
        "Axe",
        "Item",
        ITEM_ID,
        [],
    )
    assert item(http, ds, "Axe") is None
    assert item(http, ds, "Sword")["Damage"] == 21
    assert "Title" not in item(http, ds, "Sword")  # replaced, not merged


def test_an_error_record_keeps_the_store_as_it_was_and_says_where(http: httpx.Client) -> None:
    ds = stocked(http)
    (record,) = imported(http, ds, "update", {"Id": "Sword", "Name": None})
    assert record["status"] == "error" and record["errors"]
    assert record["errors"][0]["path"].startswith("/Item/Sword")
    assert item(http, ds, "Sword")["Name"] == "Sword"


def numbered(schema_id: str, name: str, generator: int, *properties: dict[str, Any]) -> dict[str, Any]:
    """A schema whose integer ids come from a sequence: 3 its own, 4 the data source's."""
    return schema_doc(schema_id, name, prop("Name", 0), *properties, generator=generator, id_type=12)


QUEST, TASK, LOG, NOTE = (f"{n:024x}" for n in range(0xA1, 0xA5))


def test_temporary_ids_get_numbers_from_their_sequence_and_references_follow(http: httpx.Client) -> None:
    ds = with_items(http)
    schemas = [
        numbered(QUEST, "Quest", 3),
        numbered(TASK, "Task", 3, prop("Quest", 28, ReferenceType={"Id": QUEST})),
        numbered(LOG, "Log", 4),
        numbered(NOTE, "Note", 4),
    ]
    for schema in schemas:
        result(create(http, ds, schema, "Schema"))
    first = imported_collections(
        http,
        ds,
        "createAndUpdate",
        {
            "Task": [{"Id": "t-1", "Name": "fetch", "Quest": {"Id": "q-2"}}],  # a forward reference
            "Quest": [{"Id": "q-1", "Name": "a"}, {"Id": "q-2", "Name": "b"}],
            "Log": [{"Id": "l-1", "Name": "log"}],
        },
    )
    assert {(c["schemaName"], c["id"]): (c["newId"], c["status"]) for c in first} == {
        ("Task", "t-1"): (1, "created"),  # each schema of generator 3 counts on its own
        ("Quest", "q-1"): (1, "created"),
        ("Quest", "q-2"): (2, "created"),
        ("Log", "l-1"): (1, "created"),
    }
    task: Any = find(http, ds, "Id", "1", "Task")["document"]
    assert task["Quest"] == {"Id": 2}
    (note,) = imported_collections(http, ds, "replace", {"Note": [{"Id": "n-1", "Name": "note"}]})
    assert (note["newId"], note["status"]) == (2, "created")  # generator 4: one sequence for Log and Note


def test_the_settings_document_cannot_be_deleted(http: httpx.Client) -> None:
    ds = with_items(http)
    settings = result(http.post(f"{collection(ds, 'ProjectSettings')}documents/", json={}))["documents"][0]
    (record,) = imported_collections(http, ds, "delete", {"ProjectSettings": [{"Id": settings["Id"]}]})
    assert (record["status"], record["errors"]) == (
        "error",
        [{"path": "/ProjectSettings", "code": "protectedDocument", "message": "Settings cannot be deleted."}],
    )


def test_a_schema_write_reports_where_the_schema_is_wrong(http: httpx.Client) -> None:
    ds = with_items(http)
    other = f"{0xB1:024x}"
    twin = {"Id": other, "Name": "Item", "Type": 0, "IdGenerator": 0, "Properties": [prop("Id", 0)]}
    bad = {
        "Id": other,
        "Name": "Bad",
        "Type": 0,
        "IdGenerator": 0,
        "Properties": [prop("Id", 0), prop("X", 999)],
    }
    (duplicate,) = imported_collections(http, ds, "createAndUpdate", {"Schema": [twin]})
    assert duplicate["errors"] == [
        {
            "path": f"/Schema/{other}/Name",
            "code": "duplicateUniqueValue",
            "message": "A schema named Item exists.",
        }
    ]
    (unknown,) = imported_collections(http, ds, "createAndUpdate", {"Schema": [bad]})
    assert [(e["path"], e["code"]) for e in unknown["errors"]] == [
        (f"/Schema/{other}/Properties/1/DataType", "invalidSchema")
    ]


def test_each_refused_write_answers_its_whole_error_record(http: httpx.Client) -> None:
    ds = stocked(http)

    def record(
        document_id: Any, schema: str, schema_id: str, path: str, code: str, message: str
    ) -> dict[str, Any]:
        return {
            "id": document_id,
            "newId": document_id,
            "schemaName": schema,
            "schemaId": schema_id,
            "status": "error",
            "comment": "",
            "errors": [{"path": path, "code": code, "message": message}],
        }

    unknown = imported_collections(http, ds, "createAndUpdate", {"Nope": [{"Id": "x"}]})
    assert unknown == [record("x", "Nope", "", "", "resourceNotFound", "No such schema.")]
    (no_id,) = imported(http, ds, "update", {"Name": "nameless"})
    assert no_id == record(None, "Item", ITEM_ID, "/Item/None/Id", "nullValue", "The document has no Id.")
    (wrong_type,) = imported(http, ds, "createAndUpdate", {"Id": 5, "Name": "Five"})
    assert wrong_type == record(
        5, "Item", ITEM_ID, "/Item/5/Id", "invalidIdFormat", "The Id has the wrong type."
    )
    second = {"Id": "another-settings", "Name": "x"}
    (settings,) = imported_collections(http, ds, "createAndUpdate", {"ProjectSettings": [second]})
    assert settings == record(
        "another-settings",
        "ProjectSettings",
        "ProjectSettings",
        "/ProjectSettings/another-settings",
        "duplicateSettingsDocument",
        "ProjectSettings already exists.",
    )


BADGE, HERO, CRATE, CHAIN, TALLY, CONFIG = (f"{n:024x}" for n in range(0xC1, 0xC7))


def made(http: httpx.Client, *schemas: dict[str, Any]) -> str:
    ds = with_items(http)
    for schema in schemas:
        result(create(http, ds, schema, "Schema"))
    return ds


def test_update_merges_objects_at_every_depth(http: httpx.Client) -> None:
    ds = made(
        http,
        schema_doc(BADGE, "Badge", prop("Label", 1), kind=1),
        schema_doc(HERO, "Hero", prop("Badge", 22, ReferenceType={"Id": BADGE})),
    )
    brave = {"Id": "b", "Label": {"en-US": "Brave", "fr-FR": "Brave"}}
    imported_collections(http, ds, "create", {"Hero": [{"Id": "h", "Badge": brave}]})
    (record,) = imported_collections(
        http, ds, "update", {"Hero": [{"Id": "h", "Badge": {"Label": {"fr-FR": "Courageux"}}}]}
    )
    assert record["status"] == "updated"
    hero = find(http, ds, "Id", "h", "Hero")["document"]
    assert hero == {"Id": "h", "Badge": {"Id": "b", "Label": {"en-US": "Brave", "fr-FR": "Courageux"}}}


def test_a_settings_document_without_an_id_gets_none(http: httpx.Client) -> None:
    ds = with_items(http)
    (record,) = imported_collections(http, ds, "createAndUpdate", {"ProjectSettings": [{"Name": "x"}]})
    assert (record["newId"], record["status"], record["errors"]) == (
        None,
        "error",
        [{"path": "/ProjectSettings/None/Id", "code": "nullValue", "message": "The document has no Id."}],
    )


def test_one_temporary_id_twice_in_a_request_is_one_document(http: httpx.Client) -> None:
    ds = made(http, schema_doc(CRATE, "Crate", prop("Name", 0), generator=1))
    records = imported_collections(
        http, ds, "createAndUpdate", {"Crate": [{"Id": "new-1", "Name": "a"}, {"Id": "new-1", "Name": "b"}]}
    )
    assert [(c["id"], c["status"]) for c in records] == [("new-1", "created"), ("new-1", "updated")]
    assert records[0]["newId"] == records[1]["newId"]
    assert find(http, ds, "Id", records[0]["newId"], "Crate")["document"] == {
        "Id": records[0]["newId"],
        "Name": "b",
    }


def test_ids_the_generator_could_have_made_and_metadata_ids_are_kept(http: httpx.Client) -> None:
    ds = made(http, schema_doc(CRATE, "Crate", prop("Name", 0), generator=1))
    given = f"{0xFEED:024x}"
    (crate,) = imported_collections(http, ds, "create", {"Crate": [{"Id": given, "Name": "a"}]})
    assert (crate["newId"], crate["status"]) == (given, "created")
    named = {**schema_doc("weapons", "Weapon", prop("Name", 0)), "Id": "weapons"}
    (schema,) = imported_collections(http, ds, "create", {"Schema": [named]})
    assert (schema["newId"], schema["status"]) == ("weapons", "created")


def test_a_data_sources_sequence_is_its_own_and_object_ids_take_none_of_it(http: httpx.Client) -> None:
    ds = made(
        http,
        schema_doc(CRATE, "Crate", prop("Name", 0), generator=1),
        numbered(TALLY, "Tally", 4),
    )
    first = imported_collections(
        http, ds, "create", {"Tally": [{"Id": "t-1", "Name": "a"}], "Crate": [{"Id": "c-1", "Name": "c"}]}
    )
    (second,) = imported_collections(http, ds, "create", {"Tally": [{"Id": "t-2", "Name": "b"}]})
    assert [c["newId"] for c in first if c["schemaName"] == "Tally"] + [second["newId"]] == [1, 2]
    # The data source's sequence is its own: another data source counts from 1 again.
    elsewhere = made(http, numbered(TALLY, "Tally", 4))
    (other,) = imported_collections(http, elsewhere, "create", {"Tally": [{"Id": "t-1", "Name": "a"}]})
    assert other["newId"] == 1


def test_temporary_ids_in_reference_lists_are_rewritten_and_other_values_left(http: httpx.Client) -> None:
    ds = made(
        http,
        schema_doc(
            CHAIN,
            "Chain",
            prop("Name", 0),
            prop("Links", 29, ReferenceType={"Id": CHAIN}),
            prop("Next", 28, ReferenceType={"Id": CHAIN}),
            prop("Twin", 22, ReferenceType={"Id": CHAIN}),  # an embedded copy: its Id is no reference
            generator=1,
        ),
    )
    records = imported_collections(
        http,
        ds,
        "createAndUpdate",
        {
            "Chain": [
                {"Id": "c-1", "Name": "one"},  # no references at all
                {"Id": "c-2", "Name": "two", "Links": [{"Id": "c-1"}, {"Id": "c-3"}], "Twin": {"Id": "c-1"}},
                {"Id": "c-3", "Name": "three"},
                {"Id": "c-4", "Name": "four", "Links": ["junk"]},
            ]
        },
    )
    one, two, three, _ = (c["newId"] for c in records)
    assert [c["status"] for c in records] == ["created", "created", "created", "error"]
    assert [e["code"] for e in records[3]["errors"]] == ["invalidReferenceCollectionFormat"]
    stored: Any = find(http, ds, "Id", two, "Chain")["document"]
    assert stored["Links"] == [{"Id": one}, {"Id": three}]
    assert stored["Twin"] == {"Id": "c-1"}


def test_a_deleted_schema_takes_its_documents_with_it(http: httpx.Client) -> None:
    crate = schema_doc(CRATE, "Crate", prop("Name", 0))
    ds = made(http, crate)
    result(create(http, ds, SWORD))
    imported_collections(http, ds, "create", {"Crate": [{"Id": "a", "Name": "a"}]})
    (deleted,) = imported_collections(http, ds, "delete", {"Schema": [{"Id": CRATE}]})
    assert deleted["status"] == "deleted"
    result(create(http, ds, crate, "Schema"))
    assert find(http, ds, "Id", "a", "Crate")["document"] is None
    # Only that collection's documents go: the other schemas, their documents and the settings stay.
    assert find(http, ds, "Id", "Sword", "Item")["document"] == SWORD
    assert result(http.post(f"{collection(ds, 'ProjectSettings')}documents/", json={}))["total"] == 1
    assert result(http.post(f"{collection(ds, 'Crate')}documents/", json={}))["total"] == 0


def test_a_settings_schema_holds_one_document(http: httpx.Client) -> None:
    ds = made(http, schema_doc(CONFIG, "Config", prop("Name", 0), kind=2))
    imported_collections(http, ds, "create", {"Config": [{"Id": "main", "Name": "a"}]})
    (second,) = imported_collections(http, ds, "create", {"Config": [{"Id": "other", "Name": "b"}]})
    assert (second["status"], second["errors"]) == (
        "error",
        [
            {
                "path": "/Config/other",
                "code": "duplicateSettingsDocument",
                "message": "Config holds a single document.",
            }
        ],
    )


def test_replace_cannot_delete_the_settings_document(http: httpx.Client) -> None:
    ds = with_items(http)
    settings = result(http.post(f"{collection(ds, 'ProjectSettings')}documents/", json={}))["documents"][0]
    records = imported_collections(http, ds, "replace", {"ProjectSettings": [{"Id": "other", "Name": "x"}]})
    assert [(c["id"], c["status"], [e["code"] for e in c["errors"]]) for c in records] == [
        ("other", "error", ["duplicateSettingsDocument"]),
        (settings["Id"], "error", ["protectedDocument"]),
    ]


def test_a_document_of_a_schema_made_in_the_same_request_gets_its_id_then(http: httpx.Client) -> None:
    ds = with_items(http)
    crate = schema_doc(CRATE, "Crate", prop("Name", 0), generator=1)
    records = imported_collections(http, ds, "createAndUpdate", {"Schema": [crate], "Crate": [{"Name": "a"}]})
    assert [(c["schemaName"], c["status"]) for c in records] == [("Schema", "created"), ("Crate", "created")]
    made_id = records[1]["newId"]
    assert isinstance(made_id, str) and len(made_id) == 24  # an ObjectId, generated when the schema existed
    assert find(http, ds, "Id", made_id, "Crate")["document"] == {"Id": made_id, "Name": "a"}
