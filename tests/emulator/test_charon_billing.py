"""Charon billing (emulators/charon/billing.py): plans, the default account, invoices, fake redirects.

Nothing is charged; what a client reads back (prices, amounts, statuses, where a redirect points) is pinned
here so that removing one of the emulator's billing rules fails a test.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from tests.emulator.charon_support import (
    ADMIN,
    SECOND,
    bearer,
    control,
    emulator,
    error,
    http,
    my_workspace,
    result,
    seed_users,
)

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures


def order(http: httpx.Client, package: str = "indie", period: str = "monthly") -> dict[str, Any]:
    return {
        "workspaceId": my_workspace(http),
        "packageName": package,
        "period": period,
        "currencyCode": "usd",
    }


def test_each_plan_lists_its_features_and_a_monthly_and_a_discounted_yearly_price(http: httpx.Client) -> None:
    free, indie, studio = result(http.get("/membership/packages/"))
    assert indie == {
        "name": "indie",
        "title": "Indie",
        "externalId": None,
        "features": {
            "backup": {"allowSchedule": True},
            "projects": {"maxMembers": 10, "maxProjects": 20},
            "storage": {"dataSource": 500, "backups": 500},
            "serviceTokens": {"machineTranslation": 0, "aiCompletion": 0},
        },
        "prices": [
            {"externalId": None, "period": "monthly", "currencyCode": "usd", "amount": 900, "discount": 0},
            {"externalId": None, "period": "yearly", "currencyCode": "usd", "amount": 8640, "discount": 0.2},
        ],
    }
    assert free["features"]["backup"] == {"allowSchedule": False}  # a free plan schedules no backups
    assert [p["amount"] for p in free["prices"]] == [0, 0]
    assert (studio["title"], studio["features"]["projects"]) == (
        "Studio",
        {"maxMembers": None, "maxProjects": None},
    )


def test_an_account_never_updated_is_built_from_the_profile_with_one_paid_free_invoice(
    http: httpx.Client,
) -> None:
    second = seed_users(http, SECOND)[0]
    as_second = bearer(SECOND["apiKey"])
    account = result(http.get(f"/billing/{second['id']}/account/", headers=as_second))
    invoice = account["invoices"][0]
    assert {k: v for k, v in account.items() if k not in ("id", "invoices")} == {
        "externalId": None,
        "taxationType": "private",
        "firstName": "Second",
        "lastName": "User",
        "taxId": None,
        "addressLine1": "",
        "addressLine2": None,
        "city": "",
        "countryCode": "US",
        "postalCode": None,
        "state": None,
        "balance": [{"currencyCode": "usd", "amount": 0}],
    }
    assert len(account["invoices"]) == 1
    assert {k: v for k, v in invoice.items() if k not in ("id", "creationTime", "lastUpdateTime")} == {
        "externalId": None,
        "hostedUrl": f"https://pay.charon.example/invoice/{invoice['id']}",
        "description": "Free plan",
        "lines": [{"description": "Free plan", "currencyCode": "usd", "amount": 0}],
        "currencyCode": "usd",
        "totalAmount": 0,
        "lastPaymentError": None,
        "status": "paid",
    }
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", invoice["creationTime"])
    assert invoice["creationTime"] == invoice["lastUpdateTime"]
    again = result(http.get(f"/billing/{second['id']}/account/", headers=as_second))
    assert again == account  # the same id and the same one invoice on every read
    me = result(http.get("/user/me/"))
    assert result(http.get(f"/billing/{me['id']}/account/"))["id"] != account["id"]  # one account per user


def test_the_default_account_splits_the_name_at_its_first_space(http: httpx.Client) -> None:
    user = seed_users(http, {"email": "ada@studio.io", "name": "Ada King Lovelace", "apiKey": "ada-key"})[0]
    account = result(http.get(f"/billing/{user['id']}/account/", headers=bearer("ada-key")))
    assert (account["firstName"], account["lastName"]) == ("Ada", "King Lovelace")


def test_a_yearly_subscription_costs_twelve_months_less_the_discount(http: httpx.Client) -> None:
    me = result(http.get("/user/me/"))
    upcoming = result(
        http.post(f"/billing/{me['id']}/payment/upcoming/", json=order(http, "studio", "yearly"))
    )
    assert (upcoming["totalAmount"], upcoming["status"]) == (47040, "draft")
    assert upcoming["description"] == "studio plan (yearly)"
    assert upcoming["lines"] == [
        {"description": "studio plan (yearly)", "currencyCode": "usd", "amount": 47040}
    ]
    gold = http.post(f"/billing/{me['id']}/payment/upcoming/", json=order(http, "gold"))
    assert error(gold, 404, "resourceNotFound") == {
        "code": "resourceNotFound",
        "message": "packageName: The package gold was not found.",
        "parameterName": "packageName",
    }


def test_a_subscription_session_is_found_by_its_session_and_its_invoice_id(http: httpx.Client) -> None:
    me = result(http.get("/user/me/"))
    redirects = {"successRedirectUrl": "https://a.example/ok", "cancelRedirectUrl": "https://a.example/no"}
    session = result(http.post(f"/billing/{me['id']}/payment/status/", json={**order(http), **redirects}))
    assert session["redirectUrl"].startswith("https://checkout.charon.example/cs_")
    session_id = session["redirectUrl"].rsplit("/", 1)[1]
    status = f"/billing/{me['id']}/payment/status/"
    by_session = result(http.get(status, params={"sessionOrInvoiceId": session_id}))
    assert by_session["description"] == "indie plan (monthly)"
    by_invoice = result(http.get(status, params={"sessionOrInvoiceId": by_session["id"]}))
    assert by_invoice == by_session
    missing = error(http.get(status, params={"sessionOrInvoiceId": "cs_nothing"}), 404, "resourceNotFound")
    assert missing == {
        "code": "resourceNotFound",
        "message": "sessionOrInvoiceId: The session or invoice was not found.",
        "parameterName": "sessionOrInvoiceId",
    }
    paid = result(http.post(f"/billing/{me['id']}/payment/", json={"invoiceId": by_session["id"]}))
    assert paid == {
        "redirectAction": "get",
        "redirectUrl": f"https://pay.charon.example/invoice/{by_session['id']}",
    }
    unknown = http.post(f"/billing/{me['id']}/payment/", json={"invoiceId": "b" * 24})
    assert error(unknown, 404, "resourceNotFound") == {
        "code": "resourceNotFound",
        "message": "invoiceId: The invoice was not found.",
        "parameterName": "invoiceId",
    }


def test_only_the_workspace_owner_or_an_administrator_account_prices_its_subscription(
    http: httpx.Client,
) -> None:
    second, admin = seed_users(http, SECOND, ADMIN)
    workspace_id = my_workspace(http)
    http.put(f"/workspace/{workspace_id}/administrators/", params={"memberUserId": second["id"]})
    body = order(http)
    refused = http.post(
        f"/billing/{second['id']}/payment/upcoming/", json=body, headers=bearer(SECOND["apiKey"])
    )
    assert error(refused, 403, "authorizationFailed")["message"] == (
        "Only the workspace's owner manages its subscription."
    )
    allowed = http.post(
        f"/billing/{admin['id']}/payment/upcoming/", json=body, headers=bearer(ADMIN["apiKey"])
    )
    assert result(allowed)["totalAmount"] == 900
    unknown = http.post(f"/billing/{admin['id']}/payment/upcoming/", json={**body, "packageName": "gold"})
    assert error(unknown, 403, "authorizationFailed")  # another user's billing: refused before the package


def test_an_administrator_account_acts_on_anyones_billing(http: httpx.Client) -> None:
    second = seed_users(http, SECOND, ADMIN)[0]
    update = {
        "taxationType": "business",
        "firstName": "Sec",
        "lastName": "Ond",
        "addressLine1": "1 Road",
        "city": "Oslo",
        "countryCode": "NO",
    }
    changed = http.post(f"/billing/{second['id']}/account/", json=update, headers=bearer(ADMIN["apiKey"]))
    assert result(changed)["city"] == "Oslo"
    assert (
        result(http.get(f"/billing/{second['id']}/account/", headers=bearer(SECOND["apiKey"])))["city"]
        == "Oslo"
    )


def test_contact_requests_mail_sales_and_the_portal_returns_to_the_given_url(http: httpx.Client) -> None:
    me = result(http.get("/user/me/"))
    assert http.post(f"/billing/{me['id']}/contact-request/").status_code == 204
    mail = control(http, "GET", "outbox")["messages"][-1]
    profile = me["profile"]
    assert (mail["to"], mail["subject"]) == ("sales@charon.example", "Contact request")
    assert mail["body"] == f"{profile['name']} <{profile['email']}> asks for contact."
    portal = result(
        http.post(f"/billing/{me['id']}/customer-portal/", json={"returnUrl": "https://a.example/back?x=1"})
    )
    assert portal == {
        "redirectAction": "get",
        "redirectUrl": "https://billing.charon.example/portal?return=https%3A%2F%2Fa.example%2Fback%3Fx%3D1",
    }
