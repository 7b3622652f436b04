"""What a vendor is beyond its spec, declared once on its emulator class and read by the core, the main job
and the tests: the environment variables that point tests at its live service."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LiveVariables:
    """The environment variables of a vendor's live mode: all must be set for it to be live."""

    base_url: str
    credential: str
    #: spec name of a value the caller owns on the live service (a team, a workspace) -> its variable.
    owned: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def default(cls, vendor: str) -> LiveVariables:
        return cls(f"{vendor.upper()}_BASE_URL", f"{vendor.upper()}_API_KEY")

    def names(self) -> list[str]:
        return [self.base_url, self.credential, *self.owned.values()]
