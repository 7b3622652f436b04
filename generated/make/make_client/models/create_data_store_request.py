from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDataStoreRequest")


@_attrs_define(repr=False)
class CreateDataStoreRequest:
    """A new data store.

    Attributes:
        name (str): Name of the data store, at most 128 characters; need not be unique. Example: Customers.
        team_id (int): Id of the team to create the data store in. Example: 123.
        max_size_mb (int): Maximum size of the data store in MB (limited by the organization's plan). Example: 1.
        datastructure_id (int | None | Unset): Id of a data structure of the team that types the records. Optional (the
            SDK's type; the
            reference page marks it required); absent or null: no data structure.
             Example: 1.
    """

    name: str
    team_id: int
    max_size_mb: int
    datastructure_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        team_id = self.team_id

        max_size_mb = self.max_size_mb

        datastructure_id: int | None | Unset
        if isinstance(self.datastructure_id, Unset):
            datastructure_id = UNSET
        else:
            datastructure_id = self.datastructure_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "teamId": team_id,
                "maxSizeMB": max_size_mb,
            }
        )
        if datastructure_id is not UNSET:
            field_dict["datastructureId"] = datastructure_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        team_id = d.pop("teamId")

        max_size_mb = d.pop("maxSizeMB")

        def _parse_datastructure_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        datastructure_id = _parse_datastructure_id(d.pop("datastructureId", UNSET))

        create_data_store_request = cls(
            name=name,
            team_id=team_id,
            max_size_mb=max_size_mb,
            datastructure_id=datastructure_id,
        )

        create_data_store_request.additional_properties = d
        return create_data_store_request

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
