"""Embedded documents (Document and DocumentCollection values) found inside root documents.

``path`` is ``*`` (everywhere), ``/<Schema>`` (inside that collection's documents), ``/<Schema>/<Id>`` or
``/<Schema>/<Id>/<Property>``. Emulator decision: embedded documents are not indexed, so their lists are
built in memory (one level deep: the components directly inside root documents), with the same filters,
sorters, query and paging as root lists (``matching``). Such a list reads every root document of the
containing collections: fine for the emulator's scale of components, not a million.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson

from emulators.charon import matching, store
from emulators.charon.schemas import DOCUMENT, DOCUMENT_COLLECTION, SchemaModel
from emulators.core.storage import Storage


def documents(
    storage: Storage, scope: str, schema: SchemaModel, path: str
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    parts = [p for p in path.split("/") if p] if path != "*" else []
    for container in store.metadata(storage, scope).by_name.values():
        if parts and parts[0] != container.name:
            continue
        holders = [
            p
            for p in container.properties
            if p.data_type in (DOCUMENT, DOCUMENT_COLLECTION)
            and p.reference_schema_id == schema.id
            and (len(parts) < 3 or parts[2] == p.name)
        ]
        if not holders:
            continue
        for root in store.rows(storage, scope, container.id):
            if len(parts) >= 2 and str(root.get("Id")) != parts[1]:
                continue
            for prop in holders:
                value = root.get(prop.name)
                items = (
                    [(f"/{prop.name}", value)]
                    if isinstance(value, dict)
                    else [(f"/{prop.name}/{i}", v) for i, v in enumerate(value or []) if isinstance(v, dict)]
                    if isinstance(value, list)
                    else []
                )
                for where, item in items:
                    yield (
                        item,
                        {
                            "schemaId": schema.id,
                            "path": f"/{container.name}/{root.get('Id')}{where}",
                            "containingDocumentSchemaId": container.id,
                            "containingDocumentId": root.get("Id"),
                            "errorCount": 0,
                        },
                    )


def page(
    storage: Storage, scope: str, schema: SchemaModel, path: str, body: dict[str, Any]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    matches = matching.matcher(schema, body)  # the same 400s as a root list for unknown properties
    found = [f for f in documents(storage, scope, schema, path) if matches(f[0])]
    text = body.get("query")
    if isinstance(text, str) and text:
        found = [f for f in found if text.lower() in orjson.dumps(f[0]).decode().lower()]
    matching.sort(schema, body, found, lambda f: f[0])
    total = len(found)
    skip, take = body.get("skip") or 0, body.get("take")
    found = found[skip : None if take is None else skip + take]
    return [f[0] for f in found], [f[1] for f in found], total
