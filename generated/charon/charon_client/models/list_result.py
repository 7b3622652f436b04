from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.data_document import DataDocument
    from ..models.data_document_meta import DataDocumentMeta


T = TypeVar("T", bound="ListResult")


@_attrs_define(repr=False)
class ListResult:
    """A page of documents. `metas[i]` describes `documents[i]`; `total` counts all matches.

    Attributes:
        documents (list[DataDocument]):
        metas (list[DataDocumentMeta]):
        total (int): Number of matching documents (all pages).
        metadata_hash (str): Hash of the data source's schemas (metadata): 8 hexadecimal characters. Changes on every
            schema write. Example: a1b2c3d4.
        revision_hash (str): Hash of the data source's current revision: 24 to 32 hexadecimal characters. Changes on
            every write. Example: 678f998993a22d1f54b7fa80.
    """

    documents: list[DataDocument]
    metas: list[DataDocumentMeta]
    total: int
    metadata_hash: str
    revision_hash: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)

        metas = []
        for metas_item_data in self.metas:
            metas_item = metas_item_data.to_dict()
            metas.append(metas_item)

        total = self.total

        metadata_hash = self.metadata_hash

        revision_hash = self.revision_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documents": documents,
                "metas": metas,
                "total": total,
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
        documents = []
        _documents = d.pop("documents")
        for documents_item_data in _documents:
            documents_item = DataDocument.from_dict(documents_item_data)

            documents.append(documents_item)

        metas = []
        _metas = d.pop("metas")
        for metas_item_data in _metas:
            metas_item = DataDocumentMeta.from_dict(metas_item_data)

            metas.append(metas_item)

        total = d.pop("total")

        metadata_hash = d.pop("metadataHash")

        revision_hash = d.pop("revisionHash")

        list_result = cls(
            documents=documents,
            metas=metas,
            total=total,
            metadata_hash=metadata_hash,
            revision_hash=revision_hash,
        )

        list_result.additional_properties = d
        return list_result

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
