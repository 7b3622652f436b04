"""One branch's game data as a whole (emulators/charon/datasource.py): restore's refusals and what it adopts,
reads and validation inside a transaction, the settings' primary language in checks, replace imports."""

from __future__ import annotations

from typing import Any

import httpx
import msgpack
import orjson
import pytest

from emulators.charon import datasource, formats
from emulators.charon.store import TOOLS_VERSION
from emulators.core.http import ApiProblem
from emulators.testing import InProcessEmulator
from tests.emulator.charon_data import (
    ITEM_ID,
    ITEM_SCHEMA,
    PART_SCHEMA,
    collection,
    create,
    importing,
    prop,
    schema_doc,
    with_items,
)
from tests.emulator.charon_support import app_of, emulator, http, result

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures

TX = "7d1f0b52-3c4e-4a8f-9b61-2f5d8c0e4a17"
SHOP_SCHEMA = schema_doc("5a1b2c3d4e5f60718293a4b7", "Shop", prop("Owner", 0))


def restore(http: httpx.Client, ds: str, gamedata: Any) -> httpx.Response:
    # MessagePack: the core checks a JSON body against the spec's GameDataDocument first, not a packed one,
    # so every refusal of the data source layer itself is reachable.
    packed = msgpack.packb(gamedata)
    return http.put(f"/datasource/{ds}/", content=packed, headers={"content-type": formats.MSGPACK})


def whole(http: httpx.Client, ds: str, **params: Any) -> dict[str, Any]:
    found: dict[str, Any] = result(
        http.get(f"/datasource/{ds}/collections/", params={"exportMode": "extraction", **params})
    )
    return found


def loose(http: httpx.Client, ds: str, document: dict[str, Any], schema: str = "Item", **params: Any) -> Any:
    url = collection(ds, schema)
    return result(http.put(url, json=document, params={"validationOptions": "", **params}))


def settings_with(http: httpx.Client, ds: str, **changes: Any) -> None:
    current = whole(http, ds, schemas="ProjectSettings")["document"]["Collections"]["ProjectSettings"][0]
    url = collection(ds, "ProjectSettings")
    result(http.post(url, json={**current, **changes}, params={"validationOptions": ""}))


SCHEMAS = [PART_SCHEMA, ITEM_SCHEMA]
REFUSED = [
    ({"Collections": "x"}, "/Collections", "Collections must be an object of arrays."),
    ({"Collections": {"Schema": "x"}}, "/Collections/Schema", "Schema must be an array."),
    (
        {"Collections": {"Schema": [{"Id": "s", "Name": "Bad", "Properties": "x"}]}},
        "/Collections/Schema/0/Properties",
        "Properties must be an array.",
    ),
    (
        {"Collections": {"Schema": [ITEM_SCHEMA, {**ITEM_SCHEMA, "Id": "5a1b2c3d4e5f60718293a4c9"}]}},
        "/Collections/Schema/1",
        "Each schema needs its own Id and Name.",
    ),
    (
        {"Collections": {"Schema": [{"Name": "Hero"}]}},
        "/Collections/Schema/0",
        "Each schema needs its own Id and Name.",
    ),
    (
        {"Collections": {"ProjectSettings": 5}},
        "/Collections/ProjectSettings",
        "ProjectSettings holds one document.",
    ),
    (
        {"Collections": {"ProjectSettings": [{"Id": "a"}, {"Id": "b"}]}},
        "/Collections/ProjectSettings",
        "ProjectSettings holds one document.",
    ),
    (
        {"Collections": {"ProjectSettings": ["x"]}},
        "/Collections/ProjectSettings",
        "ProjectSettings holds one document.",
    ),
    ({"Collections": {"Hero": []}}, "/Collections/Hero", "No schema defines the collection Hero."),
    ({"Collections": {"Schema": SCHEMAS, "Item": "x"}}, "/Collections/Item", "Item must be an array."),
    (
        {"Collections": {"Schema": SCHEMAS, "Item": ["x"]}},
        "/Collections/Item/0",
        "Each document needs its own Id.",
    ),
    (
        {"Collections": {"Schema": SCHEMAS, "Item": [{"Id": "A"}, {"Id": "A"}]}},
        "/Collections/Item/1",
        "Each document needs its own Id.",
    ),
    (
        {"Collections": {"Schema": SCHEMAS, "Item": [{"Name": "a"}]}},
        "/Collections/Item/0",
        "Each document needs its own Id.",
    ),
]


@pytest.mark.parametrize(("gamedata", "path", "message"), REFUSED)
def test_a_restore_refuses_a_malformed_file_with_the_place_and_keeps_everything(
    http: httpx.Client, gamedata: dict[str, Any], path: str, message: str
) -> None:
    ds = with_items(http)
    before = whole(http, ds)
    refused = restore(http, ds, gamedata)
    assert (refused.status_code, refused.json()) == (
        400,
        {"errors": [{"path": path, "message": message, "code": "invalidImportData"}]},
    )
    assert whole(http, ds) == before


def test_a_restore_adopts_the_files_tools_version_and_change_number_and_keeps_the_settings(
    http: httpx.Client,
) -> None:
    ds = with_items(http)
    before = whole(http, ds)
    settings = before["document"]["Collections"]["ProjectSettings"]
    file = {"ToolsVersion": "2024.2.0", "ChangeNumber": 0, "Collections": {"Schema": SCHEMAS}}
    hashes = result(restore(http, ds, file))
    after = whole(http, ds)
    assert hashes == {"metadataHash": after["metadataHash"], "revisionHash": after["revisionHash"]}
    assert hashes["metadataHash"] != before["metadataHash"]  # the schemas and settings were written again
    assert after["document"] == {
        "ToolsVersion": "2024.2.0",
        "RevisionHash": after["revisionHash"],
        "ChangeNumber": 0,
        "Collections": {"ProjectSettings": settings, "Schema": SCHEMAS, "Part": [], "Item": []},
    }


@pytest.mark.parametrize("tools", [7, ""])
def test_a_restore_counts_on_without_a_change_number_and_ignores_a_tools_version_that_is_none(
    http: httpx.Client, tools: Any
) -> None:
    ds = with_items(http)
    before = whole(http, ds)["document"]
    result(restore(http, ds, {"ToolsVersion": tools, "Collections": {"Schema": SCHEMAS}}))
    after = whole(http, ds)["document"]
    assert (after["ToolsVersion"], after["ChangeNumber"]) == (TOOLS_VERSION, before["ChangeNumber"] + 1)


def test_a_restore_of_a_data_source_never_loaded_needs_no_settings(emulator: InProcessEmulator) -> None:
    storage = app_of(emulator).vendor.storage
    adopted = datasource.replace_all(storage, "never-loaded", {"Collections": {}})
    assert datasource.snapshot(storage, "never-loaded") == {
        "ToolsVersion": TOOLS_VERSION,
        "RevisionHash": adopted.revision_hash,
        "ChangeNumber": adopted.change_number,
        "Collections": {"ProjectSettings": [], "Schema": []},
    }


def test_the_data_source_layer_answers_404_for_an_unknown_data_source_or_transaction(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    # The handlers check both first; the layer refuses on its own for any other caller.
    ds = with_items(http)
    storage = app_of(emulator).vendor.storage
    refusals = []
    with pytest.raises(ApiProblem) as missing:
        datasource.ensure(storage, "no-such-data-source")
    refusals.append(missing.value)
    with pytest.raises(ApiProblem) as missing:
        datasource.current_revision(storage, ds, "no-such-transaction")
    refusals.append(missing.value)
    with pytest.raises(ApiProblem) as missing:
        datasource.apply_changes(
            storage,
            ds,
            [],
            mode="create",
            dry_run=False,
            validation_options=frozenset(),
            transaction_id="no-such-transaction",
        )
    refusals.append(missing.value)
    assert [(p.status, p.message, p.code) for p in refusals] == [
        (404, "The data source was not found.", "resourceNotFound"),
        (404, "The transaction was not found.", "missingTransaction"),
        (404, "The transaction was not found.", "missingTransaction"),
    ]


def test_an_export_and_a_validation_in_a_transaction_see_its_documents_and_revision(
    http: httpx.Client,
) -> None:
    ds = with_items(http)
    body = {"id": TX, "executionTimeout": "00:05:00", "startTimeout": "00:00:10"}
    assert http.put(f"/datasource/{ds}/transaction/", json=body).status_code == 204
    written = loose(http, ds, {"Id": "A", "Damage": "x"}, transactionId=TX)
    inside, outside = whole(http, ds, transactionId=TX), whole(http, ds)
    assert inside["revisionHash"] == inside["document"]["RevisionHash"] == written["revisionHash"]
    assert outside["revisionHash"] == outside["document"]["RevisionHash"] != written["revisionHash"]
    assert inside["document"]["Collections"]["Item"] == [{"Id": "A", "Damage": "x"}]
    assert outside["document"]["Collections"]["Item"] == []
    checks = {"validationOptions": ["checkRequirements", "checkFormat"]}
    validity = result(http.post(f"/datasource/{ds}/validity/", params={**checks, "transactionId": TX}))
    assert validity == {
        "records": [
            {
                "id": "A",
                "schemaName": "Item",
                "schemaId": ITEM_ID,
                "errors": [
                    {"path": "/Item/A/Name", "message": "/Item/A/Name is required.", "code": "nullValue"},
                    {
                        "path": "/Item/A/Damage",
                        "message": "/Item/A/Damage is not a valid Damage.",
                        "code": "invalidIntegerFormat",
                    },
                ],
            }
        ],
        "metadataHash": inside["metadataHash"],
        "revisionHash": written["revisionHash"],
    }
    assert result(http.post(f"/datasource/{ds}/validity/", params=checks))["records"] == []


def test_a_validation_reports_duplicates_at_the_documents_path(http: httpx.Client) -> None:
    ds = with_items(http)
    for document_id in ("A", "B"):
        loose(http, ds, {"Id": document_id, "Name": "same"})
    found = result(http.post(f"/datasource/{ds}/validity/", params={"validationOptions": "checkUniqueness"}))
    assert [(r["id"], r["errors"]) for r in found["records"]] == [
        (
            document_id,
            [
                {
                    "path": f"/Item/{document_id}/Name",
                    "message": f"/Item/{document_id}/Name: the value 'same' is already used.",
                    "code": "duplicateUniqueValue",
                }
            ],
        )
        for document_id in ("A", "B")
    ]


@pytest.mark.parametrize(("primary", "translated"), [("fr-FR", "fr-FR"), ("", "en-US")])
def test_the_settings_primary_language_is_the_one_a_text_must_have(
    http: httpx.Client, primary: str, translated: str
) -> None:
    ds = with_items(http)
    settings_with(http, ds, PrimaryLanguage=primary)
    for document_id, language in (("A", "en-US"), ("B", "fr-FR")):
        loose(http, ds, {"Id": document_id, "Name": document_id, "Title": {language: "x"}})
    found = result(
        http.post(f"/datasource/{ds}/validity/", params={"validationOptions": "checkTranslations"})
    )
    untranslated = "B" if translated == "en-US" else "A"
    assert [(r["id"], [e["code"] for e in r["errors"]]) for r in found["records"]] == [
        (untranslated, ["missingTranslation"])
    ]


def test_a_replace_import_deletes_the_rest_of_each_collection_it_brings(http: httpx.Client) -> None:
    ds = with_items(http)
    result(create(http, ds, SHOP_SCHEMA, "Schema"))
    for document, schema in (({"Id": "Sword"}, "Item"), ({"Id": "Axe"}, "Item"), ({"Id": "S1"}, "Shop")):
        loose(http, ds, document, schema)
    loose(http, ds, {"Id": "S2"}, "Shop")
    body = orjson.dumps({"Collections": {"Item": [{"Id": "Sword"}], "Shop": [{"Id": "S1"}]}})
    done = result(importing(http, ds, body, formats.JSON, importMode="replace", validationOptions=""))
    assert sorted((c["id"], c["status"]) for c in done["changes"]) == [
        ("Axe", "deleted"),
        ("S1", "unchanged"),
        ("S2", "deleted"),
        ("Sword", "unchanged"),
    ]
    collections = whole(http, ds, schemas=["Item", "Shop"])["document"]["Collections"]
    assert collections == {"Item": [{"Id": "Sword"}], "Shop": [{"Id": "S1"}]}
