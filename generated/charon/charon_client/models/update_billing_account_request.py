from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.taxation_type import TaxationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBillingAccountRequest")


@_attrs_define(repr=False)
class UpdateBillingAccountRequest:
    """Billing information.

    Attributes:
        taxation_type (TaxationType): Taxation of a billing account.
        first_name (str):
        last_name (str):
        address_line_1 (str):
        city (str):
        country_code (str):
        tax_id (None | str | Unset):
        address_line_2 (None | str | Unset):
        postal_code (None | str | Unset):
        state (None | str | Unset):
    """

    taxation_type: TaxationType
    first_name: str
    last_name: str
    address_line_1: str
    city: str
    country_code: str
    tax_id: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        taxation_type = self.taxation_type.value

        first_name = self.first_name

        last_name = self.last_name

        address_line_1 = self.address_line_1

        city = self.city

        country_code = self.country_code

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
                "taxationType": taxation_type,
                "firstName": first_name,
                "lastName": last_name,
                "addressLine1": address_line_1,
                "city": city,
                "countryCode": country_code,
            }
        )
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
        d = dict(src_dict)
        taxation_type = TaxationType(d.pop("taxationType"))

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        address_line_1 = d.pop("addressLine1")

        city = d.pop("city")

        country_code = d.pop("countryCode")

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

        update_billing_account_request = cls(
            taxation_type=taxation_type,
            first_name=first_name,
            last_name=last_name,
            address_line_1=address_line_1,
            city=city,
            country_code=country_code,
            tax_id=tax_id,
            address_line_2=address_line_2,
            postal_code=postal_code,
            state=state,
        )

        update_billing_account_request.additional_properties = d
        return update_billing_account_request

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
