"""Qlik's wire helpers: ObjectId-shaped ids, the caller's derived ids, field names in the vendor's style."""

from __future__ import annotations

import asyncio
import re

import httpx

from emulators.core.clock import Clock, Entropy
from emulators.core.registry import build_app
from emulators.qlik.wire import derived_id, field_name, object_id


def test_object_id_is_32_bits_of_seconds_then_random_hex() -> None:
    made = object_id(Clock(frozen_at=2**32 + 0x1234), Entropy(seed=1))
    assert re.fullmatch(r"[0-9a-f]{24}", made)
    assert made.startswith("00001234")  # seconds wrap at 32 bits, as an ObjectId's do
    assert object_id(Clock(frozen_at=0xFFFFFFFF), Entropy(seed=1)).startswith("ffffffff")


def test_derived_id_is_stable_32_alphanumerics_per_kind_and_token() -> None:
    user = derived_id("user", "token-a")
    assert re.fullmatch(r"[A-Za-z0-9]{32}", user)
    # Stable across versions too: a saved state file names its owners by these ids.
    assert user == "buEOlOmv7BwZbGdBrJawJVlCATGY4X8M"
    assert derived_id("user", "token-a") == user
    assert derived_id("tenant", "token-a") != user
    assert derived_id("user", "token-b") != user


def test_field_name_drops_the_location_prefix() -> None:
    assert field_name("query.limit") == "limit"
    assert field_name("path.dataStoreId") == "dataStoreId"
    assert field_name("header.x-qlik-tier") == "x-qlik-tier"
    assert field_name("body/technicalName") == "technicalName"
    assert field_name("body") == "body"


def test_page_beyond_int32_is_a_400_naming_page() -> None:
    """``page`` is ``format: int32``, which schema validation does not check: the listing refuses more."""
    app = build_app("qlik", tokens=["t"])

    async def scenario() -> httpx.Response:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url="http://t/api/v1",
            headers={"Authorization": "Bearer t"},
        ) as client:
            return await client.get("/data-stores", params={"page": 2**31})

    response = asyncio.run(scenario())
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert error["detail"] == "page: 2147483648 is greater than the maximum of 2147483647"
