from enum import StrEnum


class BillingPeriod(StrEnum):
    MONTHLY = "monthly"
    YEARLY = "yearly"

    def __str__(self) -> str:
        return str(self.value)
