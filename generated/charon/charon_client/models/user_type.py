from enum import StrEnum


class UserType(StrEnum):
    ADMINISTRATORACCOUNT = "administratorAccount"
    BUSINESSACCOUNT = "businessAccount"
    PERSONALACCOUNT = "personalAccount"

    def __str__(self) -> str:
        return str(self.value)
