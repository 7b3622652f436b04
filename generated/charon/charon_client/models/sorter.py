from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime import model_repr
from ..models.sorter_direction import SorterDirection
from ..types import UNSET

T = TypeVar("T", bound="Sorter")


@_attrs_define(repr=False)
class Sorter:
    """A document sort order.

    Attributes:
        property_ (str): Name of the property to sort by.
        direction (SorterDirection): Sort direction.
    """

    property_: str
    direction: SorterDirection

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        direction = self.direction.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "property": property_,
                "direction": direction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = d.pop("property")

        direction = SorterDirection(d.pop("direction"))

        sorter = cls(
            property_=property_,
            direction=direction,
        )

        return sorter
