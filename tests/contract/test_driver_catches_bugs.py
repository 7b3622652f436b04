"""The contract driver must fail when a generated client misbehaves: each check is shown able to fail.

Each test breaks one thing the way a template or overlay bug would (a query key, a path encoding, a body
field, a model) and asserts that ``run_case`` reports exactly that kind of mismatch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from tests.contract.driver import ContractTarget, run_case


@pytest.fixture
def make_target(emulator_target: Callable[[str], ContractTarget]) -> ContractTarget:
    return emulator_target("make")


@pytest.fixture
def store_id(make_target: ContractTarget) -> int:
    create = make_target.operation("createDataStore")
    case = create.Case(body={"name": "wire", "teamId": 7, "maxSizeMB": 1})
    outcome = run_case(make_target, case)
    return int(outcome.response.json()["dataStore"]["id"])


@contextmanager
def broken_kwargs(module: Any, change: Callable[[dict[str, Any]], None]) -> Iterator[None]:
    """Make the operation build its request wrongly, the way a template bug would."""
    original = module._get_kwargs

    def broken(*args: Any, **kwargs: Any) -> dict[str, Any]:
        built: dict[str, Any] = original(*args, **kwargs)
        change(built)
        return built

    module._get_kwargs = broken
    try:
        yield
    finally:
        module._get_kwargs = original


def test_a_correct_client_passes(make_target: ContractTarget, store_id: int) -> None:
    case = make_target.operation("listDataStores").Case(query={"teamId": 7, "pg[limit]": 5})
    outcome = run_case(make_target, case)
    assert [s["id"] for s in outcome.response.json()["dataStores"]] == [store_id]


def test_pg_limit_sent_under_the_wrong_key_fails_the_wire_check(make_target: ContractTarget) -> None:
    """What a broken deepObject template would do: ``pg=5`` instead of ``pg[limit]=5``."""
    module = make_target.modules["listDataStores"]

    def rename(built: dict[str, Any]) -> None:
        built["params"]["pg"] = built["params"].pop("pg[limit]")

    with broken_kwargs(module, rename):
        case = make_target.operation("listDataStores").Case(query={"teamId": 7, "pg[limit]": 5})
        with pytest.raises(
            AssertionError, match=r"wire query: sent .*'pg', '5'.* expected .*'pg\[limit\]', '5'"
        ):
            run_case(make_target, case)


def test_path_list_repr_fails_the_wire_check(make_target: ContractTarget, store_id: int) -> None:
    """What the stock template does to array path parameters: ``str(value)`` instead of the encoded value."""
    module = make_target.modules["getDataStore"]

    def python_repr(built: dict[str, Any]) -> None:
        built["url"] = built["url"].replace(f"/{store_id}", f"/%5B{store_id}%5D")

    with broken_kwargs(module, python_repr):
        case = make_target.operation("getDataStore").Case(path_parameters={"dataStoreId": store_id})
        with pytest.raises(AssertionError, match="wire path"):
            run_case(make_target, case)


def test_body_field_dropped_fails_the_wire_check(make_target: ContractTarget) -> None:
    module = make_target.modules["createDataStore"]

    def drop(built: dict[str, Any]) -> None:
        built["json"].pop("maxSizeMB")

    with broken_kwargs(module, drop):
        case = make_target.operation("createDataStore").Case(body={"name": "x", "teamId": 7, "maxSizeMB": 1})
        with pytest.raises(AssertionError, match="wire body"):
            run_case(make_target, case)


def test_model_that_loses_a_field_fails_the_round_trip(
    make_target: ContractTarget, store_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from make_client.models.data_store_columns import DataStoreColumns

    original = DataStoreColumns.to_dict

    def lossy(self: Any) -> dict[str, Any]:
        out: dict[str, Any] = original(self)
        out.pop("name", None)
        return out

    monkeypatch.setattr(DataStoreColumns, "to_dict", lossy)
    case = make_target.operation("getDataStore").Case(path_parameters={"dataStoreId": store_id})
    with pytest.raises(AssertionError, match="model to_dict"):
        run_case(make_target, case)
