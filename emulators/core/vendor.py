"""The base class of a vendor module: its handlers (by operationId), its error envelope, its storage."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, ClassVar, TypeVar

from emulators.core.auth import TokenRegistry
from emulators.core.http import ApiProblem, Principal, Request, Response
from emulators.core.storage import Storage

Handler = Callable[[Any, Request], Response]
#: A WebSocket session: (caller, receive JSON text or None when closed, send JSON text) → runs until closed.
WebSocketSession = Callable[
    [Principal | None, Callable[[], Awaitable[str | None]], Callable[[str], Awaitable[None]]],
    Awaitable[None],
]
F = TypeVar("F", bound=Handler)


def operation(operation_id: str) -> Callable[[F], F]:
    """Mark a method as the handler of the spec operation ``operation_id``."""

    def mark(func: F) -> F:
        func.__dict__["_operation_id"] = operation_id
        return func

    return mark


class VendorEmulator:
    """One vendor's semantics. Subclasses set ``name``, define ``error_body`` and their handlers.

    The core has already routed, authenticated and validated the request against the spec when a handler
    runs; handlers raise ``ApiProblem`` for business-rule failures and return a ``Response``.
    """

    name: ClassVar[str]
    #: Status for requests that do not match the spec's parameter/body schemas.
    validation_status: ClassVar[int] = 400
    #: Extra "<prefix> <token>" forms accepted per security scheme (e.g. Make also takes Bearer).
    extra_auth_prefixes: ClassVar[dict[str, tuple[str, ...]]] = {}
    handlers: ClassVar[dict[str, str]] = {}
    #: The accepted credentials (set by the app); vendors that issue their own tokens consult it.
    registry: TokenRegistry = TokenRegistry()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        handlers = dict(getattr(cls, "handlers", {}))
        # Walk the whole MRO: a vendor may assemble its class from mixins, one per capability group.
        for klass in reversed(cls.__mro__):
            for attr, value in vars(klass).items():
                op_id = getattr(value, "_operation_id", None)
                if op_id:
                    handlers[op_id] = attr
        cls.handlers = handlers

    def __init__(self, storage: Storage, options: dict[str, Any] | None = None) -> None:
        self.storage = storage
        self.options = dict(options or {})
        self.setup()

    def setup(self) -> None:
        """Create tables (idempotently: a ``--state`` file may already hold them)."""

    def reset(self) -> None:
        """Forget all state (``POST /_emulator/reset``): empty every table named ``<vendor>_*``."""
        tables = self.storage.all(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE ? ESCAPE '!'",
            (f"{self.name}!_%",),
        )
        with self.storage.transaction():
            self.storage.execute("PRAGMA defer_foreign_keys = ON")
            for row in tables:
                self.storage.execute(f'DELETE FROM "{row[0]}"')
            if self.storage.one("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'"):
                self.storage.execute(
                    "DELETE FROM sqlite_sequence WHERE name LIKE ? ESCAPE '!'", (f"{self.name}!_%",)
                )
        self.setup()

    def seed(self, payload: Any) -> Response:
        """Create what the vendor's API cannot (``POST /_emulator/seed``); vendors override."""
        raise ApiProblem(404, f"The {self.name} emulator has nothing to seed")

    def before(self, request: Request) -> None:
        """Checks that apply to every operation (rate limits, required headers); raise ``ApiProblem``."""

    def principal(self, scheme: str, credential: str, registry: TokenRegistry) -> Principal | None:
        """The caller for a credential read from security scheme ``scheme``; None = 401.

        Vendors that issue credentials themselves (access tokens, one-time codes) override this.
        """
        return registry.principal(credential)

    def control(self, method: str, action: str, body: bytes) -> Response | None:
        """Vendor-specific ``/_emulator/<action>`` endpoints beyond reset/seed; None = no such action."""
        return None

    def websocket(self, operation_id: str) -> WebSocketSession | None:
        """The WebSocket session for an operation served over WebSocket (ASGI ``websocket`` scope)."""
        return None

    def handler(self, operation_id: str) -> Callable[[Request], Response] | None:
        attr = self.handlers.get(operation_id)
        bound: Callable[[Request], Response] | None = getattr(self, attr) if attr else None
        return bound

    def error_body(self, problem: ApiProblem) -> Any:
        raise NotImplementedError

    def error_response(self, problem: ApiProblem) -> Response:
        return Response(problem.status, self.error_body(problem), dict(problem.headers))
