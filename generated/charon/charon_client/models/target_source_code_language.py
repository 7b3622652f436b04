from enum import StrEnum


class TargetSourceCodeLanguage(StrEnum):
    CSHARP40 = "cSharp40"
    CSHARP73 = "cSharp73"
    HAXE = "haxe"
    TYPESCRIPT = "typeScript"
    UECPP = "ueCpp"

    def __str__(self) -> str:
        return str(self.value)
