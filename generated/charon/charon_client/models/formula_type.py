from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.formula_type_kind import FormulaTypeKind
from ..models.target_source_code_language import TargetSourceCodeLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="FormulaType")


@_attrs_define(repr=False)
class FormulaType:
    """A type usable in formulas. The current vendor spec describes `sourceCodeLanguage`, `packageOrNamespaceName`
    and `moduleName`; the older one (of `getFormulaTypes`) described `namespace`, `baseTypeFullName`,
    `declaringTypeFullName`, `assemblyName` and `assemblyFullName`. Only the fields common to both are required.

        Attributes:
            kind (FormulaTypeKind): Kind of type.
            name (str): Short name.
            full_name (str): Fully qualified name.
            source_code_language (TargetSourceCodeLanguage | Unset): Language of generated source code.
            package_or_namespace_name (str | Unset): Namespace or package.
            module_name (str | Unset): Module (assembly) name.
            namespace (str | Unset): Namespace (older vendor spec).
            base_type_full_name (str | Unset): Base type (older vendor spec).
            declaring_type_full_name (str | Unset): Declaring type (older vendor spec).
            assembly_name (str | Unset): Assembly name (older vendor spec).
            assembly_full_name (str | Unset): Assembly full name (older vendor spec).
    """

    kind: FormulaTypeKind
    name: str
    full_name: str
    source_code_language: TargetSourceCodeLanguage | Unset = UNSET
    package_or_namespace_name: str | Unset = UNSET
    module_name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    base_type_full_name: str | Unset = UNSET
    declaring_type_full_name: str | Unset = UNSET
    assembly_name: str | Unset = UNSET
    assembly_full_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        full_name = self.full_name

        source_code_language: str | Unset = UNSET
        if not isinstance(self.source_code_language, Unset):
            source_code_language = self.source_code_language.value

        package_or_namespace_name = self.package_or_namespace_name

        module_name = self.module_name

        namespace = self.namespace

        base_type_full_name = self.base_type_full_name

        declaring_type_full_name = self.declaring_type_full_name

        assembly_name = self.assembly_name

        assembly_full_name = self.assembly_full_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "fullName": full_name,
            }
        )
        if source_code_language is not UNSET:
            field_dict["sourceCodeLanguage"] = source_code_language
        if package_or_namespace_name is not UNSET:
            field_dict["packageOrNamespaceName"] = package_or_namespace_name
        if module_name is not UNSET:
            field_dict["moduleName"] = module_name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if base_type_full_name is not UNSET:
            field_dict["baseTypeFullName"] = base_type_full_name
        if declaring_type_full_name is not UNSET:
            field_dict["declaringTypeFullName"] = declaring_type_full_name
        if assembly_name is not UNSET:
            field_dict["assemblyName"] = assembly_name
        if assembly_full_name is not UNSET:
            field_dict["assemblyFullName"] = assembly_full_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = FormulaTypeKind(d.pop("kind"))

        name = d.pop("name")

        full_name = d.pop("fullName")

        _source_code_language = d.pop("sourceCodeLanguage", UNSET)
        source_code_language: TargetSourceCodeLanguage | Unset
        if isinstance(_source_code_language, Unset):
            source_code_language = UNSET
        else:
            source_code_language = TargetSourceCodeLanguage(_source_code_language)

        package_or_namespace_name = d.pop("packageOrNamespaceName", UNSET)

        module_name = d.pop("moduleName", UNSET)

        namespace = d.pop("namespace", UNSET)

        base_type_full_name = d.pop("baseTypeFullName", UNSET)

        declaring_type_full_name = d.pop("declaringTypeFullName", UNSET)

        assembly_name = d.pop("assemblyName", UNSET)

        assembly_full_name = d.pop("assemblyFullName", UNSET)

        formula_type = cls(
            kind=kind,
            name=name,
            full_name=full_name,
            source_code_language=source_code_language,
            package_or_namespace_name=package_or_namespace_name,
            module_name=module_name,
            namespace=namespace,
            base_type_full_name=base_type_full_name,
            declaring_type_full_name=declaring_type_full_name,
            assembly_name=assembly_name,
            assembly_full_name=assembly_full_name,
        )

        formula_type.additional_properties = d
        return formula_type

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
