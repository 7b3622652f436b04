"""The one-time code through the client: ``x_authorization=`` on the operations whose security allows the
``x-authorization`` query credential; the code alone authorises the call (no bearer), once."""

from __future__ import annotations

import pytest

from emulators.pytest_plugin import EmulatorHandle
from tests.client.charon_setup import with_items


def test_download_with_a_one_time_code_and_no_bearer_once(charon_emulator: EmulatorHandle) -> None:
    from charon_client import Client
    from charon_client.errors import ApiError
    from charon_client.models import ExportMode

    client = charon_emulator.client
    ds = with_items(client, 2)
    code = client.authentication.issue_one_time_code().result.code
    anonymous = Client(base_url=charon_emulator.base_url)  # no token at all
    with pytest.raises(ApiError) as refused:
        anonymous.data_source.export_raw(ds, export_mode=ExportMode.NORMAL)
    assert refused.value.status_code == 401

    exported = anonymous.data_source.export_raw(ds, export_mode=ExportMode.NORMAL, x_authorization=code)
    assert [d.id for d in exported.collections["Item"]] == ["item0", "item1"]
    with pytest.raises(ApiError) as reused:
        anonymous.data_source.export_raw(ds, export_mode=ExportMode.NORMAL, x_authorization=code)
    assert reused.value.status_code == 401


def test_the_code_replaces_the_clients_own_credential(charon_emulator: EmulatorHandle) -> None:
    import msgpack
    from charon_client.errors import ApiError
    from charon_client.models import ExportMode

    client = charon_emulator.client
    ds = with_items(client, 1)
    code = client.authentication.issue_one_time_code().result.code
    packed = client.data_source.export_raw_bytes(
        ds, accept="application/x-msgpack", export_mode=ExportMode.NORMAL, x_authorization=code
    )
    assert msgpack.unpackb(packed)["Collections"]["Item"] == [{"Id": "item0", "Damage": 0}]
    # A used code fails even from a client holding a valid token: the token was not sent with it.
    with pytest.raises(ApiError) as reused:
        client.data_source.export_raw(ds, export_mode=ExportMode.NORMAL, x_authorization=code)
    assert reused.value.status_code == 401
    assert (
        client.data_source.export_raw(ds, export_mode=ExportMode.NORMAL).collections["Item"][0].id == "item0"
    )
