from enum import StrEnum


class AuthenticationFlowStageNextStepType2Type1(StrEnum):
    EMAILTOTPCODE = "emailTotpCode"

    def __str__(self) -> str:
        return str(self.value)
