"""Membership packages and billing: static plans, a per-user account, fake redirects, canned invoices.

Nothing is charged. Emulator decisions: ``/billing/{userId}/…`` is the caller's own (administrator accounts
may act for anyone); an account never updated answers a default built from the profile with one paid
invoice of the free plan; a subscription session creates an ``open`` invoice, found again by
``getPaymentStatus`` with the session or the invoice id; redirects point at ``*.charon.example``;
``paymentNotification`` is accepted anonymously and changes nothing (the vendor declares no body).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import orjson

from emulators.charon.base import forbidden, json_text, not_found, stable_id
from emulators.charon.preferences import Preferences
from emulators.core.http import Request, Response
from emulators.core.vendor import operation

# (name, title, monthly price in cents, max members, max projects, storage MB)
PACKAGES = (
    ("free", "Free", 0, 3, 3, 50),
    ("indie", "Indie", 900, 10, 20, 500),
    ("studio", "Studio", 4900, None, None, 10_000),
)
YEARLY_DISCOUNT = 0.2


def package_view(
    name: str, title: str, price: int, members: int | None, projects: int | None, mb: int
) -> Any:
    return {
        "name": name,
        "title": title,
        "externalId": None,
        "features": {
            "backup": {"allowSchedule": price > 0},
            "projects": {"maxMembers": members, "maxProjects": projects},
            "storage": {"dataSource": mb, "backups": mb},
            "serviceTokens": {"machineTranslation": 0, "aiCompletion": 0},
        },
        "prices": [
            {"externalId": None, "period": "monthly", "currencyCode": "usd", "amount": price, "discount": 0},
            {
                "externalId": None,
                "period": "yearly",
                "currencyCode": "usd",
                "amount": round(price * 12 * (1 - YEARLY_DISCOUNT)),
                "discount": YEARLY_DISCOUNT,
            },
        ],
    }


def price_of(package: str, period: str) -> int | None:
    for name, _, monthly, *_ in PACKAGES:
        if name == package:
            return monthly if period == "monthly" else round(monthly * 12 * (1 - YEARLY_DISCOUNT))
    return None


class Billing(Preferences):
    def _billing_user(self, request: Request) -> str:
        return str(self.own_user(request, request.path_params["userId"])["id"])

    def _invoice(self, user_id: str, description: str, amount: int, status: str) -> dict[str, Any]:
        stamp = self.stamp()
        return {
            "id": self.new_id(),
            "externalId": None,
            "creationTime": stamp,
            "hostedUrl": None,
            "description": description,
            "lines": [{"description": description, "currencyCode": "usd", "amount": amount}],
            "currencyCode": "usd",
            "totalAmount": amount,
            "lastUpdateTime": stamp,
            "lastPaymentError": None,
            "status": status,
        }

    def _store_invoice(self, user_id: str, invoice: dict[str, Any], session_id: str | None = None) -> None:
        invoice["hostedUrl"] = f"https://pay.charon.example/invoice/{invoice['id']}"
        with self.storage.transaction():
            self.storage.execute(
                "INSERT INTO charon_invoices (id, user_id, session_id, data) VALUES (?, ?, ?, ?)",
                (invoice["id"], user_id, session_id, json_text(invoice)),
            )

    def _invoices(self, user_id: str) -> list[Any]:
        if not self.storage.one("SELECT 1 FROM charon_invoices WHERE user_id = ?", (user_id,)):
            self._store_invoice(user_id, self._invoice(user_id, "Free plan", 0, "paid"))
        rows = self.storage.all("SELECT data FROM charon_invoices WHERE user_id = ? ORDER BY pk", (user_id,))
        return [orjson.loads(r[0]) for r in rows]

    def _account(self, user_id: str) -> dict[str, Any]:
        raw = self.storage.scalar("SELECT data FROM charon_billing_accounts WHERE user_id = ?", (user_id,))
        if raw is not None:
            account: dict[str, Any] = orjson.loads(raw)
        else:
            name = str(self.storage.scalar("SELECT name FROM charon_users WHERE id = ?", (user_id,)))
            first, _, last = name.partition(" ")
            account = {
                "taxationType": "private",
                "firstName": first,
                "lastName": last,
                "taxId": None,
                "addressLine1": "",
                "addressLine2": None,
                "city": "",
                "countryCode": "US",
                "postalCode": None,
                "state": None,
            }
        return {
            "id": stable_id("billing", user_id),
            "externalId": None,
            **account,
            "balance": [{"currencyCode": "usd", "amount": 0}],
            "invoices": self._invoices(user_id),
        }

    @operation("getMembershipPackages")
    def get_packages(self, request: Request) -> Response:
        self.caller(request)
        return self.ok([package_view(*package) for package in PACKAGES])

    @operation("getBillingAccount")
    def get_billing_account(self, request: Request) -> Response:
        return self.ok(self._account(self._billing_user(request)))

    @operation("updateBillingAccount")
    def update_billing_account(self, request: Request) -> Response:
        user_id = self._billing_user(request)
        with self.storage.transaction():
            self.storage.execute(
                "INSERT INTO charon_billing_accounts (user_id, data) VALUES (?, ?)"
                " ON CONFLICT (user_id) DO UPDATE SET data = excluded.data",
                (user_id, json_text(request.body)),
            )
        return self.ok(self._account(user_id))

    @operation("requestContact")
    def request_contact(self, request: Request) -> Response:
        user = self.own_user(request, request.path_params["userId"])
        self.send_mail(
            "sales@charon.example", "Contact request", f"{user['name']} <{user['email']}> asks for contact."
        )
        return self.done()

    @operation("getPaymentStatus")
    def get_payment_status(self, request: Request) -> Response:
        user_id = self._billing_user(request)
        self._invoices(user_id)
        key = request.query["sessionOrInvoiceId"]
        raw = self.storage.scalar(
            "SELECT data FROM charon_invoices WHERE user_id = ? AND (id = ? OR session_id = ?)",
            (user_id, key, key),
        )
        if raw is None:
            raise not_found("The session or invoice", "sessionOrInvoiceId")
        return self.ok(orjson.loads(raw))

    def _priced(self, request: Request) -> tuple[str, int]:
        """(user id, price) of a subscription request, after the workspace and package checks."""
        user_id = self._billing_user(request)
        body = request.body
        workspace = self.visible_workspace(body["workspaceId"], user_id)
        if workspace["owner_id"] != user_id and not self.is_admin(user_id):
            raise forbidden("Only the workspace's owner manages its subscription.")
        price = price_of(body["packageName"], body["period"])
        if price is None:
            raise not_found(f"The package {body['packageName']}", "packageName")
        return user_id, price

    @operation("startSubscriptionSession")
    def start_subscription(self, request: Request) -> Response:
        user_id, price = self._priced(request)
        session_id = "cs_" + self.new_code("session")
        description = f"{request.body['packageName']} plan ({request.body['period']})"
        self._store_invoice(user_id, self._invoice(user_id, description, price, "open"), session_id)
        return self.ok(
            {"redirectAction": "get", "redirectUrl": f"https://checkout.charon.example/{session_id}"}
        )

    @operation("makePayment")
    def make_payment(self, request: Request) -> Response:
        user_id = self._billing_user(request)
        invoice_id = request.body["invoiceId"]
        if not self.storage.one(
            "SELECT 1 FROM charon_invoices WHERE id = ? AND user_id = ?", (invoice_id, user_id)
        ):
            raise not_found("The invoice", "invoiceId")
        return self.ok(
            {"redirectAction": "get", "redirectUrl": f"https://pay.charon.example/invoice/{invoice_id}"}
        )

    @operation("getUpcomingPayment")
    def get_upcoming_payment(self, request: Request) -> Response:
        user_id, price = self._priced(request)
        description = f"{request.body['packageName']} plan ({request.body['period']})"
        invoice = self._invoice(user_id, description, price, "draft")
        return self.ok(invoice)

    @operation("getCustomerPortalUrl")
    def get_customer_portal(self, request: Request) -> Response:
        self._billing_user(request)
        back = quote(request.body["returnUrl"], safe="")
        return self.ok(
            {"redirectAction": "get", "redirectUrl": f"https://billing.charon.example/portal?return={back}"}
        )

    @operation("paymentNotification")
    def payment_notification(self, request: Request) -> Response:
        return self.done()
