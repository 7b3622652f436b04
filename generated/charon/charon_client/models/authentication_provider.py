from enum import StrEnum


class AuthenticationProvider(StrEnum):
    APIKEY = "apiKey"
    EMAILPASSWORD = "emailPassword"
    EMAILTOTPCODE = "emailTotpCode"
    GITHUB = "github"
    GOOGLE = "google"
    MICROSOFT = "microsoft"

    def __str__(self) -> str:
        return str(self.value)
