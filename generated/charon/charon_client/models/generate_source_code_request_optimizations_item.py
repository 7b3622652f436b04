from enum import StrEnum
from typing import Any

from .._runtime import unknown_enum_member


class GenerateSourceCodeRequestOptimizationsItem(StrEnum):
    DISABLE_DOCUMENT_ID_ENUMS = "disableDocumentIdEnums"
    DISABLE_FORMULA_COMPILATION = "disableFormulaCompilation"
    DISABLE_JSON_SERIALIZATION = "disableJsonSerialization"
    DISABLE_MESSAGE_PACK_SERIALIZATION = "disableMessagePackSerialization"
    DISABLE_PATCHING = "disablePatching"
    DISABLE_STRING_POOLING = "disableStringPooling"
    EAGER_REFERENCE_RESOLUTION = "eagerReferenceResolution"
    RAW_LOCALIZED_TEXTS = "rawLocalizedTexts"
    RAW_REFERENCES = "rawReferences"
    DISABLEDOCUMENTIDENUMS = "disableDocumentIdEnums"
    DISABLEFORMULACOMPILATION = "disableFormulaCompilation"
    DISABLEJSONSERIALIZATION = "disableJsonSerialization"
    DISABLEMESSAGEPACKSERIALIZATION = "disableMessagePackSerialization"
    DISABLEPATCHING = "disablePatching"
    DISABLESTRINGPOOLING = "disableStringPooling"
    EAGERREFERENCERESOLUTION = "eagerReferenceResolution"
    RAWLOCALIZEDTEXTS = "rawLocalizedTexts"
    RAWREFERENCES = "rawReferences"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # A value the spec does not list (a newer server): kept as its string, warned about once.
        return unknown_enum_member(cls, value, __name__.split(".")[0])
