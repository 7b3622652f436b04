from enum import StrEnum


class GenerateSourceCodeRequestOptimizationsItem(StrEnum):
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
