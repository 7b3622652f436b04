from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.issue_token_request_grant_type import IssueTokenRequestGrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueTokenRequest")


@_attrs_define(repr=False)
class IssueTokenRequest:
    """OAuth 2.0 token request (`application/x-www-form-urlencoded`). `code` is required when `grant_type` is
    `authorization_code` (the `authorizationCode` of a finished authentication flow); `refresh_token` is
    required when `grant_type` is `refresh_token`. Other parameters are ignored (RFC 6749 §3.2); being form
    fields, they are strings.

        Attributes:
            grant_type (IssueTokenRequestGrantType): The OAuth 2.0 grant type.
            code (str | Unset): Authorization code; required with `authorization_code`.
            refresh_token (str | Unset): Refresh token; required with `refresh_token`.
    """

    grant_type: IssueTokenRequestGrantType
    code: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        code = self.code

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = IssueTokenRequestGrantType(d.pop("grant_type"))

        code = d.pop("code", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        issue_token_request = cls(
            grant_type=grant_type,
            code=code,
            refresh_token=refresh_token,
        )

        issue_token_request.additional_properties = d
        return issue_token_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
