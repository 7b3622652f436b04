from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.documents_statistics_record_validation_error_count import (
        DocumentsStatisticsRecordValidationErrorCount,
    )


T = TypeVar("T", bound="DocumentsStatisticsRecord")


@_attrs_define(repr=False)
class DocumentsStatisticsRecord:
    """Document counts of one schema.

    Attributes:
        schema_name (str): Schema name.
        schema_id (str): Schema id.
        document_count (int): Number of documents (root and embedded).
        root_document_count (int): Number of root documents.
        validation_error_count (DocumentsStatisticsRecordValidationErrorCount): Numbers of documents with errors, by
            category.
    """

    schema_name: str
    schema_id: str
    document_count: int
    root_document_count: int
    validation_error_count: DocumentsStatisticsRecordValidationErrorCount
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        schema_name = self.schema_name

        schema_id = self.schema_id

        document_count = self.document_count

        root_document_count = self.root_document_count

        validation_error_count = self.validation_error_count.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemaName": schema_name,
                "schemaId": schema_id,
                "documentCount": document_count,
                "rootDocumentCount": root_document_count,
                "validationErrorCount": validation_error_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.documents_statistics_record_validation_error_count import (
            DocumentsStatisticsRecordValidationErrorCount,  # noqa: PLC0415
        )

        d = dict(src_dict)
        schema_name = d.pop("schemaName")

        schema_id = d.pop("schemaId")

        document_count = d.pop("documentCount")

        root_document_count = d.pop("rootDocumentCount")

        validation_error_count = DocumentsStatisticsRecordValidationErrorCount.from_dict(d.pop("validationErrorCount"))

        documents_statistics_record = cls(
            schema_name=schema_name,
            schema_id=schema_id,
            document_count=document_count,
            root_document_count=root_document_count,
            validation_error_count=validation_error_count,
        )

        documents_statistics_record.additional_properties = d
        return documents_statistics_record

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
