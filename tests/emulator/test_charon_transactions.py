"""Charon transactions and bulk changes: isolation until commit, reject, timeouts, conflicts, import modes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from emulators.testing import InProcessEmulator
from tests.emulator.charon_data import CHECKS, collection, create, ids, listed, with_items
from tests.emulator.charon_support import (
    app_of,
    bearer,
    control,
    emulator,
    error,
    frozen,
    grant,
    http,
    join,
    result,
    seed_users,
    still,
)

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "frozen", "http", "still"]  # fixtures

TX = "e2dc2b30-859d-4ff0-beef-555169463872"
VIEWER = {"email": "viewer@studio.io", "name": "Viewer", "apiKey": "viewer-key"}


def begin(
    http: httpx.Client, ds: str, tx: str = TX, execution: str = "00:05:00", start: str = "00:00:10"
) -> httpx.Response:
    body = {"id": tx, "executionTimeout": execution, "startTimeout": start}
    return http.put(f"/datasource/{ds}/transaction/", json=body)


def refusal(response: httpx.Response, status: int, code: str, parameter: str, message: str) -> None:
    """The whole error envelope: one error, its code, the parameter it is about and the message naming it."""
    assert response.status_code == status, response.text
    expected = {"code": code, "message": f"{parameter}: {message}", "parameterName": parameter}
    assert response.json() == {"errors": [expected]}


def names(http: httpx.Client, ds: str, **params: Any) -> list[Any]:
    return ids(listed(http, ds, {}, **params))


def test_writes_in_a_transaction_are_visible_only_inside_until_commit(http: httpx.Client) -> None:
    ds = with_items(http)
    assert begin(http, ds).status_code == 204
    result(create(http, ds, {"Id": "Sword", "Name": "Iron Sword"}, transactionId=TX))
    assert names(http, ds, transactionId=TX) == ["Sword"]
    assert names(http, ds) == []
    assert http.post(f"/datasource/{ds}/transaction/{TX}/").status_code == 204
    assert names(http, ds) == ["Sword"]
    error(create(http, ds, {"Id": "Axe", "Name": "Axe"}, transactionId=TX), 409, "completedTransaction")
    error(http.post(f"/datasource/{ds}/transaction/{TX}/"), 409, "completedTransaction")


def test_reject_discards_the_writes(http: httpx.Client) -> None:
    ds = with_items(http)
    before = result(http.post(f"{collection(ds)}documents/", json={}))["revisionHash"]
    assert begin(http, ds).status_code == 204
    result(create(http, ds, {"Id": "Sword", "Name": "Iron Sword"}, transactionId=TX))
    assert http.delete(f"/datasource/{ds}/transaction/{TX}/").status_code == 204
    page = listed(http, ds, {})
    assert page["documents"] == [] and page["revisionHash"] == before
    error(http.post(f"/datasource/{ds}/transaction/{TX}/"), 409, "completedTransaction")


def test_duplicate_and_unknown_transactions(http: httpx.Client) -> None:
    ds = with_items(http)
    assert begin(http, ds).status_code == 204
    error(begin(http, ds), 409, "duplicateTransaction")
    other = "00000000-0000-0000-0000-000000000000"
    error(http.post(f"/datasource/{ds}/transaction/{other}/"), 404, "missingTransaction")
    error(http.delete(f"/datasource/{ds}/transaction/{other}/"), 404, "missingTransaction")
    error(create(http, ds, {"Id": "A", "Name": "a"}, transactionId=other), 404, "missingTransaction")


def test_an_expired_transaction_is_aborted(http: httpx.Client) -> None:
    ds = with_items(http)
    assert begin(http, ds, execution="00:00:30").status_code == 204
    result(create(http, ds, {"Id": "Sword", "Name": "Iron Sword"}, transactionId=TX))
    control(http, "POST", "clock", {"advance": 31})
    error(create(http, ds, {"Id": "Axe", "Name": "Axe"}, transactionId=TX), 409, "abortedTransaction")
    error(http.post(f"/datasource/{ds}/transaction/{TX}/"), 409, "abortedTransaction")
    assert http.delete(f"/datasource/{ds}/transaction/{TX}/").status_code == 204  # rejecting a failed one
    assert names(http, ds) == []
    # The expiry was recorded: the reject left an aborted transaction aborted (not rejected).
    error(create(http, ds, {"Id": "Axe", "Name": "Axe"}, transactionId=TX), 409, "abortedTransaction")


def test_a_commit_after_an_outside_write_is_aborted_and_loses_nothing(http: httpx.Client) -> None:
    ds = with_items(http)
    assert begin(http, ds).status_code == 204
    result(create(http, ds, {"Id": "Inside", "Name": "inside"}, transactionId=TX))
    result(create(http, ds, {"Id": "Outside", "Name": "outside"}))
    error(http.post(f"/datasource/{ds}/transaction/{TX}/"), 409, "abortedTransaction")
    assert names(http, ds) == ["Outside"]


def bulk(http: httpx.Client, ds: str, documents: list[dict[str, Any]], mode: str, dry: bool = False) -> Any:
    params = {"validationOptions": CHECKS, "importMode": mode, "dryRun": str(dry).lower()}
    return result(http.put(f"{collection(ds)}documents/", json=documents, params=params))


def statuses(changed: Any) -> list[tuple[Any, str]]:
    return [(c["newId"], c["status"]) for c in changed["changes"]]


def test_bulk_modes(http: httpx.Client) -> None:
    ds = with_items(http)
    sword, axe = {"Id": "Sword", "Name": "Iron Sword"}, {"Id": "Axe", "Name": "Battle Axe"}
    assert statuses(bulk(http, ds, [sword, axe], "create")) == [("Sword", "created"), ("Axe", "created")]
    assert statuses(bulk(http, ds, [sword, {"Id": "Bow", "Name": "Bow"}], "create")) == [
        ("Sword", "skipped"),
        ("Bow", "created"),
    ]
    assert statuses(
        bulk(http, ds, [{"Id": "Sword", "Damage": 3}, {"Id": "Nope", "Name": "x"}], "update")
    ) == [
        ("Sword", "updated"),
        ("Nope", "skipped"),
    ]
    assert statuses(bulk(http, ds, [{"Id": "Sword", "Damage": 3}], "createAndUpdate")) == [
        ("Sword", "unchanged")
    ]
    assert statuses(bulk(http, ds, [{"Id": "Axe", "Name": "Big Axe"}], "safeUpdate")) == [("Axe", "updated")]
    assert statuses(bulk(http, ds, [{"Id": "Bow"}, {"Id": "Gone"}], "delete")) == [
        ("Bow", "deleted"),
        ("Gone", "skipped"),
    ]
    replaced = bulk(http, ds, [{"Id": "Axe", "Name": "Big Axe"}], "replace")
    assert statuses(replaced) == [("Axe", "unchanged"), ("Sword", "deleted")]
    assert names(http, ds) == ["Axe"]


def test_bulk_reports_errors_per_document_and_writes_the_rest(http: httpx.Client) -> None:
    ds = with_items(http)
    changed = bulk(http, ds, [{"Id": "A", "Name": "a", "Damage": "x"}, {"Id": "B", "Name": "b"}], "create")
    assert statuses(changed) == [("A", "error"), ("B", "created")]
    assert changed["changes"][0]["errors"][0]["code"] == "invalidIntegerFormat"
    assert names(http, ds) == ["B"]


def test_a_dry_run_reports_and_persists_nothing(http: httpx.Client) -> None:
    ds = with_items(http)
    before = listed(http, ds, {})
    changed = bulk(http, ds, [{"Id": "Sword", "Name": "Iron Sword"}], "create", dry=True)
    assert statuses(changed) == [("Sword", "created")]
    after = listed(http, ds, {})
    assert after["documents"] == [] and after["revisionHash"] == before["revisionHash"]


def test_temporary_ids_resolve_within_one_request(http: httpx.Client) -> None:
    ds = with_items(http)
    schema_id = "5a1b2c3d4e5f60718293a4c7"
    properties = [
        {"Name": "Id", "DataType": 0},
        {"Name": "Next", "DataType": 28, "ReferenceType": {"Id": schema_id}},
    ]
    schema = {"Id": schema_id, "Name": "Quest", "IdGenerator": 1, "Properties": properties}
    result(create(http, ds, schema, "Schema"))
    params = {"validationOptions": CHECKS, "importMode": "create", "dryRun": "false"}
    documents = [{"Id": "first", "Next": {"Id": "second"}}, {"Id": "second", "Next": {"Id": "first"}}]
    changed = result(http.put(f"{collection(ds, schema_id)}documents/", json=documents, params=params))
    first, second = (c["newId"] for c in changed["changes"])
    assert [c["status"] for c in changed["changes"]] == ["created", "created"]
    assert len(first) == 24 and first != second
    page = result(http.post(f"{collection(ds, 'Quest')}documents/", json={}))
    assert page["documents"] == [{"Id": first, "Next": {"Id": second}}, {"Id": second, "Next": {"Id": first}}]


def test_find_update_and_delete_inside_a_transaction_see_its_writes(http: httpx.Client) -> None:
    ds = with_items(http)
    assert begin(http, ds).status_code == 204
    inside = {"transactionId": TX}
    result(create(http, ds, {"Id": "Sword", "Name": "Iron Sword"}, **inside))
    lookup = {"uniqueSchemaPropertyNameOrId": "Id", "uniqueSchemaPropertyValue": "Sword"}
    assert result(http.get(collection(ds), params={**lookup, **inside}))["document"]["Id"] == "Sword"
    assert result(http.get(collection(ds), params=lookup))["document"] is None
    deleted = result(http.delete(collection(ds), params={"id": "Sword", **inside}))
    assert deleted["document"] == {"Id": "Sword", "Name": "Iron Sword"}
    assert names(http, ds, **inside) == []


def test_a_schema_made_inside_a_transaction_takes_documents_there(http: httpx.Client) -> None:
    ds = with_items(http)
    assert begin(http, ds).status_code == 204
    inside = {"transactionId": TX}
    hero = {"Name": "Hero", "Properties": [{"Name": "Id", "DataType": 0}]}
    result(create(http, ds, hero, "Schema", **inside))
    made = result(create(http, ds, {"Id": "h1"}, "Hero", **inside))["document"]
    assert made == {"Id": "h1"}
    error(create(http, ds, {"Id": "h2"}, "Hero"), 404, "resourceNotFound")  # not outside until commit


def test_a_bulk_change_in_a_transaction_reaches_a_schema_made_in_it_and_stays_inside(
    http: httpx.Client,
) -> None:
    ds = with_items(http)
    assert begin(http, ds).status_code == 204
    hero = {"Id": "5a1b2c3d4e5f60718293a4c8", "Name": "Hero", "Properties": [{"Name": "Id", "DataType": 0}]}
    result(create(http, ds, hero, "Schema", transactionId=TX))
    params = {"validationOptions": CHECKS, "importMode": "create", "dryRun": "false", "transactionId": TX}
    changed = result(http.put(f"{collection(ds, 'Hero')}documents/", json=[{"Id": "Knight"}], params=params))
    assert statuses(changed) == [("Knight", "created")]
    inside = result(http.post(f"{collection(ds, 'Hero')}documents/", json={}, params={"transactionId": TX}))
    assert ids(inside) == ["Knight"]
    error(http.post(f"{collection(ds, 'Hero')}documents/", json={}), 404, "resourceNotFound")


def test_validate_and_examine_see_the_transaction_they_are_given(http: httpx.Client) -> None:
    ds = with_items(http)
    assert begin(http, ds).status_code == 204
    params = {"validationOptions": "", "transactionId": TX}
    result(http.put(collection(ds), json={"Id": "Bad", "Damage": "x"}, params=params))
    inside = listed(http, ds, {}, transactionId=TX)
    hashes = {"metadataHash": inside["metadataHash"], "revisionHash": inside["revisionHash"]}
    checks = {"validationOptions": "checkFormat"}
    report = result(http.post(f"/datasource/{ds}/validity/", params={**checks, "transactionId": TX}))
    assert [r["id"] for r in report["records"]] == ["Bad"]
    assert {k: report[k] for k in hashes} == hashes
    assert result(http.post(f"/datasource/{ds}/validity/", params=checks))["records"] == []
    stats = result(http.get(f"/datasource/{ds}/stats/", params={"transactionId": TX}))
    assert {k: stats[k] for k in hashes} == hashes
    item = stats["collections"][-1]
    assert (item["rootDocumentCount"], item["validationErrorCount"]) == (1, {"error": 1})
    outside = result(http.get(f"/datasource/{ds}/stats/"))["collections"][-1]
    assert (outside["rootDocumentCount"], outside["validationErrorCount"]) == (0, {})


def test_bulk_requests_outside_the_spec_are_refused_before_anything_is_read(http: httpx.Client) -> None:
    ds = with_items(http)
    url = f"{collection(ds)}documents/"
    params = {"validationOptions": CHECKS, "importMode": "create", "dryRun": "false"}

    def refusal(body: Any, **query: str) -> Any:
        response = http.put(url, json=body, params={**params, **query})
        assert response.status_code == 400, response.text
        return response.json()

    assert refusal([], importMode="merge") == {
        "errors": [
            {
                "code": "invalidParameterValue",
                "message": 'importMode: "merge" is not one of "createAndUpdate", "create"'
                " or 4 other candidates",
                "parameterName": "importMode",
            }
        ]
    }
    assert refusal({"Id": "A"}) == {
        "errors": [
            {
                "code": "invalidRequestBody",
                "message": 'body: {"Id":"A"} is not of type "array"',
                "parameterName": "body",
            }
        ]
    }
    assert refusal([{"Id": "A"}, 1]) == {
        "errors": [
            {"code": "invalidRequestBody", "message": '1: 1 is not of type "object"', "parameterName": "1"}
        ]
    }
    assert names(http, ds) == []


def test_each_transaction_refusal_answers_its_whole_envelope(http: httpx.Client) -> None:
    ds = with_items(http)
    unknown = begin(http, f"{0xFF:024x}")
    refusal(unknown, 404, "resourceNotFound", "dataSourceId", "The data source was not found.")
    positive = "Timeouts must be positive."
    refusal(begin(http, ds, execution="00:00:00"), 400, "invalidParameterValue", "executionTimeout", positive)
    refusal(begin(http, ds, start="00:00:00"), 400, "invalidParameterValue", "executionTimeout", positive)
    # Only a TimeSpan reaches the handler: the spec's pattern (ASCII digits, nothing after) refuses the rest.
    for span in ("5 minutes", "00:05:00\n", "\u0660\u0660:\u0660\u0665:\u0660\u0660"):
        error(begin(http, ds, execution=span), 400, "invalidRequestBody")
    assert begin(http, ds, execution="00:00:01", start="00:00:01").status_code == 204  # one second will do
    open_now = "A transaction with this id is open."
    refusal(begin(http, ds, execution="00:00:01"), 409, "duplicateTransaction", "id", open_now)
    other = "00000000-0000-0000-0000-000000000000"
    missing = ("missingTransaction", "transactionId", "The transaction was not found.")
    refusal(http.post(f"/datasource/{ds}/transaction/{other}/"), 404, *missing)
    refusal(http.delete(f"/datasource/{ds}/transaction/{other}/"), 404, *missing)
    refusal(create(http, ds, {"Id": "A", "Name": "a"}, transactionId=other), 404, *missing)


def test_a_used_up_transaction_answers_completed_or_aborted_in_full(http: httpx.Client) -> None:
    ds = with_items(http)
    assert begin(http, ds).status_code == 204
    assert http.post(f"/datasource/{ds}/transaction/{TX}/").status_code == 204
    completed = ("completedTransaction", "transactionId", "The transaction is completed.")
    refusal(create(http, ds, {"Id": "A", "Name": "a"}, transactionId=TX), 409, *completed)
    other = "11111111-1111-1111-1111-111111111111"
    assert begin(http, ds, other).status_code == 204
    result(create(http, ds, {"Id": "Outside", "Name": "outside"}))
    changed = ("abortedTransaction", "transactionId", "The data source changed outside the transaction.")
    refusal(http.post(f"/datasource/{ds}/transaction/{other}/"), 409, *changed)
    # The failed commit aborted the transaction: it takes no more writes.
    aborted = ("abortedTransaction", "transactionId", "The transaction was aborted.")
    refusal(create(http, ds, {"Id": "B", "Name": "b"}, transactionId=other), 409, *aborted)


def test_only_an_editor_begins_commits_or_rejects(http: httpx.Client) -> None:
    member = {**seed_users(http, VIEWER)[0], **VIEWER}
    ds = with_items(http)
    project_id = result(http.get("/project/my/"))[0]["id"]
    join(http, project_id, member)  # view only
    as_viewer = bearer(member["apiKey"])
    body = {"id": TX, "executionTimeout": "00:05:00", "startTimeout": "00:00:10"}
    url = f"/datasource/{ds}/transaction/"
    error(http.put(url, json=body, headers=as_viewer), 403, "authorizationFailed")
    assert begin(http, ds).status_code == 204
    error(http.post(f"{url}{TX}/", headers=as_viewer), 403, "authorizationFailed")
    error(http.delete(f"{url}{TX}/", headers=as_viewer), 403, "authorizationFailed")
    grant(http, project_id, member["id"], "view", "edit")
    assert http.delete(f"{url}{TX}/", headers=as_viewer).status_code == 204


def test_a_finished_transaction_leaves_no_copy_behind(
    emulator: InProcessEmulator, http: httpx.Client
) -> None:
    ds = with_items(http)
    storage = app_of(emulator).vendor.storage

    def copies() -> int:
        count: int = storage.scalar("SELECT count(*) FROM charon_documents WHERE scope LIKE ?", (f"{ds}#%",))
        return count

    assert begin(http, ds).status_code == 204
    assert copies() > 0
    assert http.delete(f"/datasource/{ds}/transaction/{TX}/").status_code == 204
    assert copies() == 0
    assert begin(http, ds, execution="00:00:30").status_code == 204
    control(http, "POST", "clock", {"advance": 31})
    error(create(http, ds, {"Id": "A", "Name": "a"}, transactionId=TX), 409, "abortedTransaction")
    assert copies() == 0
    assert begin(http, ds).status_code == 204
    result(create(http, ds, {"Id": "Outside", "Name": "outside"}))
    error(http.post(f"/datasource/{ds}/transaction/{TX}/"), 409, "abortedTransaction")
    assert copies() == 0


def usable(http: httpx.Client, ds: str, tx: str = TX) -> bool:
    """Whether the transaction still takes a write (an expired one answers 409 abortedTransaction)."""
    response = http.post(f"{collection(ds)}documents/", json={}, params={"transactionId": tx})
    if response.status_code == 409:
        assert response.json()["errors"][0]["code"] == "abortedTransaction", response.text
        return False
    assert response.status_code == 200, response.text
    return True


def test_a_transaction_expires_exactly_when_its_execution_timeout_has_passed(frozen: httpx.Client) -> None:
    ds = with_items(frozen)
    assert begin(frozen, ds, execution="1.01:01:01.5").status_code == 204  # 90061.5 s
    control(frozen, "POST", "clock", {"advance": 90061})
    assert usable(frozen, ds)
    control(frozen, "POST", "clock", {"advance": 0.5})
    assert not usable(frozen, ds)
    other = "22222222-2222-2222-2222-222222222222"
    assert begin(frozen, ds, other, execution="00:00:30").status_code == 204  # no fraction: 30 s
    control(frozen, "POST", "clock", {"advance": 29})
    assert usable(frozen, ds, other)
    control(frozen, "POST", "clock", {"advance": 1})
    assert not usable(frozen, ds, other)
