from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

T = TypeVar("T", bound="AddApiKeyRequest")


@_attrs_define(repr=False)
class AddApiKeyRequest:
    """A new API key.

    Attributes:
        title (str): Title of the key.
        expiration_time_seconds (int | None): Lifetime in seconds; null for a key that never expires.
    """

    title: str
    expiration_time_seconds: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        expiration_time_seconds: int | None
        expiration_time_seconds = self.expiration_time_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "expirationTimeSeconds": expiration_time_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        def _parse_expiration_time_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        expiration_time_seconds = _parse_expiration_time_seconds(d.pop("expirationTimeSeconds"))

        add_api_key_request = cls(
            title=title,
            expiration_time_seconds=expiration_time_seconds,
        )

        add_api_key_request.additional_properties = d
        return add_api_key_request

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
