from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

T = TypeVar("T", bound="DataStore")


@_attrs_define(repr=False)
class DataStore:
    """A data store with every field (as returned by create and update).

    Attributes:
        id (int): Id of the data store. Example: 137.
        name (str): Name of the data store (not unique). Example: Customers.
        records (int): Number of records in the data store. Example: 2.
        size (str): Bytes used by the records, as a **string** of digits. Example: 620.
        max_size (str): Maximum size in bytes (`maxSizeMB` × 1048576), as a **string** of digits. Example: 1048576.
        team_id (int): Id of the team owning the data store. Example: 123.
        datastructure_id (int | None): Id of the data structure typing the records; null when the store has none.
            Example: 1.
    """

    id: int
    name: str
    records: int
    size: str
    max_size: str
    team_id: int
    datastructure_id: int | None
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

        datastructure_id: int | None
        datastructure_id = self.datastructure_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "records": records,
                "size": size,
                "maxSize": max_size,
                "teamId": team_id,
                "datastructureId": datastructure_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        records = d.pop("records")

        size = d.pop("size")

        max_size = d.pop("maxSize")

        team_id = d.pop("teamId")

        def _parse_datastructure_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        datastructure_id = _parse_datastructure_id(d.pop("datastructureId"))

        data_store = cls(
            id=id,
            name=name,
            records=records,
            size=size,
            max_size=max_size,
            team_id=team_id,
            datastructure_id=datastructure_id,
        )

        data_store.additional_properties = d
        return data_store

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
