from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.game_data_document_collections import GameDataDocumentCollections


T = TypeVar("T", bound="GameDataDocument")


@_attrs_define(repr=False)
class GameDataDocument:
    """A whole game data file (the format of `gamedata.json`): document collections keyed by schema name under
    `Collections`, including the special `ProjectSettings` and `Schema` collections. Fields may be left out
    depending on the export mode.

        Attributes:
            tools_version (str | Unset): Version of the application that wrote the data.
            revision_hash (str | Unset): Current changeset hash.
            change_number (int | Unset): Current changeset ordinal number.
            collections (GameDataDocumentCollections | Unset): Documents by schema name (`ProjectSettings`, `Schema`,
                `<Schema-Name>`...).
    """

    tools_version: str | Unset = UNSET
    revision_hash: str | Unset = UNSET
    change_number: int | Unset = UNSET
    collections: GameDataDocumentCollections | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        tools_version = self.tools_version

        revision_hash = self.revision_hash

        change_number = self.change_number

        collections: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collections, Unset):
            collections = self.collections.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tools_version is not UNSET:
            field_dict["ToolsVersion"] = tools_version
        if revision_hash is not UNSET:
            field_dict["RevisionHash"] = revision_hash
        if change_number is not UNSET:
            field_dict["ChangeNumber"] = change_number
        if collections is not UNSET:
            field_dict["Collections"] = collections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.game_data_document_collections import GameDataDocumentCollections  # noqa: PLC0415

        d = dict(src_dict)
        tools_version = d.pop("ToolsVersion", UNSET)

        revision_hash = d.pop("RevisionHash", UNSET)

        change_number = d.pop("ChangeNumber", UNSET)

        _collections = d.pop("Collections", UNSET)
        collections: GameDataDocumentCollections | Unset
        if isinstance(_collections, Unset):
            collections = UNSET
        else:
            collections = GameDataDocumentCollections.from_dict(_collections)

        game_data_document = cls(
            tools_version=tools_version,
            revision_hash=revision_hash,
            change_number=change_number,
            collections=collections,
        )

        game_data_document.additional_properties = d
        return game_data_document

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
