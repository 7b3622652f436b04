from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_error import ApiError
    from ..models.user import User


T = TypeVar("T", bound="GetUserResponse")


@_attrs_define(repr=False)
class GetUserResponse:
    """Success envelope of `getUser`: the payload is in `result`; `errors` is absent or null.

    Attributes:
        result (User): A user account.
        errors (list[ApiError] | None | Unset): `errors` of a success envelope: absent or null (an empty array is
            tolerated).
    """

    result: User
    errors: list[ApiError] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        result = self.result.to_dict()

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for componentsschemas_success_errors_type_0_item_data in self.errors:
                componentsschemas_success_errors_type_0_item = (
                    componentsschemas_success_errors_type_0_item_data.to_dict()
                )
                errors.append(componentsschemas_success_errors_type_0_item)

        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_error import ApiError  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        result = User.from_dict(d.pop("result"))

        def _parse_errors(data: object) -> list[ApiError] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_success_errors_type_0 = []
                _componentsschemas_success_errors_type_0 = data
                for componentsschemas_success_errors_type_0_item_data in _componentsschemas_success_errors_type_0:
                    componentsschemas_success_errors_type_0_item = ApiError.from_dict(
                        componentsschemas_success_errors_type_0_item_data
                    )

                    componentsschemas_success_errors_type_0.append(componentsschemas_success_errors_type_0_item)

                return componentsschemas_success_errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ApiError] | None | Unset, data)

        errors = _parse_errors(d.pop("errors", UNSET))

        get_user_response = cls(
            result=result,
            errors=errors,
        )

        get_user_response.additional_properties = d
        return get_user_response

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
