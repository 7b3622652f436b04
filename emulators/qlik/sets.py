"""Qlik data sets: listed and deleted per data store and data asset (created only by the seed)."""

from __future__ import annotations

from typing import Any

from emulators.core.http import Request, Response
from emulators.core.storage import Row
from emulators.core.vendor import operation
from emulators.qlik.assets import DataAssets
from emulators.qlik.wire import load_doc, path_ids


class DataSets(DataAssets):
    def _set_scope(self, request: Request) -> tuple[str, list[Any]]:
        """The caller's sets in the path's assets and stores: one asset is a walk of its
        ``(asset_id, ...)`` indexes, several or ``*`` one of the tenant's ``(tenant_id, ...)`` indexes
        (the stores then filter the joined assets)."""
        _, tenant = self._caller(request)
        store_ids = path_ids(request, "data-store-ids")
        asset_ids = path_ids(request, "data-asset-ids")
        if asset_ids is not None and len(asset_ids) == 1:
            where, params = "d.asset_id = ? AND s.tenant_id = ?", [asset_ids[0], tenant]
        else:
            where, params = "d.tenant_id = ?", [tenant]
            if asset_ids is not None:
                where += f" AND {self.storage.dialect.any_of('d.asset_id')}"
                params.append(self.storage.dialect.values(asset_ids))
        if store_ids is not None:
            where += f" AND {self.storage.dialect.any_of('a.store_id')}"
            params.append(self.storage.dialect.values(store_ids))
        return where, params

    @operation("listDataSets")
    def list_data_sets(self, request: Request) -> Response:
        where, params = self._set_scope(request)

        def render(row: Row) -> dict[str, Any]:
            data_set = load_doc(row["doc"])
            asset, store = load_doc(row["asset_doc"]), load_doc(row["store_doc"])
            info: dict[str, Any] = {"id": asset["id"]}
            if "name" in asset:
                info["name"] = asset["name"]
            info["dataStoreInfo"] = self._store_info(store)
            data_set["dataAssetInfo"] = info
            return data_set

        return self._list(
            request,
            source="qlik_data_sets d JOIN qlik_data_assets a ON a.id = d.asset_id "
            "JOIN qlik_data_stores s ON s.id = a.store_id",
            columns="d.doc AS doc, a.doc AS asset_doc, s.doc AS store_doc",
            where=where,
            params=params,
            total=self._set_total(request),
            schema="DataSet",
            render=render,
        )

    def _set_total(self, request: Request) -> tuple[str, list[Any]]:
        """The sets of named assets: their counts; of every asset (``*``): the scope's stores' counts."""
        stores, params = self._scoped_stores(request)
        asset_ids = path_ids(request, "data-asset-ids")
        if asset_ids is None:
            return f"SELECT sum(s.set_count) FROM qlik_data_stores s WHERE {stores}", params
        return (
            "SELECT sum(a.set_count) FROM qlik_data_assets a JOIN qlik_data_stores s ON s.id = a.store_id "
            f"WHERE {self.storage.dialect.any_of('a.id')} AND {stores}",
            [self.storage.dialect.values(asset_ids), *params],
        )

    @operation("deleteDataSets")
    def delete_data_sets(self, request: Request) -> Response:
        where, params = self._set_scope(request)
        scope = (
            "FROM qlik_data_sets d JOIN qlik_data_assets a ON a.id = d.asset_id "
            f"JOIN qlik_data_stores s ON s.id = a.store_id WHERE {where}"
        )
        with self.storage.transaction():
            # The scope names assets (by id, store, tenant): every set of a matching asset goes, so its
            # count becomes 0 and its store's drops by what it had.
            for row in self.storage.all(
                f"SELECT a.store_id AS id, count(*) AS n {scope} GROUP BY a.store_id", params
            ):
                self.storage.execute(
                    "UPDATE qlik_data_stores SET set_count = set_count - ? WHERE id = ?",
                    (row["n"], row["id"]),
                )
            self.storage.execute(
                f"UPDATE qlik_data_assets SET set_count = 0 WHERE id IN (SELECT DISTINCT d.asset_id {scope})",
                params,
            )
            self.storage.execute(f"DELETE FROM qlik_data_sets WHERE id IN (SELECT d.id {scope})", params)
        return Response(204)
