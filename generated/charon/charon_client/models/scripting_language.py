from enum import StrEnum
from typing import Any

from .._runtime import unknown_enum_member


class ScriptingLanguage(StrEnum):
    CPP = "cpp"
    CPP_UNREAL_ENGINE = "cppUnrealEngine"
    C_SHARP = "cSharp"
    C_SHARP_UNITY = "cSharpUnity"
    HAXE = "haxe"
    OTHER = "other"
    TYPE_SCRIPT = "typeScript"
    CPPUNREALENGINE = "cppUnrealEngine"
    CSHARP = "cSharp"
    CSHARPUNITY = "cSharpUnity"
    TYPESCRIPT = "typeScript"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # A value the spec does not list (a newer server): kept as its string, warned about once.
        return unknown_enum_member(cls, value, __name__.split(".")[0])
