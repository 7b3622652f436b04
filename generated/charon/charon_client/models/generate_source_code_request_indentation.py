from enum import StrEnum


class GenerateSourceCodeRequestIndentation(StrEnum):
    FOURSPACES = "fourSpaces"
    TABS = "tabs"
    TWOSPACES = "twoSpaces"

    def __str__(self) -> str:
        return str(self.value)
