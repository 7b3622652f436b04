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

# Assets and sets carry their store's tenant (filled on write, never changed: a store keeps its tenant),
# so a list over several or all (``*``) stores or assets is one walk of a ``(tenant_id, ...)`` index.
# A list's ``total`` is a sum of stored counts (a store's assets and sets, an asset's sets), kept by every
# write in its transaction: a count of the matching rows would walk the whole collection per request.
TABLES = """
CREATE TABLE IF NOT EXISTS qlik_data_stores (
    seq {serial},
    id TEXT NOT NULL UNIQUE,
    tenant_id TEXT NOT NULL,
    doc TEXT NOT NULL,
    asset_count INTEGER NOT NULL DEFAULT 0,
    set_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS qlik_data_assets (
    seq {serial},
    id TEXT NOT NULL UNIQUE,
    store_id TEXT NOT NULL REFERENCES qlik_data_stores (id),
    tenant_id TEXT NOT NULL,
    doc TEXT NOT NULL,
    set_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS qlik_data_sets (
    seq {serial},
    id TEXT NOT NULL UNIQUE,
    asset_id TEXT NOT NULL REFERENCES qlik_data_assets (id) ON DELETE CASCADE,
    tenant_id TEXT NOT NULL,
    doc TEXT NOT NULL
);
"""
# What a state written by an older schema lacks: (table, column, definition, the backfill that fills it
# from the rows), run in the transaction that added the column (ALTER TABLE wants a default for NOT NULL).
MIGRATIONS = (
    (
        "qlik_data_assets",
        "tenant_id",
        "TEXT NOT NULL DEFAULT ''",
        "UPDATE qlik_data_assets SET tenant_id = (SELECT s.tenant_id FROM qlik_data_stores s "
        "WHERE s.id = qlik_data_assets.store_id)",
    ),
    (
        "qlik_data_sets",
        "tenant_id",
        "TEXT NOT NULL DEFAULT ''",
        "UPDATE qlik_data_sets SET tenant_id = (SELECT a.tenant_id FROM qlik_data_assets a "
        "WHERE a.id = qlik_data_sets.asset_id)",
    ),
    (
        "qlik_data_assets",
        "set_count",
        "INTEGER NOT NULL DEFAULT 0",
        "UPDATE qlik_data_assets SET set_count = (SELECT count(*) FROM qlik_data_sets d "
        "WHERE d.asset_id = qlik_data_assets.id)",
    ),
    (
        "qlik_data_stores",
        "asset_count",
        "INTEGER NOT NULL DEFAULT 0",
        "UPDATE qlik_data_stores SET asset_count = (SELECT count(*) FROM qlik_data_assets a "
        "WHERE a.store_id = qlik_data_stores.id)",
    ),
    (
        "qlik_data_stores",
        "set_count",
        "INTEGER NOT NULL DEFAULT 0",
        "UPDATE qlik_data_stores SET set_count = (SELECT count(*) FROM qlik_data_sets d "
        "JOIN qlik_data_assets a ON a.id = d.asset_id WHERE a.store_id = qlik_data_stores.id)",
    ),
)
INDEXES = """
CREATE INDEX IF NOT EXISTS qlik_data_stores_tenant ON qlik_data_stores (tenant_id, seq);
CREATE INDEX IF NOT EXISTS qlik_data_assets_store ON qlik_data_assets (store_id, seq);
CREATE INDEX IF NOT EXISTS qlik_data_assets_tenant ON qlik_data_assets (tenant_id, seq);
CREATE INDEX IF NOT EXISTS qlik_data_sets_asset ON qlik_data_sets (asset_id, seq);
CREATE INDEX IF NOT EXISTS qlik_data_sets_tenant ON qlik_data_sets (tenant_id, seq);
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


# Each listed table, the columns its lists are scoped by (one parent; the tenant: several or all
# parents), and the spec schema of its items.
LISTED = (
    ("qlik_data_stores", ("tenant_id",), "DataStore"),
    ("qlik_data_assets", ("store_id", "tenant_id"), "DataAsset"),
    ("qlik_data_sets", ("asset_id", "tenant_id"), "DataSet"),
)


def sort_indexes(sql: Dialect) -> str:
    """An index per list scope and sortable field, ``(owner, field, seq)``: a sorted page is an index
    walk. The first scope keeps the index names the schema always had."""
    return "".join(
        f"CREATE INDEX IF NOT EXISTS {table}_by_{'' if owner == owners[0] else 'tenant_'}{name.lower()}"
        f" ON {table} ({owner}, {sql.json_field('doc', name)}, seq);\n"
        for table, owners, schema in LISTED
        for owner in owners
        for name in scalar_properties(schema)
    )


@cache
def sortable_fields(schema: str, alias: str, sql: Dialect) -> dict[str, str]:
    """API field name -> SQL expression over the JSON document; only scalar spec properties get in."""
    return {name: sql.json_field(f"{alias}.doc", name) for name in scalar_properties(schema)}


# -- small helpers ----------------------------------------------------------------------------------------
