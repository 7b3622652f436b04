from enum import StrEnum


class CurrencyCode(StrEnum):
    USD = "usd"

    def __str__(self) -> str:
        return str(self.value)
