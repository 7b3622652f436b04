from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.o_auth_success_response_token_type import OAuthSuccessResponseTokenType
from ..types import UNSET

T = TypeVar("T", bound="OAuthSuccessResponse")


@_attrs_define(repr=False)
class OAuthSuccessResponse:
    """Bare (not enveloped) OAuth 2.0 token response of `POST /token/`.

    Attributes:
        token_type (OAuthSuccessResponseTokenType): Always `bearer` (case-insensitive).
        access_token (str): Access token, sent as `Authorization: Bearer <token>`.
        refresh_token (str): Refresh token for `grant_type=refresh_token`.
        expires_in (int): Lifetime of the access token in seconds.
        user_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id of a
            user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
    """

    token_type: OAuthSuccessResponseTokenType
    access_token: str
    refresh_token: str
    expires_in: int
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        token_type = self.token_type.value

        access_token = self.access_token

        refresh_token = self.refresh_token

        expires_in = self.expires_in

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token_type": token_type,
                "access_token": access_token,
                "refresh_token": refresh_token,
                "expires_in": expires_in,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token_type = OAuthSuccessResponseTokenType(d.pop("token_type"))

        access_token = d.pop("access_token")

        refresh_token = d.pop("refresh_token")

        expires_in = d.pop("expires_in")

        user_id = d.pop("user_id")

        o_auth_success_response = cls(
            token_type=token_type,
            access_token=access_token,
            refresh_token=refresh_token,
            expires_in=expires_in,
            user_id=user_id,
        )

        o_auth_success_response.additional_properties = d
        return o_auth_success_response

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
