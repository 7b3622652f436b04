"""Qlik's data-store model: the stored fields, the tables, the facts read once from ``specs/qlik.yaml``."""

from __future__ import annotations

from functools import cache
from typing import Any

from emulators.core.spec import Validator, load_document
from emulators.core.storage import Dialect

STORE_FIELDS = (
    "id",
    "uri",
    "name",
    "tags",
    "type",
    "ownerId",
    "spaceId",
    "version",
    "tenantId",
    "createdBy",
    "properties",
    "createdTime",
    "description",
    "technicalName",
    "lastModifiedBy",
    "lastModifiedTime",
    "technicalDescription",
)
SERVER_MANAGED = (
    "id",
    "version",
    "tenantId",
    "createdBy",
    "createdTime",
    "lastModifiedBy",
    "lastModifiedTime",
)
WRITABLE = tuple(f for f in STORE_FIELDS if f not in SERVER_MANAGED)

SCHEMA = """
CREATE TABLE IF NOT EXISTS qlik_data_stores (
    seq {serial},
    id TEXT NOT NULL UNIQUE,
    tenant_id TEXT NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS qlik_data_stores_tenant ON qlik_data_stores (tenant_id, seq);
CREATE TABLE IF NOT EXISTS qlik_data_assets (
    seq {serial},
    id TEXT NOT NULL UNIQUE,
    store_id TEXT NOT NULL REFERENCES qlik_data_stores (id),
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS qlik_data_assets_store ON qlik_data_assets (store_id, seq);
CREATE TABLE IF NOT EXISTS qlik_data_sets (
    seq {serial},
    id TEXT NOT NULL UNIQUE,
    asset_id TEXT NOT NULL REFERENCES qlik_data_assets (id) ON DELETE CASCADE,
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS qlik_data_sets_asset ON qlik_data_sets (asset_id, seq);
"""


# -- spec-derived facts -----------------------------------------------------------------------------------


@cache
def components() -> dict[str, Any]:
    found: dict[str, Any] = load_document("qlik").get("components") or {}
    return found


@cache
def schema_properties(schema: str) -> tuple[str, ...]:
    """Top-level property names of a spec schema: the fields ``projections`` may name."""
    return tuple(components()["schemas"][schema]["properties"])


@cache
def schema_validator(schema: str) -> Validator:
    return Validator.compile({"$ref": f"#/components/schemas/{schema}"}, components())


@cache
def scalar_properties(schema: str) -> tuple[str, ...]:
    """The properties of a spec schema that ``sort`` can order by: those with a scalar type."""
    properties = components()["schemas"][schema]["properties"]
    scalar = {"string", "integer", "number", "boolean"}
    return tuple(name for name, spec in properties.items() if spec.get("type") in scalar)


# Each listed table, the column its lists are scoped by, and the spec schema of its items.
LISTED = (
    ("qlik_data_stores", "tenant_id", "DataStore"),
    ("qlik_data_assets", "store_id", "DataAsset"),
    ("qlik_data_sets", "asset_id", "DataSet"),
)


def sort_indexes(sql: Dialect) -> str:
    """An index per list and sortable field, ``(owner, field, seq)``: a sorted page is an index walk."""
    return "".join(
        f"CREATE INDEX IF NOT EXISTS {table}_by_{name.lower()} ON {table}"
        f" ({owner}, {sql.json_field('doc', name)}, seq);\n"
        for table, owner, schema in LISTED
        for name in scalar_properties(schema)
    )


@cache
def sortable_fields(schema: str, alias: str, sql: Dialect) -> dict[str, str]:
    """API field name -> SQL expression over the JSON document; only scalar spec properties get in."""
    return {name: sql.json_field(f"{alias}.doc", name) for name in scalar_properties(schema)}


# -- small helpers ----------------------------------------------------------------------------------------
