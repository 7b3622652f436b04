from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

T = TypeVar("T", bound="WorkspaceQuotaUsage")


@_attrs_define(repr=False)
class WorkspaceQuotaUsage:
    """Quota use of a workspace.

    Attributes:
        member_count (int):
        project_count (int):
        data_storage_size (int):
        backup_storage_size (int):
        machine_translation_tokens (int):
        ai_completion_tokens (int):
    """

    member_count: int
    project_count: int
    data_storage_size: int
    backup_storage_size: int
    machine_translation_tokens: int
    ai_completion_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        member_count = self.member_count

        project_count = self.project_count

        data_storage_size = self.data_storage_size

        backup_storage_size = self.backup_storage_size

        machine_translation_tokens = self.machine_translation_tokens

        ai_completion_tokens = self.ai_completion_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "memberCount": member_count,
                "projectCount": project_count,
                "dataStorageSize": data_storage_size,
                "backupStorageSize": backup_storage_size,
                "machineTranslationTokens": machine_translation_tokens,
                "aiCompletionTokens": ai_completion_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_count = d.pop("memberCount")

        project_count = d.pop("projectCount")

        data_storage_size = d.pop("dataStorageSize")

        backup_storage_size = d.pop("backupStorageSize")

        machine_translation_tokens = d.pop("machineTranslationTokens")

        ai_completion_tokens = d.pop("aiCompletionTokens")

        workspace_quota_usage = cls(
            member_count=member_count,
            project_count=project_count,
            data_storage_size=data_storage_size,
            backup_storage_size=backup_storage_size,
            machine_translation_tokens=machine_translation_tokens,
            ai_completion_tokens=ai_completion_tokens,
        )

        workspace_quota_usage.additional_properties = d
        return workspace_quota_usage

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
