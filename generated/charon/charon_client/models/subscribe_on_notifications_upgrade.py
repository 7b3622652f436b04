from enum import StrEnum


class SubscribeOnNotificationsUpgrade(StrEnum):
    WEBSOCKET = "websocket"

    def __str__(self) -> str:
        return str(self.value)
