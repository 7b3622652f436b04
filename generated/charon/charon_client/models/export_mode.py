from enum import StrEnum


class ExportMode(StrEnum):
    EXTRACTION = "extraction"
    LOCALIZATION = "localization"
    NORMAL = "normal"
    PUBLICATION = "publication"

    def __str__(self) -> str:
        return str(self.value)
