"""Billing: one method per operation. Generated from the spec; do not edit."""

# Annotations name classes defined further down and builtins a method may shadow (``list``).
from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, overload

import httpx

from .. import _runtime
from ..api.billing import get_billing_account as _get_billing_account
from ..api.billing import get_customer_portal_url as _get_customer_portal_url
from ..api.billing import get_payment_status as _get_payment_status
from ..api.billing import get_upcoming_payment as _get_upcoming_payment
from ..api.billing import make_payment as _make_payment
from ..api.billing import payment_notification as _payment_notification
from ..api.billing import request_contact as _request_contact
from ..api.billing import start_subscription_session as _start_subscription_session
from ..api.billing import update_billing_account as _update_billing_account
from ..client import BaseClient
from ..models.billing_period import BillingPeriod
from ..models.currency_code import CurrencyCode
from ..models.error_response import ErrorResponse
from ..models.get_billing_account_response import GetBillingAccountResponse
from ..models.get_customer_portal_url_request import GetCustomerPortalUrlRequest
from ..models.get_customer_portal_url_response import GetCustomerPortalUrlResponse
from ..models.get_payment_status_response import GetPaymentStatusResponse
from ..models.get_upcoming_payment_response import GetUpcomingPaymentResponse
from ..models.make_payment_request import MakePaymentRequest
from ..models.make_payment_response import MakePaymentResponse
from ..models.start_subscription_session_request import StartSubscriptionSessionRequest
from ..models.start_subscription_session_response import (
    StartSubscriptionSessionResponse,
)
from ..models.taxation_type import TaxationType
from ..models.upcoming_payment_parameters import UpcomingPaymentParameters
from ..models.update_billing_account_request import UpdateBillingAccountRequest
from ..models.update_billing_account_response import UpdateBillingAccountResponse
from ..types import UNSET, Response, Unset


class BillingResource(_runtime.Resource[BaseClient]):
    """Billing."""

    @cached_property
    def with_raw_response(self) -> BillingResourceWithRawResponse:
        return BillingResourceWithRawResponse(self._client)

    def get_account(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetBillingAccountResponse:
        """Get a billing account

        ``GET /billing/{user_id}/account/`` (get_billing_account).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_billing_account._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_billing_account._success(client=self._client, raw=raw)

    @overload
    def get_customer_portal_url(
        self,
        user_id: str,
        *,
        return_url: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetCustomerPortalUrlResponse: ...

    @overload
    def get_customer_portal_url(
        self,
        user_id: str,
        *,
        body: GetCustomerPortalUrlRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetCustomerPortalUrlResponse: ...

    def get_customer_portal_url(
        self,
        user_id: str,
        *,
        body: GetCustomerPortalUrlRequest | Unset = UNSET,
        return_url: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetCustomerPortalUrlResponse:
        """Get the customer portal URL

        ``POST /billing/{user_id}/customer-portal/`` (get_customer_portal_url).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                GetCustomerPortalUrlRequest,
                {
                    "return_url": return_url,
                },
                required=("return_url",),
                unset=UNSET,
                operation="get_customer_portal_url",
            )
        request = _runtime.with_options(
            _get_customer_portal_url._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_customer_portal_url._success(client=self._client, raw=raw)

    def get_payment_status(
        self,
        user_id: str,
        *,
        session_or_invoice_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetPaymentStatusResponse:
        """Get the status of a payment

        ``GET /billing/{user_id}/payment/status/`` (get_payment_status).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_payment_status._get_kwargs(
                user_id=user_id,
                session_or_invoice_id=session_or_invoice_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_payment_status._success(client=self._client, raw=raw)

    @overload
    def get_upcoming_payment(
        self,
        user_id: str,
        *,
        workspace_id: str,
        package_name: str,
        period: BillingPeriod,
        currency_code: CurrencyCode,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetUpcomingPaymentResponse: ...

    @overload
    def get_upcoming_payment(
        self,
        user_id: str,
        *,
        body: UpcomingPaymentParameters,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetUpcomingPaymentResponse: ...

    def get_upcoming_payment(
        self,
        user_id: str,
        *,
        body: UpcomingPaymentParameters | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        package_name: str | Unset = UNSET,
        period: BillingPeriod | Unset = UNSET,
        currency_code: CurrencyCode | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetUpcomingPaymentResponse:
        """Preview the upcoming payment

        ``POST /billing/{user_id}/payment/upcoming/`` (get_upcoming_payment).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpcomingPaymentParameters,
                {
                    "workspace_id": workspace_id,
                    "package_name": package_name,
                    "period": period,
                    "currency_code": currency_code,
                },
                required=(
                    "workspace_id",
                    "package_name",
                    "period",
                    "currency_code",
                ),
                unset=UNSET,
                operation="get_upcoming_payment",
            )
        request = _runtime.with_options(
            _get_upcoming_payment._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_upcoming_payment._success(client=self._client, raw=raw)

    @overload
    def make_payment(
        self,
        user_id: str,
        *,
        invoice_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MakePaymentResponse: ...

    @overload
    def make_payment(
        self,
        user_id: str,
        *,
        body: MakePaymentRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MakePaymentResponse: ...

    def make_payment(
        self,
        user_id: str,
        *,
        body: MakePaymentRequest | Unset = UNSET,
        invoice_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MakePaymentResponse:
        """Pay an invoice

        ``POST /billing/{user_id}/payment/`` (make_payment).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                MakePaymentRequest,
                {
                    "invoice_id": invoice_id,
                },
                required=("invoice_id",),
                unset=UNSET,
                operation="make_payment",
            )
        request = _runtime.with_options(
            _make_payment._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _make_payment._success(client=self._client, raw=raw)

    def payment_notification(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Accept a payment gate notification

        ``POST /billing/notification/`` (payment_notification).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _payment_notification._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _payment_notification._success(client=self._client, raw=raw)

    def request_contact(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Request contact from sales

        ``POST /billing/{user_id}/contact-request/`` (request_contact).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _request_contact._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _request_contact._success(client=self._client, raw=raw)

    @overload
    def start_subscription_session(
        self,
        user_id: str,
        *,
        workspace_id: str,
        package_name: str,
        period: BillingPeriod,
        currency_code: CurrencyCode,
        success_redirect_url: str,
        cancel_redirect_url: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> StartSubscriptionSessionResponse: ...

    @overload
    def start_subscription_session(
        self,
        user_id: str,
        *,
        body: StartSubscriptionSessionRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> StartSubscriptionSessionResponse: ...

    def start_subscription_session(
        self,
        user_id: str,
        *,
        body: StartSubscriptionSessionRequest | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        package_name: str | Unset = UNSET,
        period: BillingPeriod | Unset = UNSET,
        currency_code: CurrencyCode | Unset = UNSET,
        success_redirect_url: str | Unset = UNSET,
        cancel_redirect_url: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> StartSubscriptionSessionResponse:
        """Start a subscription payment session

        ``POST /billing/{user_id}/payment/status/`` (start_subscription_session).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                StartSubscriptionSessionRequest,
                {
                    "workspace_id": workspace_id,
                    "package_name": package_name,
                    "period": period,
                    "currency_code": currency_code,
                    "success_redirect_url": success_redirect_url,
                    "cancel_redirect_url": cancel_redirect_url,
                },
                required=(
                    "workspace_id",
                    "package_name",
                    "period",
                    "currency_code",
                    "success_redirect_url",
                    "cancel_redirect_url",
                ),
                unset=UNSET,
                operation="start_subscription_session",
            )
        request = _runtime.with_options(
            _start_subscription_session._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _start_subscription_session._success(client=self._client, raw=raw)

    @overload
    def update_account(
        self,
        user_id: str,
        *,
        taxation_type: TaxationType,
        first_name: str,
        last_name: str,
        address_line_1: str,
        city: str,
        country_code: str,
        tax_id: None | str | Unset = UNSET,
        address_line_2: None | str | Unset = UNSET,
        postal_code: None | str | Unset = UNSET,
        state: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateBillingAccountResponse: ...

    @overload
    def update_account(
        self,
        user_id: str,
        *,
        body: UpdateBillingAccountRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateBillingAccountResponse: ...

    def update_account(
        self,
        user_id: str,
        *,
        body: UpdateBillingAccountRequest | Unset = UNSET,
        taxation_type: TaxationType | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address_line_1: str | Unset = UNSET,
        city: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        tax_id: None | str | Unset = UNSET,
        address_line_2: None | str | Unset = UNSET,
        postal_code: None | str | Unset = UNSET,
        state: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateBillingAccountResponse:
        """Update billing information

        ``POST /billing/{user_id}/account/`` (update_billing_account).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateBillingAccountRequest,
                {
                    "taxation_type": taxation_type,
                    "first_name": first_name,
                    "last_name": last_name,
                    "address_line_1": address_line_1,
                    "city": city,
                    "country_code": country_code,
                    "tax_id": tax_id,
                    "address_line_2": address_line_2,
                    "postal_code": postal_code,
                    "state": state,
                },
                required=(
                    "taxation_type",
                    "first_name",
                    "last_name",
                    "address_line_1",
                    "city",
                    "country_code",
                ),
                unset=UNSET,
                operation="update_account",
            )
        request = _runtime.with_options(
            _update_billing_account._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_billing_account._success(client=self._client, raw=raw)


class BillingResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Billing, each method returning the whole ``Response``."""

    def get_account(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetBillingAccountResponse]:
        """Get a billing account

        ``GET /billing/{user_id}/account/`` (get_billing_account).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_billing_account._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_billing_account._build_response(client=self._client, response=raw)

    @overload
    def get_customer_portal_url(
        self,
        user_id: str,
        *,
        return_url: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetCustomerPortalUrlResponse]: ...

    @overload
    def get_customer_portal_url(
        self,
        user_id: str,
        *,
        body: GetCustomerPortalUrlRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetCustomerPortalUrlResponse]: ...

    def get_customer_portal_url(
        self,
        user_id: str,
        *,
        body: GetCustomerPortalUrlRequest | Unset = UNSET,
        return_url: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetCustomerPortalUrlResponse]:
        """Get the customer portal URL

        ``POST /billing/{user_id}/customer-portal/`` (get_customer_portal_url).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                GetCustomerPortalUrlRequest,
                {
                    "return_url": return_url,
                },
                required=("return_url",),
                unset=UNSET,
                operation="get_customer_portal_url",
            )
        request = _runtime.with_options(
            _get_customer_portal_url._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_customer_portal_url._build_response(client=self._client, response=raw)

    def get_payment_status(
        self,
        user_id: str,
        *,
        session_or_invoice_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetPaymentStatusResponse]:
        """Get the status of a payment

        ``GET /billing/{user_id}/payment/status/`` (get_payment_status).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_payment_status._get_kwargs(
                user_id=user_id,
                session_or_invoice_id=session_or_invoice_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_payment_status._build_response(client=self._client, response=raw)

    @overload
    def get_upcoming_payment(
        self,
        user_id: str,
        *,
        workspace_id: str,
        package_name: str,
        period: BillingPeriod,
        currency_code: CurrencyCode,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetUpcomingPaymentResponse]: ...

    @overload
    def get_upcoming_payment(
        self,
        user_id: str,
        *,
        body: UpcomingPaymentParameters,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetUpcomingPaymentResponse]: ...

    def get_upcoming_payment(
        self,
        user_id: str,
        *,
        body: UpcomingPaymentParameters | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        package_name: str | Unset = UNSET,
        period: BillingPeriod | Unset = UNSET,
        currency_code: CurrencyCode | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetUpcomingPaymentResponse]:
        """Preview the upcoming payment

        ``POST /billing/{user_id}/payment/upcoming/`` (get_upcoming_payment).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpcomingPaymentParameters,
                {
                    "workspace_id": workspace_id,
                    "package_name": package_name,
                    "period": period,
                    "currency_code": currency_code,
                },
                required=(
                    "workspace_id",
                    "package_name",
                    "period",
                    "currency_code",
                ),
                unset=UNSET,
                operation="get_upcoming_payment",
            )
        request = _runtime.with_options(
            _get_upcoming_payment._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _get_upcoming_payment._build_response(client=self._client, response=raw)

    @overload
    def make_payment(
        self,
        user_id: str,
        *,
        invoice_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | MakePaymentResponse]: ...

    @overload
    def make_payment(
        self,
        user_id: str,
        *,
        body: MakePaymentRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | MakePaymentResponse]: ...

    def make_payment(
        self,
        user_id: str,
        *,
        body: MakePaymentRequest | Unset = UNSET,
        invoice_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | MakePaymentResponse]:
        """Pay an invoice

        ``POST /billing/{user_id}/payment/`` (make_payment).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                MakePaymentRequest,
                {
                    "invoice_id": invoice_id,
                },
                required=("invoice_id",),
                unset=UNSET,
                operation="make_payment",
            )
        request = _runtime.with_options(
            _make_payment._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _make_payment._build_response(client=self._client, response=raw)

    def payment_notification(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Accept a payment gate notification

        ``POST /billing/notification/`` (payment_notification).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _payment_notification._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _payment_notification._build_response(client=self._client, response=raw)

    def request_contact(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Request contact from sales

        ``POST /billing/{user_id}/contact-request/`` (request_contact).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _request_contact._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _request_contact._build_response(client=self._client, response=raw)

    @overload
    def start_subscription_session(
        self,
        user_id: str,
        *,
        workspace_id: str,
        package_name: str,
        period: BillingPeriod,
        currency_code: CurrencyCode,
        success_redirect_url: str,
        cancel_redirect_url: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | StartSubscriptionSessionResponse]: ...

    @overload
    def start_subscription_session(
        self,
        user_id: str,
        *,
        body: StartSubscriptionSessionRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | StartSubscriptionSessionResponse]: ...

    def start_subscription_session(
        self,
        user_id: str,
        *,
        body: StartSubscriptionSessionRequest | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        package_name: str | Unset = UNSET,
        period: BillingPeriod | Unset = UNSET,
        currency_code: CurrencyCode | Unset = UNSET,
        success_redirect_url: str | Unset = UNSET,
        cancel_redirect_url: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | StartSubscriptionSessionResponse]:
        """Start a subscription payment session

        ``POST /billing/{user_id}/payment/status/`` (start_subscription_session).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                StartSubscriptionSessionRequest,
                {
                    "workspace_id": workspace_id,
                    "package_name": package_name,
                    "period": period,
                    "currency_code": currency_code,
                    "success_redirect_url": success_redirect_url,
                    "cancel_redirect_url": cancel_redirect_url,
                },
                required=(
                    "workspace_id",
                    "package_name",
                    "period",
                    "currency_code",
                    "success_redirect_url",
                    "cancel_redirect_url",
                ),
                unset=UNSET,
                operation="start_subscription_session",
            )
        request = _runtime.with_options(
            _start_subscription_session._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _start_subscription_session._build_response(client=self._client, response=raw)

    @overload
    def update_account(
        self,
        user_id: str,
        *,
        taxation_type: TaxationType,
        first_name: str,
        last_name: str,
        address_line_1: str,
        city: str,
        country_code: str,
        tax_id: None | str | Unset = UNSET,
        address_line_2: None | str | Unset = UNSET,
        postal_code: None | str | Unset = UNSET,
        state: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateBillingAccountResponse]: ...

    @overload
    def update_account(
        self,
        user_id: str,
        *,
        body: UpdateBillingAccountRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateBillingAccountResponse]: ...

    def update_account(
        self,
        user_id: str,
        *,
        body: UpdateBillingAccountRequest | Unset = UNSET,
        taxation_type: TaxationType | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address_line_1: str | Unset = UNSET,
        city: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        tax_id: None | str | Unset = UNSET,
        address_line_2: None | str | Unset = UNSET,
        postal_code: None | str | Unset = UNSET,
        state: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateBillingAccountResponse]:
        """Update billing information

        ``POST /billing/{user_id}/account/`` (update_billing_account).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateBillingAccountRequest,
                {
                    "taxation_type": taxation_type,
                    "first_name": first_name,
                    "last_name": last_name,
                    "address_line_1": address_line_1,
                    "city": city,
                    "country_code": country_code,
                    "tax_id": tax_id,
                    "address_line_2": address_line_2,
                    "postal_code": postal_code,
                    "state": state,
                },
                required=(
                    "taxation_type",
                    "first_name",
                    "last_name",
                    "address_line_1",
                    "city",
                    "country_code",
                ),
                unset=UNSET,
                operation="update_account",
            )
        request = _runtime.with_options(
            _update_billing_account._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = self._client.send(request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds)
        return _update_billing_account._build_response(client=self._client, response=raw)


class AsyncBillingResource(_runtime.Resource[BaseClient]):
    """Billing (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncBillingResourceWithRawResponse:
        return AsyncBillingResourceWithRawResponse(self._client)

    async def get_account(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetBillingAccountResponse:
        """Get a billing account

        ``GET /billing/{user_id}/account/`` (get_billing_account).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_billing_account._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_billing_account._success(client=self._client, raw=raw)

    @overload
    async def get_customer_portal_url(
        self,
        user_id: str,
        *,
        return_url: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetCustomerPortalUrlResponse: ...

    @overload
    async def get_customer_portal_url(
        self,
        user_id: str,
        *,
        body: GetCustomerPortalUrlRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetCustomerPortalUrlResponse: ...

    async def get_customer_portal_url(
        self,
        user_id: str,
        *,
        body: GetCustomerPortalUrlRequest | Unset = UNSET,
        return_url: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetCustomerPortalUrlResponse:
        """Get the customer portal URL

        ``POST /billing/{user_id}/customer-portal/`` (get_customer_portal_url).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                GetCustomerPortalUrlRequest,
                {
                    "return_url": return_url,
                },
                required=("return_url",),
                unset=UNSET,
                operation="get_customer_portal_url",
            )
        request = _runtime.with_options(
            _get_customer_portal_url._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_customer_portal_url._success(client=self._client, raw=raw)

    async def get_payment_status(
        self,
        user_id: str,
        *,
        session_or_invoice_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetPaymentStatusResponse:
        """Get the status of a payment

        ``GET /billing/{user_id}/payment/status/`` (get_payment_status).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _get_payment_status._get_kwargs(
                user_id=user_id,
                session_or_invoice_id=session_or_invoice_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_payment_status._success(client=self._client, raw=raw)

    @overload
    async def get_upcoming_payment(
        self,
        user_id: str,
        *,
        workspace_id: str,
        package_name: str,
        period: BillingPeriod,
        currency_code: CurrencyCode,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetUpcomingPaymentResponse: ...

    @overload
    async def get_upcoming_payment(
        self,
        user_id: str,
        *,
        body: UpcomingPaymentParameters,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetUpcomingPaymentResponse: ...

    async def get_upcoming_payment(
        self,
        user_id: str,
        *,
        body: UpcomingPaymentParameters | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        package_name: str | Unset = UNSET,
        period: BillingPeriod | Unset = UNSET,
        currency_code: CurrencyCode | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetUpcomingPaymentResponse:
        """Preview the upcoming payment

        ``POST /billing/{user_id}/payment/upcoming/`` (get_upcoming_payment).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpcomingPaymentParameters,
                {
                    "workspace_id": workspace_id,
                    "package_name": package_name,
                    "period": period,
                    "currency_code": currency_code,
                },
                required=(
                    "workspace_id",
                    "package_name",
                    "period",
                    "currency_code",
                ),
                unset=UNSET,
                operation="get_upcoming_payment",
            )
        request = _runtime.with_options(
            _get_upcoming_payment._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_upcoming_payment._success(client=self._client, raw=raw)

    @overload
    async def make_payment(
        self,
        user_id: str,
        *,
        invoice_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MakePaymentResponse: ...

    @overload
    async def make_payment(
        self,
        user_id: str,
        *,
        body: MakePaymentRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MakePaymentResponse: ...

    async def make_payment(
        self,
        user_id: str,
        *,
        body: MakePaymentRequest | Unset = UNSET,
        invoice_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MakePaymentResponse:
        """Pay an invoice

        ``POST /billing/{user_id}/payment/`` (make_payment).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                MakePaymentRequest,
                {
                    "invoice_id": invoice_id,
                },
                required=("invoice_id",),
                unset=UNSET,
                operation="make_payment",
            )
        request = _runtime.with_options(
            _make_payment._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _make_payment._success(client=self._client, raw=raw)

    async def payment_notification(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Accept a payment gate notification

        ``POST /billing/notification/`` (payment_notification).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _payment_notification._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _payment_notification._success(client=self._client, raw=raw)

    async def request_contact(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Any:
        """Request contact from sales

        ``POST /billing/{user_id}/contact-request/`` (request_contact).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        request = _runtime.with_options(
            _request_contact._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _request_contact._success(client=self._client, raw=raw)

    @overload
    async def start_subscription_session(
        self,
        user_id: str,
        *,
        workspace_id: str,
        package_name: str,
        period: BillingPeriod,
        currency_code: CurrencyCode,
        success_redirect_url: str,
        cancel_redirect_url: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> StartSubscriptionSessionResponse: ...

    @overload
    async def start_subscription_session(
        self,
        user_id: str,
        *,
        body: StartSubscriptionSessionRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> StartSubscriptionSessionResponse: ...

    async def start_subscription_session(
        self,
        user_id: str,
        *,
        body: StartSubscriptionSessionRequest | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        package_name: str | Unset = UNSET,
        period: BillingPeriod | Unset = UNSET,
        currency_code: CurrencyCode | Unset = UNSET,
        success_redirect_url: str | Unset = UNSET,
        cancel_redirect_url: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> StartSubscriptionSessionResponse:
        """Start a subscription payment session

        ``POST /billing/{user_id}/payment/status/`` (start_subscription_session).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                StartSubscriptionSessionRequest,
                {
                    "workspace_id": workspace_id,
                    "package_name": package_name,
                    "period": period,
                    "currency_code": currency_code,
                    "success_redirect_url": success_redirect_url,
                    "cancel_redirect_url": cancel_redirect_url,
                },
                required=(
                    "workspace_id",
                    "package_name",
                    "period",
                    "currency_code",
                    "success_redirect_url",
                    "cancel_redirect_url",
                ),
                unset=UNSET,
                operation="start_subscription_session",
            )
        request = _runtime.with_options(
            _start_subscription_session._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _start_subscription_session._success(client=self._client, raw=raw)

    @overload
    async def update_account(
        self,
        user_id: str,
        *,
        taxation_type: TaxationType,
        first_name: str,
        last_name: str,
        address_line_1: str,
        city: str,
        country_code: str,
        tax_id: None | str | Unset = UNSET,
        address_line_2: None | str | Unset = UNSET,
        postal_code: None | str | Unset = UNSET,
        state: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateBillingAccountResponse: ...

    @overload
    async def update_account(
        self,
        user_id: str,
        *,
        body: UpdateBillingAccountRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateBillingAccountResponse: ...

    async def update_account(
        self,
        user_id: str,
        *,
        body: UpdateBillingAccountRequest | Unset = UNSET,
        taxation_type: TaxationType | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address_line_1: str | Unset = UNSET,
        city: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        tax_id: None | str | Unset = UNSET,
        address_line_2: None | str | Unset = UNSET,
        postal_code: None | str | Unset = UNSET,
        state: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateBillingAccountResponse:
        """Update billing information

        ``POST /billing/{user_id}/account/`` (update_billing_account).
        Raises the client's ``ApiError`` subclass for the status on anything but a success.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateBillingAccountRequest,
                {
                    "taxation_type": taxation_type,
                    "first_name": first_name,
                    "last_name": last_name,
                    "address_line_1": address_line_1,
                    "city": city,
                    "country_code": country_code,
                    "tax_id": tax_id,
                    "address_line_2": address_line_2,
                    "postal_code": postal_code,
                    "state": state,
                },
                required=(
                    "taxation_type",
                    "first_name",
                    "last_name",
                    "address_line_1",
                    "city",
                    "country_code",
                ),
                unset=UNSET,
                operation="update_account",
            )
        request = _runtime.with_options(
            _update_billing_account._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_billing_account._success(client=self._client, raw=raw)


class AsyncBillingResourceWithRawResponse(_runtime.Resource[BaseClient]):
    """Billing, each method returning the whole ``Response`` (async)."""

    async def get_account(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetBillingAccountResponse]:
        """Get a billing account

        ``GET /billing/{user_id}/account/`` (get_billing_account).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_billing_account._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_billing_account._build_response(client=self._client, response=raw)

    @overload
    async def get_customer_portal_url(
        self,
        user_id: str,
        *,
        return_url: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetCustomerPortalUrlResponse]: ...

    @overload
    async def get_customer_portal_url(
        self,
        user_id: str,
        *,
        body: GetCustomerPortalUrlRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetCustomerPortalUrlResponse]: ...

    async def get_customer_portal_url(
        self,
        user_id: str,
        *,
        body: GetCustomerPortalUrlRequest | Unset = UNSET,
        return_url: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetCustomerPortalUrlResponse]:
        """Get the customer portal URL

        ``POST /billing/{user_id}/customer-portal/`` (get_customer_portal_url).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                GetCustomerPortalUrlRequest,
                {
                    "return_url": return_url,
                },
                required=("return_url",),
                unset=UNSET,
                operation="get_customer_portal_url",
            )
        request = _runtime.with_options(
            _get_customer_portal_url._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_customer_portal_url._build_response(client=self._client, response=raw)

    async def get_payment_status(
        self,
        user_id: str,
        *,
        session_or_invoice_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetPaymentStatusResponse]:
        """Get the status of a payment

        ``GET /billing/{user_id}/payment/status/`` (get_payment_status).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _get_payment_status._get_kwargs(
                user_id=user_id,
                session_or_invoice_id=session_or_invoice_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_payment_status._build_response(client=self._client, response=raw)

    @overload
    async def get_upcoming_payment(
        self,
        user_id: str,
        *,
        workspace_id: str,
        package_name: str,
        period: BillingPeriod,
        currency_code: CurrencyCode,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetUpcomingPaymentResponse]: ...

    @overload
    async def get_upcoming_payment(
        self,
        user_id: str,
        *,
        body: UpcomingPaymentParameters,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetUpcomingPaymentResponse]: ...

    async def get_upcoming_payment(
        self,
        user_id: str,
        *,
        body: UpcomingPaymentParameters | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        package_name: str | Unset = UNSET,
        period: BillingPeriod | Unset = UNSET,
        currency_code: CurrencyCode | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | GetUpcomingPaymentResponse]:
        """Preview the upcoming payment

        ``POST /billing/{user_id}/payment/upcoming/`` (get_upcoming_payment).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpcomingPaymentParameters,
                {
                    "workspace_id": workspace_id,
                    "package_name": package_name,
                    "period": period,
                    "currency_code": currency_code,
                },
                required=(
                    "workspace_id",
                    "package_name",
                    "period",
                    "currency_code",
                ),
                unset=UNSET,
                operation="get_upcoming_payment",
            )
        request = _runtime.with_options(
            _get_upcoming_payment._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _get_upcoming_payment._build_response(client=self._client, response=raw)

    @overload
    async def make_payment(
        self,
        user_id: str,
        *,
        invoice_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | MakePaymentResponse]: ...

    @overload
    async def make_payment(
        self,
        user_id: str,
        *,
        body: MakePaymentRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | MakePaymentResponse]: ...

    async def make_payment(
        self,
        user_id: str,
        *,
        body: MakePaymentRequest | Unset = UNSET,
        invoice_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | MakePaymentResponse]:
        """Pay an invoice

        ``POST /billing/{user_id}/payment/`` (make_payment).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                MakePaymentRequest,
                {
                    "invoice_id": invoice_id,
                },
                required=("invoice_id",),
                unset=UNSET,
                operation="make_payment",
            )
        request = _runtime.with_options(
            _make_payment._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _make_payment._build_response(client=self._client, response=raw)

    async def payment_notification(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Accept a payment gate notification

        ``POST /billing/notification/`` (payment_notification).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _payment_notification._get_kwargs(),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _payment_notification._build_response(client=self._client, response=raw)

    async def request_contact(
        self,
        user_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[Any | ErrorResponse]:
        """Request contact from sales

        ``POST /billing/{user_id}/contact-request/`` (request_contact).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        request = _runtime.with_options(
            _request_contact._get_kwargs(
                user_id=user_id,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _request_contact._build_response(client=self._client, response=raw)

    @overload
    async def start_subscription_session(
        self,
        user_id: str,
        *,
        workspace_id: str,
        package_name: str,
        period: BillingPeriod,
        currency_code: CurrencyCode,
        success_redirect_url: str,
        cancel_redirect_url: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | StartSubscriptionSessionResponse]: ...

    @overload
    async def start_subscription_session(
        self,
        user_id: str,
        *,
        body: StartSubscriptionSessionRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | StartSubscriptionSessionResponse]: ...

    async def start_subscription_session(
        self,
        user_id: str,
        *,
        body: StartSubscriptionSessionRequest | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
        package_name: str | Unset = UNSET,
        period: BillingPeriod | Unset = UNSET,
        currency_code: CurrencyCode | Unset = UNSET,
        success_redirect_url: str | Unset = UNSET,
        cancel_redirect_url: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | StartSubscriptionSessionResponse]:
        """Start a subscription payment session

        ``POST /billing/{user_id}/payment/status/`` (start_subscription_session).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                StartSubscriptionSessionRequest,
                {
                    "workspace_id": workspace_id,
                    "package_name": package_name,
                    "period": period,
                    "currency_code": currency_code,
                    "success_redirect_url": success_redirect_url,
                    "cancel_redirect_url": cancel_redirect_url,
                },
                required=(
                    "workspace_id",
                    "package_name",
                    "period",
                    "currency_code",
                    "success_redirect_url",
                    "cancel_redirect_url",
                ),
                unset=UNSET,
                operation="start_subscription_session",
            )
        request = _runtime.with_options(
            _start_subscription_session._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _start_subscription_session._build_response(client=self._client, response=raw)

    @overload
    async def update_account(
        self,
        user_id: str,
        *,
        taxation_type: TaxationType,
        first_name: str,
        last_name: str,
        address_line_1: str,
        city: str,
        country_code: str,
        tax_id: None | str | Unset = UNSET,
        address_line_2: None | str | Unset = UNSET,
        postal_code: None | str | Unset = UNSET,
        state: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateBillingAccountResponse]: ...

    @overload
    async def update_account(
        self,
        user_id: str,
        *,
        body: UpdateBillingAccountRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateBillingAccountResponse]: ...

    async def update_account(
        self,
        user_id: str,
        *,
        body: UpdateBillingAccountRequest | Unset = UNSET,
        taxation_type: TaxationType | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address_line_1: str | Unset = UNSET,
        city: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        tax_id: None | str | Unset = UNSET,
        address_line_2: None | str | Unset = UNSET,
        postal_code: None | str | Unset = UNSET,
        state: None | str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_seconds: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response[ErrorResponse | UpdateBillingAccountResponse]:
        """Update billing information

        ``POST /billing/{user_id}/account/`` (update_billing_account).
        Returns the whole response (status, headers, parsed body) whatever its status.
        """
        if isinstance(body, Unset):
            body = _runtime.build_body(
                UpdateBillingAccountRequest,
                {
                    "taxation_type": taxation_type,
                    "first_name": first_name,
                    "last_name": last_name,
                    "address_line_1": address_line_1,
                    "city": city,
                    "country_code": country_code,
                    "tax_id": tax_id,
                    "address_line_2": address_line_2,
                    "postal_code": postal_code,
                    "state": state,
                },
                required=(
                    "taxation_type",
                    "first_name",
                    "last_name",
                    "address_line_1",
                    "city",
                    "country_code",
                ),
                unset=UNSET,
                operation="update_account",
            )
        request = _runtime.with_options(
            _update_billing_account._get_kwargs(
                user_id=user_id,
                body=body,
            ),
            extra_headers,
            extra_query,
        )

        raw = await self._client.asend(
            request, max_retries=max_retries, timeout=timeout, max_retry_seconds=max_retry_seconds
        )
        return _update_billing_account._build_response(client=self._client, response=raw)
