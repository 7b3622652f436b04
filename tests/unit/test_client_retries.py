"""The client runtime's retries as the generated operations use them: Retry-After, backoff, which requests are
retried, and the async path. No network and no real sleeping (tests/unit/client_runtime_support.py)."""

from __future__ import annotations

import asyncio
import email.utils
from typing import Any

import httpx
import make_client
import pytest
from make_client import RetryPolicy
from make_client import errors as make_errors
from make_client.api.data_stores import create_data_store, get_data_store
from make_client.models.data_store_columns_response import DataStoreColumnsResponse

from tests.unit.client_runtime_support import (
    MAKE_URL,
    NOW,
    STORE,
    FakeTime,
    Server,
    make_api,
    make_error,
    new_store,
    not_called,
    store_ok,
)


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


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
