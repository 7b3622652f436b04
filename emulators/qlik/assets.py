"""Qlik data assets: listed and deleted per data store (created only by the control plane's seed)."""

from __future__ import annotations

from typing import Any

from emulators.core.http import Request, Response
from emulators.core.vendor import operation
from emulators.qlik.stores import DataStores
from emulators.qlik.wire import load_doc, path_ids


class DataAssets(DataStores):
    def _asset_scope(self, request: Request) -> tuple[str, list[Any]]:
        """The caller's assets in the path's stores: one store is a walk of its ``(store_id, ...)``
        indexes, several or ``*`` one of the tenant's ``(tenant_id, ...)`` indexes."""
        _, tenant = self._caller(request)
        store_ids = path_ids(request, "data-store-ids")
        if store_ids is not None and len(store_ids) == 1:
            return "a.store_id = ? AND s.tenant_id = ?", [store_ids[0], tenant]
        where, params = "a.tenant_id = ?", [tenant]
        if store_ids is not None:
            where += f" AND {self.storage.dialect.any_of('a.store_id')}"
            params.append(self.storage.dialect.values(store_ids))
        return where, params

    def _scoped_stores(self, request: Request) -> tuple[str, list[Any]]:
        """The caller's stores the path names (all of them for ``*``), as a condition on ``s``."""
        _, tenant = self._caller(request)
        store_ids = path_ids(request, "data-store-ids")
        if store_ids is None:
            return "s.tenant_id = ?", [tenant]
        return f"s.tenant_id = ? AND {self.storage.dialect.any_of('s.id')}", [
            tenant,
            self.storage.dialect.values(store_ids),
        ]

    @operation("listDataAssets")
    def list_data_assets(self, request: Request) -> Response:
        where, params = self._asset_scope(request)
        stores, store_params = self._scoped_stores(request)
        return self._list(
            request,
            source="qlik_data_assets a JOIN qlik_data_stores s ON s.id = a.store_id",
            columns="a.doc AS doc, s.doc AS store_doc",
            where=where,
            params=params,
            total=(f"SELECT sum(s.asset_count) FROM qlik_data_stores s WHERE {stores}", store_params),
            schema="DataAsset",
            render=lambda row: self._asset_json(load_doc(row["doc"]), load_doc(row["store_doc"])),
        )

    @operation("deleteDataAssets")
    def delete_data_assets(self, request: Request) -> Response:
        where, params = self._asset_scope(request)
        stores, store_params = self._scoped_stores(request)
        with self.storage.transaction():
            # Their data sets go with them (ON DELETE CASCADE): every asset of the scope's stores goes.
            self.storage.execute(
                "DELETE FROM qlik_data_assets WHERE id IN (SELECT a.id FROM qlik_data_assets a "
                f"JOIN qlik_data_stores s ON s.id = a.store_id WHERE {where})",
                params,
            )
            self.storage.execute(
                "UPDATE qlik_data_stores SET asset_count = 0, set_count = 0 WHERE id IN "
                f"(SELECT s.id FROM qlik_data_stores s WHERE {stores})",
                store_params,
            )
        return Response(204)

    @staticmethod
    def _store_info(store: dict[str, Any]) -> dict[str, Any]:
        info = {"id": store["id"]}
        info.update({key: store[key] for key in ("name", "type") if key in store})
        return info

    def _asset_json(self, asset: dict[str, Any], store: dict[str, Any]) -> dict[str, Any]:
        asset["dataStoreInfo"] = self._store_info(store)
        return asset
