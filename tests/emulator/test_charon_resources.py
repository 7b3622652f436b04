"""Charon resource storage: the stored fields, defaults, who reads and who deletes, the errors."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from emulators.testing import InProcessEmulator
from tests.emulator.charon_support import (
    ADMIN,
    SECOND,
    bearer,
    emulator,
    error,
    http,
    result,
    seed_users,
)

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures

UNKNOWN = "6500c4a0ffffffffffffffff"


def upload(http: httpx.Client, data: bytes, credential: str | None = None, **params: str) -> httpx.Response:
    query = {"name": "notes.txt", "purpose": "unspecified", **params}
    headers = {"content-type": "application/octet-stream"}
    if credential is not None:
        headers.update(bearer(credential))
    return http.put("/resourceStorage/", params=query, content=data, headers=headers)


def test_the_metadata_names_the_owner_file_and_purpose_and_defaults_the_media_type(
    http: httpx.Client,
) -> None:
    me = result(http.get("/user/me/"))["id"]
    meta = result(upload(http, b"hello", name="readme.md", purpose="userPicture"))
    assert {k: v for k, v in meta.items() if k != "id"} == {
        "ownerId": me,
        "fileName": "readme.md",
        "purpose": "userPicture",
        "length": 5,
        "mediaType": "application/octet-stream",
        "md5Hash": "5d41402abc4b2a76b9719d911017c592",  # md5("hello")
    }
    assert isinstance(meta["id"], str) and meta["id"]


def test_an_empty_upload_is_refused_as_a_missing_body(http: httpx.Client) -> None:
    refused = error(upload(http, b""), 400, "invalidRequestBody")
    assert refused["parameterName"] == "body"


def test_each_upload_is_a_resource_of_its_own(http: httpx.Client) -> None:
    first = result(upload(http, b"one"))
    second = result(upload(http, b"two!"))
    assert first["id"] != second["id"]
    assert result(http.get(f"/resourceStorage/{first['id']}/"))["length"] == 3
    assert result(http.get(f"/resourceStorage/{second['id']}/"))["length"] == 4


def test_any_signed_in_user_reads_the_metadata_and_the_download_is_octet_stream(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    other = {**seed_users(http, SECOND)[0], **SECOND}
    meta = result(upload(http, b"<svg/>", mediaType="image/svg+xml"))
    assert result(http.get(f"/resourceStorage/{meta['id']}/", headers=bearer(other["apiKey"]))) == meta
    with httpx.Client(base_url=emulator.base_url, timeout=10) as anonymous:
        download = anonymous.get(f"/resourceStorage/{meta['id']}/data/")
        assert anonymous.get(f"/resourceStorage/{meta['id']}/").status_code == 401
    assert download.status_code == 200 and download.content == b"<svg/>"
    assert download.headers["content-type"] == "application/octet-stream"


def test_an_unknown_resource_is_not_found_by_its_id(http: httpx.Client) -> None:
    for response in (
        http.get(f"/resourceStorage/{UNKNOWN}/"),
        http.delete(f"/resourceStorage/{UNKNOWN}/"),
        http.get(f"/resourceStorage/{UNKNOWN}/data/"),
    ):
        missing = error(response, 404, "resourceNotFound")
        assert (missing["message"], missing["parameterName"]) == (
            "resourceId: The resource was not found.",
            "resourceId",
        )


def test_only_the_owner_or_an_administrator_deletes(http: httpx.Client) -> None:
    other, admin = ({**u, **s} for u, s in zip(seed_users(http, SECOND, ADMIN), (SECOND, ADMIN), strict=True))
    mine = result(upload(http, b"mine"))
    refused = error(
        http.delete(f"/resourceStorage/{mine['id']}/", headers=bearer(other["apiKey"])),
        403,
        "authorizationFailed",
    )
    assert refused["message"] == "Only the resource's owner may delete it."
    assert result(http.get(f"/resourceStorage/{mine['id']}/")) == mine  # still there
    assert http.delete(f"/resourceStorage/{mine['id']}/", headers=bearer(admin["apiKey"])).status_code == 204
    error(http.get(f"/resourceStorage/{mine['id']}/"), 404, "resourceNotFound")
    theirs: dict[str, Any] = result(upload(http, b"theirs", credential=other["apiKey"]))
    assert theirs["ownerId"] == other["id"]
    assert (
        http.delete(f"/resourceStorage/{theirs['id']}/", headers=bearer(other["apiKey"])).status_code == 204
    )
    error(http.get(f"/resourceStorage/{theirs['id']}/data/"), 404, "resourceNotFound")
