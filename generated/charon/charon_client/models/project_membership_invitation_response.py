from enum import StrEnum


class ProjectMembershipInvitationResponse(StrEnum):
    DECLINED = "declined"
    EMAILSENT = "emailSent"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
