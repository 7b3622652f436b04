from enum import StrEnum


class StoredResourcePurpose(StrEnum):
    PROJECTPICTURE = "projectPicture"
    UNSPECIFIED = "unspecified"
    USERPICTURE = "userPicture"
    WORKSPACEPICTURE = "workspacePicture"

    def __str__(self) -> str:
        return str(self.value)
