from enum import StrEnum


class ProjectPermissionGrantsItem(StrEnum):
    ADMINISTER = "administer"
    DESIGN = "design"
    EDIT = "edit"
    VIEW = "view"

    def __str__(self) -> str:
        return str(self.value)
