"""The client runtime's typed errors: each vendor's envelope parsed, statuses mapped to error classes, bodies
that are not the envelope. No network (tests/unit/client_runtime_support.py)."""

from __future__ import annotations

import httpx
import make_client
import pytest
import qlik_client
from make_client import errors as make_errors
from make_client.api.data_stores import get_data_store
from make_client.models.make_error import MakeError
from qlik_client import errors as qlik_errors
from qlik_client.api.data_stores import get_data_store as qlik_get_data_store
from qlik_client.models.error_response import ErrorResponse
from rollup_client import errors as rollup_errors

from tests.unit.client_runtime_support import (
    FakeTime,
    Server,
    make_api,
    make_error,
    qlik_api,
    qlik_error,
)


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


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
