from enum import StrEnum


class ListDataStoresPgsortBy(StrEnum):
    NAME = "name"

    def __str__(self) -> str:
        return str(self.value)
