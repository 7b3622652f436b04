"""``validationOptions`` on the wire: required (absent is 400 ``missingParameterValue``), and "no options" is
the key with an empty value (``validationOptions=``), which runs no check at all."""

from __future__ import annotations

import httpx
import pytest

from emulators.pytest_plugin import EmulatorHandle
from tests.client.charon_setup import new_data_source

pytestmark = pytest.mark.parity("emulator")

WEAPON = {
    "Id": "5a1b2c3d4e5f60718293a4f1",
    "Name": "Weapon",
    "IdGenerator": 0,
    "Properties": [
        {"Name": "Id", "DataType": 0, "Uniqueness": 1, "Requirement": 2},
        {"Name": "Title", "DataType": 0, "Requirement": 2},
    ],
}


def test_absent_is_an_error_and_empty_means_no_checks(charon_emulator: EmulatorHandle) -> None:
    ds = new_data_source(charon_emulator.client)
    headers = {"Authorization": f"Bearer {charon_emulator.token}"}
    with httpx.Client(base_url=charon_emulator.base_url, headers=headers, timeout=10) as http:
        schema = http.put(
            f"/datasource/{ds}/collection/Schema/", json=WEAPON, params={"validationOptions": ""}
        )
        assert schema.status_code == 200, schema.text
        url = f"/datasource/{ds}/collection/Weapon/"

        absent = http.put(url, json={"Id": "a"})
        assert absent.status_code == 400
        assert absent.json()["errors"][0]["code"] == "missingParameterValue"
        assert absent.json()["errors"][0]["parameterName"] == "validationOptions"

        checked = http.put(url, json={"Id": "b"}, params={"validationOptions": "checkRequirements"})
        assert checked.status_code == 400, checked.text  # Title is required

        unchecked = http.put(url, json={"Id": "c"}, params={"validationOptions": ""})
        assert unchecked.status_code == 200, unchecked.text
        assert unchecked.json()["result"]["document"] == {"Id": "c"}
