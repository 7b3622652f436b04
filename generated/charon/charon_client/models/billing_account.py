from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.taxation_type import TaxationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_amount import CurrencyAmount
    from ..models.payment_invoice import PaymentInvoice


T = TypeVar("T", bound="BillingAccount")


@_attrs_define(repr=False)
class BillingAccount:
    """Billing account of a user.

    Attributes:
        id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        taxation_type (TaxationType): Taxation of a billing account.
        first_name (str):
        last_name (str):
        address_line_1 (str):
        city (str):
        country_code (str):
        balance (list[CurrencyAmount]):
        invoices (list[PaymentInvoice]):
        external_id (None | str | Unset):
        tax_id (None | str | Unset):
        address_line_2 (None | str | Unset):
        postal_code (None | str | Unset):
        state (None | str | Unset):
    """

    id: str
    taxation_type: TaxationType
    first_name: str
    last_name: str
    address_line_1: str
    city: str
    country_code: str
    balance: list[CurrencyAmount]
    invoices: list[PaymentInvoice]
    external_id: None | str | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        taxation_type = self.taxation_type.value

        first_name = self.first_name

        last_name = self.last_name

        address_line_1 = self.address_line_1

        city = self.city

        country_code = self.country_code

        balance = []
        for balance_item_data in self.balance:
            balance_item = balance_item_data.to_dict()
            balance.append(balance_item)

        invoices = []
        for invoices_item_data in self.invoices:
            invoices_item = invoices_item_data.to_dict()
            invoices.append(invoices_item)

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "taxationType": taxation_type,
                "firstName": first_name,
                "lastName": last_name,
                "addressLine1": address_line_1,
                "city": city,
                "countryCode": country_code,
                "balance": balance,
                "invoices": invoices,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_amount import CurrencyAmount  # noqa: PLC0415
        from ..models.payment_invoice import PaymentInvoice  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        taxation_type = TaxationType(d.pop("taxationType"))

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        address_line_1 = d.pop("addressLine1")

        city = d.pop("city")

        country_code = d.pop("countryCode")

        balance = []
        _balance = d.pop("balance")
        for balance_item_data in _balance:
            balance_item = CurrencyAmount.from_dict(balance_item_data)

            balance.append(balance_item)

        invoices = []
        _invoices = d.pop("invoices")
        for invoices_item_data in _invoices:
            invoices_item = PaymentInvoice.from_dict(invoices_item_data)

            invoices.append(invoices_item)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_tax_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_id = _parse_tax_id(d.pop("taxId", UNSET))

        def _parse_address_line_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line_2 = _parse_address_line_2(d.pop("addressLine2", UNSET))

        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_code = _parse_postal_code(d.pop("postalCode", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        billing_account = cls(
            id=id,
            taxation_type=taxation_type,
            first_name=first_name,
            last_name=last_name,
            address_line_1=address_line_1,
            city=city,
            country_code=country_code,
            balance=balance,
            invoices=invoices,
            external_id=external_id,
            tax_id=tax_id,
            address_line_2=address_line_2,
            postal_code=postal_code,
            state=state,
        )

        billing_account.additional_properties = d
        return billing_account

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
