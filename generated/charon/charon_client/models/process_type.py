from enum import StrEnum


class ProcessType(StrEnum):
    BACKUP = "backup"
    EXPORT = "export"
    GENERATESOURCECODE = "generateSourceCode"
    IMPORT = "import"
    LOAD = "load"
    RESTORE = "restore"
    TRANSLATE = "translate"
    VALIDATE = "validate"

    def __str__(self) -> str:
        return str(self.value)
