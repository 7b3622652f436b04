"""What the client runtime puts on the wire: the credential the vendor's way, timeouts, query arrays, query
credentials, and how server-sent events are read. No network (tests/unit/client_runtime_support.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import httpx
import make_client
import pytest
import qlik_client
import rollup_client
from make_client.api.data_stores import get_data_store
from make_client.models.data_store_column import DataStoreColumn
from qlik_client.api.data_assets import list_data_assets
from qlik_client.api.data_stores import list_data_stores as qlik_list_data_stores
from rollup_client.api.data_sinks import list_data_sinks

from tests.unit.client_runtime_support import (
    MAKE_URL,
    QLIK_URL,
    ROLLUP_URL,
    FakeTime,
    Server,
    make_api,
    qlik_api,
    store_ok,
)


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


# -- auth, timeouts ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Vendor:
    client_class: Callable[..., Any]
    base_url: str
    header: str
    value: str
    call: Callable[[Any], Any]
    ok: Callable[[], httpx.Response]


VENDORS = {
    "make": Vendor(
        make_client.Client,
        MAKE_URL,
        "Authorization",
        "Token t",
        lambda client: get_data_store.sync(7, client=client),
        store_ok,
    ),
    "qlik": Vendor(
        qlik_client.Client,
        QLIK_URL,
        "Authorization",
        "Bearer t",
        lambda client: qlik_list_data_stores.sync(client=client),
        lambda: httpx.Response(200, json={"data": []}),
    ),
    "rollup": Vendor(
        rollup_client.Client,
        ROLLUP_URL,
        "x-api-key",
        "t",
        lambda client: list_data_sinks.sync(UUID(int=1), client=client),
        lambda: httpx.Response(200, json=[]),
    ),
}


@pytest.mark.parametrize("name", sorted(VENDORS))
def test_credential_is_sent_the_vendors_way_with_a_user_supplied_httpx_client(name: str) -> None:
    vendor = VENDORS[name]
    server = Server(vendor.ok())
    client = vendor.client_class(base_url=vendor.base_url, token="t")
    client.set_httpx_client(httpx.Client(transport=httpx.MockTransport(server), base_url=vendor.base_url))

    vendor.call(client)

    (request,) = server.requests
    assert request.headers[vendor.header] == vendor.value
    if vendor.header.lower() != "authorization":
        assert "authorization" not in request.headers


@pytest.mark.parametrize("name", sorted(VENDORS))
def test_credential_user_agent_and_default_timeout_on_the_clients_own_httpx_client(name: str) -> None:
    vendor = VENDORS[name]
    server = Server(vendor.ok())
    client = vendor.client_class(
        base_url=vendor.base_url, token="t", httpx_args={"transport": httpx.MockTransport(server)}
    )

    vendor.call(client)

    (request,) = server.requests
    assert request.headers[vendor.header] == vendor.value
    assert request.headers["user-agent"].startswith(f"datastore-api-kit-{name}-client/")
    assert str(request.url).startswith(vendor.base_url + "/")
    timeout = request.extensions["timeout"]
    assert timeout["read"] is not None
    assert timeout["connect"] is not None


@pytest.mark.parametrize("name", sorted(VENDORS))
def test_every_client_has_a_default_timeout(name: str) -> None:
    client = VENDORS[name].client_class(token="t")

    assert isinstance(client.timeout, httpx.Timeout)
    assert client.timeout.read is not None
    assert client.timeout.connect is not None
    assert client.get_httpx_client().timeout == client.timeout
    assert client.get_async_httpx_client().timeout == client.timeout


def test_per_call_timeout_reaches_the_request(fake: FakeTime) -> None:
    server = Server(store_ok())
    client = make_client.Client(
        base_url=MAKE_URL, token="t", timeout=12.0, httpx_args={"transport": httpx.MockTransport(server)}
    )

    get_data_store.sync(7, client=client)
    get_data_store.sync(7, client=client, timeout=3.0)

    assert server.requests[0].extensions["timeout"]["read"] == 12.0
    assert server.requests[1].extensions["timeout"]["read"] == 3.0


def test_no_token_sends_no_credential() -> None:
    server = Server(store_ok())
    client = make_client.Client(base_url=MAKE_URL)
    client.set_httpx_client(httpx.Client(transport=httpx.MockTransport(server), base_url=MAKE_URL))

    get_data_store.sync(7, client=client)

    assert "authorization" not in server.requests[0].headers


# -- wire format ------------------------------------------------------------------------------------------


def test_qlik_sort_and_projections_are_sent_as_one_comma_joined_value(fake: FakeTime) -> None:
    server = Server(httpx.Response(200, json={"data": []}))

    qlik_list_data_stores.sync(
        client=qlik_api(server, fake), sort=["-name", "id"], projections=["id", "name"]
    )

    params = server.requests[0].url.params
    assert params.get_list("sort") == ["-name,id"]
    assert params.get_list("projections") == ["id,name"]


def test_make_cols_are_sent_as_repeated_keys(fake: FakeTime) -> None:
    server = Server(store_ok())

    get_data_store.sync(7, client=make_api(server, fake), cols=[DataStoreColumn.ID, DataStoreColumn.NAME])

    assert server.requests[0].url.params.get_list("cols[]") == ["id", "name"]


@pytest.mark.parametrize(
    ("ids", "path"),
    [
        (["a", "b"], "/api/v1/data-stores/a,b/data-assets"),
        (["*"], "/api/v1/data-stores/*/data-assets"),
        (["a,b", "c d"], "/api/v1/data-stores/a%2Cb,c%20d/data-assets"),
    ],
)
def test_qlik_path_id_lists_are_comma_joined_on_the_wire(fake: FakeTime, ids: list[str], path: str) -> None:
    server = Server(httpx.Response(200, json={"data": []}))

    list_data_assets.sync(ids, client=qlik_api(server, fake))

    assert server.requests[0].url.raw_path == path.encode()


def test_an_empty_query_array_is_sent_as_an_empty_value() -> None:
    from charon_client import _runtime as charon_runtime
    from charon_client.api.data_source import validate
    from charon_client.models import ValidationOption

    none = validate._get_kwargs("ds", validation_options=[])
    assert httpx.Request("POST", "http://x/", params=none["params"]).url.query == b"validationOptions="
    some = validate._get_kwargs("ds", validation_options=[ValidationOption.CHECK_FORMAT])
    assert (
        httpx.Request("POST", "http://x/", params=some["params"]).url.query
        == b"validationOptions=checkFormat"
    )
    joined = charon_runtime.join_query({"a": [], "b": ["x", "y"], "c": 1}, {"b": ","})
    assert joined == {"a": "", "b": "x,y", "c": 1}


def test_a_query_credential_replaces_the_header_credential() -> None:
    from charon_client import _runtime as charon_runtime

    kept = charon_runtime.with_query_credential(
        {"params": {"a": 1}}, {"x-authorization": charon_runtime_unset()}
    )
    assert kept == {"params": {"a": 1}}
    given = charon_runtime.with_query_credential({"params": {"a": 1}}, {"x-authorization": "code"})
    assert given == {"params": {"a": 1, "x-authorization": "code"}, "auth": None}


def charon_runtime_unset() -> object:
    from charon_client.types import UNSET

    return UNSET


def test_server_sent_event_data_is_parsed_per_event() -> None:
    from charon_client import _runtime as charon_runtime

    lines = [": comment", "event: batch", 'data: {"a":', "data:1}", "id: 7", "", "", "data: last"]
    assert list(charon_runtime.sse_data(iter(lines))) == ['{"a":\n1}', "last"]
    assert list(charon_runtime.sse_data(iter(["retry: 5", ""]))) == []
