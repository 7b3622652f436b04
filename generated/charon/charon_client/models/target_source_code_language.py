from enum import StrEnum
from typing import Any

from .._runtime import unknown_enum_member


class TargetSourceCodeLanguage(StrEnum):
    C_SHARP_40 = "cSharp40"
    C_SHARP_73 = "cSharp73"
    HAXE = "haxe"
    TYPE_SCRIPT = "typeScript"
    UE_CPP = "ueCpp"
    CSHARP40 = "cSharp40"
    CSHARP73 = "cSharp73"
    TYPESCRIPT = "typeScript"
    UECPP = "ueCpp"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # A value the spec does not list (a newer server): kept as its string, warned about once.
        return unknown_enum_member(cls, value, __name__.split(".")[0])
