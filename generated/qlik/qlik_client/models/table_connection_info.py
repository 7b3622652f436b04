from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_connection_info_additional_properties import (
        TableConnectionInfoAdditionalProperties,
    )


T = TypeVar("T", bound="TableConnectionInfo")


@_attrs_define(repr=False)
class TableConnectionInfo:
    """
    Attributes:
        table_name (str | Unset):
        selection_script (str | Unset):
        additional_properties (TableConnectionInfoAdditionalProperties | Unset): A property literally named
            `additionalProperties`, a map of strings.
    """

    table_name: str | Unset = UNSET
    selection_script: str | Unset = UNSET
    additional_properties: TableConnectionInfoAdditionalProperties | Unset = UNSET

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        table_name = self.table_name

        selection_script = self.selection_script

        additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_properties, Unset):
            additional_properties = self.additional_properties.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if table_name is not UNSET:
            field_dict["tableName"] = table_name
        if selection_script is not UNSET:
            field_dict["selectionScript"] = selection_script
        if additional_properties is not UNSET:
            field_dict["additionalProperties"] = additional_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table_connection_info_additional_properties import (
            TableConnectionInfoAdditionalProperties,  # noqa: PLC0415
        )

        d = dict(src_dict)
        table_name = d.pop("tableName", UNSET)

        selection_script = d.pop("selectionScript", UNSET)

        _additional_properties = d.pop("additionalProperties", UNSET)
        additional_properties: TableConnectionInfoAdditionalProperties | Unset
        if isinstance(_additional_properties, Unset):
            additional_properties = UNSET
        else:
            additional_properties = TableConnectionInfoAdditionalProperties.from_dict(_additional_properties)

        table_connection_info = cls(
            table_name=table_name,
            selection_script=selection_script,
            additional_properties=additional_properties,
        )

        return table_connection_info
