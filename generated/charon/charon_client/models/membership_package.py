from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_package_features import MembershipPackageFeatures
    from ..models.membership_price import MembershipPrice


T = TypeVar("T", bound="MembershipPackage")


@_attrs_define(repr=False)
class MembershipPackage:
    """A membership package (plan).

    Attributes:
        name (str):
        title (str):
        features (MembershipPackageFeatures): Features and limits of a package; null limits mean unlimited.
        prices (list[MembershipPrice]):
        external_id (None | str | Unset):
    """

    name: str
    title: str
    features: MembershipPackageFeatures
    prices: list[MembershipPrice]
    external_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title = self.title

        features = self.features.to_dict()

        prices = []
        for prices_item_data in self.prices:
            prices_item = prices_item_data.to_dict()
            prices.append(prices_item)

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "title": title,
                "features": features,
                "prices": prices,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_package_features import MembershipPackageFeatures  # noqa: PLC0415
        from ..models.membership_price import MembershipPrice  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        title = d.pop("title")

        features = MembershipPackageFeatures.from_dict(d.pop("features"))

        prices = []
        _prices = d.pop("prices")
        for prices_item_data in _prices:
            prices_item = MembershipPrice.from_dict(prices_item_data)

            prices.append(prices_item)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        membership_package = cls(
            name=name,
            title=title,
            features=features,
            prices=prices,
            external_id=external_id,
        )

        membership_package.additional_properties = d
        return membership_package

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
