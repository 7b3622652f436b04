from enum import StrEnum


class BulkChangeRecordStatus(StrEnum):
    CREATED = "created"
    DELETED = "deleted"
    ERROR = "error"
    SKIPPED = "skipped"
    UNCHANGED = "unchanged"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
