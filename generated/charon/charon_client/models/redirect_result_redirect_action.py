from enum import StrEnum


class RedirectResultRedirectAction(StrEnum):
    GET = "get"
    NONE = "none"
    POST = "post"

    def __str__(self) -> str:
        return str(self.value)
