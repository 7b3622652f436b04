from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.scripting_language import ScriptingLanguage
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.branch import Branch
    from ..models.project_membership_invitation import ProjectMembershipInvitation
    from ..models.project_permission import ProjectPermission


T = TypeVar("T", bound="Project")


@_attrs_define(repr=False)
class Project:
    """A project (a game's data, with branches).

    Attributes:
        id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        name (str):
        picture_url (None | str):
        tags (list[str]):
        scripting_language (ScriptingLanguage): Main programming language of a project.
        workspace_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id of
            a user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        branches (list[Branch]):
        member_user_ids (list[str]):
        invitations (list[ProjectMembershipInvitation]):
        permissions (list[ProjectPermission]):
    """

    id: str
    name: str
    picture_url: None | str
    tags: list[str]
    scripting_language: ScriptingLanguage
    workspace_id: str
    branches: list[Branch]
    member_user_ids: list[str]
    invitations: list[ProjectMembershipInvitation]
    permissions: list[ProjectPermission]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        picture_url: None | str
        picture_url = self.picture_url

        tags = self.tags

        scripting_language = self.scripting_language.value

        workspace_id = self.workspace_id

        branches = []
        for branches_item_data in self.branches:
            branches_item = branches_item_data.to_dict()
            branches.append(branches_item)

        member_user_ids = self.member_user_ids

        invitations = []
        for invitations_item_data in self.invitations:
            invitations_item = invitations_item_data.to_dict()
            invitations.append(invitations_item)

        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item = permissions_item_data.to_dict()
            permissions.append(permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "pictureUrl": picture_url,
                "tags": tags,
                "scriptingLanguage": scripting_language,
                "workspaceId": workspace_id,
                "branches": branches,
                "memberUserIds": member_user_ids,
                "invitations": invitations,
                "permissions": permissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.branch import Branch  # noqa: PLC0415
        from ..models.project_membership_invitation import ProjectMembershipInvitation  # noqa: PLC0415
        from ..models.project_permission import ProjectPermission  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_picture_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        picture_url = _parse_picture_url(d.pop("pictureUrl"))

        tags = cast(list[str], d.pop("tags"))

        scripting_language = ScriptingLanguage(d.pop("scriptingLanguage"))

        workspace_id = d.pop("workspaceId")

        branches = []
        _branches = d.pop("branches")
        for branches_item_data in _branches:
            branches_item = Branch.from_dict(branches_item_data)

            branches.append(branches_item)

        member_user_ids = cast(list[str], d.pop("memberUserIds"))

        invitations = []
        _invitations = d.pop("invitations")
        for invitations_item_data in _invitations:
            invitations_item = ProjectMembershipInvitation.from_dict(invitations_item_data)

            invitations.append(invitations_item)

        permissions = []
        _permissions = d.pop("permissions")
        for permissions_item_data in _permissions:
            permissions_item = ProjectPermission.from_dict(permissions_item_data)

            permissions.append(permissions_item)

        project = cls(
            id=id,
            name=name,
            picture_url=picture_url,
            tags=tags,
            scripting_language=scripting_language,
            workspace_id=workspace_id,
            branches=branches,
            member_user_ids=member_user_ids,
            invitations=invitations,
            permissions=permissions,
        )

        project.additional_properties = d
        return project

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
