"""Property: random creates, updates, deletes and bulk imports, inside and outside transactions, leave the
data source equal to a simple model (a dict per scope, in creation order)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.emulator.charon_data import collection, ids, listed, with_items
from tests.emulator.charon_support import control, emulator, http

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures

TX = "0f9a7c52-1111-4c3e-9d7e-00000000abcd"
KEYS = st.sampled_from(["a", "b", "c", "d"])
IN_TX = st.booleans()
OPERATIONS = st.one_of(
    st.tuples(st.just("create"), KEYS, IN_TX),
    st.tuples(st.just("update"), KEYS, IN_TX, st.integers(0, 3)),
    st.tuples(st.just("delete"), KEYS, IN_TX),
    st.tuples(st.just("bulk"), st.lists(KEYS, max_size=3, unique=True), IN_TX),
    st.tuples(st.sampled_from(["begin", "commit", "reject"])),
)


@dataclass
class Model:
    base: dict[str, dict[str, Any]] = field(default_factory=dict)
    tx: dict[str, dict[str, Any]] | None = None
    stale: bool = False  # written outside the open transaction: its commit is aborted


def apply(http: httpx.Client, ds: str, model: Model, step: tuple[Any, ...]) -> None:
    kind = step[0]
    if kind == "begin":
        body = {"id": TX, "executionTimeout": "01:00:00", "startTimeout": "00:00:10"}
        response = http.put(f"/datasource/{ds}/transaction/", json=body)
        assert response.status_code == (409 if model.tx is not None else 204), response.text
        if model.tx is None:
            model.tx, model.stale = {k: dict(v) for k, v in model.base.items()}, False
        return
    if kind in ("commit", "reject"):
        method = "POST" if kind == "commit" else "DELETE"
        response = http.request(method, f"/datasource/{ds}/transaction/{TX}/")
        if model.tx is None:
            assert response.status_code in (204, 404, 409), response.text
            return
        aborted = kind == "commit" and model.stale
        assert response.status_code == (409 if aborted else 204), response.text
        if kind == "commit" and not aborted:
            model.base = model.tx
        model.tx = None
        return
    inside = step[2] and model.tx is not None
    target = model.tx if inside and model.tx is not None else model.base
    params: dict[str, Any] = {"validationOptions": ""}
    if inside:
        params["transactionId"] = TX
    before = {k: dict(v) for k, v in target.items()}
    write(http, ds, target, kind, step, params)
    # Only a write that changed something outside moves the revision the transaction started from.
    if not inside and model.tx is not None and target != before:
        model.stale = True


def write(
    http: httpx.Client,
    ds: str,
    target: dict[str, dict[str, Any]],
    kind: str,
    step: tuple[Any, ...],
    params: dict[str, Any],
) -> None:
    if kind == "create":
        key = step[1]
        response = http.put(collection(ds), json={"Id": key, "Name": f"n-{key}"}, params=params)
        assert response.status_code == (409 if key in target else 200), response.text
        target.setdefault(key, {"Id": key, "Name": f"n-{key}"})
    elif kind == "update":
        key, damage = step[1], step[3]
        response = http.post(collection(ds), json={"Id": key, "Damage": damage}, params=params)
        assert response.status_code == (200 if key in target else 404), response.text
        if key in target:
            target[key]["Damage"] = damage
    elif kind == "delete":
        key = step[1]
        response = http.delete(collection(ds), params={"id": key, **params})
        assert response.status_code == 200, response.text
        assert (response.json()["result"]["document"] is None) == (key not in target)
        target.pop(key, None)
    else:
        documents = [{"Id": key, "Name": f"n-{key}", "Damage": 9} for key in step[1]]
        bulk_params = {**params, "importMode": "createAndUpdate", "dryRun": "false"}
        response = http.put(f"{collection(ds)}documents/", json=documents, params=bulk_params)
        assert response.status_code == 200, response.text
        for document in documents:
            target.setdefault(document["Id"], {}).update(document)


def observed(http: httpx.Client, ds: str, **params: Any) -> list[dict[str, Any]]:
    page = listed(http, ds, {}, **params)
    documents: list[dict[str, Any]] = page["documents"]
    assert page["total"] == len(documents)
    return documents


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(OPERATIONS, max_size=10))
def test_random_writes_match_the_model(http: httpx.Client, steps: list[tuple[Any, ...]]) -> None:
    control(http, "POST", "reset")
    ds = with_items(http)
    model = Model()
    for step in steps:
        apply(http, ds, model, step)
        assert observed(http, ds) == list(model.base.values())
        if model.tx is not None:
            assert observed(http, ds, transactionId=TX) == list(model.tx.values())
    assert ids(listed(http, ds, {"sorters": [{"property": "Id", "direction": "ascending"}]})) == sorted(
        model.base
    )
