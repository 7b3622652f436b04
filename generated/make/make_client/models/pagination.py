from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")


@_attrs_define(repr=False)
class Pagination:
    """Echo of the paging in effect. Offset paging (used here) returns `limit` and `offset` (plus
    `sortBy`/`sortDir` for data stores); `last`/`showLast` appear only with cursor paging.

        Attributes:
            sort_by (str | Unset): Field sorted by. Example: name.
            sort_dir (str | Unset): Sort direction (`asc` or `desc`). Example: asc.
            limit (int | Unset): Page size. Example: 10000.
            offset (int | Unset): Number of entities skipped. Example: 0.
            last (str | Unset): Cursor (cursor paging only).
            show_last (bool | Unset): Cursor paging only.
    """

    sort_by: str | Unset = UNSET
    sort_dir: str | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    last: str | Unset = UNSET
    show_last: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        sort_by = self.sort_by

        sort_dir = self.sort_dir

        limit = self.limit

        offset = self.offset

        last = self.last

        show_last = self.show_last

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sort_by is not UNSET:
            field_dict["sortBy"] = sort_by
        if sort_dir is not UNSET:
            field_dict["sortDir"] = sort_dir
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if last is not UNSET:
            field_dict["last"] = last
        if show_last is not UNSET:
            field_dict["showLast"] = show_last

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sort_by = d.pop("sortBy", UNSET)

        sort_dir = d.pop("sortDir", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        last = d.pop("last", UNSET)

        show_last = d.pop("showLast", UNSET)

        pagination = cls(
            sort_by=sort_by,
            sort_dir=sort_dir,
            limit=limit,
            offset=offset,
            last=last,
            show_last=show_last,
        )

        pagination.additional_properties = d
        return pagination

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
