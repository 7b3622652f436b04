from enum import StrEnum


class FilterOperator(StrEnum):
    EQUAL = "equal"
    GREATERTHAN = "greaterThan"
    GREATERTHANOREQUAL = "greaterThanOrEqual"
    IN = "in"
    LESSTHAN = "lessThan"
    LESSTHANOREQUAL = "lessThanOrEqual"
    LIKE = "like"
    NOTEQUAL = "notEqual"

    def __str__(self) -> str:
        return str(self.value)
