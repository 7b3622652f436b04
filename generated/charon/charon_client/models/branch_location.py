from enum import StrEnum


class BranchLocation(StrEnum):
    FILESYSTEM = "fileSystem"
    MONGOCOLLECTION = "mongoCollection"
    MONGODATABASE = "mongoDataBase"
    MONGOGRIDFS = "mongoGridFs"

    def __str__(self) -> str:
        return str(self.value)
