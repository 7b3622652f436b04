from enum import StrEnum


class TaxationType(StrEnum):
    BUSINESS = "business"
    PRIVATE = "private"

    def __str__(self) -> str:
        return str(self.value)
