from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.data_source_limits import DataSourceLimits


T = TypeVar("T", bound="DataSourceCapabilities")


@_attrs_define(repr=False)
class DataSourceCapabilities:
    """Capabilities and limits of a data source.

    Attributes:
        location (str): Where the data is stored.
        limits (DataSourceLimits): Limits of a data source.
    """

    location: str
    limits: DataSourceLimits
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        location = self.location

        limits = self.limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location": location,
                "limits": limits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_source_limits import DataSourceLimits  # noqa: PLC0415

        d = dict(src_dict)
        location = d.pop("location")

        limits = DataSourceLimits.from_dict(d.pop("limits"))

        data_source_capabilities = cls(
            location=location,
            limits=limits,
        )

        data_source_capabilities.additional_properties = d
        return data_source_capabilities

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
