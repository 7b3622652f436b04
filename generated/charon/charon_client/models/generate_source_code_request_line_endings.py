from enum import StrEnum


class GenerateSourceCodeRequestLineEndings(StrEnum):
    UNIX = "unix"
    WINDOWS = "windows"

    def __str__(self) -> str:
        return str(self.value)
