from enum import StrEnum
from typing import Any

from .._runtime import unknown_enum_member


class ProcessWorkflowStatus(StrEnum):
    FAULTED = "faulted"
    FINISHED = "finished"
    FINISHED_WITH_RESULT = "finishedWithResult"
    RUNNING = "running"
    STOPPED = "stopped"
    UNKNOWN = "unknown"
    FINISHEDWITHRESULT = "finishedWithResult"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # A value the spec does not list (a newer server): kept as its string, warned about once.
        return unknown_enum_member(cls, value, __name__.split(".")[0])
