"""What every Qlik capability group shares: tables, ids, the error envelope, the caller, rate limits."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from emulators.core.http import ApiProblem, Principal, Request, reason_phrase
from emulators.core.profile import LiveVariables
from emulators.core.vendor import VendorEmulator
from emulators.qlik.model import INDEXES, MIGRATIONS, TABLES, sort_indexes
from emulators.qlik.wire import derived_id, field_name, object_id, stamp

if TYPE_CHECKING:
    import httpx

RATE_WINDOW = 60.0
TIER_LIMITS = {1: 1000, 2: 100}
# Qlik's error titles where they differ from ``http.HTTPStatus``.
TITLES = {413: "Payload Too Large", 429: "API rate limit reached."}


class QlikCore(VendorEmulator):
    name = "qlik"
    live = LiveVariables("QLIK_BASE_URL", "QLIK_API_KEY")
    validation_status = 400
    tables = ("qlik_data_stores", "qlik_data_assets", "qlik_data_sets")

    def setup(self) -> None:
        self.storage.script(TABLES.format(serial=self.storage.dialect.serial_key))
        for table, column, definition, backfill in MIGRATIONS:
            with self.storage.transaction():
                if self.storage.add_column(table, column, definition):
                    self.storage.execute(backfill)
        self.storage.script(INDEXES + sort_indexes(self.storage.dialect))
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
        return stamp(self.clock)

    def _new_id(self) -> str:
        return object_id(self.clock, self.entropy)

    # -- tenancy (the control plane's reset and seed act on the caller's tenant) --------------------------

    def tenant_of(self, principal: Principal) -> str | None:
        return derived_id("tenant", principal.token)

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
        # The one code style Qlik documents (HTTP-429); the core's own codes ("forbidden") are not Qlik's.
        code = f"HTTP-{status}"
        if status == 429:
            # The vendor's documented rate-limit body: no status, no traceId.
            return {"errors": [{"code": code, "title": title, "detail": problem.message}]}
        details = [f"{field_name(p.location)}: {p.message}" for p in problem.problems] or [problem.message]
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
                headers={"Retry-After": str(seconds)},
            )

    @staticmethod
    def _caller(request: Request) -> tuple[str, str]:
        """(user id, tenant id) of the caller, derived from its credential."""
        token = request.principal.token if request.principal else ""
        return derived_id("user", token), derived_id("tenant", token)
