"""What the client-runtime tests share: a scripted ``httpx.MockTransport`` server that records requests, a
fake clock that records waits instead of sleeping, and clients of two vendors wired to both."""

from __future__ import annotations

from typing import Any

import httpx
import make_client
import qlik_client
from make_client.models.create_data_store_request import CreateDataStoreRequest

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
