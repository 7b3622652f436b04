from enum import StrEnum
from typing import Any

from .._runtime import unknown_enum_member


class AuthenticationProvider(StrEnum):
    API_KEY = "apiKey"
    EMAIL_PASSWORD = "emailPassword"
    EMAIL_TOTP_CODE = "emailTotpCode"
    GITHUB = "github"
    GOOGLE = "google"
    MICROSOFT = "microsoft"
    APIKEY = "apiKey"
    EMAILPASSWORD = "emailPassword"
    EMAILTOTPCODE = "emailTotpCode"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # A value the spec does not list (a newer server): kept as its string, warned about once.
        return unknown_enum_member(cls, value, __name__.split(".")[0])
