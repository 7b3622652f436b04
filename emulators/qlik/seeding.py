"""``POST /_emulator/seed``: the data assets and data sets Qlik's API cannot create, in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from emulators.core.http import ApiProblem, FieldProblem, Response
from emulators.qlik.model import schema_properties, schema_validator
from emulators.qlik.sets import DataSets
from emulators.qlik.wire import dump_doc, load_doc


class Seeding(DataSets):
    def seed(self, payload: Any, tenant: str | None = None) -> Response:
        """``{"dataAssets": [...], "dataSets": [...]}``: all created, or nothing (400/409).

        Assets attach only to stores of ``tenant`` (the caller's; ``None``: the admin, any store), and a
        store of another tenant is "does not exist", as the API would say.
        """
        if not isinstance(payload, dict):
            raise ApiProblem(400, 'The seed must be an object {"dataAssets": [...], "dataSets": [...]}.')
        unknown = sorted(set(payload) - {"dataAssets", "dataSets"})
        if unknown:
            raise ApiProblem(400, f"Unknown seed member(s): {', '.join(unknown)}.")
        assets, data_sets = payload.get("dataAssets", []), payload.get("dataSets", [])
        if not isinstance(assets, list) or not isinstance(data_sets, list):
            raise ApiProblem(400, "dataAssets and dataSets must be arrays.")
        created: dict[str, list[str]] = {"dataAssets": [], "dataSets": []}
        with self.storage.transaction():
            for index, raw in enumerate(assets):
                created["dataAssets"].append(self._seed_asset(raw, f"dataAssets/{index}", tenant))
            for index, raw in enumerate(data_sets):
                created["dataSets"].append(self._seed_data_set(raw, f"dataSets/{index}", tenant))
        return Response(200, created)

    def _seed_item(
        self, raw: Any, where: str, schema: str, required: Sequence[str], parent: str
    ) -> tuple[dict[str, Any], str]:
        """Checks common to seeded assets and sets; returns the item and its parent's id."""
        if not isinstance(raw, dict):
            raise ApiProblem(400, f"{where} must be an object.")
        problems = schema_validator(schema).problems(raw, where)
        problems += [FieldProblem(f"{where}/{name}", "is required") for name in required if name not in raw]
        parent_info = raw.get(parent)
        parent_id = parent_info.get("id") if isinstance(parent_info, dict) else None
        if not isinstance(parent_id, str):
            problems.append(FieldProblem(f"{where}/{parent}/id", "is required"))
        if problems:
            raise ApiProblem(400, "The seed is not valid.", problems=problems)
        return raw, str(parent_id)

    def _audit(self, raw: dict[str, Any], owner: dict[str, Any], tenant: str) -> dict[str, Any]:
        """Server-managed fields of a seeded item: given values kept (except tenant), the rest filled in."""
        now = self._now()
        # A parent in a state written by an older emulator may have no creator, or not even an owner.
        creator = raw.get("createdBy") or owner.get("createdBy") or owner.get("ownerId") or ""
        created_time = raw.get("createdTime") or now
        return {
            "ownerId": raw.get("ownerId") or owner.get("ownerId") or creator,
            "version": raw.get("version") or 1,
            "tenantId": tenant,
            "createdBy": creator,
            "createdTime": created_time,
            "lastModifiedBy": raw.get("lastModifiedBy") or creator,
            "lastModifiedTime": raw.get("lastModifiedTime") or created_time,
        }

    def _check_new_id(self, table: str, item_id: str, where: str) -> None:
        if self.storage.one(f"SELECT 1 FROM {table} WHERE id = ?", (item_id,)):
            raise ApiProblem(409, f"{where}: id {item_id} already exists.")

    def _seed_asset(self, raw: Any, where: str, tenant: str | None) -> str:
        asset, store_id = self._seed_item(
            raw, where, "DataAsset", ("technicalName", "appType"), "dataStoreInfo"
        )
        row = self.storage.one("SELECT tenant_id, doc FROM qlik_data_stores WHERE id = ?", (store_id,))
        if row is None or tenant not in (None, row["tenant_id"]):
            raise ApiProblem(400, f"{where}/dataStoreInfo/id: data store {store_id} does not exist.")
        store = load_doc(row["doc"])
        asset_id = asset.get("id") or self._new_id()
        self._check_new_id("qlik_data_assets", asset_id, where)
        doc = {**asset, **self._audit(asset, store, row["tenant_id"]), "id": asset_id}
        if "spaceId" not in doc and "spaceId" in store:
            doc["spaceId"] = store["spaceId"]
        doc["dataStoreInfo"] = {"id": store_id}
        doc = {key: doc[key] for key in schema_properties("DataAsset") if key in doc}
        self.storage.execute(
            "INSERT INTO qlik_data_assets (id, store_id, tenant_id, doc) VALUES (?, ?, ?, ?)",
            (asset_id, store_id, row["tenant_id"], dump_doc(doc)),
        )
        self.storage.execute(
            "UPDATE qlik_data_stores SET asset_count = asset_count + 1 WHERE id = ?", (store_id,)
        )
        return asset_id

    def _seed_data_set(self, raw: Any, where: str, tenant: str | None) -> str:
        data_set, asset_id = self._seed_item(raw, where, "DataSet", ("technicalName",), "dataAssetInfo")
        row = self.storage.one(
            "SELECT a.doc AS doc, s.doc AS store_doc, s.tenant_id AS tenant_id, s.id AS store_id "
            "FROM qlik_data_assets a "
            "JOIN qlik_data_stores s ON s.id = a.store_id WHERE a.id = ?",
            (asset_id,),
        )
        if row is None or tenant not in (None, row["tenant_id"]):
            raise ApiProblem(400, f"{where}/dataAssetInfo/id: data asset {asset_id} does not exist.")
        asset, store = load_doc(row["doc"]), load_doc(row["store_doc"])
        set_id = data_set.get("id") or self._new_id()
        self._check_new_id("qlik_data_sets", set_id, where)
        doc = {**data_set, **self._audit(data_set, asset, row["tenant_id"]), "id": set_id}
        if "spaceId" not in doc and "spaceId" in asset:
            doc["spaceId"] = asset["spaceId"]
        # The vendor auto-populates the QRIs of qix-datafiles data sets; the emulator does so for every set.
        space = f"sid@{doc['spaceId']}" if doc.get("spaceId") else f"uid@{doc['ownerId']}"
        doc.setdefault("qri", f"qdf:{store['type']}:{doc['tenantId']}:{space}:{doc['technicalName']}")
        doc.setdefault(
            "secureQri",
            f"qri:qdf:space://{doc['spaceId']}#{doc['technicalName']}"
            if doc.get("spaceId")
            else f"qri:qdf:user://{doc['ownerId']}#{doc['technicalName']}",
        )
        doc["dataAssetInfo"] = {"id": asset_id}
        doc = {key: doc[key] for key in schema_properties("DataSet") if key in doc}
        self.storage.execute(
            "INSERT INTO qlik_data_sets (id, asset_id, tenant_id, doc) VALUES (?, ?, ?, ?)",
            (set_id, asset_id, row["tenant_id"], dump_doc(doc)),
        )
        self.storage.execute(
            "UPDATE qlik_data_assets SET set_count = set_count + 1 WHERE id = ?", (asset_id,)
        )
        self.storage.execute(
            "UPDATE qlik_data_stores SET set_count = set_count + 1 WHERE id = ?",
            (row["store_id"],),
        )
        return set_id
