from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.o_auth_error_response_error import OAuthErrorResponseError
from ..types import UNSET

T = TypeVar("T", bound="OAuthErrorResponse")


@_attrs_define(repr=False)
class OAuthErrorResponse:
    """Bare (not enveloped) OAuth 2.0 error body of `POST /token/` (RFC 6749 section 5.2), sent with 400.

    Attributes:
        error (OAuthErrorResponseError): OAuth 2.0 error code.
        error_description (str): Human-readable explanation.
        error_uri (str): URI identifying the error.
    """

    error: OAuthErrorResponseError
    error_description: str
    error_uri: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.value

        error_description = self.error_description

        error_uri = self.error_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "error_description": error_description,
                "error_uri": error_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = OAuthErrorResponseError(d.pop("error"))

        error_description = d.pop("error_description")

        error_uri = d.pop("error_uri")

        o_auth_error_response = cls(
            error=error,
            error_description=error_description,
            error_uri=error_uri,
        )

        o_auth_error_response.additional_properties = d
        return o_auth_error_response

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
