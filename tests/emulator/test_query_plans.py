"""Every list of every vendor reads an index in its ``ORDER BY``: no scan and no sort of a collection.

Each test sends a real list request to the emulator, records the SQL it ran (SQLite's trace callback,
with the bound values expanded) and asks SQLite for each ``SELECT``'s plan. A missing index shows up as
``SCAN <table>`` (a walk of the whole table or index) or ``USE TEMP B-TREE FOR ORDER BY`` (a sort per
request), so dropping an index from a vendor's schema fails its test here. Plans come from the schema
alone (there is no ``ANALYZE`` data), so a few rows show the plan that a million rows get.

Qlik's ``sort=<field>`` is served by an expression index per field and list scope, one field (either
direction) being one index walk: a list over one store or asset walks that parent's index, over several
or ``*`` ids the tenant's (assets and sets carry their tenant), filtering the ids it meets. The fields
after the first of a multi-field sort are not in an index: SQLite sorts each run of equal first fields
("USE TEMP B-TREE FOR RIGHT PART OF ORDER BY") and stops at the page's LIMIT, which the test checks for
what it is. An assets or sets list's ``total`` sums stored counts (of the named stores or assets); a
tenant's data stores are counted.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from devtools.fuzzjob.phases import auth_header
from emulators.core.app import EmulatorApp
from emulators.core.control import ADMIN_HEADER
from emulators.core.storage_sqlite import SQLiteStorage
from emulators.testing import InProcessEmulator, serve_in_thread

pytestmark = pytest.mark.parity("emulator")
TOKEN = "plan-token"
TABLE_PREFIXES = ("make_", "qlik_", "rollup_", "charon_")
FULL_SCAN = re.compile(r"^SCAN (\w+)")
MEMBER_SEARCH = re.compile(r"^SEARCH charon_\w+_members USING (COVERING )?INDEX \w+_user \(user_id=\?\)")


@dataclass
class Traced:
    """An emulator whose SQLite connection reports every statement it runs."""

    running: InProcessEmulator
    statements: list[str] = field(default_factory=list)

    @property
    def db(self) -> sqlite3.Connection:
        app = self.running.server.config.app
        assert isinstance(app, EmulatorApp)
        storage = app.vendor.storage
        assert isinstance(storage, SQLiteStorage)  # plans are SQLite's; serve_in_thread's default state
        return storage.db

    def client(self, **headers: str) -> httpx.Client:
        name, _, value = auth_header(self.running.vendor, TOKEN).partition(": ")
        return httpx.Client(
            base_url=self.running.base_url,
            headers={name: value, ADMIN_HEADER: self.running.admin_token, **headers},
            timeout=10,
        )

    def plans(self, http: httpx.Client, path: str, **params: Any) -> dict[str, list[str]]:
        """Send one GET; each SELECT it ran, with its plan (one detail string per plan row)."""
        self.statements.clear()
        self.db.set_trace_callback(self.statements.append)
        try:
            response = http.get(path, params=params)
        finally:
            self.db.set_trace_callback(None)
        assert response.status_code == 200, response.text
        selects = [sql for sql in self.statements if sql.lstrip().upper().startswith("SELECT")]
        return {sql: [row[3] for row in self.db.execute("EXPLAIN QUERY PLAN " + sql)] for sql in selects}


def problems(plans: dict[str, list[str]], *, walk: str | None = None) -> list[str]:
    """What in these plans scans or sorts a vendor table.

    ``walk``: a table whose list is the whole table in primary-key order, which SQLite reads as a bare
    ``SCAN <table>`` in rowid order that stops after ``LIMIT`` rows: allowed for that table, bare only.
    """
    found = []
    for sql, plan in plans.items():
        for detail in plan:
            scan = FULL_SCAN.match(detail)
            scanned = (
                scan is not None and scan.group(1).startswith(TABLE_PREFIXES) and detail != f"SCAN {walk}"
            )
            if scanned or "TEMP B-TREE" in detail:
                found.append(f"{detail}  <-  {sql}")
    return found


def listed(plans: dict[str, list[str]], table: str) -> dict[str, list[str]]:
    """The statements that page through ``table`` (the list query itself, not its look-ups)."""
    return {sql: plan for sql, plan in plans.items() if table in sql and "ORDER BY" in sql}


@pytest.fixture(scope="module")
def traced(request: pytest.FixtureRequest) -> Iterator[Traced]:
    running = serve_in_thread(request.param, token=TOKEN)
    try:
        yield Traced(running)
    finally:
        running.stop()


# -- Make ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("traced", ["make"], indirect=True)
def test_make_lists_read_indexes(traced: Traced) -> None:
    with traced.client() as http:
        for name in ("b", "A", "c"):
            response = http.post("/data-stores", json={"name": name, "teamId": 7, "maxSizeMB": 1})
            assert response.status_code == 200, response.text
        store = response.json()["dataStore"]["id"]
        for key in ("k1", "k2"):
            response = http.post(f"/data-stores/{store}/data", json={"key": key, "data": {"v": 1}})
            assert response.status_code == 200, response.text
        for direction in ("asc", "desc"):
            plans = traced.plans(http, "/data-stores", teamId=7, **{"pg[sortDir]": direction})
            assert listed(plans, "make_data_stores"), plans
            assert problems(listed(plans, "make_data_stores")) == []
        plans = traced.plans(http, f"/data-stores/{store}/data", **{"pg[limit]": 1, "pg[offset]": 1})
        assert listed(plans, "make_records"), plans
        assert problems(listed(plans, "make_record")) == []  # the page, and the block counts of a deep one
        assert listed(plans, "make_record_blocks"), plans


# -- Qlik ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("traced", ["qlik"], indirect=True)
def test_qlik_lists_read_indexes(traced: Traced) -> None:
    with traced.client() as http:
        created = [
            http.post("/data-stores", json={"technicalName": name, "name": name, "type": "qix-datafiles"})
            for name in ("s1", "s2")
        ]
        assert all(response.status_code == 201 for response in created), [r.text for r in created]
        stores = [response.json()["id"] for response in created]
        seeded = http.post(
            f"{traced.running.root_url}/_emulator/seed",
            json={
                "dataAssets": [
                    {"technicalName": n, "name": n, "appType": "qix-df", "dataStoreInfo": {"id": s}}
                    for n, s in (("a1", stores[0]), ("a2", stores[1]))
                ]
            },
        )
        assert seeded.status_code == 200, seeded.text
        assets = seeded.json()["dataAssets"]
        seeded = http.post(
            f"{traced.running.root_url}/_emulator/seed",
            json={
                "dataSets": [
                    {"technicalName": n, "name": n, "type": "DelimitedFile", "dataAssetInfo": {"id": a}}
                    for n, a in (("d1", assets[0]), ("d2", assets[1]))
                ]
            },
        )
        assert seeded.status_code == 200, seeded.text
        both_stores, both_assets = ",".join(stores), ",".join(assets)
        # One id, several ids and ``*`` for every id in each path: a list over one parent walks that
        # parent's index, over several or all the tenant's; never a scan of the collection or a sort.
        lists = [
            ("qlik_data_stores", "/data-stores"),
            *(
                ("qlik_data_assets", f"/data-stores/{ids}/data-assets")
                for ids in (stores[0], both_stores, "*")
            ),
            *(
                ("qlik_data_sets", f"/data-stores/{store_ids}/data-assets/{asset_ids}/data-sets")
                for store_ids in (stores[0], both_stores, "*")
                for asset_ids in (assets[0], both_assets, "*")
            ),
        ]
        for table, path in lists:
            for sort in (None, "name", "-name", "createdTime", "-version"):
                plans = traced.plans(http, path, **({"sort": sort} if sort else {}))  # None: creation order
                assert listed(plans, table), (path, plans)
                assert problems(listed(plans, table)) == [], (path, sort)
                if table != "qlik_data_stores":  # a total is a sum of stored counts, not a count of rows
                    assert not [sql for sql in plans if "count(" in sql.lower()], (path, list(plans))
                    assert problems(plans) == [], (path, sort)
            # Fields after the first: the first field's index gives the order, and SQLite sorts only
            # each run of equal first fields ("RIGHT PART"), stopping at the page's LIMIT; never the
            # whole collection ("USE TEMP B-TREE FOR ORDER BY").
            page = listed(traced.plans(http, path, sort="-name,createdTime"), table)
            assert page, (path, page)
            details = [detail for plan in page.values() for detail in plan]
            assert "USE TEMP B-TREE FOR RIGHT PART OF ORDER BY" in details, (path, details)
            assert any(re.search(rf"USING INDEX {table}_by_(tenant_)?name \(", d) for d in details), details
            tail = "USE TEMP B-TREE FOR RIGHT PART OF ORDER BY"
            assert [p for p in problems(page) if not p.startswith(tail + "  <-")] == [], (path, details)


# -- Rollup ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("traced", ["rollup"], indirect=True)
def test_rollup_lists_read_indexes(traced: Traced) -> None:
    workspace = str(uuid.uuid4())
    base = f"/v1/workspace/{workspace}/data-sink"
    with traced.client(ClientId="plans") as http:
        response = http.post(
            base, json={"label": "s", "entries": [{"key": "k", "value": "v", "dataType": "scalar"}]}
        )
        assert response.status_code in (200, 201), response.text
        for path, table in ((base, "rollup_data_sink_entries"), (f"{base}/list", "rollup_data_sinks")):
            plans = traced.plans(http, path)
            assert listed(plans, table), (path, plans)
            assert problems(listed(plans, table)) == [], path


# -- Charon ----------------------------------------------------------------------------------------------


CHARON_CALLERS = (
    {"email": "root@charon.io", "apiKey": "plan-admin", "type": "administratorAccount"},
    {"email": "ann@example.com", "apiKey": "plan-ann"},
)


@pytest.mark.parametrize("traced", ["charon"], indirect=True)
def test_charon_lists_read_indexes(traced: Traced) -> None:
    with traced.client() as http:
        seeded = http.post(f"{traced.running.root_url}/_emulator/seed", json={"users": list(CHARON_CALLERS)})
        assert seeded.status_code == 200, seeded.text
    for caller in CHARON_CALLERS:
        with traced.client(Authorization=f"Bearer {caller['apiKey']}") as http:
            lists = [("/workspace/", "charon_workspaces"), ("/project/", "charon_projects")]
            lists += [("/workspace/my/", "charon_workspaces"), ("/project/my/", "charon_projects")]
            admin = caller.get("type") == "administratorAccount"
            if admin:
                lists.append(("/user/", "charon_users"))
            for path, table in lists:
                plans = traced.plans(http, path, take=10)
                assert listed(plans, table), (caller["email"], path, plans)
                page = listed(plans, table)
                if path.endswith("/my/") or admin:
                    # An administrator's /workspace/ and /project/ list everything, in primary-key order.
                    walk = None if path.endswith("/my/") else table
                    assert problems(page, walk=walk) == [], (caller["email"], path)
                else:
                    # Anyone else sees what their memberships reach: the sort is of that set, found
                    # through the member tables' user index, never of the collection.
                    details = [detail for plan in page.values() for detail in plan]
                    assert any(MEMBER_SEARCH.match(detail) for detail in details), details
                    assert not [d for d in details if d.startswith(f"SCAN {table}")], details
