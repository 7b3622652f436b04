from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.data_store_record import DataStoreRecord
    from ..models.data_structure_field import DataStructureField
    from ..models.pagination import Pagination


T = TypeVar("T", bound="DataStoreRecordList")


@_attrs_define(repr=False)
class DataStoreRecordList:
    """A page of a data store's records with its data structure.

    Attributes:
        records (list[DataStoreRecord]): The records of this page, in insertion order [inf].
        spec (list[DataStructureField]): Fields of the store's data structure (empty when it has none [inf]).
        strict (bool): Whether the data structure rejects fields it does not define. Example: False.
        count (int): Total number of records in the store (not the page length). Example: 2.
        pg (Pagination): Echo of the paging in effect. Offset paging (used here) returns `limit` and `offset` (plus
            `sortBy`/`sortDir` for data stores); `last`/`showLast` appear only with cursor paging.
    """

    records: list[DataStoreRecord]
    spec: list[DataStructureField]
    strict: bool
    count: int
    pg: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        spec = []
        for spec_item_data in self.spec:
            spec_item = spec_item_data.to_dict()
            spec.append(spec_item)

        strict = self.strict

        count = self.count

        pg = self.pg.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "records": records,
                "spec": spec,
                "strict": strict,
                "count": count,
                "pg": pg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_store_record import DataStoreRecord  # noqa: PLC0415
        from ..models.data_structure_field import DataStructureField  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)
        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = DataStoreRecord.from_dict(records_item_data)

            records.append(records_item)

        spec = []
        _spec = d.pop("spec")
        for spec_item_data in _spec:
            spec_item = DataStructureField.from_dict(spec_item_data)

            spec.append(spec_item)

        strict = d.pop("strict")

        count = d.pop("count")

        pg = Pagination.from_dict(d.pop("pg"))

        data_store_record_list = cls(
            records=records,
            spec=spec,
            strict=strict,
            count=count,
            pg=pg,
        )

        data_store_record_list.additional_properties = d
        return data_store_record_list

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
