"""Charon validate and examine, the grants the engine's operations need, and the data source as a file."""

from __future__ import annotations

from typing import Any

import httpx
import orjson
import pytest

from emulators.charon import datasource
from emulators.testing import InProcessEmulator
from tests.emulator.charon_data import CHECKS, ITEM_ID, PART_ID, collection, create, listed, with_items
from tests.emulator.charon_support import (
    app_of,
    bearer,
    emulator,
    error,
    grant,
    http,
    join,
    result,
    seed_users,
)

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures

MEMBER = {"email": "member@studio.io", "name": "Member", "apiKey": "member-key"}


def loose(http: httpx.Client, ds: str, document: dict[str, Any]) -> None:
    result(http.put(collection(ds), json=document, params={"validationOptions": ""}))


def test_validate_reports_per_document_errors_for_the_chosen_checks(http: httpx.Client) -> None:
    ds = with_items(http)
    loose(http, ds, {"Id": "A", "Damage": "x"})
    loose(http, ds, {"Id": "B", "Name": "b"})
    found = result(http.post(f"/datasource/{ds}/validity/", params={"validationOptions": CHECKS}))
    assert [r["id"] for r in found["records"]] == ["A"]
    assert {e["code"] for e in found["records"][0]["errors"]} == {"nullValue", "invalidIntegerFormat"}
    assert found["records"][0]["schemaId"] == ITEM_ID and len(found["revisionHash"]) == 24
    only_format = result(
        http.post(f"/datasource/{ds}/validity/", params={"validationOptions": "checkFormat"})
    )
    assert [e["code"] for e in only_format["records"][0]["errors"]] == ["invalidIntegerFormat"]
    none = result(http.post(f"/datasource/{ds}/validity/", params={"validationOptions": ""}))
    assert none["records"] == []


def test_examine_counts_per_collection(http: httpx.Client) -> None:
    ds = with_items(http)
    loose(http, ds, {"Id": "A", "Damage": "x", "Parts": [{"Id": "p1"}, {"Id": "p2"}]})
    loose(http, ds, {"Id": "B", "Name": "b"})
    loose(http, ds, {"Id": "C"})
    page = listed(http, ds, {})

    def counted(name: str, schema_id: str, documents: int, roots: int, errors: int = 0) -> dict[str, Any]:
        errors_found = {"error": errors} if errors else {}
        return {
            "schemaName": name,
            "schemaId": schema_id,
            "documentCount": documents,
            "rootDocumentCount": roots,
            "validationErrorCount": errors_found,
        }

    # Part's two documents live inside item A; A and C miss their required Name.
    assert result(http.get(f"/datasource/{ds}/stats/")) == {
        "metadataHash": page["metadataHash"],
        "revisionHash": page["revisionHash"],
        "collections": [
            counted("ProjectSettings", "ProjectSettings", 1, 1),
            counted("Schema", "Schema", 2, 2),
            counted("Part", PART_ID, 2, 0),
            counted("Item", ITEM_ID, 3, 3, errors=2),
        ],
    }


def test_only_an_editor_may_bulk_change(http: httpx.Client) -> None:
    member = {**seed_users(http, MEMBER)[0], **MEMBER}
    ds = with_items(http)
    project_id = result(http.get("/project/my/"))[0]["id"]
    join(http, project_id, member)  # view
    params = {"validationOptions": "", "importMode": "create", "dryRun": "false"}
    as_member = bearer(member["apiKey"])

    def bulk() -> httpx.Response:
        return http.put(f"{collection(ds)}documents/", json=[{"Id": "A"}], params=params, headers=as_member)

    error(bulk(), 403, "authorizationFailed")
    grant(http, project_id, member["id"], "view", "edit")
    assert result(bulk())["changes"][0]["status"] == "created"


def test_grants_decide_reads_writes_and_schema_writes(http: httpx.Client) -> None:
    member = {**seed_users(http, MEMBER)[0], **MEMBER}
    ds = with_items(http)
    project_id = result(http.get("/project/my/"))[0]["id"]
    as_member = bearer(member["apiKey"])
    params = {"validationOptions": ""}
    page = f"{collection(ds)}documents/"
    error(http.post(page, json={}, headers=as_member), 404, "resourceNotFound")  # not a member: unseen
    join(http, project_id, member)  # view
    assert result(http.post(page, json={}, headers=as_member))["total"] == 0
    item = {"Id": "A", "Name": "a"}
    error(http.put(collection(ds), json=item, params=params, headers=as_member), 403, "authorizationFailed")
    grant(http, project_id, member["id"], "view", "edit")
    result(http.put(collection(ds), json=item, params=params, headers=as_member))
    schema = {"Name": "Hero", "Properties": [{"Name": "Id", "DataType": 0}]}
    error(
        http.put(collection(ds, "Schema"), json=schema, params=params, headers=as_member),
        403,
        "authorizationFailed",
    )
    grant(http, project_id, member["id"], "view", "edit", "design")
    result(http.put(collection(ds, "Schema"), json=schema, params=params, headers=as_member))
    settings = result(http.post(f"{collection(ds, 'ProjectSettings')}documents/", json={}))["documents"][0]
    renamed = {"Id": settings["Id"], "Name": "Renamed"}
    settings_url = collection(ds, "ProjectSettings")
    error(http.post(settings_url, json=renamed, params=params, headers=as_member), 403, "authorizationFailed")
    grant(http, project_id, member["id"], "view", "administer")
    result(http.post(settings_url, json=renamed, params=params, headers=as_member))


def test_a_snapshot_restores_byte_for_byte(emulator: InProcessEmulator, http: httpx.Client) -> None:
    ds = with_items(http)
    result(create(http, ds, {"Id": "Sword", "Name": "Iron Sword", "Parts": [{"Id": "p", "Weight": 1.5}]}))
    result(create(http, ds, {"Id": "Axe", "Name": "Battle Axe", "Next": {"Id": "Sword"}}))
    storage = app_of(emulator).vendor.storage
    backup = datasource.snapshot(storage, ds)
    assert list(backup["Collections"]) == ["ProjectSettings", "Schema", "Part", "Item"]
    result(create(http, ds, {"Id": "Bow", "Name": "Bow"}))
    restored = datasource.replace_all(storage, ds, orjson.loads(orjson.dumps(backup)))
    assert restored.revision_hash == backup["RevisionHash"]
    assert orjson.dumps(datasource.snapshot(storage, ds)) == orjson.dumps(backup)
    assert [
        d["Id"]
        for d in listed(http, ds, {"sorters": [{"property": "Name", "direction": "ascending"}]})["documents"]
    ] == ["Axe", "Sword"]  # the restored documents are indexed again


def test_a_bad_file_is_refused_whole(emulator: InProcessEmulator, http: httpx.Client) -> None:
    ds = with_items(http)
    result(create(http, ds, {"Id": "Sword", "Name": "Iron Sword"}))
    storage = app_of(emulator).vendor.storage
    before = datasource.snapshot(storage, ds)
    bad = {**before, "Collections": {**before["Collections"], "Hero": [{"Id": 1}]}}
    with pytest.raises(datasource.DataProblem) as refused:
        datasource.replace_all(storage, ds, bad)
    assert refused.value.errors[0]["code"] == "invalidImportData"
    assert datasource.snapshot(storage, ds) == before


def test_apply_changes_imports_schemas_and_documents_in_one_call(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    ds = with_items(http)
    storage = app_of(emulator).vendor.storage
    hero = {"Id": "5a1b2c3d4e5f60718293a4d0", "Name": "Hero", "Properties": [{"Name": "Id", "DataType": 0}]}
    changes = [datasource.ChangeRequest("Schema", hero), datasource.ChangeRequest("Hero", {"Id": "Knight"})]
    before = datasource.current_revision(storage, ds)
    done = datasource.apply_changes(
        storage,
        ds,
        changes,
        mode="createAndUpdate",
        dry_run=False,
        validation_options=frozenset(),
        transaction_id=None,
    )
    assert [c.status for c in done.changes] == ["created", "created"]
    assert done.revision.metadata_hash != before.metadata_hash
    assert datasource.snapshot(storage, ds)["Collections"]["Hero"] == [{"Id": "Knight"}]


def test_a_restored_file_keeps_only_a_well_formed_revision(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    ds = with_items(http)
    storage = app_of(emulator).vendor.storage
    backup = datasource.snapshot(storage, ds)
    odd = datasource.replace_all(storage, ds, {**backup, "RevisionHash": "not-a-hash", "ChangeNumber": "7"})
    assert odd.revision_hash != "not-a-hash" and len(odd.revision_hash) == 24
    assert isinstance(odd.change_number, int) and odd.change_number != 7


def test_a_dry_run_inside_an_open_storage_transaction_writes_nothing(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    ds = with_items(http)
    storage = app_of(emulator).vendor.storage
    before = datasource.snapshot(storage, ds)
    hero = {"Id": "5a1b2c3d4e5f60718293a4d1", "Name": "Hero", "Properties": [{"Name": "Id", "DataType": 0}]}
    with storage.transaction():
        done = datasource.apply_changes(
            storage,
            ds,
            [
                datasource.ChangeRequest("Schema", hero),
                datasource.ChangeRequest("Item", {"Id": "A", "Name": "a"}),
            ],
            mode="create",
            dry_run=True,
            validation_options=frozenset(CHECKS),
            transaction_id=None,
        )
    assert [c.status for c in done.changes] == ["created", "created"]
    assert datasource.snapshot(storage, ds) == before
    error(http.post(f"{collection(ds, 'Hero')}documents/", json={}), 404, "resourceNotFound")


def test_delete_needs_the_write_grant_before_it_looks_the_document_up(http: httpx.Client) -> None:
    member = {**seed_users(http, MEMBER)[0], **MEMBER}
    ds = with_items(http)
    join(http, result(http.get("/project/my/"))[0]["id"], member)  # view only
    as_member = bearer(member["apiKey"])
    loose(http, ds, {"Id": "A", "Name": "a"})
    for document_id in ("A", "Missing"):  # a missing document tells a viewer nothing either
        deleted = http.delete(collection(ds), params={"id": document_id}, headers=as_member)
        error(deleted, 403, "authorizationFailed")
    settings = result(http.post(f"{collection(ds, 'ProjectSettings')}documents/", json={}))["documents"][0]
    schema_url = collection(ds, "Schema")
    error(http.delete(schema_url, params={"id": "Missing"}, headers=as_member), 403, "authorizationFailed")
    settings_url = collection(ds, "ProjectSettings")
    refused = http.delete(settings_url, params={"id": settings["Id"]}, headers=as_member)
    error(refused, 403, "authorizationFailed")
