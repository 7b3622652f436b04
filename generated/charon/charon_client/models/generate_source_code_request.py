from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.generate_source_code_request_indentation import (
    GenerateSourceCodeRequestIndentation,
)
from ..models.generate_source_code_request_line_endings import (
    GenerateSourceCodeRequestLineEndings,
)
from ..models.generate_source_code_request_optimizations_item import (
    GenerateSourceCodeRequestOptimizationsItem,
)
from ..models.target_source_code_language import TargetSourceCodeLanguage
from ..types import UNSET

T = TypeVar("T", bound="GenerateSourceCodeRequest")


@_attrs_define(repr=False)
class GenerateSourceCodeRequest:
    """Source code generation settings.

    Attributes:
        target_language (TargetSourceCodeLanguage): Language of generated source code.
        document_class_name (str): Base class name of document types.
        game_data_class_name (str): Name of the main game data class.
        namespace (str): Root namespace (package) of the generated code.
        define_constants (str): Compiler constants to define (`;`-separated).
        line_endings (GenerateSourceCodeRequestLineEndings): Line endings.
        indentation (GenerateSourceCodeRequestIndentation): Indentation.
        split_files (bool): One file per class.
        optimizations (list[GenerateSourceCodeRequestOptimizationsItem]): Code generation optimizations.
    """

    target_language: TargetSourceCodeLanguage
    document_class_name: str
    game_data_class_name: str
    namespace: str
    define_constants: str
    line_endings: GenerateSourceCodeRequestLineEndings
    indentation: GenerateSourceCodeRequestIndentation
    split_files: bool
    optimizations: list[GenerateSourceCodeRequestOptimizationsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        target_language = self.target_language.value

        document_class_name = self.document_class_name

        game_data_class_name = self.game_data_class_name

        namespace = self.namespace

        define_constants = self.define_constants

        line_endings = self.line_endings.value

        indentation = self.indentation.value

        split_files = self.split_files

        optimizations = []
        for optimizations_item_data in self.optimizations:
            optimizations_item = optimizations_item_data.value
            optimizations.append(optimizations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetLanguage": target_language,
                "documentClassName": document_class_name,
                "gameDataClassName": game_data_class_name,
                "namespace": namespace,
                "defineConstants": define_constants,
                "lineEndings": line_endings,
                "indentation": indentation,
                "splitFiles": split_files,
                "optimizations": optimizations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_language = TargetSourceCodeLanguage(d.pop("targetLanguage"))

        document_class_name = d.pop("documentClassName")

        game_data_class_name = d.pop("gameDataClassName")

        namespace = d.pop("namespace")

        define_constants = d.pop("defineConstants")

        line_endings = GenerateSourceCodeRequestLineEndings(d.pop("lineEndings"))

        indentation = GenerateSourceCodeRequestIndentation(d.pop("indentation"))

        split_files = d.pop("splitFiles")

        optimizations = []
        _optimizations = d.pop("optimizations")
        for optimizations_item_data in _optimizations:
            optimizations_item = GenerateSourceCodeRequestOptimizationsItem(optimizations_item_data)

            optimizations.append(optimizations_item)

        generate_source_code_request = cls(
            target_language=target_language,
            document_class_name=document_class_name,
            game_data_class_name=game_data_class_name,
            namespace=namespace,
            define_constants=define_constants,
            line_endings=line_endings,
            indentation=indentation,
            split_files=split_files,
            optimizations=optimizations,
        )

        generate_source_code_request.additional_properties = d
        return generate_source_code_request

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
