from enum import StrEnum


class ProcessWorkflowStatus(StrEnum):
    FAULTED = "faulted"
    FINISHED = "finished"
    FINISHEDWITHRESULT = "finishedWithResult"
    RUNNING = "running"
    STOPPED = "stopped"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
