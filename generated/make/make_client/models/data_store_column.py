from enum import StrEnum


class DataStoreColumn(StrEnum):
    DATASTRUCTUREID = "datastructureId"
    ID = "id"
    MAXSIZE = "maxSize"
    NAME = "name"
    RECORDS = "records"
    SIZE = "size"
    TEAMID = "teamId"
    VALUE_7 = "*"

    def __str__(self) -> str:
        return str(self.value)
