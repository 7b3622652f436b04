"""What the Qlik emulator tests share: the client, an empty tenant, and create, seed and error helpers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from emulators.testing import InProcessEmulator, RunningEmulator, tls_context
from tests.target import TOKEN, Target

STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
ID = re.compile(r"^[0-9a-f]{24}$")
DERIVED = re.compile(r"^[A-Za-z0-9]{32}$")
TRACE = re.compile(r"^[0-9a-f]{32}$")


@pytest.fixture
def emulator(target: Target) -> InProcessEmulator | RunningEmulator:
    """The emulator's control plane (seed, root URL); skipped in live mode."""
    return target.emulator


@pytest.fixture
def http(target: Target) -> Iterator[httpx.Client]:
    """A client on the target; on the emulator each test starts from an empty tenant."""
    with target.fresh_client() as client:
        yield client


@pytest.fixture
def empty_tenant(target: Target) -> None:
    """The test counts every store of the tenant, so it needs one that starts empty: emulator only."""
    target.reset()


def create(http: httpx.Client, **body: Any) -> dict[str, Any]:
    payload = {"technicalName": "sales-datafiles", "type": "qix-datafiles", **body}
    response = http.post("/data-stores", json=payload)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def seed(emulator: InProcessEmulator, payload: dict[str, Any]) -> httpx.Response:
    return httpx.post(
        f"{emulator.root_url}/_emulator/seed",
        json=payload,
        headers={"Authorization": f"Bearer {TOKEN}"},
        verify=tls_context(),
    )


def assert_error(response: httpx.Response, status: int, *details: str) -> list[dict[str, Any]]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"errors", "traceId"}
    assert TRACE.match(body["traceId"])
    errors: list[dict[str, Any]] = body["errors"]
    assert errors
    for error in errors:
        assert error["code"] == f"HTTP-{status}"
        assert error["status"] == str(status)
        assert isinstance(error["title"], str) and error["title"]
        assert isinstance(error["detail"], str) and error["detail"]
    for needle in details:
        assert any(needle in error["detail"] for error in errors), (needle, errors)
    return errors
