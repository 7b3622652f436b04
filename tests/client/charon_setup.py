"""A Charon data source with an ``Item`` schema and a few documents, made through the generated client."""

from __future__ import annotations

from typing import Any

ITEM_SCHEMA = {
    "Id": "5a1b2c3d4e5f60718293a4e0",
    "Name": "Item",
    "IdGenerator": 0,
    "Properties": [
        {"Name": "Id", "DataType": 0, "Uniqueness": 1, "Requirement": 2},
        {"Name": "Damage", "DataType": 13},
    ],
}


def new_data_source(client: Any, name: str = "game data") -> str:
    """A new project's primary branch: its id is the data source id."""
    from charon_client.models import ScriptingLanguage

    workspace = client.workspace.get_current().result[0].id
    project = client.project.create(
        workspace_id=workspace, name=name, scripting_language=ScriptingLanguage.C_SHARP
    )
    data_source: str = project.result.branches[0].id
    return data_source


def with_items(client: Any, count: int) -> str:
    """A data source with the ``Item`` schema and ``item0``..``item<count-1>`` (``Damage`` = n)."""
    from charon_client.models import DataDocument, ValidationOption

    ds = new_data_source(client)
    checks = [ValidationOption.CHECK_REQUIREMENTS]
    schema = DataDocument.from_dict(ITEM_SCHEMA)
    client.data_source.create_document(ds, "Schema", body=schema, validation_options=checks)
    for n in range(count):
        document = DataDocument.from_dict({"Id": f"item{n}", "Damage": n})
        client.data_source.create_document(ds, "Item", body=document, validation_options=checks)
    return ds
