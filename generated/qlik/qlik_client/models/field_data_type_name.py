from enum import StrEnum


class FieldDataTypeName(StrEnum):
    BINARY = "BINARY"
    BOOLEAN = "BOOLEAN"
    CUSTOM = "CUSTOM"
    DATE = "DATE"
    DATETIME = "DATETIME"
    DECIMAL = "DECIMAL"
    DOUBLE = "DOUBLE"
    INTEGER = "INTEGER"
    STRING = "STRING"
    TIME = "TIME"
    TIMESTAMP = "TIMESTAMP"

    def __str__(self) -> str:
        return str(self.value)
