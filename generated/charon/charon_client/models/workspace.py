from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.membership_subscription import MembershipSubscription


T = TypeVar("T", bound="Workspace")


@_attrs_define(repr=False)
class Workspace:
    """A workspace (owner of projects and of a subscription).

    Attributes:
        id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        name (str):
        picture_url (None | str):
        owner_user_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id
            of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        subscription (MembershipSubscription): Subscription of a workspace.
        administrator_user_ids (list[str]):
        projects (list[str]): Ids of the workspace's projects.
    """

    id: str
    name: str
    picture_url: None | str
    owner_user_id: str
    subscription: MembershipSubscription
    administrator_user_ids: list[str]
    projects: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        picture_url: None | str
        picture_url = self.picture_url

        owner_user_id = self.owner_user_id

        subscription = self.subscription.to_dict()

        administrator_user_ids = self.administrator_user_ids

        projects = self.projects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "pictureUrl": picture_url,
                "ownerUserId": owner_user_id,
                "subscription": subscription,
                "administratorUserIds": administrator_user_ids,
                "projects": projects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_subscription import MembershipSubscription  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_picture_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        picture_url = _parse_picture_url(d.pop("pictureUrl"))

        owner_user_id = d.pop("ownerUserId")

        subscription = MembershipSubscription.from_dict(d.pop("subscription"))

        administrator_user_ids = cast(list[str], d.pop("administratorUserIds"))

        projects = cast(list[str], d.pop("projects"))

        workspace = cls(
            id=id,
            name=name,
            picture_url=picture_url,
            owner_user_id=owner_user_id,
            subscription=subscription,
            administrator_user_ids=administrator_user_ids,
            projects=projects,
        )

        workspace.additional_properties = d
        return workspace

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
