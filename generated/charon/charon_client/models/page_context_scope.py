from enum import StrEnum


class PageContextScope(StrEnum):
    DATASOURCE = "dataSource"
    SERVER = "server"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
