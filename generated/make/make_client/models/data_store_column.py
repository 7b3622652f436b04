from enum import StrEnum
from typing import Any

from .._runtime import unknown_enum_member


class DataStoreColumn(StrEnum):
    DATASTRUCTURE_ID = "datastructureId"
    ID = "id"
    MAX_SIZE = "maxSize"
    NAME = "name"
    RECORDS = "records"
    SIZE = "size"
    TEAM_ID = "teamId"
    VALUE_7 = "*"
    DATASTRUCTUREID = "datastructureId"
    MAXSIZE = "maxSize"
    TEAMID = "teamId"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # A value the spec does not list (a newer server): kept as its string, warned about once.
        return unknown_enum_member(cls, value, __name__.split(".")[0])
