from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.data_document import DataDocument
    from ..models.data_document_meta import DataDocumentMeta


T = TypeVar("T", bound="FindResult")


@_attrs_define(repr=False)
class FindResult:
    """Result of a lookup. `document` is null when nothing matched (the call still succeeds with 200).

    Attributes:
        document (DataDocument | None):
        meta (DataDocumentMeta | None): Location of the document. [inf] May be null when `document` is null (the vendor
            declares it non-null).
        metadata_hash (str): Hash of the data source's schemas (metadata): 8 hexadecimal characters. Changes on every
            schema write. Example: a1b2c3d4.
        revision_hash (str): Hash of the data source's current revision: 24 to 32 hexadecimal characters. Changes on
            every write. Example: 678f998993a22d1f54b7fa80.
    """

    document: DataDocument | None
    meta: DataDocumentMeta | None
    metadata_hash: str
    revision_hash: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_document import DataDocument  # noqa: PLC0415
        from ..models.data_document_meta import DataDocumentMeta  # noqa: PLC0415

        document: dict[str, Any] | None
        if isinstance(self.document, DataDocument):
            document = self.document.to_dict()
        else:
            document = self.document

        meta: dict[str, Any] | None
        if isinstance(self.meta, DataDocumentMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        metadata_hash = self.metadata_hash

        revision_hash = self.revision_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document": document,
                "meta": meta,
                "metadataHash": metadata_hash,
                "revisionHash": revision_hash,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_document import DataDocument  # noqa: PLC0415
        from ..models.data_document_meta import DataDocumentMeta  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_document(data: object) -> DataDocument | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                document_type_0 = DataDocument.from_dict(data)

                return document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataDocument | None, data)

        document = _parse_document(d.pop("document"))

        def _parse_meta(data: object) -> DataDocumentMeta | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = DataDocumentMeta.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataDocumentMeta | None, data)

        meta = _parse_meta(d.pop("meta"))

        metadata_hash = d.pop("metadataHash")

        revision_hash = d.pop("revisionHash")

        find_result = cls(
            document=document,
            meta=meta,
            metadata_hash=metadata_hash,
            revision_hash=revision_hash,
        )

        find_result.additional_properties = d
        return find_result

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
