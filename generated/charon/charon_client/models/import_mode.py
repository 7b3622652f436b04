from enum import StrEnum


class ImportMode(StrEnum):
    CREATE = "create"
    CREATEANDUPDATE = "createAndUpdate"
    DELETE = "delete"
    REPLACE = "replace"
    SAFEUPDATE = "safeUpdate"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
