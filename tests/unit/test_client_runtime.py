"""The shared client runtime as the generated operations use it: retries, typed errors, auth, wire format.

No network: every client talks to an ``httpx.MockTransport`` that answers from a script and records the
requests, and a fake clock stands in for time, so retry waits are recorded instead of slept.
"""

from __future__ import annotations

import asyncio
import email.utils
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import httpx
import make_client
import pytest
import qlik_client
import rollup_client
from make_client import RetryPolicy
from make_client import errors as make_errors
from make_client.api.data_stores import create_data_store, get_data_store
from make_client.models.create_data_store_request import CreateDataStoreRequest
from make_client.models.data_store_column import DataStoreColumn
from make_client.models.data_store_columns_response import DataStoreColumnsResponse
from make_client.models.make_error import MakeError
from qlik_client import errors as qlik_errors
from qlik_client.api.data_assets import list_data_assets
from qlik_client.api.data_stores import get_data_store as qlik_get_data_store
from qlik_client.api.data_stores import list_data_stores as qlik_list_data_stores
from qlik_client.models.error_response import ErrorResponse
from rollup_client import errors as rollup_errors
from rollup_client.api.data_sinks import list_data_sinks

MAKE_URL = "https://eu1.make.test/api/v2"
QLIK_URL = "https://tenant.qlik.test/api/v1"
ROLLUP_URL = "https://api.rollup.test"
NOW = 1_700_000_000.0
STORE = {
    "id": 7,
    "name": "Customers",
    "records": 0,
    "size": "0",
    "maxSize": "1048576",
    "teamId": 1,
    "datastructureId": None,
}


class FakeTime:
    """A clock that moves only when the client sleeps; every wait is recorded."""

    def __init__(self, now: float = NOW) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


Reply = httpx.Response | Exception


class Server:
    """A MockTransport handler answering from a script (the last reply repeats), recording every request."""

    def __init__(self, *replies: Reply) -> None:
        self.replies = replies
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        if isinstance(reply, Exception):
            raise reply
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

    @property
    def methods(self) -> list[str]:
        return [r.method for r in self.requests]


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


def make_api(server: Server, fake: FakeTime, **kwargs: Any) -> make_client.Client:
    client = make_client.Client(
        base_url=MAKE_URL,
        token="t",
        sleep=fake.sleep,
        async_sleep=fake.async_sleep,
        clock=fake.clock,
        **kwargs,
    )
    client.set_httpx_client(httpx.Client(transport=httpx.MockTransport(server), base_url=MAKE_URL))
    return client


def qlik_api(server: Server, fake: FakeTime, **kwargs: Any) -> qlik_client.Client:
    client = qlik_client.Client(base_url=QLIK_URL, token="t", sleep=fake.sleep, clock=fake.clock, **kwargs)
    client.set_httpx_client(httpx.Client(transport=httpx.MockTransport(server), base_url=QLIK_URL))
    return client


def make_error(status: int, detail: str, headers: dict[str, str] | None = None) -> httpx.Response:
    body = {"message": "Error", "code": f"SC{status}", "detail": detail}
    return httpx.Response(status, json=body, headers=headers)


def qlik_error(status: int, detail: str, trace_id: str = "abc") -> httpx.Response:
    error = {"code": f"HTTP-{status}", "title": "Error", "detail": detail, "status": str(status)}
    return httpx.Response(status, json={"errors": [error], "traceId": trace_id})


def store_ok() -> httpx.Response:
    return httpx.Response(200, json={"dataStore": STORE})


def new_store() -> CreateDataStoreRequest:
    return CreateDataStoreRequest(name="Customers", team_id=1, max_size_mb=1)


def not_called(seconds: float) -> None:
    raise AssertionError(f"the blocking sleep was used ({seconds}s)")


# -- Retry-After ------------------------------------------------------------------------------------------


def test_retry_after_seconds_then_success_waits_exactly_that_long(fake: FakeTime) -> None:
    server = Server(make_error(429, "Requests limit exceeded", {"Retry-After": "2"}), store_ok())

    result = get_data_store.sync(7, client=make_api(server, fake))

    assert isinstance(result, DataStoreColumnsResponse)
    assert result.data_store.name == "Customers"
    assert fake.sleeps == [2.0]
    assert server.methods == ["GET", "GET"]
    assert server.requests[0].url == server.requests[1].url


@pytest.mark.parametrize(("offset", "expected"), [(7, 7.0), (0, 0.0), (-30, 0.0)])
def test_retry_after_http_date_is_measured_from_the_client_clock(
    fake: FakeTime, offset: int, expected: float
) -> None:
    header = email.utils.formatdate(NOW + offset, usegmt=True)
    server = Server(httpx.Response(503, headers={"Retry-After": header}), store_ok())

    get_data_store.sync(7, client=make_api(server, fake))

    assert fake.sleeps == [expected]
    assert len(server.requests) == 2


@pytest.mark.parametrize("header", ["86400", email.utils.formatdate(NOW + 86400, usegmt=True)])
@pytest.mark.parametrize(("policy", "cap"), [(None, 60.0), (RetryPolicy(max_retry_after=5.0), 5.0)])
def test_huge_retry_after_is_capped_by_max_retry_after(
    fake: FakeTime, header: str, policy: RetryPolicy | None, cap: float
) -> None:
    server = Server(make_error(429, "slow down", {"Retry-After": header}), store_ok())

    get_data_store.sync(7, client=make_api(server, fake, retry_policy=policy))

    assert fake.sleeps == [cap]


# -- backoff, giving up -----------------------------------------------------------------------------------


def test_5xx_without_retry_after_backs_off_exponentially_then_sync_raises(fake: FakeTime) -> None:
    policy = RetryPolicy(5, initial_backoff=1.0, max_backoff=5.0, jitter=0.0)
    server = Server(httpx.Response(503, text="unavailable"))

    with pytest.raises(make_errors.InternalServerError) as caught:
        get_data_store.sync(7, client=make_api(server, fake, retry_policy=policy))

    assert caught.value.status_code == 503
    assert fake.sleeps == [1.0, 2.0, 4.0, 5.0, 5.0]
    assert len(server.requests) == 6


def test_default_backoff_grows_with_bounded_jitter(fake: FakeTime) -> None:
    policy = RetryPolicy(6, initial_backoff=0.5, max_backoff=3.0, jitter=0.25)
    server = Server(httpx.Response(502))

    response = get_data_store.sync_detailed(7, client=make_api(server, fake, retry_policy=policy))

    assert response.status_code == 502
    assert len(fake.sleeps) == 6
    for wait, base in zip(fake.sleeps, [0.5, 1.0, 2.0, 3.0, 3.0, 3.0], strict=True):
        assert base <= wait <= min(base + 0.25, 3.0)
    assert fake.sleeps[0] < fake.sleeps[1] < fake.sleeps[2]


def test_sync_detailed_returns_the_last_response_when_out_of_retries(fake: FakeTime) -> None:
    first = make_error(500, "first failure")
    server = Server(
        first, httpx.Response(502, text="bad gateway"), httpx.Response(504, text="late"), store_ok()
    )

    response = get_data_store.sync_detailed(7, client=make_api(server, fake))  # max_retries=2 by default

    assert response.status_code == 504
    assert response.content == b"late"
    assert response.parsed is None
    assert len(server.requests) == 3
    assert len(fake.sleeps) == 2


# -- which requests are retried ---------------------------------------------------------------------------


def test_post_answered_503_is_not_retried_by_default(fake: FakeTime) -> None:
    server = Server(httpx.Response(503), httpx.Response(200, json={"dataStore": STORE}))

    with pytest.raises(make_errors.InternalServerError):
        create_data_store.sync(client=make_api(server, fake), body=new_store())

    assert server.methods == ["POST"]
    assert fake.sleeps == []


def test_post_is_retried_when_the_policy_allows_non_idempotent_retries(fake: FakeTime) -> None:
    policy = RetryPolicy(retry_non_idempotent=True, jitter=0.0)
    server = Server(httpx.Response(503), httpx.Response(200, json={"dataStore": STORE}))

    created = create_data_store.sync(client=make_api(server, fake, retry_policy=policy), body=new_store())

    assert created.data_store.id == 7
    assert server.methods == ["POST", "POST"]
    assert server.requests[0].content == server.requests[1].content
    assert fake.sleeps == [0.5]


@pytest.mark.parametrize(
    "failure",
    [httpx.Response(503), make_error(429, "slow down", {"Retry-After": "1"})],
    ids=["503", "429"],
)
def test_max_retries_zero_per_call_turns_retries_off(fake: FakeTime, failure: httpx.Response) -> None:
    server = Server(failure, failure, store_ok())
    client = make_api(server, fake)

    response = get_data_store.sync_detailed(7, client=client, max_retries=0)

    assert response.status_code == failure.status_code
    assert len(server.requests) == 1
    assert fake.sleeps == []
    # The client's own policy still applies to the next call.
    assert get_data_store.sync(7, client=client).data_store.id == 7
    assert len(server.requests) == 3


def test_max_retries_zero_on_the_client_turns_retries_off(fake: FakeTime) -> None:
    server = Server(httpx.Response(503), store_ok())

    with pytest.raises(make_errors.InternalServerError):
        get_data_store.sync(7, client=make_api(server, fake, max_retries=0))

    assert len(server.requests) == 1


def test_connection_error_is_retried_even_for_post(fake: FakeTime) -> None:
    server = Server(httpx.ConnectError("connection refused"), httpx.Response(200, json={"dataStore": STORE}))

    created = create_data_store.sync(client=make_api(server, fake), body=new_store())

    assert created.data_store.name == "Customers"
    assert server.methods == ["POST", "POST"]
    assert len(fake.sleeps) == 1


def test_read_timeout_is_retried_for_get_but_not_for_post(fake: FakeTime) -> None:
    get_server = Server(httpx.ReadTimeout("read timed out"), store_ok())
    assert get_data_store.sync(7, client=make_api(get_server, fake)).data_store.id == 7
    assert get_server.methods == ["GET", "GET"]

    post_server = Server(httpx.ReadTimeout("read timed out"), httpx.Response(200, json={"dataStore": STORE}))
    with pytest.raises(make_errors.APITimeoutError) as caught:
        create_data_store.sync(client=make_api(post_server, fake), body=new_store())
    assert post_server.methods == ["POST"]
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert isinstance(caught.value, make_errors.APIConnectionError)


def test_connection_errors_exhaust_retries_and_raise_the_last_error(fake: FakeTime) -> None:
    server = Server(httpx.ConnectError("refused"))

    with pytest.raises(make_errors.APIConnectionError) as caught:
        get_data_store.sync(7, client=make_api(server, fake, max_retries=3))

    assert isinstance(caught.value, make_errors.ApiError)
    assert not isinstance(caught.value, make_errors.APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)

    assert len(server.requests) == 4
    assert len(fake.sleeps) == 3


# -- typed errors -----------------------------------------------------------------------------------------


def test_make_404_raises_not_found_with_the_parsed_envelope(fake: FakeTime) -> None:
    body = {"message": "Not found", "code": "SC404", "detail": "Data store 7 not found."}
    server = Server(httpx.Response(404, json=body))

    with pytest.raises(make_errors.NotFoundError) as caught:
        get_data_store.sync(7, client=make_api(server, fake))

    error = caught.value
    assert isinstance(error, make_errors.ApiError)
    assert error.status_code == 404
    assert error.message == "Data store 7 not found."
    assert isinstance(error.error, MakeError)
    assert error.error.code == "SC404"
    assert error.error.message == "Not found"
    assert error.body == body
    assert error.response.status_code == 404
    assert str(error) == "404: Data store 7 not found."
    assert len(server.requests) == 1  # 404 is not retried


def test_make_error_message_falls_back_to_message_without_detail(fake: FakeTime) -> None:
    server = Server(httpx.Response(403, json={"message": "Permission denied", "code": "SC403"}))

    with pytest.raises(make_errors.PermissionDeniedError) as caught:
        get_data_store.sync(7, client=make_api(server, fake))

    assert caught.value.message == "Permission denied"
    assert isinstance(caught.value.error, MakeError)


def test_qlik_404_raises_not_found_with_the_trace_id(fake: FakeTime) -> None:
    server = Server(qlik_error(404, "Data store 'x' not found.", trace_id="abc"))

    with pytest.raises(qlik_errors.NotFoundError) as caught:
        qlik_get_data_store.sync("x", client=qlik_api(server, fake))

    error = caught.value
    assert error.request_id == "abc"
    assert error.message == "Data store 'x' not found."
    assert error.status_code == 404
    assert isinstance(error.error, ErrorResponse)
    assert error.error.trace_id == "abc"
    assert "(request id abc)" in str(error)


STATUS_CLASSES = [
    (400, "BadRequestError"),
    (401, "AuthenticationError"),
    (403, "PermissionDeniedError"),
    (404, "NotFoundError"),
    (409, "ConflictError"),
    (422, "UnprocessableEntityError"),
    (429, "RateLimitError"),
    (500, "InternalServerError"),
    (503, "InternalServerError"),
]


@pytest.mark.parametrize(("status", "class_name"), STATUS_CLASSES)
def test_make_status_maps_to_its_error_class(fake: FakeTime, status: int, class_name: str) -> None:
    server = Server(make_error(status, f"status {status}"))

    with pytest.raises(make_errors.ApiError) as caught:
        get_data_store.sync(7, client=make_api(server, fake), max_retries=0)

    assert type(caught.value) is getattr(make_errors, class_name)
    assert caught.value.status_code == status
    assert caught.value.message == f"status {status}"


@pytest.mark.parametrize(("status", "class_name"), STATUS_CLASSES)
def test_qlik_status_maps_to_its_error_class(fake: FakeTime, status: int, class_name: str) -> None:
    server = Server(qlik_error(status, f"status {status}"))

    with pytest.raises(qlik_errors.ApiError) as caught:
        qlik_get_data_store.sync("x", client=qlik_api(server, fake), max_retries=0)

    assert type(caught.value) is getattr(qlik_errors, class_name)
    assert caught.value.request_id == "abc"


def test_each_client_has_its_own_error_classes(fake: FakeTime) -> None:
    assert make_client.errors.ApiError is not qlik_client.errors.ApiError
    assert qlik_errors.ApiError is not rollup_errors.ApiError
    assert make_client.ApiError is make_errors.ApiError
    assert not issubclass(qlik_errors.NotFoundError, make_errors.ApiError)
    assert issubclass(qlik_errors.NotFoundError, qlik_errors.ApiError)

    server = Server(qlik_error(404, "gone"))
    with pytest.raises(qlik_errors.NotFoundError) as caught:
        qlik_get_data_store.sync("x", client=qlik_api(server, fake))
    assert not isinstance(caught.value, make_errors.ApiError)  # an ``except make_errors.ApiError`` misses it


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (httpx.Response(500, text="<html>upstream exploded</html>"), make_errors.InternalServerError),
        (httpx.Response(404, json={"error": "no such route"}), make_errors.NotFoundError),
    ],
    ids=["html-500", "foreign-json-404"],
)
def test_error_bodies_that_are_not_the_envelope_still_raise_typed_errors(
    fake: FakeTime, reply: httpx.Response, expected: type[make_errors.ApiError]
) -> None:
    # A proxy's HTML page or another service's JSON: the status still decides the class; ``error`` is None.
    server = Server(reply)

    with pytest.raises(expected) as caught:
        get_data_store.sync(7, client=make_api(server, fake), max_retries=0)

    assert caught.value.error is None
    assert caught.value.status_code == reply.status_code


def test_undocumented_status_raises_unexpected_status_only_when_asked(fake: FakeTime) -> None:
    server = Server(httpx.Response(418, text="teapot"))

    response = get_data_store.sync_detailed(7, client=make_api(server, fake))
    assert response.status_code == 418
    assert response.parsed is None

    strict = make_api(server, fake, raise_on_unexpected_status=True)
    with pytest.raises(make_errors.UnexpectedStatus) as caught:
        get_data_store.sync_detailed(7, client=strict)
    assert caught.value.status_code == 418
    assert caught.value.body == "teapot"


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


# -- async ------------------------------------------------------------------------------------------------


def async_make_api(server: Server, fake: FakeTime, **kwargs: Any) -> make_client.Client:
    client = make_client.Client(
        base_url=MAKE_URL,
        token="t",
        sleep=not_called,
        async_sleep=fake.async_sleep,
        clock=fake.clock,
        **kwargs,
    )
    client.set_async_httpx_client(httpx.AsyncClient(transport=httpx.MockTransport(server), base_url=MAKE_URL))
    return client


def test_async_operations_retry_with_the_async_sleep(fake: FakeTime) -> None:
    policy = RetryPolicy(jitter=0.0)
    server = Server(httpx.Response(503), make_error(429, "slow down", {"Retry-After": "3"}), store_ok())
    failing = Server(httpx.Response(503))

    async def scenario() -> tuple[Any, BaseException | None]:
        detailed = await get_data_store.asyncio_detailed(
            7, client=async_make_api(server, fake, retry_policy=policy)
        )
        try:
            await get_data_store.asyncio(7, client=async_make_api(failing, fake, retry_policy=policy))
        except make_errors.ApiError as error:
            return detailed, error
        return detailed, None

    detailed, error = asyncio.run(scenario())

    assert detailed.status_code == 200
    assert isinstance(detailed.parsed, DataStoreColumnsResponse)
    assert detailed.parsed.data_store.id == 7
    assert server.methods == ["GET", "GET", "GET"]
    assert all(r.headers["authorization"] == "Token t" for r in server.requests)
    assert isinstance(error, make_errors.InternalServerError)
    assert len(failing.requests) == 3
    assert fake.sleeps == [0.5, 3.0, 0.5, 1.0]


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
