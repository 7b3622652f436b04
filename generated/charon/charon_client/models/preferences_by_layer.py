from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.preferences import Preferences


T = TypeVar("T", bound="PreferencesByLayer")


@_attrs_define(repr=False)
class PreferencesByLayer:
    """Preferences of every layer (null where the layer does not apply).

    Attributes:
        project_personal (None | Preferences):
        project_shared (None | Preferences):
        workspace_personal (None | Preferences):
        workspace_shared (None | Preferences):
        server_default (None | Preferences):
    """

    project_personal: None | Preferences
    project_shared: None | Preferences
    workspace_personal: None | Preferences
    workspace_shared: None | Preferences
    server_default: None | Preferences
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        from ..models.preferences import Preferences  # noqa: PLC0415

        project_personal: dict[str, Any] | None
        if isinstance(self.project_personal, Preferences):
            project_personal = self.project_personal.to_dict()
        else:
            project_personal = self.project_personal

        project_shared: dict[str, Any] | None
        if isinstance(self.project_shared, Preferences):
            project_shared = self.project_shared.to_dict()
        else:
            project_shared = self.project_shared

        workspace_personal: dict[str, Any] | None
        if isinstance(self.workspace_personal, Preferences):
            workspace_personal = self.workspace_personal.to_dict()
        else:
            workspace_personal = self.workspace_personal

        workspace_shared: dict[str, Any] | None
        if isinstance(self.workspace_shared, Preferences):
            workspace_shared = self.workspace_shared.to_dict()
        else:
            workspace_shared = self.workspace_shared

        server_default: dict[str, Any] | None
        if isinstance(self.server_default, Preferences):
            server_default = self.server_default.to_dict()
        else:
            server_default = self.server_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectPersonal": project_personal,
                "projectShared": project_shared,
                "workspacePersonal": workspace_personal,
                "workspaceShared": workspace_shared,
                "serverDefault": server_default,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preferences import Preferences  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_project_personal(data: object) -> None | Preferences:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_personal_type_0 = Preferences.from_dict(data)

                return project_personal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Preferences, data)

        project_personal = _parse_project_personal(d.pop("projectPersonal"))

        def _parse_project_shared(data: object) -> None | Preferences:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_shared_type_0 = Preferences.from_dict(data)

                return project_shared_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Preferences, data)

        project_shared = _parse_project_shared(d.pop("projectShared"))

        def _parse_workspace_personal(data: object) -> None | Preferences:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workspace_personal_type_0 = Preferences.from_dict(data)

                return workspace_personal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Preferences, data)

        workspace_personal = _parse_workspace_personal(d.pop("workspacePersonal"))

        def _parse_workspace_shared(data: object) -> None | Preferences:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workspace_shared_type_0 = Preferences.from_dict(data)

                return workspace_shared_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Preferences, data)

        workspace_shared = _parse_workspace_shared(d.pop("workspaceShared"))

        def _parse_server_default(data: object) -> None | Preferences:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_default_type_0 = Preferences.from_dict(data)

                return server_default_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Preferences, data)

        server_default = _parse_server_default(d.pop("serverDefault"))

        preferences_by_layer = cls(
            project_personal=project_personal,
            project_shared=project_shared,
            workspace_personal=workspace_personal,
            workspace_shared=workspace_shared,
            server_default=server_default,
        )

        preferences_by_layer.additional_properties = d
        return preferences_by_layer

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
