from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._runtime import model_repr
from ..types import UNSET

T = TypeVar("T", bound="DeleteDataStoresByIds")


@_attrs_define(repr=False)
class DeleteDataStoresByIds:
    """Delete the listed data stores.

    Attributes:
        ids (list[int]): Ids of the data stores to delete. Example: [137, 138].
    """

    ids: list[int]

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ids": ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[int], d.pop("ids"))

        delete_data_stores_by_ids = cls(
            ids=ids,
        )

        return delete_data_stores_by_ids
