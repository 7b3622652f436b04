from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

T = TypeVar("T", bound="MembershipPackageFeaturesServiceTokensType0")


@_attrs_define(repr=False)
class MembershipPackageFeaturesServiceTokensType0:
    """Service token allowances.

    Attributes:
        machine_translation (int | None):
        ai_completion (int | None):
    """

    machine_translation: int | None
    ai_completion: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        machine_translation: int | None
        machine_translation = self.machine_translation

        ai_completion: int | None
        ai_completion = self.ai_completion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "machineTranslation": machine_translation,
                "aiCompletion": ai_completion,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_machine_translation(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        machine_translation = _parse_machine_translation(d.pop("machineTranslation"))

        def _parse_ai_completion(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        ai_completion = _parse_ai_completion(d.pop("aiCompletion"))

        membership_package_features_service_tokens_type_0 = cls(
            machine_translation=machine_translation,
            ai_completion=ai_completion,
        )

        membership_package_features_service_tokens_type_0.additional_properties = d
        return membership_package_features_service_tokens_type_0

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
