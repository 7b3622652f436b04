from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.make_sub_error import MakeSubError


T = TypeVar("T", bound="MakeError")


@_attrs_define(repr=False)
class MakeError:
    """Make's error body, for every error status. Human-readable text is in `detail` when present,
    otherwise in `message`; `suberrors` lists individual validation failures.

        Attributes:
            message (str): Short error title. Example: Permission denied.
            code (str): Error code, `SC<status>` or a business-rule code such as `IM005`. Example: SC403.
            detail (str | Unset): Human-readable description of this occurrence. Example: Access denied..
            suberrors (list[MakeSubError] | Unset): Individual failures (validation).
    """

    message: str
    code: str
    detail: str | Unset = UNSET
    suberrors: list[MakeSubError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        detail = self.detail

        suberrors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.suberrors, Unset):
            suberrors = []
            for suberrors_item_data in self.suberrors:
                suberrors_item = suberrors_item_data.to_dict()
                suberrors.append(suberrors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "code": code,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if suberrors is not UNSET:
            field_dict["suberrors"] = suberrors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.make_sub_error import MakeSubError  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        code = d.pop("code")

        detail = d.pop("detail", UNSET)

        _suberrors = d.pop("suberrors", UNSET)
        suberrors: list[MakeSubError] | Unset = UNSET
        if _suberrors is not UNSET:
            suberrors = []
            for suberrors_item_data in _suberrors:
                suberrors_item = MakeSubError.from_dict(suberrors_item_data)

                suberrors.append(suberrors_item)

        make_error = cls(
            message=message,
            code=code,
            detail=detail,
            suberrors=suberrors,
        )

        make_error.additional_properties = d
        return make_error

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
