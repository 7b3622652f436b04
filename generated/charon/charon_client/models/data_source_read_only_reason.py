from enum import StrEnum
from typing import Any

from .._runtime import unknown_enum_member


class DataSourceReadOnlyReason(StrEnum):
    FILE_IS_READ_ONLY = "fileIsReadOnly"
    NO_EDIT_PERMISSION = "noEditPermission"
    PROTECTED_DOCUMENT = "protectedDocument"
    STORAGE_EXHAUSTED = "storageExhausted"
    TOO_MANY_MEMBERS = "tooManyMembers"
    TOO_MANY_PROJECTS = "tooManyProjects"
    FILEISREADONLY = "fileIsReadOnly"
    NOEDITPERMISSION = "noEditPermission"
    PROTECTEDDOCUMENT = "protectedDocument"
    STORAGEEXHAUSTED = "storageExhausted"
    TOOMANYMEMBERS = "tooManyMembers"
    TOOMANYPROJECTS = "tooManyProjects"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # A value the spec does not list (a newer server): kept as its string, warned about once.
        return unknown_enum_member(cls, value, __name__.split(".")[0])
