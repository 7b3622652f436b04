from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.user_login import UserLogin


T = TypeVar("T", bound="CreatedApiKey")


@_attrs_define(repr=False)
class CreatedApiKey:
    """A new API key. The key itself is shown only in this response.

    Attributes:
        user_login (UserLogin): A login (credential) of a user.
        api_key (str): The API key (secret).
    """

    user_login: UserLogin
    api_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        user_login = self.user_login.to_dict()

        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userLogin": user_login,
                "apiKey": api_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_login import UserLogin  # noqa: PLC0415

        d = dict(src_dict)
        user_login = UserLogin.from_dict(d.pop("userLogin"))

        api_key = d.pop("apiKey")

        created_api_key = cls(
            user_login=user_login,
            api_key=api_key,
        )

        created_api_key.additional_properties = d
        return created_api_key

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
