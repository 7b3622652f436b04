from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.server_feature import ServerFeature
from ..types import UNSET

T = TypeVar("T", bound="ServerCapabilities")


@_attrs_define(repr=False)
class ServerCapabilities:
    """Server version and features.

    Attributes:
        server_version (str):
        features (list[ServerFeature]):
    """

    server_version: str
    features: list[ServerFeature]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        server_version = self.server_version

        features = []
        for features_item_data in self.features:
            features_item = features_item_data.value
            features.append(features_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serverVersion": server_version,
                "features": features,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        server_version = d.pop("serverVersion")

        features = []
        _features = d.pop("features")
        for features_item_data in _features:
            features_item = ServerFeature(features_item_data)

            features.append(features_item)

        server_capabilities = cls(
            server_version=server_version,
            features=features,
        )

        server_capabilities.additional_properties = d
        return server_capabilities

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
