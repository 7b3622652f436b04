from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.billing_period import BillingPeriod
from ..models.currency_code import CurrencyCode
from ..types import UNSET

T = TypeVar("T", bound="StartSubscriptionSessionRequest")


@_attrs_define(repr=False)
class StartSubscriptionSessionRequest:
    """Subscription to start for a workspace.

    Attributes:
        workspace_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id of
            a user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        package_name (str):
        period (BillingPeriod): Billing period of a subscription.
        currency_code (CurrencyCode): Currency (ISO 4217, lower case).
        success_redirect_url (str):
        cancel_redirect_url (str):
    """

    workspace_id: str
    package_name: str
    period: BillingPeriod
    currency_code: CurrencyCode
    success_redirect_url: str
    cancel_redirect_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        package_name = self.package_name

        period = self.period.value

        currency_code = self.currency_code.value

        success_redirect_url = self.success_redirect_url

        cancel_redirect_url = self.cancel_redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspaceId": workspace_id,
                "packageName": package_name,
                "period": period,
                "currencyCode": currency_code,
                "successRedirectUrl": success_redirect_url,
                "cancelRedirectUrl": cancel_redirect_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workspace_id = d.pop("workspaceId")

        package_name = d.pop("packageName")

        period = BillingPeriod(d.pop("period"))

        currency_code = CurrencyCode(d.pop("currencyCode"))

        success_redirect_url = d.pop("successRedirectUrl")

        cancel_redirect_url = d.pop("cancelRedirectUrl")

        start_subscription_session_request = cls(
            workspace_id=workspace_id,
            package_name=package_name,
            period=period,
            currency_code=currency_code,
            success_redirect_url=success_redirect_url,
            cancel_redirect_url=cancel_redirect_url,
        )

        start_subscription_session_request.additional_properties = d
        return start_subscription_session_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
