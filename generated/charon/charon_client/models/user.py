from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.user_type import UserType
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.project_alias import ProjectAlias
    from ..models.project_membership_invitation import ProjectMembershipInvitation
    from ..models.user_login import UserLogin
    from ..models.user_profile import UserProfile
    from ..models.workspace_alias import WorkspaceAlias


T = TypeVar("T", bound="User")


@_attrs_define(repr=False)
class User:
    """A user account.

    Attributes:
        id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        type_ (UserType): Account type.
        profile (UserProfile): Personal information of a user.
        logins (list[UserLogin]):
        invitations (list[ProjectMembershipInvitation]):
        workspaces (list[str]): Ids of the user's workspaces.
        workspace_aliases (list[WorkspaceAlias]):
        project_aliases (list[ProjectAlias]):
        creation_time (datetime.datetime):
    """

    id: str
    type_: UserType
    profile: UserProfile
    logins: list[UserLogin]
    invitations: list[ProjectMembershipInvitation]
    workspaces: list[str]
    workspace_aliases: list[WorkspaceAlias]
    project_aliases: list[ProjectAlias]
    creation_time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        profile = self.profile.to_dict()

        logins = []
        for logins_item_data in self.logins:
            logins_item = logins_item_data.to_dict()
            logins.append(logins_item)

        invitations = []
        for invitations_item_data in self.invitations:
            invitations_item = invitations_item_data.to_dict()
            invitations.append(invitations_item)

        workspaces = self.workspaces

        workspace_aliases = []
        for workspace_aliases_item_data in self.workspace_aliases:
            workspace_aliases_item = workspace_aliases_item_data.to_dict()
            workspace_aliases.append(workspace_aliases_item)

        project_aliases = []
        for project_aliases_item_data in self.project_aliases:
            project_aliases_item = project_aliases_item_data.to_dict()
            project_aliases.append(project_aliases_item)

        creation_time = self.creation_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "profile": profile,
                "logins": logins,
                "invitations": invitations,
                "workspaces": workspaces,
                "workspaceAliases": workspace_aliases,
                "projectAliases": project_aliases,
                "creationTime": creation_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_alias import ProjectAlias  # noqa: PLC0415
        from ..models.project_membership_invitation import ProjectMembershipInvitation  # noqa: PLC0415
        from ..models.user_login import UserLogin  # noqa: PLC0415
        from ..models.user_profile import UserProfile  # noqa: PLC0415
        from ..models.workspace_alias import WorkspaceAlias  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = UserType(d.pop("type"))

        profile = UserProfile.from_dict(d.pop("profile"))

        logins = []
        _logins = d.pop("logins")
        for logins_item_data in _logins:
            logins_item = UserLogin.from_dict(logins_item_data)

            logins.append(logins_item)

        invitations = []
        _invitations = d.pop("invitations")
        for invitations_item_data in _invitations:
            invitations_item = ProjectMembershipInvitation.from_dict(invitations_item_data)

            invitations.append(invitations_item)

        workspaces = cast(list[str], d.pop("workspaces"))

        workspace_aliases = []
        _workspace_aliases = d.pop("workspaceAliases")
        for workspace_aliases_item_data in _workspace_aliases:
            workspace_aliases_item = WorkspaceAlias.from_dict(workspace_aliases_item_data)

            workspace_aliases.append(workspace_aliases_item)

        project_aliases = []
        _project_aliases = d.pop("projectAliases")
        for project_aliases_item_data in _project_aliases:
            project_aliases_item = ProjectAlias.from_dict(project_aliases_item_data)

            project_aliases.append(project_aliases_item)

        creation_time = datetime.datetime.fromisoformat(d.pop("creationTime"))

        user = cls(
            id=id,
            type_=type_,
            profile=profile,
            logins=logins,
            invitations=invitations,
            workspaces=workspaces,
            workspace_aliases=workspace_aliases,
            project_aliases=project_aliases,
            creation_time=creation_time,
        )

        user.additional_properties = d
        return user

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
