from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.project_membership_invitation_response import (
    ProjectMembershipInvitationResponse,
)
from ..types import UNSET

T = TypeVar("T", bound="ProjectMembershipInvitation")


@_attrs_define(repr=False)
class ProjectMembershipInvitation:
    """An invitation into a project.

    Attributes:
        id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        invited_user_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id
            of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        initiator_user_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every
            id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        project_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id of a
            user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        response (ProjectMembershipInvitationResponse): State of the invitation.
        creation_time (datetime.datetime):
    """

    id: str
    invited_user_id: str
    initiator_user_id: str
    project_id: str
    response: ProjectMembershipInvitationResponse
    creation_time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        invited_user_id = self.invited_user_id

        initiator_user_id = self.initiator_user_id

        project_id = self.project_id

        response = self.response.value

        creation_time = self.creation_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "invitedUserId": invited_user_id,
                "initiatorUserId": initiator_user_id,
                "projectId": project_id,
                "response": response,
                "creationTime": creation_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        invited_user_id = d.pop("invitedUserId")

        initiator_user_id = d.pop("initiatorUserId")

        project_id = d.pop("projectId")

        response = ProjectMembershipInvitationResponse(d.pop("response"))

        creation_time = datetime.datetime.fromisoformat(d.pop("creationTime"))

        project_membership_invitation = cls(
            id=id,
            invited_user_id=invited_user_id,
            initiator_user_id=initiator_user_id,
            project_id=project_id,
            response=response,
            creation_time=creation_time,
        )

        project_membership_invitation.additional_properties = d
        return project_membership_invitation

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
