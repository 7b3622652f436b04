from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.icon import Icon


T = TypeVar("T", bound="UpdateDataSinkRequest")


@_attrs_define(repr=False)
class UpdateDataSinkRequest:
    """Fields of a data sink to change; absent fields are left unchanged.

    Attributes:
        label (str | Unset): Label (display name) of the data sink. [The vendor reference describes this field as
            "Unique
            identifier of the data sink (UUIDv4)" with a UUID example: a copy-paste error.]
             Example: Local python instance.
        description (str | Unset): Description of the data sink. Example: This is a local python instance that runs on
            the local machine. Calculates the sum of two numbers..
        tags (str | Unset): Tags as one comma-separated string. Example: python, local, sum.
        icon (Icon | str | Unset): Icon of the data sink, as an object or (accepted for compatibility) a string [inf].
    """

    label: str | Unset = UNSET
    description: str | Unset = UNSET
    tags: str | Unset = UNSET
    icon: Icon | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        from ..models.icon import Icon  # noqa: PLC0415

        label = self.label

        description = self.description

        tags = self.tags

        icon: dict[str, Any] | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        elif isinstance(self.icon, Icon):
            icon = self.icon.to_dict()
        else:
            icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.icon import Icon  # noqa: PLC0415

        d = dict(src_dict)
        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        tags = d.pop("tags", UNSET)

        def _parse_icon(data: object) -> Icon | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_icon_input_type_0 = Icon.from_dict(data)

                return componentsschemas_icon_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Icon | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        update_data_sink_request = cls(
            label=label,
            description=description,
            tags=tags,
            icon=icon,
        )

        update_data_sink_request.additional_properties = d
        return update_data_sink_request

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
