from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.icon import Icon


T = TypeVar("T", bound="DataSinkSummary")


@_attrs_define(repr=False)
class DataSinkSummary:
    """A data sink without its entries (as returned by `listDataSinks`).

    Attributes:
        id (UUID): Data sink id (UUIDv4). Example: 123e4567-e89b-12d3-a456-426614174000.
        workspace_id (UUID): Id of the owning workspace. Example: 0b6f7a52-3c1d-4e8f-9a2b-6c5d4e3f2a10.
        label (str): Display name of the data sink. Example: Local python instance.
        visible_id (str): Human-readable id, `SNK-<serial>` [inf]. Cannot be used in paths (planned by the vendor, not
            available). Example: SNK-1.
        serial (int): Sequence number of the sink within its workspace, starting at 1 [inf]. Example: 1.
        created_at (datetime.datetime): Creation time (ISO 8601, UTC, milliseconds). Example: 2025-05-17T06:14:50.786Z.
        updated_at (datetime.datetime): Last update time (ISO 8601, UTC, milliseconds). Example:
            2025-05-17T06:14:50.786Z.
        description (None | str | Unset): Description of the data sink. Example: This is a local python instance that
            runs on the local machine. Calculates the sum of two numbers..
        tags (None | str | Unset): Tags as one comma-separated string (not an array). Example: python, local, sum.
        icon (Icon | None | Unset): Icon of the data sink; null when none was set [inf].
        created_by (str | Unset): Id of the user (API key owner) who created the sink. Example: user_2x7Qk9.
        updated_by (str | Unset): Id of the user (API key owner) who last updated the sink. Example: user_2x7Qk9.
    """

    id: UUID
    workspace_id: UUID
    label: str
    visible_id: str
    serial: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    tags: None | str | Unset = UNSET
    icon: Icon | None | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        from ..models.icon import Icon  # noqa: PLC0415

        id = str(self.id)

        workspace_id = str(self.workspace_id)

        label = self.label

        visible_id = self.visible_id

        serial = self.serial

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tags: None | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        else:
            tags = self.tags

        icon: dict[str, Any] | None | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        elif isinstance(self.icon, Icon):
            icon = self.icon.to_dict()
        else:
            icon = self.icon

        created_by = self.created_by

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workspaceId": workspace_id,
                "label": label,
                "visibleId": visible_id,
                "serial": serial,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if icon is not UNSET:
            field_dict["icon"] = icon
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.icon import Icon  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        workspace_id = UUID(d.pop("workspaceId"))

        label = d.pop("label")

        visible_id = d.pop("visibleId")

        serial = d.pop("serial")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_tags(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_icon(data: object) -> Icon | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                icon_type_0 = Icon.from_dict(data)

                return icon_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Icon | None | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        created_by = d.pop("createdBy", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        data_sink_summary = cls(
            id=id,
            workspace_id=workspace_id,
            label=label,
            visible_id=visible_id,
            serial=serial,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
            tags=tags,
            icon=icon,
            created_by=created_by,
            updated_by=updated_by,
        )

        data_sink_summary.additional_properties = d
        return data_sink_summary

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
