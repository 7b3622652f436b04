"""``queryDocuments`` streams ``text/event-stream``: ``query_documents_stream`` yields each event as a typed
``ListResult``, lazily (the request goes out on the first ``next()``)."""

from __future__ import annotations

import asyncio

from emulators.pytest_plugin import EmulatorHandle
from tests.client.charon_setup import with_items

GEAR = {
    "Id": "5a1b2c3d4e5f60718293a4f2",
    "Name": "Gear",
    "IdGenerator": 0,
    "Properties": [{"Name": "Id", "DataType": 0, "Uniqueness": 1, "Requirement": 2}],
}


def _data_source(charon_emulator: EmulatorHandle) -> str:
    from charon_client.models import DataDocument

    client = charon_emulator.client
    ds = with_items(client, 3)
    client.data_source.create_document(ds, "Schema", body=DataDocument.from_dict(GEAR), validation_options=[])
    for name in ("item-helmet", "boots"):
        client.data_source.create_document(
            ds, "Gear", body=DataDocument.from_dict({"Id": name}), validation_options=[]
        )
    return ds


def test_each_event_is_a_typed_batch_read_lazily(charon_emulator: EmulatorHandle) -> None:
    from charon_client.models import ListResult

    client = charon_emulator.client
    ds = _data_source(charon_emulator)
    charon_emulator.control.clear_requests()
    stream = client.data_source.query_documents_stream(ds, query="item")
    assert charon_emulator.requests == []  # nothing sent until the first next()
    batches = list(stream)
    assert all(isinstance(b, ListResult) for b in batches)
    found = {b.metas[0].path.split("/")[1]: [d.id for d in b.documents] for b in batches if b.documents}
    assert found["Item"] == ["item0", "item1", "item2"]
    assert found["Gear"] == ["item-helmet"]  # "boots" does not match
    assert [r["operationId"] for r in charon_emulator.requests] == ["queryDocuments"]


def test_async_stream_and_an_error_status(charon_emulator: EmulatorHandle) -> None:
    import pytest
    from charon_client import AsyncClient
    from charon_client.errors import ApiError

    ds = _data_source(charon_emulator)

    async def ids() -> list[str]:
        async with AsyncClient(base_url=charon_emulator.base_url, token=charon_emulator.token) as client:
            stream = client.data_source.query_documents_stream(ds, query="helmet")
            return [d.id async for batch in stream for d in batch.documents]

    assert asyncio.run(ids()) == ["item-helmet"]
    with pytest.raises(ApiError) as missing:
        list(charon_emulator.client.data_source.query_documents_stream("0" * 24, query="x"))
    assert missing.value.status_code == 404
