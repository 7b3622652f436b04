from enum import StrEnum


class AuthenticationFlowStageNextStepType1(StrEnum):
    EMAILTOTPCODE = "emailTotpCode"

    def __str__(self) -> str:
        return str(self.value)
