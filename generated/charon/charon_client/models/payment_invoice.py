from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.currency_code import CurrencyCode
from ..models.payment_invoice_status import PaymentInvoiceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_invoice_line_item import PaymentInvoiceLineItem


T = TypeVar("T", bound="PaymentInvoice")


@_attrs_define(repr=False)
class PaymentInvoice:
    """An invoice (or upcoming payment).

    Attributes:
        id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        creation_time (datetime.datetime):
        description (str):
        lines (list[PaymentInvoiceLineItem]):
        currency_code (CurrencyCode): Currency (ISO 4217, lower case).
        total_amount (int):
        last_update_time (datetime.datetime):
        status (PaymentInvoiceStatus):
        external_id (None | str | Unset):
        hosted_url (None | str | Unset):
        last_payment_error (None | str | Unset):
    """

    id: str
    creation_time: datetime.datetime
    description: str
    lines: list[PaymentInvoiceLineItem]
    currency_code: CurrencyCode
    total_amount: int
    last_update_time: datetime.datetime
    status: PaymentInvoiceStatus
    external_id: None | str | Unset = UNSET
    hosted_url: None | str | Unset = UNSET
    last_payment_error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creation_time = self.creation_time.isoformat()

        description = self.description

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        currency_code = self.currency_code.value

        total_amount = self.total_amount

        last_update_time = self.last_update_time.isoformat()

        status = self.status.value

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        hosted_url: None | str | Unset
        if isinstance(self.hosted_url, Unset):
            hosted_url = UNSET
        else:
            hosted_url = self.hosted_url

        last_payment_error: None | str | Unset
        if isinstance(self.last_payment_error, Unset):
            last_payment_error = UNSET
        else:
            last_payment_error = self.last_payment_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "creationTime": creation_time,
                "description": description,
                "lines": lines,
                "currencyCode": currency_code,
                "totalAmount": total_amount,
                "lastUpdateTime": last_update_time,
                "status": status,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if hosted_url is not UNSET:
            field_dict["hostedUrl"] = hosted_url
        if last_payment_error is not UNSET:
            field_dict["lastPaymentError"] = last_payment_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_invoice_line_item import PaymentInvoiceLineItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        creation_time = datetime.datetime.fromisoformat(d.pop("creationTime"))

        description = d.pop("description")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = PaymentInvoiceLineItem.from_dict(lines_item_data)

            lines.append(lines_item)

        currency_code = CurrencyCode(d.pop("currencyCode"))

        total_amount = d.pop("totalAmount")

        last_update_time = datetime.datetime.fromisoformat(d.pop("lastUpdateTime"))

        status = PaymentInvoiceStatus(d.pop("status"))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_hosted_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hosted_url = _parse_hosted_url(d.pop("hostedUrl", UNSET))

        def _parse_last_payment_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_payment_error = _parse_last_payment_error(d.pop("lastPaymentError", UNSET))

        payment_invoice = cls(
            id=id,
            creation_time=creation_time,
            description=description,
            lines=lines,
            currency_code=currency_code,
            total_amount=total_amount,
            last_update_time=last_update_time,
            status=status,
            external_id=external_id,
            hosted_url=hosted_url,
            last_payment_error=last_payment_error,
        )

        payment_invoice.additional_properties = d
        return payment_invoice

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
