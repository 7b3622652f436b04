from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._runtime import model_repr
from ..types import UNSET

T = TypeVar("T", bound="DeleteDataStoreRecordsByKeys")


@_attrs_define(repr=False)
class DeleteDataStoreRecordsByKeys:
    """Delete the listed records.

    Attributes:
        keys (list[str]): Keys of the records to delete. Example: ['8f7162828bc0', 'ecc4819b2260'].
    """

    keys: list[str]

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        keys = self.keys

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "keys": keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keys = cast(list[str], d.pop("keys"))

        delete_data_store_records_by_keys = cls(
            keys=keys,
        )

        return delete_data_store_records_by_keys
