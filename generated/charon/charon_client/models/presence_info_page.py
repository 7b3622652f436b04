from enum import StrEnum


class PresenceInfoPage(StrEnum):
    DASHBOARD = "dashboard"
    DOCUMENTCOLLECTION = "documentCollection"
    DOCUMENTFORM = "documentForm"
    GONE = "gone"

    def __str__(self) -> str:
        return str(self.value)
