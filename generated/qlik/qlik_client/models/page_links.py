from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_link import PageLink


T = TypeVar("T", bound="PageLinks")


@_attrs_define(repr=False)
class PageLinks:
    """Paging links; `next` is absent on the last page and `prev` on the first.

    Attributes:
        self_ (PageLink | Unset):
        next_ (PageLink | Unset):
        prev (PageLink | Unset):
        first (PageLink | Unset):
        last (PageLink | Unset):
    """

    self_: PageLink | Unset = UNSET
    next_: PageLink | Unset = UNSET
    prev: PageLink | Unset = UNSET
    first: PageLink | Unset = UNSET
    last: PageLink | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = self.self_.to_dict()

        next_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_, Unset):
            next_ = self.next_.to_dict()

        prev: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prev, Unset):
            prev = self.prev.to_dict()

        first: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first, Unset):
            first = self.first.to_dict()

        last: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last, Unset):
            last = self.last.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev
        if first is not UNSET:
            field_dict["first"] = first
        if last is not UNSET:
            field_dict["last"] = last

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_link import PageLink  # noqa: PLC0415

        d = dict(src_dict)
        _self_ = d.pop("self", UNSET)
        self_: PageLink | Unset
        if isinstance(_self_, Unset):
            self_ = UNSET
        else:
            self_ = PageLink.from_dict(_self_)

        _next_ = d.pop("next", UNSET)
        next_: PageLink | Unset
        if isinstance(_next_, Unset):
            next_ = UNSET
        else:
            next_ = PageLink.from_dict(_next_)

        _prev = d.pop("prev", UNSET)
        prev: PageLink | Unset
        if isinstance(_prev, Unset):
            prev = UNSET
        else:
            prev = PageLink.from_dict(_prev)

        _first = d.pop("first", UNSET)
        first: PageLink | Unset
        if isinstance(_first, Unset):
            first = UNSET
        else:
            first = PageLink.from_dict(_first)

        _last = d.pop("last", UNSET)
        last: PageLink | Unset
        if isinstance(_last, Unset):
            last = UNSET
        else:
            last = PageLink.from_dict(_last)

        page_links = cls(
            self_=self_,
            next_=next_,
            prev=prev,
            first=first,
            last=last,
        )

        page_links.additional_properties = d
        return page_links

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
