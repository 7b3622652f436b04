from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.authentication_provider import AuthenticationProvider
from ..types import UNSET

T = TypeVar("T", bound="UserLogin")


@_attrs_define(repr=False)
class UserLogin:
    """A login (credential) of a user.

    Attributes:
        id (str): Login id (use it to delete an API key).
        is_enabled (bool): Whether the login may be used.
        token_series (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id of
            a user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        provider (AuthenticationProvider): Kind of credential or identity provider. Only `google`, `microsoft` and
            `github` are OAuth 2.0 providers.
    """

    id: str
    is_enabled: bool
    token_series: str
    provider: AuthenticationProvider
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_enabled = self.is_enabled

        token_series = self.token_series

        provider = self.provider.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "isEnabled": is_enabled,
                "tokenSeries": token_series,
                "provider": provider,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        is_enabled = d.pop("isEnabled")

        token_series = d.pop("tokenSeries")

        provider = AuthenticationProvider(d.pop("provider"))

        user_login = cls(
            id=id,
            is_enabled=is_enabled,
            token_series=token_series,
            provider=provider,
        )

        user_login.additional_properties = d
        return user_login

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
