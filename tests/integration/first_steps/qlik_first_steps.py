"""Qlik: data stores, through ``Client`` attributes only."""

from __future__ import annotations

from qlik_client import Client, NotFoundError
from qlik_client.models import JsonPatchOperation, JsonPatchOperationOp


def main(base_url: str, token: str) -> list[str]:
    steps: list[str] = []
    client = Client(base_url, token=token)
    ids: list[str] = []
    for number in range(3):
        store = client.data_stores.create(
            type_="qix-datafiles", technical_name=f"store-{number}", name=f"Store {number}"
        )
        assert isinstance(store.id, str)
        ids.append(store.id)
    steps.append(f"created {len(ids)}")
    listed = [s.technical_name for s in client.data_stores.list_all(limit=2)]
    steps.append(f"listed {len(listed)} over pages of 2")
    client.data_stores.patch(
        ids[0], body=[JsonPatchOperation(op=JsonPatchOperationOp.REPLACE, path="/name", value="Renamed")]
    )
    steps.append(f"got {client.data_stores.get(ids[0]).name}")
    client.data_stores.delete_many(ids=ids)
    try:
        client.data_stores.get(ids[0])
    except NotFoundError as error:
        steps.append(f"deleted: {error.status_code}")
    client.close()
    return steps
