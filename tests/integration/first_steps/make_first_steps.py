"""Make: a data store and its records, through ``Client`` and ``AsyncClient`` attributes only."""

from __future__ import annotations

import asyncio

from make_client import AsyncClient, Client, NotFoundError
from make_client.models import DataStoreRecordData


def main(base_url: str, token: str) -> list[str]:
    steps: list[str] = []
    client = Client(base_url, token=token)
    store = client.data_stores.create(name="orders", team_id=1, max_size_mb=1).data_store
    steps.append(f"created {store.name}")
    for number in range(5):
        client.data_stores.records.create(
            store.id, key=f"order-{number}", data=DataStoreRecordData.from_dict({"n": number})
        )
    keys = [record.key for record in client.data_stores.records.list_all(store.id, page_size=2)]
    steps.append(f"listed {len(keys)} records")
    renamed = client.data_stores.update(store.id, name="orders-2024").data_store
    steps.append(f"renamed to {renamed.name}")
    steps.append(f"got {client.data_stores.get(store.id).data_store.name}")
    names = [s.name for s in client.data_stores.list_all(team_id=1)]
    steps.append(f"stores {names}")

    async def read_async() -> str:
        aclient = AsyncClient(base_url, token=token)
        got = await aclient.data_stores.get(store.id)
        await aclient.aclose()
        # `get` takes a `cols` projection, so every field of its answer may be absent: narrow it.
        name = got.data_store.name
        return name if isinstance(name, str) else "?"

    steps.append(f"async got {asyncio.run(read_async())}")
    client.data_stores.delete(store.id, confirmed=True)
    try:
        client.data_stores.get(store.id)
    except NotFoundError as error:
        steps.append(f"deleted: {error.status_code}")
    client.close()
    return steps
