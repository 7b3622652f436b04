from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.icon_metadata import IconMetadata


T = TypeVar("T", bound="Icon")


@_attrs_define(repr=False)
class Icon:
    """Icon of a data sink. Known `source`: `DevIcon` (with a DevIcon `name` such as `python`).
    [doc conflict: the reference's response examples show this as a JS-like string; described here as
    an object, as sent in requests and shown by the user guide.]

        Attributes:
            source (str | Unset): Icon set. Example: DevIcon.
            name (str | Unset): Icon name within the set. Example: python.
            color (str | Unset): CSS colour. Example: #3776AB.
            metadata (IconMetadata | Unset): Free-form icon metadata. Example: {}.
    """

    source: str | Unset = UNSET
    name: str | Unset = UNSET
    color: str | Unset = UNSET
    metadata: IconMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        name = self.name

        color = self.color

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if name is not UNSET:
            field_dict["name"] = name
        if color is not UNSET:
            field_dict["color"] = color
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.icon_metadata import IconMetadata  # noqa: PLC0415

        d = dict(src_dict)
        source = d.pop("source", UNSET)

        name = d.pop("name", UNSET)

        color = d.pop("color", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: IconMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = IconMetadata.from_dict(_metadata)

        icon = cls(
            source=source,
            name=name,
            color=color,
            metadata=metadata,
        )

        icon.additional_properties = d
        return icon

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
