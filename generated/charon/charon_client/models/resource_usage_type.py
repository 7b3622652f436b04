from enum import StrEnum


class ResourceUsageType(StrEnum):
    AICOMPLETIONTOKEN = "aiCompletionToken"
    MACHINETRANSLATIONTOKEN = "machineTranslationToken"

    def __str__(self) -> str:
        return str(self.value)
