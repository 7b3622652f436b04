from enum import StrEnum


class DataSourceReadOnlyReason(StrEnum):
    FILEISREADONLY = "fileIsReadOnly"
    NOEDITPERMISSION = "noEditPermission"
    PROTECTEDDOCUMENT = "protectedDocument"
    STORAGEEXHAUSTED = "storageExhausted"
    TOOMANYMEMBERS = "tooManyMembers"
    TOOMANYPROJECTS = "tooManyProjects"

    def __str__(self) -> str:
        return str(self.value)
