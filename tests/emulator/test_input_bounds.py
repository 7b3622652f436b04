"""Hostile input through every stored JSON field: nesting depth, bulk sizes, integral numbers in queries.

The sweep sends every nesting depth from 1 to 1,100 into each field a vendor stores as JSON and checks
that each answer is a 2xx or a 4xx in the vendor's envelope and that the data stays readable afterwards
(a value that could be stored but not encoded again would break every later list).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from emulators.core.limits import MAX_JSON_DEPTH, json_depth
from emulators.testing import InProcessEmulator, serve_in_thread, start_emulator

pytestmark = pytest.mark.parity("emulator")

TOKEN = "test-token"
DEPTHS = range(1, 1101)
AUTH = {
    "make": {"Authorization": f"Token {TOKEN}"},
    "qlik": {"Authorization": f"Bearer {TOKEN}"},
    "rollup": {"x-api-key": TOKEN, "ClientId": "pytest"},
}


def nest(depth: int) -> dict[str, Any]:
    """An object ``depth`` levels deep (lists and objects alternating), the outermost an object."""
    value: Any = 1
    for level in range(depth - 1):
        value = [value] if level % 2 == 0 else {"n": value}
    return {"n": value}


def nest_text(depth: int) -> str:
    """``nest(depth)`` as JSON text, built as text: neither orjson (255 levels) nor the json module
    (Python's recursion limit) can encode the deepest values the sweep sends."""
    opens, closes = [], []
    for level in range(depth - 1):
        opens.append("[" if level % 2 == 0 else '{"n":')
        closes.append("]" if level % 2 == 0 else "}")
    return '{"n":' + "".join(reversed(opens)) + "1" + "".join(closes) + "}"


def send(http: httpx.Client, method: str, url: str, text: str) -> httpx.Response:
    return http.request(method, url, content=text, headers={"content-type": "application/json"})


def is_envelope(vendor: str, body: Any) -> bool:
    if vendor == "make":
        return isinstance(body, dict) and {"detail", "message", "code"} <= set(body)
    if vendor == "qlik":
        return isinstance(body, dict) and isinstance(body.get("errors"), list)
    return isinstance(body, dict) and {"statusCode", "message", "error"} <= set(body)


@pytest.fixture(scope="module", params=["make", "qlik", "rollup"])
def emulator(request: pytest.FixtureRequest) -> Iterator[InProcessEmulator]:
    running = serve_in_thread(request.param, token=TOKEN)
    try:
        yield running
    finally:
        running.stop()


def test_nest_builds_the_depth_it_names() -> None:
    assert [json_depth(nest(d)) for d in (1, 2, 3, 200)] == [1, 2, 3, 200]
    assert [orjson.loads(nest_text(d)) for d in (1, 2, 3, 200)] == [nest(d) for d in (1, 2, 3, 200)]


Write = Callable[[httpx.Client, str], httpx.Response]


def make_writers(http: httpx.Client) -> tuple[list[tuple[str, Write]], str]:
    store = http.post("/data-stores", json={"name": "deep", "teamId": 1, "maxSizeMB": 64}).json()
    sid = store["dataStore"]["id"]
    counter = iter(range(10**6))
    writers: list[tuple[str, Write]] = [
        (
            "record data (create)",
            lambda h, v: send(
                h, "POST", f"/data-stores/{sid}/data", f'{{"key":"k{next(counter)}","data":{v}}}'
            ),
        ),
        ("record data (replace)", lambda h, v: send(h, "PUT", f"/data-stores/{sid}/data/fixed", v)),
        ("record data (update)", lambda h, v: send(h, "PATCH", f"/data-stores/{sid}/data/fixed", v)),
    ]
    return writers, f"/data-stores/{sid}/data?pg[limit]=10000"


def qlik_writers(http: httpx.Client) -> tuple[list[tuple[str, Write]], str]:
    base = '"technicalName":"deep","type":"qix-datafiles"'
    sid = send(http, "POST", "/data-stores", f"{{{base}}}").json()["id"]
    writers: list[tuple[str, Write]] = [
        ("properties (create)", lambda h, v: send(h, "POST", "/data-stores", f'{{{base},"properties":{v}}}')),
        (
            "properties (replace)",
            lambda h, v: send(h, "PUT", f"/data-stores/{sid}", f'{{{base},"properties":{v}}}'),
        ),
        (
            "properties (patch)",
            lambda h, v: send(
                h, "PATCH", f"/data-stores/{sid}", f'[{{"op":"add","path":"/properties","value":{v}}}]'
            ),
        ),
    ]
    return writers, "/data-stores?limit=100"


def rollup_writers(http: httpx.Client) -> tuple[list[tuple[str, Write]], str]:
    ws = str(uuid.uuid4())
    path = f"/v1/workspace/{ws}/data-sink"
    sink = http.post(path, json={"label": "deep"}).json()["id"]
    writers: list[tuple[str, Write]] = [
        (
            "icon.metadata (create)",
            lambda h, v: send(h, "POST", path, f'{{"label":"x","icon":{{"metadata":{v}}}}}'),
        ),
        (
            "icon.metadata (update)",
            lambda h, v: send(h, "PATCH", f"{path}/{sink}", f'{{"icon":{{"metadata":{v}}}}}'),
        ),
        (
            # The reference's string form is parsed by the emulator: a second way in for a deep value.
            "icon as a JSON string (create)",
            lambda h, v: send(
                h, "POST", path, orjson.dumps({"label": "s", "icon": '{"metadata":' + v + "}"}).decode()
            ),
        ),
    ]
    return writers, path


WRITERS = {"make": make_writers, "qlik": qlik_writers, "rollup": rollup_writers}


def test_every_depth_in_every_stored_field_answers_2xx_or_4xx_and_stays_readable(
    emulator: InProcessEmulator,
) -> None:
    vendor = emulator.vendor
    with httpx.Client(base_url=emulator.base_url, headers=AUTH[vendor], timeout=30) as http:
        writers, list_path = WRITERS[vendor](http)
        accepted: dict[str, list[int]] = {}
        for name, write in writers:
            for depth in DEPTHS:
                response = write(http, nest_text(depth))
                assert response.status_code < 500, (name, depth, response.text[:200])
                if response.status_code >= 400:
                    assert is_envelope(vendor, response.json()), (name, depth, response.text[:200])
                else:
                    accepted.setdefault(name, []).append(depth)
                if depth % 50 == 0 or MAX_JSON_DEPTH - 3 <= depth <= MAX_JSON_DEPTH + 3:
                    read = http.get(list_path)
                    assert read.status_code == 200, (name, depth, read.text[:200])
            read = http.get(list_path)
            assert read.status_code == 200, (name, read.text[:200])
            # Nothing deeper than the bound was stored (a list wraps a stored value in a few levels).
            assert json_depth(read.json()) <= MAX_JSON_DEPTH + 4, name
    # Shallow values are stored; nothing beyond the bound is (a string icon too deep for the parser,
    # over 1,024 levels, is kept as the icon's name, as any unparsable icon string is).
    for name, depths in accepted.items():
        assert 1 in depths, name
        assert not [d for d in depths if MAX_JSON_DEPTH < d < 1024], name


def test_a_patch_cannot_deepen_a_stored_document_past_the_bound() -> None:
    """Each patch body is shallow, but it adds inside what is stored: the stored document is checked."""
    running = serve_in_thread("qlik", token=TOKEN)
    try:
        with httpx.Client(base_url=running.base_url, headers=AUTH["qlik"], timeout=10) as http:
            chain: Any = {}
            for _ in range(100):
                chain = {"n": chain}
            body = {"technicalName": "t", "type": "qix-datafiles", "properties": chain}
            sid = http.post("/data-stores", json=body).json()["id"]
            inner = "/properties" + "/n" * 100  # the innermost (empty) object, 101 levels into the store
            shallow = http.patch(
                f"/data-stores/{sid}", json=[{"op": "add", "path": inner + "/a", "value": 1}]
            )
            assert shallow.status_code == 200, shallow.text
            deep = {"a": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}
            refused = http.patch(
                f"/data-stores/{sid}", json=[{"op": "add", "path": inner + "/b", "value": deep}]
            )
            assert refused.status_code == 400, refused.text
            assert f"more than {MAX_JSON_DEPTH} levels" in refused.json()["errors"][0]["detail"]
            stored = http.get(f"/data-stores/{sid}").json()
            assert stored["version"] == 2
            assert http.get("/data-stores").status_code == 200
    finally:
        running.stop()


def test_a_body_deeper_than_the_bound_is_refused_before_it_is_stored() -> None:
    running = serve_in_thread("make", token=TOKEN)
    try:
        with httpx.Client(base_url=running.base_url, headers=AUTH["make"], timeout=10) as http:
            sid = http.post("/data-stores", json={"name": "d", "teamId": 1, "maxSizeMB": 1}).json()[
                "dataStore"
            ]["id"]
            # The body is one level deeper than ``data``: data at MAX-1 levels fits, at MAX it does not.
            ok = http.post(f"/data-stores/{sid}/data", json={"key": "ok", "data": nest(MAX_JSON_DEPTH - 1)})
            deep = http.post(f"/data-stores/{sid}/data", json={"key": "no", "data": nest(MAX_JSON_DEPTH)})
            assert ok.status_code == 200, ok.text
            assert deep.status_code == 400
            assert f"more than {MAX_JSON_DEPTH} levels" in deep.json()["detail"]
            keys = [r["key"] for r in http.get(f"/data-stores/{sid}/data").json()["records"]]
            assert keys == ["ok"]
    finally:
        running.stop()


def test_integral_numbers_are_integers_in_queries_as_in_bodies() -> None:
    running = serve_in_thread("make", token=TOKEN)
    try:
        with httpx.Client(base_url=running.base_url, headers=AUTH["make"], timeout=10) as http:
            created = http.post("/data-stores", json={"name": "n", "teamId": 74483.0, "maxSizeMB": 1.0})
            assert created.status_code == 200, created.text
            assert created.json()["dataStore"]["teamId"] == 74483
            listed = http.get("/data-stores", params={"teamId": "74483.0"})
            assert listed.status_code == 200, listed.text
            assert [s["name"] for s in listed.json()["dataStores"]] == ["n"]
            assert http.get("/data-stores", params={"teamId": "7e0"}).status_code == 200
            fraction = http.get("/data-stores", params={"teamId": "74483.5"})
            assert fraction.status_code == 400
    finally:
        running.stop()


def test_a_bulk_delete_of_300000_keys_succeeds(tmp_path: Path) -> None:
    """More keys than SQLite binds variables in one statement (250,000 in Debian's build)."""
    state = tmp_path / "make.db"
    running = start_emulator("make", token=TOKEN, state=state)
    try:
        with httpx.Client(base_url=running.base_url, headers=AUTH["make"], timeout=120) as http:
            sid = http.post("/data-stores", json={"name": "bulk", "teamId": 1, "maxSizeMB": 1024}).json()[
                "dataStore"
            ]["id"]
            http.post(f"/data-stores/{sid}/data", json={"key": "kept", "data": {}}).raise_for_status()
    finally:
        running.stop()
    keys = [f"{i:012x}" for i in range(300_000)]
    with sqlite3.connect(state) as db:  # 300,000 records written directly: the API would take minutes
        db.executemany(
            "INSERT INTO make_records (store_id, key, data, size) VALUES (?, ?, '{}', 14)",
            [(sid, key) for key in keys],
        )
        db.execute("UPDATE make_data_stores SET records = 300001 WHERE id = ?", (sid,))
    running = start_emulator("make", token=TOKEN, state=state)
    try:
        with httpx.Client(base_url=running.base_url, headers=AUTH["make"], timeout=120) as http:
            response = http.request(
                "DELETE", f"/data-stores/{sid}/data", params={"confirmed": "true"}, json={"keys": keys}
            )
            assert response.status_code == 200, response.text[:300]
            assert len(response.json()["keys"]) == 300_000
            left = http.get(f"/data-stores/{sid}/data").json()
            assert [r["key"] for r in left["records"]] == ["kept"]
            assert left["count"] == 1
            ids = http.request(
                "DELETE", "/data-stores", params={"teamId": 1}, json={"ids": list(range(1, 300_001))}
            )
            assert ids.status_code == 200, ids.text[:300]
            assert ids.json()["dataStores"] == [sid]
    finally:
        running.stop()
