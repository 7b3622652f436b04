from enum import StrEnum


class OAuthSuccessResponseTokenType(StrEnum):
    BEARER = "bearer"

    def __str__(self) -> str:
        return str(self.value)
