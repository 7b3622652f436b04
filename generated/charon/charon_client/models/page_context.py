from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.page_context_scope import PageContextScope
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.preferences_by_layer import PreferencesByLayer
    from ..models.server_capabilities import ServerCapabilities
    from ..models.workspace_capabilities import WorkspaceCapabilities


T = TypeVar("T", bound="PageContext")


@_attrs_define(repr=False)
class PageContext:
    """Context of a web page (server, user, workspace, project, data source).

    Attributes:
        scope (PageContextScope):
        server_capabilities (ServerCapabilities): Server version and features.
        user_id (None | str):
        workspace_id (None | str):
        workspace_capabilities (None | WorkspaceCapabilities):
        project_id (None | str):
        data_source_id (None | str):
        data_source_location (None | str):
        preferences (PreferencesByLayer): Preferences of every layer (null where the layer does not apply).
    """

    scope: PageContextScope
    server_capabilities: ServerCapabilities
    user_id: None | str
    workspace_id: None | str
    workspace_capabilities: None | WorkspaceCapabilities
    project_id: None | str
    data_source_id: None | str
    data_source_location: None | str
    preferences: PreferencesByLayer
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workspace_capabilities import WorkspaceCapabilities  # noqa: PLC0415

        scope = self.scope.value

        server_capabilities = self.server_capabilities.to_dict()

        user_id: None | str
        user_id = self.user_id

        workspace_id: None | str
        workspace_id = self.workspace_id

        workspace_capabilities: dict[str, Any] | None
        if isinstance(self.workspace_capabilities, WorkspaceCapabilities):
            workspace_capabilities = self.workspace_capabilities.to_dict()
        else:
            workspace_capabilities = self.workspace_capabilities

        project_id: None | str
        project_id = self.project_id

        data_source_id: None | str
        data_source_id = self.data_source_id

        data_source_location: None | str
        data_source_location = self.data_source_location

        preferences = self.preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scope": scope,
                "serverCapabilities": server_capabilities,
                "userId": user_id,
                "workspaceId": workspace_id,
                "workspaceCapabilities": workspace_capabilities,
                "projectId": project_id,
                "dataSourceId": data_source_id,
                "dataSourceLocation": data_source_location,
                "preferences": preferences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preferences_by_layer import PreferencesByLayer  # noqa: PLC0415
        from ..models.server_capabilities import ServerCapabilities  # noqa: PLC0415
        from ..models.workspace_capabilities import WorkspaceCapabilities  # noqa: PLC0415

        d = dict(src_dict)
        scope = PageContextScope(d.pop("scope"))

        server_capabilities = ServerCapabilities.from_dict(d.pop("serverCapabilities"))

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("userId"))

        def _parse_workspace_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        workspace_id = _parse_workspace_id(d.pop("workspaceId"))

        def _parse_workspace_capabilities(data: object) -> None | WorkspaceCapabilities:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workspace_capabilities_type_0 = WorkspaceCapabilities.from_dict(data)

                return workspace_capabilities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WorkspaceCapabilities, data)

        workspace_capabilities = _parse_workspace_capabilities(d.pop("workspaceCapabilities"))

        def _parse_project_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project_id = _parse_project_id(d.pop("projectId"))

        def _parse_data_source_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        data_source_id = _parse_data_source_id(d.pop("dataSourceId"))

        def _parse_data_source_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        data_source_location = _parse_data_source_location(d.pop("dataSourceLocation"))

        preferences = PreferencesByLayer.from_dict(d.pop("preferences"))

        page_context = cls(
            scope=scope,
            server_capabilities=server_capabilities,
            user_id=user_id,
            workspace_id=workspace_id,
            workspace_capabilities=workspace_capabilities,
            project_id=project_id,
            data_source_id=data_source_id,
            data_source_location=data_source_location,
            preferences=preferences,
        )

        page_context.additional_properties = d
        return page_context

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
