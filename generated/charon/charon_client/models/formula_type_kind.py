from enum import StrEnum


class FormulaTypeKind(StrEnum):
    CLASS = "class"
    DELEGATE = "delegate"
    ENUM = "enum"
    INTERFACE = "interface"
    STRUCTURE = "structure"

    def __str__(self) -> str:
        return str(self.value)
