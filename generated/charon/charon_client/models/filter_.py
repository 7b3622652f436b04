from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime import model_repr
from ..models.filter_operator import FilterOperator
from ..types import UNSET

T = TypeVar("T", bound="Filter")


@_attrs_define(repr=False)
class Filter:
    """A document filter condition.

    Attributes:
        property_ (str): Name of the property to filter on.
        operator (FilterOperator): Comparison operator.
        value (Any): Value to compare with (any JSON value, null allowed).
        case_sensitive (bool): Whether string comparison is case-sensitive.
    """

    property_: str
    operator: FilterOperator
    value: Any
    case_sensitive: bool

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        operator = self.operator.value

        value = self.value

        case_sensitive = self.case_sensitive

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "property": property_,
                "operator": operator,
                "value": value,
                "caseSensitive": case_sensitive,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = d.pop("property")

        operator = FilterOperator(d.pop("operator"))

        value = d.pop("value")

        case_sensitive = d.pop("caseSensitive")

        filter_ = cls(
            property_=property_,
            operator=operator,
            value=value,
            case_sensitive=case_sensitive,
        )

        return filter_
