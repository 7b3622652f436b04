"""Qlik Cloud data stores, data assets and data sets (``/api/v1/data-stores``) on the shared emulator core.

Facts followed (``specs/qlik.yaml``, ../shared/reference/qlik.md): single resources are bare objects, lists
are ``{data, page, limit, pages, total, links}`` with absolute ``href``s (``next`` omitted on the last page,
``prev`` on the first); errors are ``{"errors":[{code, title, detail, status}], "traceId"}`` with ``status``
a string and ``code`` ``HTTP-<status>``; create answers 201; optimistic concurrency goes through the integer
``version``; PATCH is an RFC 6902 patch applied atomically (failed ``test`` 409, server-managed paths 400);
stores with data assets cannot be deleted (409, all-or-nothing).

Emulator choices the vendor leaves open:

- The caller's user id and tenant id are derived from the credential (stable per token); every token is a
  user of its own tenant, and a tenant sees only its own data stores (and their assets and sets).
- Data assets and data sets cannot be created through the API: ``POST /_emulator/seed`` with
  ``{"dataAssets": [...], "dataSets": [...]}`` creates them (assets name their store in
  ``dataStoreInfo.id``, sets their asset in ``dataAssetInfo.id``); the whole seed is one transaction.
- Lists come in creation order unless ``sort`` says otherwise; unknown ``sort`` fields are ignored and
  unknown ``projections`` select nothing.
- With ``options["rate_limits"]``: tier 1 allows 1,000 and tier 2 100 requests per minute per API key and
  tier (``x-qlik-tier``); beyond that, 429 with ``Retry-After`` in whole seconds and the vendor's documented
  body (no ``status``, no ``traceId``). ``options["clock"]`` replaces the limiter's monotonic clock.
"""

from __future__ import annotations

import hashlib
import math
import string
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode, urlsplit

import jsonpatch
import orjson

from emulators.core.clock import Clock, Entropy
from emulators.core.http import ApiProblem, FieldProblem, Principal, Request, Response, reason_phrase
from emulators.core.limits import dump_json
from emulators.core.profile import LiveVariables
from emulators.core.spec import Validator, load_document
from emulators.core.storage import Dialect, Row, order_by
from emulators.core.vendor import VendorEmulator, operation

if TYPE_CHECKING:
    import httpx

DEFAULT_LIMIT = 20
INT32_MAX = 2**31 - 1
MAX_OFFSET = 2**62  # pages beyond this hold nothing; keeps OFFSET inside SQLite's 64-bit integers
RATE_WINDOW = 60.0
TIER_LIMITS = {1: 1000, 2: 100}
ALPHANUMERIC = string.ascii_letters + string.digits

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

# Qlik's error titles where they differ from ``http.HTTPStatus``.
TITLES = {413: "Payload Too Large", 429: "API rate limit reached."}

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
def _components() -> dict[str, Any]:
    components: dict[str, Any] = load_document("qlik").get("components") or {}
    return components


@cache
def _properties(schema: str) -> tuple[str, ...]:
    """Top-level property names of a spec schema: the fields ``sort`` and ``projections`` may name."""
    return tuple(_components()["schemas"][schema]["properties"])


@cache
def _validator(schema: str) -> Validator:
    return Validator.compile({"$ref": f"#/components/schemas/{schema}"}, _components())


def _sortable(schema: str, alias: str, sql: Dialect) -> dict[str, str]:
    """API field name -> SQL expression over the JSON document; only spec property names get in."""
    return {name: sql.json_field(f"{alias}.doc", name) for name in _properties(schema)}


# -- small helpers ----------------------------------------------------------------------------------------


def _stamp(clock: Clock) -> str:
    return clock.utc().isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _object_id(clock: Clock, entropy: Entropy) -> str:
    """24 hex characters, like the vendor's (Mongo ObjectId-shaped) ids: seconds, then random."""
    return f"{int(clock.now()) & 0xFFFFFFFF:08x}{entropy.token_hex(8)}"


def _derived_id(kind: str, token: str) -> str:
    """A stable 32-character alphanumeric id for the caller, like the vendor's user and tenant ids."""
    digest = hashlib.sha256(f"qlik-{kind}:{token}".encode()).digest()
    return "".join(ALPHANUMERIC[b % len(ALPHANUMERIC)] for b in digest)[:32]


def _field_name(location: str) -> str:
    """``query.limit`` -> ``limit``, ``body/technicalName`` -> ``technicalName`` (the vendor's style)."""
    for prefix in ("query.", "path.", "header.", "body/"):
        if location.startswith(prefix):
            return location[len(prefix) :]
    return location


def _project(item: dict[str, Any], projections: Sequence[str]) -> dict[str, Any]:
    if not projections:
        return item
    return {key: value for key, value in item.items() if key in projections}


def _loads(text: str) -> dict[str, Any]:
    value: dict[str, Any] = orjson.loads(text)
    return value


def _dumps(value: Any) -> str:
    # Refuses documents nested deeper than the core's bound, so every stored one can be returned.
    return dump_json(value)


def _names(request: Request, *params: str) -> list[list[str]]:
    """The comma-joined ``sort``/``projections`` lists (``projections=`` is the empty default list).

    Also enforces ``page``'s ``format: int32``, which the core's schema validation does not check.
    """
    page = request.query.get("page", 0)
    if page > INT32_MAX:
        problem = FieldProblem("query.page", f"{page} is greater than the maximum of {INT32_MAX}")
        raise ApiProblem(400, "Invalid query parameters.", problems=[problem])
    return [list(request.query.get(name) or []) for name in params]


def _ids(request: Request, name: str) -> list[str] | None:
    """The ids of a comma-joined path parameter, or ``None`` for ``*`` (all)."""
    ids = [str(i) for i in request.path_params.get(name) or []]
    if "*" in ids:
        return None
    return list(dict.fromkeys(ids))


class QlikEmulator(VendorEmulator):
    name = "qlik"
    live = LiveVariables("QLIK_BASE_URL", "QLIK_API_KEY")
    validation_status = 400
    tables = ("qlik_data_stores", "qlik_data_assets", "qlik_data_sets")

    def setup(self) -> None:
        self.storage.script(SCHEMA.format(serial=self.storage.dialect.serial_key))
        clock: Callable[[], float] = self.options.get("clock") or self.clock.monotonic
        self.limiter = self.rate_limiter(clock)

    @classmethod
    def prepare_link_walk(cls, api: httpx.Client, control: httpx.Client, token: str) -> dict[str, Any]:
        """Data assets exist only through Qlik's own apps: seed one in a store created through the API, so
        the walk lists that store's assets and its asset → data sets link has an item to follow."""
        # The fields the spec's own examples read or patch (name, tags), since the walk may list this store.
        body = {"name": "Link walk", "tags": ["walk"], "technicalName": "link-walk", "type": "qix-datafiles"}
        store = api.post("/data-stores", json=body)
        store.raise_for_status()
        asset = {
            "technicalName": "link-walk",
            "appType": "qix-df",
            "dataStoreInfo": {"id": store.json()["id"]},
        }
        control.post("/_emulator/seed", json={"dataAssets": [asset]}).raise_for_status()
        return {"data-store-ids": store.json()["id"]}

    def _now(self) -> str:
        return _stamp(self.clock)

    def _new_id(self) -> str:
        return _object_id(self.clock, self.entropy)

    # -- tenancy (the control plane's reset and seed act on the caller's tenant) --------------------------

    def tenant_of(self, principal: Principal) -> str | None:
        return _derived_id("tenant", principal.token)

    def reset_tenant(self, tenant: str) -> None:
        stores = "SELECT id FROM qlik_data_stores WHERE tenant_id = ?"
        assets = f"SELECT id FROM qlik_data_assets WHERE store_id IN ({stores})"
        self.storage.execute(f"DELETE FROM qlik_data_sets WHERE asset_id IN ({assets})", (tenant,))
        self.storage.execute(f"DELETE FROM qlik_data_assets WHERE store_id IN ({stores})", (tenant,))
        self.storage.execute("DELETE FROM qlik_data_stores WHERE tenant_id = ?", (tenant,))

    # -- envelope, caller, rate limits --------------------------------------------------------------------

    def error_body(self, problem: ApiProblem) -> Any:
        status = problem.status
        title = reason_phrase(status, TITLES)
        code = problem.code if problem.code and problem.code.startswith("HTTP-") else f"HTTP-{status}"
        if status == 429:
            # The vendor's documented rate-limit body: no status, no traceId.
            return {"errors": [{"code": code, "title": title, "detail": problem.message}]}
        details = [f"{_field_name(p.location)}: {p.message}" for p in problem.problems] or [problem.message]
        return {
            "errors": [
                {"code": code, "title": title, "detail": detail, "status": str(status)} for detail in details
            ],
            "traceId": self.entropy.token_hex(16),
        }

    def before(self, request: Request) -> None:
        if not self.options.get("rate_limits"):
            return
        tier = request.extensions.get("x-qlik-tier")
        limit = TIER_LIMITS.get(tier) if isinstance(tier, int) else None
        if limit is None:
            return
        token = request.principal.token if request.principal else ""
        wait = self.limiter.allow((token, tier), limit, RATE_WINDOW)
        if wait is not None:
            seconds = max(1, math.ceil(wait))
            raise ApiProblem(
                429,
                f"You need to wait {seconds} seconds until limit is lifted.",
                code="HTTP-429",
                headers={"Retry-After": str(seconds)},
            )

    @staticmethod
    def _caller(request: Request) -> tuple[str, str]:
        """(user id, tenant id) of the caller, derived from its credential."""
        token = request.principal.token if request.principal else ""
        return _derived_id("user", token), _derived_id("tenant", token)

    # -- data store storage -------------------------------------------------------------------------------

    def _store_row(self, store_id: str, tenant: str) -> Row:
        row = self.storage.one(
            "SELECT seq, id, doc FROM qlik_data_stores WHERE id = ? AND tenant_id = ?", (store_id, tenant)
        )
        if row is None:
            raise ApiProblem(404, f"Data store {store_id} not found.")
        return row

    def _save_store(self, doc: dict[str, Any]) -> None:
        self.storage.execute("UPDATE qlik_data_stores SET doc = ? WHERE id = ?", (_dumps(doc), doc["id"]))

    @staticmethod
    def _ordered(doc: dict[str, Any]) -> dict[str, Any]:
        return {field: doc[field] for field in STORE_FIELDS if field in doc}

    @staticmethod
    def _check_store(doc: dict[str, Any]) -> None:
        """The data store constraints on the writable fields (required, lengths, unique tags)."""
        writable = {key: value for key, value in doc.items() if key not in SERVER_MANAGED}
        problems = _validator("DataStoreCreate").problems(writable, "body")
        if problems:
            raise ApiProblem(400, "The data store is not valid.", problems=problems)

    # -- data stores --------------------------------------------------------------------------------------

    @operation("listDataStores")
    def list_data_stores(self, request: Request) -> Response:
        _, tenant = self._caller(request)
        return self._list(
            request,
            source="qlik_data_stores x",
            columns="x.doc AS doc",
            where="x.tenant_id = ?",
            params=[tenant],
            schema="DataStore",
            render=lambda row: _loads(row["doc"]),
        )

    @operation("createDataStore")
    def create_data_store(self, request: Request) -> Response:
        user, tenant = self._caller(request)
        body: dict[str, Any] = request.body
        now = self._now()
        doc = {field: body[field] for field in WRITABLE if field in body}
        doc.setdefault("ownerId", user)
        doc.update(
            id=self._new_id(),
            version=1,
            tenantId=tenant,
            createdBy=user,
            createdTime=now,
            lastModifiedBy=user,
            lastModifiedTime=now,
        )
        doc = self._ordered(doc)
        with self.storage.transaction():
            self.storage.execute(
                "INSERT INTO qlik_data_stores (id, tenant_id, doc) VALUES (?, ?, ?)",
                (doc["id"], tenant, _dumps(doc)),
            )
        return Response(201, doc)

    @operation("deleteDataStores")
    def delete_data_stores(self, request: Request) -> Response:
        _, tenant = self._caller(request)
        ids = list(dict.fromkeys((request.body or {}).get("ids") or []))
        if not ids:
            return Response(204)
        sql = self.storage.dialect
        with self.storage.transaction():
            found = {
                row["id"]
                for row in self.storage.all(
                    f"SELECT id FROM qlik_data_stores WHERE tenant_id = ? AND {sql.any_of('id')}",
                    (tenant, sql.values(ids)),
                )
            }
            missing = [i for i in ids if i not in found]
            if missing:
                raise ApiProblem(404, f"Data store(s) {', '.join(missing)} not found; nothing was deleted.")
            busy = [
                row["store_id"]
                for row in self.storage.all(
                    f"SELECT DISTINCT store_id FROM qlik_data_assets WHERE {sql.any_of('store_id')} "
                    "ORDER BY store_id",
                    (sql.values(ids),),
                )
            ]
            if busy:
                raise ApiProblem(
                    409, f"Data store(s) {', '.join(busy)} contain data assets; nothing was deleted."
                )
            self.storage.execute(
                f"DELETE FROM qlik_data_stores WHERE {sql.any_of('id')}",
                (sql.values(ids),),
            )
        return Response(204)

    @operation("getDataStore")
    def get_data_store(self, request: Request) -> Response:
        _, tenant = self._caller(request)
        [projections] = _names(request, "projections")
        row = self._store_row(request.path_params["data-store-id"], tenant)
        return Response(200, _project(_loads(row["doc"]), projections))

    @operation("replaceDataStore")
    def replace_data_store(self, request: Request) -> Response:
        user, tenant = self._caller(request)
        store_id = request.path_params["data-store-id"]
        body: dict[str, Any] = request.body
        with self.storage.transaction():
            current = _loads(self._store_row(store_id, tenant)["doc"])
            if body.get("id") is not None and body["id"] != store_id:
                raise ApiProblem(400, f"The body's id {body['id']} is not the path's id {store_id}.")
            if body.get("version") is not None and body["version"] != current["version"]:
                raise ApiProblem(
                    409,
                    f"Data store {store_id} is at version {current['version']}, "
                    f"the change is based on version {body['version']}.",
                )
            doc = {field: body[field] for field in WRITABLE if field in body}
            if "ownerId" not in doc and "ownerId" in current:
                doc["ownerId"] = current["ownerId"]
            doc.update({field: current[field] for field in SERVER_MANAGED if field in current})
            doc.update(version=current["version"] + 1, lastModifiedBy=user, lastModifiedTime=self._now())
            doc = self._ordered(doc)
            self._save_store(doc)
        return Response(200, doc)

    @operation("patchDataStore")
    def patch_data_store(self, request: Request) -> Response:
        user, tenant = self._caller(request)
        store_id = request.path_params["data-store-id"]
        ops: list[dict[str, Any]] = request.body
        problems = []
        for index, op in enumerate(ops):
            targets = [("path", op["path"])]
            if op["op"] == "move" and "from" in op:
                targets.append(("from", op["from"]))
            for key, pointer in targets:
                if op["op"] == "test" and key == "path":
                    continue
                member = pointer.split("/")[1] if pointer.startswith("/") else ""
                member = member.replace("~1", "/").replace("~0", "~")
                if member not in WRITABLE:
                    problems.append(
                        FieldProblem(f"body/{index}/{key}", f"{pointer or '(root)'} cannot be changed")
                    )
        if problems:
            raise ApiProblem(400, "The patch changes fields that cannot be changed.", problems=problems)
        with self.storage.transaction():
            current = _loads(self._store_row(store_id, tenant)["doc"])
            try:
                patched = jsonpatch.JsonPatch(ops).apply(current, in_place=False)
            except jsonpatch.JsonPatchTestFailed as exc:
                raise ApiProblem(409, f"Patch test failed: {exc}") from None
            except (
                jsonpatch.JsonPatchException,
                jsonpatch.JsonPointerException,
                TypeError,
                ValueError,
                KeyError,
                IndexError,
            ) as exc:
                raise ApiProblem(400, f"The patch cannot be applied: {exc}") from None
            if not isinstance(patched, dict):
                raise ApiProblem(400, "The patch cannot be applied: the result is not an object.")
            self._check_store(patched)
            patched.update({field: current[field] for field in SERVER_MANAGED if field in current})
            patched.update(version=current["version"] + 1, lastModifiedBy=user, lastModifiedTime=self._now())
            doc = self._ordered(patched)
            self._save_store(doc)
        return Response(200, doc)

    # -- data assets --------------------------------------------------------------------------------------

    def _one_of(self, column: str, values: list[str]) -> str:
        """``column`` is one of ``values``; one value is an equality, so an index on ``(column, seq)``
        serves the list's default order (an IN-list of several cannot be one sorted index walk)."""
        return f"{column} = ?" if len(values) == 1 else self.storage.dialect.any_of(column)

    def _asset_scope(self, request: Request) -> tuple[str, list[Any]]:
        _, tenant = self._caller(request)
        where, params = "s.tenant_id = ?", [tenant]
        store_ids = _ids(request, "data-store-ids")
        if store_ids is not None:
            where += f" AND {self._one_of('a.store_id', store_ids)}"
            params.append(store_ids[0] if len(store_ids) == 1 else self.storage.dialect.values(store_ids))
        return where, params

    @operation("listDataAssets")
    def list_data_assets(self, request: Request) -> Response:
        where, params = self._asset_scope(request)
        return self._list(
            request,
            source="qlik_data_assets a JOIN qlik_data_stores s ON s.id = a.store_id",
            columns="a.doc AS doc, s.doc AS store_doc",
            where=where,
            params=params,
            schema="DataAsset",
            render=lambda row: self._asset_json(_loads(row["doc"]), _loads(row["store_doc"])),
        )

    @operation("deleteDataAssets")
    def delete_data_assets(self, request: Request) -> Response:
        where, params = self._asset_scope(request)
        with self.storage.transaction():
            # Their data sets go with them (ON DELETE CASCADE).
            self.storage.execute(
                "DELETE FROM qlik_data_assets WHERE id IN (SELECT a.id FROM qlik_data_assets a "
                f"JOIN qlik_data_stores s ON s.id = a.store_id WHERE {where})",
                params,
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

    # -- data sets ----------------------------------------------------------------------------------------

    def _set_scope(self, request: Request) -> tuple[str, list[Any]]:
        where, params = self._asset_scope(request)
        asset_ids = _ids(request, "data-asset-ids")
        if asset_ids is not None:
            where += f" AND {self._one_of('d.asset_id', asset_ids)}"
            params.append(asset_ids[0] if len(asset_ids) == 1 else self.storage.dialect.values(asset_ids))
        return where, params

    @operation("listDataSets")
    def list_data_sets(self, request: Request) -> Response:
        where, params = self._set_scope(request)

        def render(row: Row) -> dict[str, Any]:
            data_set = _loads(row["doc"])
            asset, store = _loads(row["asset_doc"]), _loads(row["store_doc"])
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
            schema="DataSet",
            render=render,
        )

    @operation("deleteDataSets")
    def delete_data_sets(self, request: Request) -> Response:
        where, params = self._set_scope(request)
        with self.storage.transaction():
            self.storage.execute(
                "DELETE FROM qlik_data_sets WHERE id IN (SELECT d.id FROM qlik_data_sets d "
                "JOIN qlik_data_assets a ON a.id = d.asset_id JOIN qlik_data_stores s ON s.id = a.store_id "
                f"WHERE {where})",
                params,
            )
        return Response(204)

    # -- lists --------------------------------------------------------------------------------------------

    def _list(
        self,
        request: Request,
        *,
        source: str,
        columns: str,
        where: str,
        params: list[Any],
        schema: str,
        render: Callable[[Row], dict[str, Any]],
    ) -> Response:
        """One page in the vendor's list envelope; filtering, sorting and paging happen in SQL."""
        limit: int = request.query.get("limit", DEFAULT_LIMIT)
        page: int = request.query.get("page", 0)
        sort, projections = _names(request, "sort", "projections")
        alias = source.split()[1]
        fields = [(name.removeprefix("-"), name.startswith("-")) for name in sort if name.removeprefix("-")]
        order = order_by(fields, _sortable(schema, alias, self.storage.dialect), f"{alias}.seq ASC")
        total: int = self.storage.scalar(f"SELECT COUNT(*) FROM {source} WHERE {where}", params)
        offset = page * limit
        rows = (
            self.storage.all(
                f"SELECT {columns} FROM {source} WHERE {where} {order} LIMIT ? OFFSET ?",
                (*params, limit, offset),
            )
            if offset < min(total, MAX_OFFSET)
            else []
        )
        pages = math.ceil(total / limit)
        root = urlsplit(request.base_url)
        base = f"{root.scheme}://{root.netloc}{request.path}"
        extra = [("sort", ",".join(sort))] if sort else []
        if projections:
            extra.append(("projections", ",".join(projections)))

        def link(number: int) -> dict[str, str]:
            query = urlencode([("page", number), ("limit", limit), *extra], quote_via=quote)
            return {"href": f"{base}?{query}"}

        links = {"self": link(page), "first": link(0), "last": link(max(pages - 1, 0))}
        if page < pages - 1:
            links["next"] = link(page + 1)
        if page > 0:
            links["prev"] = link(page - 1)
        return Response(
            200,
            {
                "data": [_project(render(row), projections) for row in rows],
                "page": page,
                "limit": limit,
                "pages": pages,
                "total": total,
                "links": links,
            },
        )

    # -- seeding what the API cannot create ---------------------------------------------------------------

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
        assets, data_sets = payload.get("dataAssets") or [], payload.get("dataSets") or []
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
        problems = _validator(schema).problems(raw, where)
        problems += [FieldProblem(f"{where}/{name}", "is required") for name in required if name not in raw]
        parent_info = raw.get(parent)
        parent_id = parent_info.get("id") if isinstance(parent_info, dict) else None
        if not isinstance(parent_id, str):
            problems.append(FieldProblem(f"{where}/{parent}/id", "is required"))
        if raw.get("id") is not None and not isinstance(raw["id"], str):
            problems.append(FieldProblem(f"{where}/id", "must be a string"))
        if problems:
            raise ApiProblem(400, "The seed is not valid.", problems=problems)
        return raw, str(parent_id)

    def _audit(self, raw: dict[str, Any], owner: dict[str, Any], tenant: str) -> dict[str, Any]:
        """Server-managed fields of a seeded item: given values kept (except tenant), the rest filled in."""
        now = self._now()
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
        store = _loads(row["doc"])
        asset_id = asset.get("id") or self._new_id()
        self._check_new_id("qlik_data_assets", asset_id, where)
        doc = {**asset, **self._audit(asset, store, row["tenant_id"]), "id": asset_id}
        if "spaceId" not in doc and "spaceId" in store:
            doc["spaceId"] = store["spaceId"]
        doc["dataStoreInfo"] = {"id": store_id}
        doc = {key: doc[key] for key in _properties("DataAsset") if key in doc}
        self.storage.execute(
            "INSERT INTO qlik_data_assets (id, store_id, doc) VALUES (?, ?, ?)",
            (asset_id, store_id, _dumps(doc)),
        )
        return asset_id

    def _seed_data_set(self, raw: Any, where: str, tenant: str | None) -> str:
        data_set, asset_id = self._seed_item(raw, where, "DataSet", ("technicalName",), "dataAssetInfo")
        row = self.storage.one(
            "SELECT a.doc AS doc, s.doc AS store_doc, s.tenant_id AS tenant_id FROM qlik_data_assets a "
            "JOIN qlik_data_stores s ON s.id = a.store_id WHERE a.id = ?",
            (asset_id,),
        )
        if row is None or tenant not in (None, row["tenant_id"]):
            raise ApiProblem(400, f"{where}/dataAssetInfo/id: data asset {asset_id} does not exist.")
        asset, store = _loads(row["doc"]), _loads(row["store_doc"])
        set_id = data_set.get("id") or self._new_id()
        self._check_new_id("qlik_data_sets", set_id, where)
        doc = {**data_set, **self._audit(data_set, asset, row["tenant_id"]), "id": set_id}
        if "spaceId" not in doc and "spaceId" in asset:
            doc["spaceId"] = asset["spaceId"]
        # The vendor auto-populates the QRIs of qix-datafiles data sets; the emulator does so for every set.
        space = f"sid@{doc['spaceId']}" if doc.get("spaceId") else f"uid@{doc['ownerId']}"
        doc.setdefault(
            "qri", f"qdf:{store.get('type', 'unknown')}:{doc['tenantId']}:{space}:{doc['technicalName']}"
        )
        doc.setdefault(
            "secureQri",
            f"qri:qdf:space://{doc['spaceId']}#{doc['technicalName']}"
            if doc.get("spaceId")
            else f"qri:qdf:user://{doc['ownerId']}#{doc['technicalName']}",
        )
        doc["dataAssetInfo"] = {"id": asset_id}
        doc = {key: doc[key] for key in _properties("DataSet") if key in doc}
        self.storage.execute(
            "INSERT INTO qlik_data_sets (id, asset_id, doc) VALUES (?, ?, ?)", (set_id, asset_id, _dumps(doc))
        )
        return set_id


EMULATOR = QlikEmulator
