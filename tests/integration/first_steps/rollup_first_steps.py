"""Rollup: a data sink and its entries, through ``Client`` attributes only."""

from __future__ import annotations

import uuid

from rollup_client import Client, NotFoundError


def main(base_url: str, token: str) -> list[str]:
    steps: list[str] = []
    client = Client(base_url, token=token)
    workspace = uuid.uuid4()
    sink = client.data_sinks.create(workspace, label="Prices", client_id="first-steps")
    steps.append(f"created {sink.label}")
    sink_id = str(sink.id)  # the path parameter is a string; the model's id a UUID
    client.data_sinks.entries.add_many(
        workspace, sink_id, key="eur", data_type="scalar", value="1.08", client_id="first-steps"
    )
    entry = client.data_sinks.entries.get(workspace, sink_id, "eur")
    steps.append(f"entry {entry.key}={entry.value}")
    client.data_sinks.update(workspace, sink_id, label="FX prices", client_id="first-steps")
    steps.append(f"got {client.data_sinks.get(workspace, sink_id).label}")
    steps.append(f"listed {[s.label for s in client.data_sinks.list(workspace)]}")
    client.data_sinks.delete(workspace, sink_id, client_id="first-steps")
    try:
        client.data_sinks.get(workspace, sink_id)
    except NotFoundError as error:
        steps.append(f"deleted: {error.status_code}")
    client.close()
    return steps
