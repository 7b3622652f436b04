from enum import StrEnum


class ScriptingLanguage(StrEnum):
    CPP = "cpp"
    CPPUNREALENGINE = "cppUnrealEngine"
    CSHARP = "cSharp"
    CSHARPUNITY = "cSharpUnity"
    HAXE = "haxe"
    OTHER = "other"
    TYPESCRIPT = "typeScript"

    def __str__(self) -> str:
        return str(self.value)
