from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_price import MembershipPrice
    from ..models.resource_usage import ResourceUsage


T = TypeVar("T", bound="MembershipSubscription")


@_attrs_define(repr=False)
class MembershipSubscription:
    """Subscription of a workspace.

    Attributes:
        id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        package_name (str):
        start_date (datetime.date):
        end_date (datetime.date | None):
        used_resources (list[ResourceUsage]):
        cost (MembershipPrice): Price of a membership package.
        external_id (None | str | Unset):
    """

    id: str
    package_name: str
    start_date: datetime.date
    end_date: datetime.date | None
    used_resources: list[ResourceUsage]
    cost: MembershipPrice
    external_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        package_name = self.package_name

        start_date = self.start_date.isoformat()

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        used_resources = []
        for used_resources_item_data in self.used_resources:
            used_resources_item = used_resources_item_data.to_dict()
            used_resources.append(used_resources_item)

        cost = self.cost.to_dict()

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "packageName": package_name,
                "startDate": start_date,
                "endDate": end_date,
                "usedResources": used_resources,
                "cost": cost,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_price import MembershipPrice  # noqa: PLC0415
        from ..models.resource_usage import ResourceUsage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        package_name = d.pop("packageName")

        start_date = datetime.date.fromisoformat(d.pop("startDate"))

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("endDate"))

        used_resources = []
        _used_resources = d.pop("usedResources")
        for used_resources_item_data in _used_resources:
            used_resources_item = ResourceUsage.from_dict(used_resources_item_data)

            used_resources.append(used_resources_item)

        cost = MembershipPrice.from_dict(d.pop("cost"))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        membership_subscription = cls(
            id=id,
            package_name=package_name,
            start_date=start_date,
            end_date=end_date,
            used_resources=used_resources,
            cost=cost,
            external_id=external_id,
        )

        membership_subscription.additional_properties = d
        return membership_subscription

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
