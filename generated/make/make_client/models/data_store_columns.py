from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataStoreColumns")


@_attrs_define(repr=False)
class DataStoreColumns:
    """A data store as returned by list and get, limited to the columns asked for with `cols[]`
    (default list columns: `id`, `name`, `records`, `size`, `maxSize`, `teamId`). No field is
    guaranteed to be present; the types are those of `DataStore`.

        Attributes:
            id (int | Unset): Id of the data store. Example: 137.
            name (str | Unset): Name of the data store (not unique). Example: Customers.
            records (int | Unset): Number of records in the data store. Example: 2.
            size (str | Unset): Bytes used by the records, as a **string** of digits. Example: 620.
            max_size (str | Unset): Maximum size in bytes (`maxSizeMB` × 1048576), as a **string** of digits. Example:
                1048576.
            team_id (int | Unset): Id of the team owning the data store. Example: 123.
            datastructure_id (int | None | Unset): Id of the data structure typing the records; null when the store has
                none. Example: 1.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    records: int | Unset = UNSET
    size: str | Unset = UNSET
    max_size: str | Unset = UNSET
    team_id: int | Unset = UNSET
    datastructure_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        records = self.records

        size = self.size

        max_size = self.max_size

        team_id = self.team_id

        datastructure_id: int | None | Unset
        if isinstance(self.datastructure_id, Unset):
            datastructure_id = UNSET
        else:
            datastructure_id = self.datastructure_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if records is not UNSET:
            field_dict["records"] = records
        if size is not UNSET:
            field_dict["size"] = size
        if max_size is not UNSET:
            field_dict["maxSize"] = max_size
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if datastructure_id is not UNSET:
            field_dict["datastructureId"] = datastructure_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        records = d.pop("records", UNSET)

        size = d.pop("size", UNSET)

        max_size = d.pop("maxSize", UNSET)

        team_id = d.pop("teamId", UNSET)

        def _parse_datastructure_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        datastructure_id = _parse_datastructure_id(d.pop("datastructureId", UNSET))

        data_store_columns = cls(
            id=id,
            name=name,
            records=records,
            size=size,
            max_size=max_size,
            team_id=team_id,
            datastructure_id=datastructure_id,
        )

        data_store_columns.additional_properties = d
        return data_store_columns

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
