from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

T = TypeVar("T", bound="DataDocumentMeta")


@_attrs_define(repr=False)
class DataDocumentMeta:
    """Where a document lives in the data source.

    Attributes:
        schema_id (str): Id of the document's schema.
        path (None | str): JSON Pointer of the document, e.g. `/Item/Sword`.
        containing_document_schema_id (None | str): Schema id of the containing document (embedded documents).
        containing_document_id (None | str): Id of the containing document (embedded documents).
        error_count (int): Number of validation errors in the document.
    """

    schema_id: str
    path: None | str
    containing_document_schema_id: None | str
    containing_document_id: None | str
    error_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        schema_id = self.schema_id

        path: None | str
        path = self.path

        containing_document_schema_id: None | str
        containing_document_schema_id = self.containing_document_schema_id

        containing_document_id: None | str
        containing_document_id = self.containing_document_id

        error_count = self.error_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemaId": schema_id,
                "path": path,
                "containingDocumentSchemaId": containing_document_schema_id,
                "containingDocumentId": containing_document_id,
                "errorCount": error_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schema_id = d.pop("schemaId")

        def _parse_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        path = _parse_path(d.pop("path"))

        def _parse_containing_document_schema_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        containing_document_schema_id = _parse_containing_document_schema_id(d.pop("containingDocumentSchemaId"))

        def _parse_containing_document_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        containing_document_id = _parse_containing_document_id(d.pop("containingDocumentId"))

        error_count = d.pop("errorCount")

        data_document_meta = cls(
            schema_id=schema_id,
            path=path,
            containing_document_schema_id=containing_document_schema_id,
            containing_document_id=containing_document_id,
            error_count=error_count,
        )

        data_document_meta.additional_properties = d
        return data_document_meta

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
