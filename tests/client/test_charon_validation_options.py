"""``validation_options=[]`` through the client means "no checks": it is sent as ``validationOptions=``
(an empty list would otherwise vanish from the URL and the vendor would answer 400)."""

from __future__ import annotations

import pytest

from emulators.pytest_plugin import EmulatorHandle
from tests.client.charon_setup import new_data_source
from tests.emulator.test_charon_validation_options import WEAPON


def test_an_empty_list_runs_no_checks(charon_emulator: EmulatorHandle) -> None:
    from charon_client.errors import ApiError
    from charon_client.models import DataDocument, ValidationOption

    client = charon_emulator.client
    ds = new_data_source(client)
    client.data_source.create_document(
        ds, "Schema", body=DataDocument.from_dict(WEAPON), validation_options=[]
    )
    untitled = DataDocument.from_dict({"Id": "club"})
    with pytest.raises(ApiError) as refused:
        client.data_source.create_document(
            ds, "Weapon", body=untitled, validation_options=[ValidationOption.CHECK_REQUIREMENTS]
        )
    assert refused.value.status_code == 400
    created = client.data_source.create_document(ds, "Weapon", body=untitled, validation_options=[])
    assert created.result.document.id == "club"
    sent = [r["query"] for r in charon_emulator.requests if r.get("operationId") == "createDocument"]
    assert sent[-1] == "validationOptions="
