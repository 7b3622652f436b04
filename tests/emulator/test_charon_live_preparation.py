"""The Charon link walk's live preparation: everything it needs, made through the public API with one key.

A live service has no control plane, so ``prepare_live_link_walk`` may use only the vendor's API: the key's
own workspace, a project there, the ``Item`` schema the spec's document examples are of. Against an empty
emulator, as a new live account would be.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from emulators.charon import CharonEmulator
from emulators.testing import InProcessEmulator, serve_in_thread
from tests.emulator.charon_support import bearer

pytestmark = pytest.mark.parity("emulator")

KEY = "live-preparation-key"


@pytest.fixture(scope="module")
def emulator() -> Iterator[InProcessEmulator]:
    running = serve_in_thread("charon", token=KEY)
    try:
        yield running
    finally:
        running.stop()


def test_the_live_preparation_uses_only_the_api_and_gives_the_walk_its_own_values(
    emulator: InProcessEmulator,
) -> None:
    sent: list[str] = []
    hooks = {"request": [lambda request: sent.append(request.url.path)]}
    with httpx.Client(base_url=emulator.base_url, headers=bearer(KEY), timeout=10, event_hooks=hooks) as api:
        overrides = CharonEmulator.prepare_live_link_walk(api, KEY)
        assert sent and all(path.startswith("/api/v1/") for path in sent), sent
        workspaces = api.get("/workspace/my/").raise_for_status().json()["result"]
        me = api.get("/user/me/").raise_for_status().json()["result"]
        assert overrides == {
            "workspaceId": workspaces[0]["id"],
            "userId": me["id"],
            "dataSourceId": overrides["dataSourceId"],
        }
        workspace = api.get(f"/workspace/{overrides['workspaceId']}/").raise_for_status().json()["result"]
        [project_id] = workspace["projects"]
        project = api.get(f"/project/{project_id}/").raise_for_status().json()["result"]
        assert [b["id"] for b in project["branches"] if b["isPrimary"]] == [overrides["dataSourceId"]]
        # The document examples' collection exists in the walk's data source (404 without the schema).
        items = api.post(f"/datasource/{overrides['dataSourceId']}/collection/Item/documents/", json={})
        assert items.status_code == 200, items.text
        missing = api.post(f"/datasource/{overrides['dataSourceId']}/collection/Weapon/documents/", json={})
        assert missing.status_code == 404, missing.text
