"""Charon import, export, backup, restore and convert in every format; processes and grants around them."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import bson
import httpx
import msgpack
import orjson
import pytest
from openpyxl import load_workbook

from emulators.charon import formats
from tests.emulator.charon_data import CHECKS, ITEM_ID, create, importing, prop, schema_doc, with_items
from tests.emulator.charon_support import (
    SECOND,
    bearer,
    emulator,
    error,
    grant,
    http,
    join,
    new_project,
    result,
    seed_users,
)

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures

SWORD = {"Id": "Sword", "Name": "Iron Sword", "Damage": 20, "Title": {"en-US": "Sword", "fr-FR": "Épée"}}
AXE = {"Id": "Axe", "Name": "Axe", "Damage": 7, "Next": {"Id": "Sword"}}


def stocked(http: httpx.Client) -> str:
    ds = with_items(http)
    for document in (SWORD, AXE):
        result(create(http, ds, document))
    settings = {"Id": "settings", "Name": "rpg-game", "PrimaryLanguage": "en-US", "Languages": "en-US;fr-FR"}
    # the project's settings document keeps its id; a partial update sets the languages
    current = result(
        http.get(
            f"/datasource/{ds}/collections/",
            params={"exportMode": "extraction", "schemas": "ProjectSettings"},
        )
    )
    settings["Id"] = current["document"]["Collections"]["ProjectSettings"][0]["Id"]
    result(
        http.post(
            f"/datasource/{ds}/collection/ProjectSettings/", json=settings, params={"validationOptions": ""}
        )
    )
    return ds


def exported(http: httpx.Client, ds: str, **params: Any) -> dict[str, Any]:
    found: dict[str, Any] = result(http.get(f"/datasource/{ds}/collections/", params=params))["document"]
    return found


def items(document: dict[str, Any]) -> list[Any]:
    return [d["Id"] for d in document["Collections"].get("Item", [])]


def test_export_modes_select_collections_references_and_properties(http: httpx.Client) -> None:
    ds = stocked(http)
    everything = exported(http, ds, exportMode="normal")
    assert list(everything["Collections"]) == ["ProjectSettings", "Schema", "Part", "Item"]
    assert {"ToolsVersion", "RevisionHash", "ChangeNumber"} <= set(everything)
    # normal: the selected documents plus what they reference; extraction: only the selection
    assert items(exported(http, ds, exportMode="normal", schemas="Item")) == ["Sword", "Axe"]
    assert "Schema" not in exported(http, ds, exportMode="normal", schemas="Item")["Collections"]
    cut = exported(http, ds, exportMode="extraction", schemas=ITEM_ID, properties=["Damage"])
    assert cut["Collections"]["Item"] == [{"Id": "Sword", "Damage": 20}, {"Id": "Axe", "Damage": 7}]
    publication = exported(http, ds, exportMode="publication")
    assert "Schema" not in publication["Collections"] and "Item" in publication["Collections"]
    localization = exported(http, ds, exportMode="localization", languages="fr-FR")
    assert localization["Collections"] == {
        "Item": [{"Id": "Sword", "Title": {"fr-FR": "Épée"}}, {"Id": "Axe"}]
    }
    # a comma-joined value is a list too (the reference accepts both forms)
    joined = exported(http, ds, exportMode="extraction", schemas="Part,Item", properties="Id,Damage")
    assert joined["Collections"] == {"Part": [], "Item": cut["Collections"]["Item"]}
    unknown = http.get(f"/datasource/{ds}/collections/", params={"exportMode": "normal", "schemas": "Nope"})
    assert error(unknown, 404, "resourceNotFound") == {
        "code": "resourceNotFound",
        "message": "schemas: The schema 'Nope' was not found.",
        "parameterName": "schemas",
    }


SHOP_SCHEMA = schema_doc("5a1b2c3d4e5f60718293a4b7", "Shop", prop("Sells", 29, ReferenceType={"Id": ITEM_ID}))


def test_normal_export_brings_referenced_documents_along(http: httpx.Client) -> None:
    ds = stocked(http)
    result(create(http, ds, SHOP_SCHEMA, "Schema"))
    smith = {"Id": "Smith", "Sells": [{"Id": "Axe"}, {"Id": "Gone"}]}
    result(create(http, ds, smith, "Shop", validationOptions=""))
    normal = exported(http, ds, exportMode="normal", schemas="Shop")
    # Axe, and Sword because Axe references it (transitively); the broken reference stays broken.
    assert list(normal["Collections"]) == ["Item", "Shop"] and items(normal) == ["Sword", "Axe"]
    extraction = exported(http, ds, exportMode="extraction", schemas="Shop")
    assert list(extraction["Collections"]) == ["Shop"]


@pytest.mark.parametrize("media", [formats.MSGPACK, formats.BSON, formats.JSON])
def test_export_and_backup_envelopes_follow_accept(http: httpx.Client, media: str) -> None:
    ds = stocked(http)
    for path, params in (("collections/", {"exportMode": "normal"}), ("", {})):
        response = http.get(f"/datasource/{ds}/{path}", params=params, headers={"accept": media})
        assert response.status_code == 200 and response.headers["content-type"] == media
        body = formats.decode_value(response.content, media)
        assert items(body["result"]["document"]) == ["Sword", "Axe"]
        assert set(body["result"]) == {"document", "metadataHash", "revisionHash"}


def test_raw_exports_are_bare_in_every_format_and_downloadable(http: httpx.Client) -> None:
    ds = stocked(http)
    path = f"/datasource/{ds}/collections/raw/"
    packed = http.get(path, params={"exportMode": "normal"}, headers={"accept": formats.MSGPACK})
    assert (
        items(msgpack.unpackb(packed.content)) == ["Sword", "Axe"]
        and "content-disposition" not in packed.headers
    )
    sheet = http.get(
        path, params={"exportMode": "normal", "download": "true"}, headers={"accept": formats.XLSX}
    )
    assert sheet.headers["content-disposition"] == 'attachment; filename="export.xlsx"'
    workbook = load_workbook(io.BytesIO(sheet.content))
    assert [c.value for c in workbook["Item"]["A"]] == ["Id", "Sword", "Axe"]
    xliff = http.get(path, params={"exportMode": "localization"}, headers={"accept": formats.XLIFF2})
    assert xliff.headers["content-type"] == formats.XLIFF2
    assert b'srcLang="en-US"' in xliff.content and b'trgLang="fr-FR"' in xliff.content
    assert "<target>Épée</target>".encode() in xliff.content
    backup = http.get(f"/datasource/{ds}/raw/", headers={"accept": formats.BSON}, params={"download": "true"})
    assert items(bson.decode(backup.content)) == ["Sword", "Axe"]
    assert backup.headers["content-disposition"] == 'attachment; filename="backup.bson"'


def test_json_backup_restores_byte_for_byte_and_restore_replaces_everything(http: httpx.Client) -> None:
    ds = stocked(http)
    backup = http.get(f"/datasource/{ds}/raw/").content
    result(http.delete(f"/datasource/{ds}/collection/Item/", params={"id": "Sword"}))
    result(create(http, ds, {"Id": "Bow", "Name": "Bow"}))
    restored = result(http.put(f"/datasource/{ds}/", content=backup, headers={"content-type": formats.JSON}))
    assert restored["revisionHash"] == orjson.loads(backup)["RevisionHash"]
    assert http.get(f"/datasource/{ds}/raw/").content == backup


def test_a_msgpack_backup_restores_into_another_project(http: httpx.Client) -> None:
    ds = stocked(http)
    packed = http.get(f"/datasource/{ds}/raw/", headers={"accept": formats.MSGPACK}).content
    other = new_project(http, name="copy")["branches"][0]["id"]
    result(http.put(f"/datasource/{other}/", content=packed, headers={"content-type": formats.MSGPACK}))
    assert items(exported(http, other, exportMode="normal")) == ["Sword", "Axe"]
    bad = http.put(f"/datasource/{other}/", content=b"\xc1", headers={"content-type": formats.MSGPACK})
    assert bad.json() == {
        "errors": [
            {
                "code": "invalidImportData",
                "message": "body: The body is not valid MessagePack: .",
                "parameterName": "body",
            }
        ]
    }
    # JSON's object rule is the spec's (the core answers); a MessagePack array is the handler's to refuse
    array = http.put(
        f"/datasource/{other}/", content=msgpack.packb([1]), headers={"content-type": formats.MSGPACK}
    )
    assert (array.status_code, array.json()) == (
        400,
        {
            "errors": [
                {
                    "code": "invalidImportData",
                    "message": "body: A backup is a game-data document (an object).",
                    "parameterName": "body",
                }
            ]
        },
    )
    assert items(exported(http, other, exportMode="normal")) == ["Sword", "Axe"]  # nothing lost


def test_msgpack_import_dry_run_changes_nothing_then_imports(http: httpx.Client) -> None:
    ds = stocked(http)
    before = result(http.get(f"/datasource/{ds}/"))
    body = msgpack.packb(
        {"Collections": {"Item": [{"Id": "Sword", "Damage": 99}, {"Id": "Bow", "Name": "Bow"}]}}
    )
    dry = result(importing(http, ds, body, formats.MSGPACK, dryRun="true"))
    assert [(c["id"], c["status"]) for c in dry["changes"]] == [("Sword", "updated"), ("Bow", "created")]
    assert result(http.get(f"/datasource/{ds}/")) == before
    done = result(importing(http, ds, body, formats.MSGPACK))
    assert done["revisionHash"] != before["revisionHash"]
    assert items(exported(http, ds, exportMode="extraction", schemas="Item")) == ["Sword", "Axe", "Bow"]
    assert (
        exported(http, ds, exportMode="extraction", schemas="Item")["Collections"]["Item"][0]["Damage"] == 99
    )


def test_import_reads_xlsx_and_merges_xliff_translations(http: httpx.Client) -> None:
    ds = stocked(http)
    raw = f"/datasource/{ds}/collections/raw/"
    sheet = http.get(
        raw, params={"exportMode": "extraction", "schemas": "Item"}, headers={"accept": formats.XLSX}
    )
    workbook = load_workbook(io.BytesIO(sheet.content))
    workbook["Item"]["C2"] = 55  # Sword's Damage
    out = io.BytesIO()
    workbook.save(out)
    changes = result(importing(http, ds, out.getvalue(), formats.XLSX, importMode="safeUpdate"))["changes"]
    assert {c["id"]: c["status"] for c in changes} == {"Sword": "updated", "Axe": "unchanged"}
    xliff = http.get(raw, params={"exportMode": "localization"}, headers={"accept": formats.XLIFF1}).content
    translated = xliff.replace("Épée".encode(), b"Glaive")
    result(importing(http, ds, translated, formats.XLIFF1, importMode="update"))
    sword = exported(http, ds, exportMode="extraction", schemas="Item")["Collections"]["Item"][0]
    assert sword["Title"] == {"en-US": "Sword", "fr-FR": "Glaive"} and sword["Damage"] == 55


def test_import_language_filter_keeps_the_other_languages(http: httpx.Client) -> None:
    ds = stocked(http)
    body = orjson.dumps(
        {
            "Collections": {
                "Item": [{"Id": "Sword", "Damage": 21, "Title": {"en-US": "Blade", "fr-FR": "Lame"}}]
            }
        }
    )
    result(importing(http, ds, body, formats.JSON, importMode="safeUpdate", languages="fr-FR"))
    sword = exported(http, ds, exportMode="extraction", schemas="Item")["Collections"]["Item"][0]
    # only the texts are filtered: the document's other values are imported as sent
    assert (sword["Title"], sword["Damage"]) == ({"en-US": "Sword", "fr-FR": "Lame"}, 21)


def test_unreadable_import_data_is_400_invalid_import_data(http: httpx.Client) -> None:
    ds = stocked(http)
    error(importing(http, ds, b"PK", formats.XLSX), 400, "invalidImportData")
    assert error(importing(http, ds, b"[1]", formats.JSON), 400, "invalidImportData") == {
        "code": "invalidImportData",
        "message": "body: Expected a game-data document: {Collections: {name: [...]}}.",
        "parameterName": "body",
    }
    not_documents = orjson.dumps({"Collections": {"Item": [1]}})
    assert error(importing(http, ds, not_documents, formats.JSON), 400, "invalidImportData") == {
        "code": "invalidImportData",
        "message": "body: Collections/Item must hold documents.",
        "parameterName": "body",
    }
    error(importing(http, ds, b"<x/>", formats.XLIFF2), 400, "invalidImportData")


def test_convert_reads_any_format_and_answers_bare_json(http: httpx.Client) -> None:
    ds = stocked(http)
    path = f"/datasource/{ds}/converter/raw/"
    document = {"Collections": {"Item": [{"Id": "Bow"}]}}
    converted = http.post(path, content=bson.encode(document), headers={"content-type": formats.BSON})
    assert (converted.status_code, converted.json()) == (200, document)
    array = http.post(
        path,
        content=msgpack.packb([{"Id": "Bow"}]),
        headers={"content-type": formats.MSGPACK},
        params={"schemaNameOrId": ITEM_ID},
    )
    assert array.json() == {"Collections": {"Item": [{"Id": "Bow"}]}}
    no_schema = http.post(path, content=msgpack.packb([{"Id": 1}]), headers={"content-type": formats.MSGPACK})
    assert (no_schema.status_code, no_schema.json()) == (
        400,
        {
            "errors": [
                {
                    "code": "missingParameterValue",
                    "message": "schemaNameOrId: An array of documents needs schemaNameOrId.",
                    "parameterName": "schemaNameOrId",
                }
            ]
        },
    )
    unknown = http.post(
        path,
        content=msgpack.packb([{"Id": 1}]),
        headers={"content-type": formats.MSGPACK},
        params={"schemaNameOrId": "Nowhere"},
    )
    assert (unknown.status_code, unknown.json()["errors"]) == (
        404,
        [
            {
                "code": "resourceNotFound",
                "message": "schemaNameOrId: The schema 'Nowhere' was not found.",
                "parameterName": "schemaNameOrId",
            }
        ],
    )


def test_each_run_is_a_process_with_its_raw_result(http: httpx.Client) -> None:
    ds = stocked(http)
    backup = http.get(f"/datasource/{ds}/raw/", headers={"accept": formats.MSGPACK}).content
    result(http.post(f"/datasource/{ds}/validity/", params={"validationOptions": CHECKS}))
    processes = result(http.get(f"/datasource/{ds}/process/"))["processes"]
    assert [(p["type"], p["status"]) for p in processes[-2:]] == [
        ("backup", "finishedWithResult"),
        ("validate", "finishedWithResult"),
    ]
    me = result(http.get("/user/me/"))
    assert processes[-1]["initiatorId"] == me["id"]
    raw = http.get(f"/datasource/{ds}/process/{processes[-2]['id']}/result/raw/", params={"download": "true"})
    assert raw.content == backup and raw.headers["content-type"] == formats.MSGPACK
    assert raw.headers["content-disposition"].endswith('.msgpack"')
    report = http.get(f"/datasource/{ds}/process/{processes[-1]['id']}/result/raw/").json()
    assert set(report) == {"records", "metadataHash", "revisionHash"}


def test_source_code_is_a_zip_with_a_file_per_schema_in_the_language(http: httpx.Client) -> None:
    ds = stocked(http)
    options = {
        "targetLanguage": "typeScript",
        "documentClassName": "Doc",
        "gameDataClassName": "Game",
        "namespace": "My.Game",
        "defineConstants": "",
        "lineEndings": "windows",
        "indentation": "tabs",
        "splitFiles": True,
        "optimizations": [],
    }
    response = http.post(f"/datasource/{ds}/source-code/", json=options, params={"download": "true"})
    assert response.headers["content-type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert sorted(archive.namelist()) == ["Doc.ts", "Game.ts", "Item.ts", "Part.ts"]
    item = archive.read("Item.ts").decode()
    assert "export class Item extends Doc {\r\n\tpublic Name: string;" in item
    assert "public Next: Reference<Item>;" in item and "public Parts: Part[];" in item
    csharp = http.post(
        f"/datasource/{ds}/source-code/", json={**options, "targetLanguage": "cSharp73", "splitFiles": False}
    )
    assert zipfile.ZipFile(io.BytesIO(csharp.content)).namelist() == ["Game.cs"]
    templates = http.get(f"/datasource/{ds}/source-code/templates/")
    assert "CSharp73/GameData.tt" in zipfile.ZipFile(io.BytesIO(templates.content)).namelist()


def test_grants_view_reads_edit_imports_administer_backs_up(http: httpx.Client) -> None:
    project = new_project(http)
    ds = project["branches"][0]["id"]
    member: dict[str, Any] = {**seed_users(http, SECOND)[0], **SECOND}
    join(http, project["id"], member)
    as_member = bearer(member["apiKey"])
    capabilities = result(http.get(f"/datasource/{ds}/capabilities/", headers=as_member))
    assert capabilities["limits"]["readOnly"] is True
    assert capabilities["limits"]["readOnlyReasons"] == ["noEditPermission"]
    assert result(http.get(f"/datasource/{ds}/capabilities/"))["limits"]["readOnly"] is False
    result(http.get(f"/datasource/{ds}/collections/", params={"exportMode": "normal"}, headers=as_member))
    body = orjson.dumps({"Collections": {}})
    error(http.get(f"/datasource/{ds}/", headers=as_member), 403, "authorizationFailed")
    error(http.get(f"/datasource/{ds}/raw/", headers=as_member), 403, "authorizationFailed")
    error(
        http.put(f"/datasource/{ds}/", content=body, headers={**as_member, "content-type": formats.JSON}),
        403,
        "authorizationFailed",
    )
    query = {"importMode": "create", "validationOptions": "", "dryRun": "true"}
    imported = http.put(
        f"/datasource/{ds}/collections/",
        content=body,
        params=query,
        headers={**as_member, "content-type": formats.JSON},
    )
    error(imported, 403, "authorizationFailed")
    grant(http, project["id"], member["id"], "view", "edit")
    imported = http.put(
        f"/datasource/{ds}/collections/",
        content=body,
        params=query,
        headers={**as_member, "content-type": formats.JSON},
    )
    assert result(imported)["changes"] == []
    schema_file = orjson.dumps({"Collections": {"Schema": [SHOP_SCHEMA]}})
    headers = {**as_member, "content-type": formats.JSON}
    refused = http.put(f"/datasource/{ds}/collections/", content=schema_file, params=query, headers=headers)
    error(refused, 403, "authorizationFailed")  # schemas need design
    grant(http, project["id"], member["id"], "view", "administer")
    assert (
        result(http.get(f"/datasource/{ds}/", headers=as_member))["document"]["Collections"]["Schema"] == []
    )


GEM_SCHEMA = schema_doc("5a1b2c3d4e5f60718293a4c1", "Gem", prop("Label", 1), prop("Carat", 12), kind=1)
RING_SCHEMA = schema_doc(
    "5a1b2c3d4e5f60718293a4c2",
    "Ring",
    prop("Gems", 23, ReferenceType={"Id": GEM_SCHEMA["Id"]}),
    prop("Main", 22, ReferenceType={"Id": GEM_SCHEMA["Id"]}),
)


def test_xliff_round_trips_the_texts_of_embedded_documents(http: httpx.Client) -> None:
    ds = stocked(http)
    for schema in (GEM_SCHEMA, RING_SCHEMA):
        result(create(http, ds, schema, "Schema"))
    ring: dict[str, Any] = {
        "Id": "R1",
        "Gems": [
            {"Id": "g1", "Label": {"en-US": "Ruby"}, "Carat": 2.0},
            {"Id": "g2", "Label": {"en-US": "Opal", "fr-FR": "Opale"}, "Carat": 1.5},
        ],
        "Main": {"Id": "m", "Label": {"en-US": "Pearl"}, "Carat": 3.0},
    }
    result(create(http, ds, ring, "Ring", validationOptions=""))
    cut = exported(http, ds, exportMode="localization", schemas="Ring")["Collections"]["Ring"][0]
    # Only ids and texts, embedded documents included.
    assert cut == {
        "Id": "R1",
        "Gems": [{"Id": "g1", "Label": {"en-US": "Ruby"}}, {"Id": "g2", "Label": ring["Gems"][1]["Label"]}],
        "Main": {"Id": "m", "Label": {"en-US": "Pearl"}},
    }
    raw = f"/datasource/{ds}/collections/raw/"
    params = {"exportMode": "localization", "schemas": "Ring"}
    xliff = http.get(raw, params=params, headers={"accept": formats.XLIFF2}).content
    assert b'name="/R1/Gems/0/Label"' in xliff and b'name="/R1/Main/Label"' in xliff
    translated = xliff.replace(b"<source>Ruby</source>", b"<source>Ruby</source><target>Rubis</target>")
    translated = translated.replace(
        b"<source>Pearl</source>", b"<source>Pearl</source><target>Perle</target>"
    )
    result(importing(http, ds, translated, formats.XLIFF2, importMode="update"))
    stored = exported(http, ds, exportMode="extraction", schemas="Ring")["Collections"]["Ring"][0]
    assert stored["Gems"][0] == {"Id": "g1", "Label": {"en-US": "Ruby", "fr-FR": "Rubis"}, "Carat": 2.0}
    assert stored["Gems"][1] == ring["Gems"][1]  # its translation came back unchanged
    assert stored["Main"] == {"Id": "m", "Label": {"en-US": "Pearl", "fr-FR": "Perle"}, "Carat": 3.0}


def test_the_language_filter_cuts_embedded_texts_too(http: httpx.Client) -> None:
    ds = stocked(http)
    for schema in (GEM_SCHEMA, RING_SCHEMA):
        result(create(http, ds, schema, "Schema"))
    gem: dict[str, Any] = {"Id": "g1", "Label": {"en-US": "Ruby", "fr-FR": "Rubis"}, "Carat": 2.0}
    result(create(http, ds, {"Id": "R1", "Gems": [gem]}, "Ring", validationOptions=""))
    french = exported(http, ds, exportMode="extraction", schemas="Ring", languages="fr-FR")
    assert french["Collections"]["Ring"][0]["Gems"] == [{**gem, "Label": {"fr-FR": "Rubis"}}]
    body = orjson.dumps(
        {"Collections": {"Ring": [{"Id": "R1", "Gems": [{**gem, "Label": {"fr-FR": "Rubis!"}}]}]}}
    )
    result(importing(http, ds, body, formats.JSON, importMode="safeUpdate", languages="fr-FR"))
    stored = exported(http, ds, exportMode="extraction", schemas="Ring")["Collections"]["Ring"][0]
    assert stored["Gems"][0]["Label"] == {"en-US": "Ruby", "fr-FR": "Rubis!"}  # English kept as stored


def test_an_import_filtered_to_its_schemas_brings_the_schemas_the_file_defines(http: httpx.Client) -> None:
    empty = new_project(http, name="fresh")["branches"][0]["id"]
    gamedata = {"Collections": {"Schema": [GEM_SCHEMA, RING_SCHEMA], "Ring": [{"Id": "R1"}]}}
    body = orjson.dumps(gamedata)
    # "Ring" is not stored yet: the file defines it, so naming the file's collections is no 404.
    done = result(importing(http, empty, body, formats.JSON, schemas="Schema", validationOptions=""))
    assert sorted(c["id"] for c in done["changes"]) == sorted([str(GEM_SCHEMA["Id"]), str(RING_SCHEMA["Id"])])
    assert exported(http, empty, exportMode="extraction", schemas="Ring")["Collections"]["Ring"] == []
    rings = result(importing(http, empty, body, formats.JSON, schemas="Ring", validationOptions=""))
    assert [(c["id"], c["status"]) for c in rings["changes"]] == [("R1", "created")]
    # both named: the file's own collection needs no stored schema (nor a stored one for its texts)
    other = new_project(http, name="other")["branches"][0]["id"]
    both = importing(http, other, body, formats.JSON, schemas=["Schema", "Ring"], languages="en-US")
    assert sorted((c["schemaName"], c["status"]) for c in result(both)["changes"]) == [
        ("Ring", "created"),
        ("Schema", "created"),
        ("Schema", "created"),
    ]
    nowhere = importing(http, empty, body, formats.JSON, schemas="Nowhere")
    assert error(nowhere, 404, "resourceNotFound") == {
        "code": "resourceNotFound",
        "message": "schemas: The schema 'Nowhere' was not found.",
        "parameterName": "schemas",
    }


def test_an_unknown_mode_or_a_foreign_content_type_is_refused_by_the_spec(http: httpx.Client) -> None:
    ds = stocked(http)
    # The spec's enums are exporting.EXPORT_MODES and datasource.IMPORT_MODES: the core answers first.
    mode = http.get(f"/datasource/{ds}/collections/", params={"exportMode": "bogus"})
    assert error(mode, 400, "invalidParameterValue")["parameterName"] == "exportMode"
    imported = importing(http, ds, orjson.dumps({"Collections": {}}), formats.JSON, importMode="bogus")
    assert error(imported, 400, "invalidParameterValue")["parameterName"] == "importMode"
    # A restore reads the tree formats only: the spec lists no other media type for it.
    sheet = http.put(f"/datasource/{ds}/", content=b"PK", headers={"content-type": formats.XLSX})
    assert sheet.status_code == 415


def test_a_bare_array_imports_into_the_one_schema_named(http: httpx.Client) -> None:
    ds = stocked(http)
    body = orjson.dumps([{"Id": "Bow", "Name": "Bow"}])
    changes = result(importing(http, ds, body, formats.JSON, schemas="Item"))["changes"]
    assert [(c["schemaName"], c["id"], c["status"]) for c in changes] == [("Item", "Bow", "created")]
    assert items(exported(http, ds, exportMode="extraction", schemas="Item")) == ["Sword", "Axe", "Bow"]


def test_an_import_filter_and_the_file_may_name_a_stored_schema_by_name_or_id(http: httpx.Client) -> None:
    ds = stocked(http)
    by_name = orjson.dumps({"Collections": {"Item": [{"Id": "Bow", "Name": "Bow"}]}})
    by_id = orjson.dumps({"Collections": {ITEM_ID: [{"Id": "Bow", "Name": "Bow"}]}})
    for body, schemas in ((by_name, ITEM_ID), (by_id, "Item")):
        done = result(importing(http, ds, body, formats.JSON, schemas=schemas, dryRun="true"))["changes"]
        assert [(c["schemaName"], c["id"], c["status"]) for c in done] == [("Item", "Bow", "created")], (
            schemas
        )


def test_an_import_writes_schemas_then_settings_then_the_files_collections(http: httpx.Client) -> None:
    ds = stocked(http)
    settings = exported(http, ds, exportMode="extraction", schemas="ProjectSettings")["Collections"]
    renamed = {**settings["ProjectSettings"][0], "Name": "renamed"}
    gamedata = {
        "Collections": {
            "Item": [{"Id": "Bow", "Name": "Bow"}],
            "ProjectSettings": [renamed],
            "Schema": [SHOP_SCHEMA],
        }
    }
    # the owner holds design and administer, which a file with schemas and settings needs
    changes = result(importing(http, ds, orjson.dumps(gamedata), formats.JSON))["changes"]
    assert [(c["schemaName"], c["status"]) for c in changes] == [
        ("Schema", "created"),
        ("ProjectSettings", "updated"),
        ("Item", "created"),
    ]


TX = "4c7e0a52-5a3e-4d0b-9a53-0c1f2e3d4b5a"


def test_export_and_import_inside_a_transaction_read_and_write_its_documents(http: httpx.Client) -> None:
    ds = stocked(http)
    begun = http.put(
        f"/datasource/{ds}/transaction/",
        json={"id": TX, "executionTimeout": "00:05:00", "startTimeout": "00:00:10"},
    )
    assert begun.status_code == 204
    result(
        create(
            http,
            ds,
            {"Id": "Bow", "Name": "Bow", "Title": {"en-US": "Bow", "fr-FR": "Arc"}},
            transactionId=TX,
        )
    )
    body = orjson.dumps(
        {"Collections": {"Item": [{"Id": "Bow", "Title": {"en-US": "Longbow", "fr-FR": "Arc long"}}]}}
    )
    done = result(
        importing(http, ds, body, formats.JSON, importMode="safeUpdate", languages="fr-FR", transactionId=TX)
    )
    assert [(c["id"], c["status"]) for c in done["changes"]] == [("Bow", "updated")]
    params = {"exportMode": "extraction", "schemas": "Item"}
    inside = result(http.get(f"/datasource/{ds}/collections/", params={**params, "transactionId": TX}))
    # the transaction's revision, and its Bow with the stored English text kept
    assert inside["revisionHash"] == done["revisionHash"]
    assert inside["document"]["Collections"]["Item"][-1] == {
        "Id": "Bow",
        "Name": "Bow",
        "Title": {"en-US": "Bow", "fr-FR": "Arc long"},
    }
    outside = result(http.get(f"/datasource/{ds}/collections/", params=params))
    assert items(outside["document"]) == ["Sword", "Axe"]
    assert outside["revisionHash"] != done["revisionHash"]


def set_languages(http: httpx.Client, ds: str, primary: str | None, languages: str | None) -> None:
    settings = exported(http, ds, exportMode="extraction", schemas="ProjectSettings")["Collections"]
    update = {**settings["ProjectSettings"][0], "PrimaryLanguage": primary, "Languages": languages}
    body = orjson.dumps({"Collections": {"ProjectSettings": [update]}})
    result(importing(http, ds, body, formats.JSON, importMode="safeUpdate", validationOptions=""))


def xliff_languages(http: httpx.Client, ds: str, **params: Any) -> tuple[str, str]:
    response = http.get(
        f"/datasource/{ds}/collections/raw/",
        params={"exportMode": "localization", **params},
        headers={"accept": formats.XLIFF2},
    )
    root = response.content.split(b"<file")[0].decode()
    source, target = (root.split(f'{name}="')[1].split('"')[0] for name in ("srcLang", "trgLang"))
    return source, target


def test_xliff_translates_the_primary_language_into_the_first_other_one_asked(http: httpx.Client) -> None:
    ds = stocked(http)
    set_languages(http, ds, "de-DE", "de-DE;en-US;fr-FR")
    assert xliff_languages(http, ds, languages="fr-FR") == ("de-DE", "fr-FR")
    assert xliff_languages(http, ds, languages=["de-DE", "fr-FR"]) == ("de-DE", "fr-FR")
    assert xliff_languages(http, ds) == ("de-DE", "en-US")  # none asked: the project's first other one
    # settings naming no language: en-US, into itself
    set_languages(http, ds, None, None)
    assert xliff_languages(http, ds) == ("en-US", "en-US")


QUEST_SCHEMA = schema_doc(f"{0xD1:024x}", "Quest", prop("Title", 1), id_type=12)


def test_an_xliff_import_skips_unknown_files_keeps_integer_ids_and_follows_the_language_filter(
    http: httpx.Client,
) -> None:
    ds = stocked(http)
    result(create(http, ds, QUEST_SCHEMA, "Schema"))
    result(create(http, ds, {"Id": 1, "Title": {"en-US": "Hunt"}}, "Quest"))
    params = {"exportMode": "localization", "schemas": "Quest"}
    xliff = http.get(f"/datasource/{ds}/collections/raw/", params=params, headers={"accept": formats.XLIFF2})
    quest_file = b'<file id="f1" original="Quest">'
    assert quest_file in xliff.content
    unknown_file = b'<file id="f0" original="Nope"><unit id="u0" name="/1/Title"><segment><source>x</source>'
    unknown_file += b"<target>y</target></segment></unit></file>"
    translated = xliff.content.replace(quest_file, unknown_file + quest_file).replace(
        b"<source>Hunt</source>", b"<source>Hunt</source><target>Chasse</target>"
    )

    def stored() -> Any:
        return exported(http, ds, exportMode="extraction", schemas="Quest")["Collections"]["Quest"]

    # the file's texts are French: an import of German ones takes none of them
    result(importing(http, ds, translated, formats.XLIFF2, importMode="update", languages="de-DE"))
    assert stored() == [{"Id": 1, "Title": {"en-US": "Hunt"}}]
    done = result(importing(http, ds, translated, formats.XLIFF2, importMode="update"))
    assert [(c["schemaName"], c["id"], c["status"]) for c in done["changes"]] == [("Quest", 1, "updated")]
    assert stored() == [{"Id": 1, "Title": {"en-US": "Hunt", "fr-FR": "Chasse"}}]


def test_a_value_a_format_cannot_hold_is_400_invalid_parameter_value(http: httpx.Client) -> None:
    ds = stocked(http)
    # A restore stores documents as given, so a key BSON and XLSX cannot write can come in that way.
    backup = orjson.loads(http.get(f"/datasource/{ds}/raw/").content)
    backup["Collections"]["ProjectSettings"][0]["Odd\u0000Key"] = "x"
    result(
        http.put(f"/datasource/{ds}/", content=orjson.dumps(backup), headers={"content-type": formats.JSON})
    )
    bson_error = {
        "code": "invalidParameterValue",
        "message": "The value cannot be written as BSON: Invalid document:"
        " Key names must not contain the NULL byte.",
    }
    xlsx_error = {
        "code": "invalidParameterValue",
        "message": "A property name holds a character XLSX cannot store (a control character).",
    }
    normal = {"exportMode": "normal"}
    for path, params, media, expected in (
        ("", {}, formats.BSON, bson_error),
        ("raw/", {}, formats.BSON, bson_error),
        ("collections/", normal, formats.BSON, bson_error),
        ("collections/raw/", normal, formats.BSON, bson_error),
        ("collections/raw/", normal, formats.XLSX, xlsx_error),
    ):
        response = http.get(f"/datasource/{ds}/{path}", params=params, headers={"accept": media})
        assert (response.status_code, response.json()) == (400, {"errors": [expected]}), (path, media)


def test_each_run_records_its_process_with_what_it_answered(http: httpx.Client) -> None:
    ds = stocked(http)
    normal = {"exportMode": "normal"}
    answers = [
        http.get(f"/datasource/{ds}/collections/", params=normal, headers={"accept": formats.MSGPACK}),
        http.get(f"/datasource/{ds}/collections/raw/", params=normal, headers={"accept": formats.XLSX}),
        http.get(f"/datasource/{ds}/", headers={"accept": formats.BSON}),
        http.get(f"/datasource/{ds}/raw/", headers={"accept": formats.MSGPACK}),
    ]
    backup = http.get(f"/datasource/{ds}/raw/").content
    restored = http.put(f"/datasource/{ds}/", content=backup, headers={"content-type": formats.JSON})
    imported = importing(
        http, ds, orjson.dumps({"Collections": {"Item": [{"Id": "Bow", "Name": "Bow"}]}}), formats.JSON
    )
    processes = result(http.get(f"/datasource/{ds}/process/"))["processes"]
    assert [(p["type"], p["status"], p["progressMessage"]) for p in processes[-7:]] == [
        ("export", "finishedWithResult", "Exported"),
        ("export", "finishedWithResult", "Exported"),
        ("backup", "finishedWithResult", "Backed up"),
        ("backup", "finishedWithResult", "Backed up"),
        ("backup", "finishedWithResult", "Backed up"),
        ("restore", "finishedWithResult", "Restored"),
        ("import", "finishedWithResult", "Imported"),
    ]
    raws = [http.get(f"/datasource/{ds}/process/{p['id']}/result/raw/") for p in processes[-7:]]
    for answer, raw in zip(answers, raws[:4], strict=True):
        assert (raw.content, raw.headers["content-type"]) == (answer.content, answer.headers["content-type"])
    # an import's or a restore's result is its JSON report
    for answer, raw in ((restored, raws[5]), (imported, raws[6])):
        assert raw.headers["content-type"] == formats.JSON
        assert orjson.loads(raw.content) == result(answer)
