"""Non-JSON bodies through the generated Charon client: ``<method>_bytes(accept=...)`` sends ``Accept`` and
returns the body unparsed, in the format asked for; ``<method>_from_bytes(content=, content_type=)`` sends
an encoded body (MessagePack, BSON, ...) as it is."""

from __future__ import annotations

import asyncio
import io

import bson
import msgpack
import openpyxl
import pytest
from charon_client.errors import ApiError
from charon_client.models import ExportMode

from emulators.pytest_plugin import EmulatorHandle
from tests.client.charon_setup import new_data_source, with_items

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_export_as_messagepack_and_xlsx(charon_emulator: EmulatorHandle) -> None:
    client = charon_emulator.client
    ds = with_items(client, 3)
    packed = client.data_source.export_raw_bytes(
        ds, accept="application/x-msgpack", export_mode=ExportMode.NORMAL
    )
    items = msgpack.unpackb(packed)["Collections"]["Item"]
    assert items == [{"Id": f"item{n}", "Damage": n} for n in range(3)]

    sheet = client.data_source.export_raw_bytes(ds, accept=XLSX, export_mode=ExportMode.NORMAL)
    rows = [
        [cell.value for cell in row] for row in openpyxl.load_workbook(io.BytesIO(sheet))["Item"].iter_rows()
    ]
    assert rows == [["Id", "Damage"], ["item0", 0], ["item1", 1], ["item2", 2]]

    # The plain method still parses the JSON form.
    parsed = client.data_source.export_raw(ds, export_mode=ExportMode.NORMAL)
    assert [d.id for d in parsed.collections["Item"]] == ["item0", "item1", "item2"]


def test_enveloped_backup_as_bson_async(charon_emulator: EmulatorHandle) -> None:
    from charon_client import AsyncClient

    ds = with_items(charon_emulator.client, 2)

    async def backup() -> bytes:
        async with AsyncClient(base_url=charon_emulator.base_url, token=charon_emulator.token) as client:
            body: bytes = await client.data_source.backup_bytes(ds, accept="application/bson")
            return body

    document = bson.decode(asyncio.run(backup()))["result"]["document"]
    assert [d["Id"] for d in document["Collections"]["Item"]] == ["item0", "item1"]


def test_function_module_bytes_and_errors_still_raise(charon_emulator: EmulatorHandle) -> None:
    from charon_client.api.data_source import export_raw

    client = charon_emulator.client
    ds = with_items(client, 1)
    charon_emulator.control.clear_requests()
    body = export_raw.sync_bytes(ds, client=client, accept="application/json", export_mode=ExportMode.NORMAL)
    assert body.startswith(b"{")
    assert [r["operationId"] for r in charon_emulator.requests] == ["exportRaw"]
    assert "application/x-msgpack" in export_raw.MEDIA_TYPES and XLSX in export_raw.MEDIA_TYPES
    with pytest.raises(ApiError) as raised:
        client.data_source.export_raw_bytes(
            "0" * 24, accept="application/x-msgpack", export_mode=ExportMode.NORMAL
        )
    assert raised.value.status_code == 404


def test_import_a_messagepack_body(charon_emulator: EmulatorHandle) -> None:
    from charon_client.models import ImportMode, ListDocumentsRequest, ValidationOption

    client = charon_emulator.client
    source = with_items(client, 2)
    packed = client.data_source.export_raw_bytes(
        source, accept="application/x-msgpack", export_mode=ExportMode.NORMAL
    )
    target = new_data_source(client, "imported")

    def imported() -> list[str]:
        page = client.data_source.list_documents(target, "Item", body=ListDocumentsRequest())
        return [d.id for d in page.result.documents]

    checks = [ValidationOption.CHECK_REQUIREMENTS]
    dry = client.data_source.import_from_bytes(
        target,
        content=packed,
        content_type="application/x-msgpack",
        import_mode=ImportMode.CREATE_AND_UPDATE,
        validation_options=checks,
        dry_run=True,
    )
    assert dry.result is not None
    with pytest.raises(ApiError):  # a dry run persists nothing, not even the schema
        imported()
    client.data_source.import_from_bytes(
        target,
        content=packed,
        content_type="application/x-msgpack",
        import_mode=ImportMode.CREATE_AND_UPDATE,
        validation_options=checks,
        dry_run=False,
    )
    assert imported() == ["item0", "item1"]
    sent = [r for r in charon_emulator.requests if r.get("operationId") == "import"]
    assert len(sent) == 2 and all(r["status"] == 200 for r in sent)


def test_restore_from_a_bson_backup(charon_emulator: EmulatorHandle) -> None:
    client = charon_emulator.client
    source = with_items(client, 3)
    backup = bson.decode(client.data_source.backup_bytes(source, accept="application/bson"))["result"][
        "document"
    ]
    target = new_data_source(client, "restored")
    client.data_source.restore_from_bytes(
        target, content=bson.encode(backup), content_type="application/bson"
    )
    exported = client.data_source.export_raw(target, export_mode=ExportMode.NORMAL)
    assert [d.id for d in exported.collections["Item"]] == ["item0", "item1", "item2"]
