"""The base class of a vendor module: its handlers (by operationId), its error envelope, its storage."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from emulators.core.auth import TokenRegistry
from emulators.core.clock import Clock, Entropy
from emulators.core.http import ApiProblem, Principal, Request, Response
from emulators.core.profile import LiveVariables
from emulators.core.ratelimit import SlidingWindowLimiter
from emulators.core.storage import Storage

if TYPE_CHECKING:
    import httpx

Handler = Callable[[Any, Request], Response]
#: A WebSocket session: (caller, receive JSON text or None when closed, send JSON text) → runs until closed.
WebSocketSession = Callable[
    [Principal | None, Callable[[], Awaitable[str | None]], Callable[[str], Awaitable[None]]],
    Awaitable[None],
]
F = TypeVar("F", bound=Handler)


class RateLimiter(Protocol):
    def allow(self, key: Hashable, limit: int, window: float) -> float | None: ...

    def reset(self) -> None: ...


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
    #: Extra "<prefix> <token>" forms accepted per security scheme (e.g. ``Bearer`` beside ``Token``).
    extra_auth_prefixes: ClassVar[dict[str, tuple[str, ...]]] = {}
    handlers: ClassVar[dict[str, str]] = {}
    #: Environment variables of live mode (``LiveVariables.default(name)`` when not set).
    live: ClassVar[LiveVariables | None] = None
    #: operationId -> why it does not succeed yet; the main job reports these instead of failing on them.
    unfinished_operations: ClassVar[dict[str, str]] = {}
    #: Every table the vendor keeps state in, parents before children; ``reset`` empties exactly these.
    tables: ClassVar[tuple[str, ...]] = ()
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

    def __init__(
        self,
        storage: Storage,
        options: dict[str, Any] | None = None,
        *,
        clock: Clock | None = None,
        entropy: Entropy | None = None,
    ) -> None:
        self.storage = storage
        self.options = dict(options or {})
        # Time and randomness come from here, never from time/uuid/secrets directly: --seed makes them
        # deterministic (see emulators.core.clock).
        self.clock = clock or Clock()
        self.entropy = entropy or Entropy()
        self.setup()
        missing = [t for t in self.tables if not storage.has_table(t)]
        if missing:
            raise RuntimeError(f"{self.name}: declared table(s) {', '.join(missing)} not created by setup()")

    @classmethod
    def live_variables(cls) -> LiveVariables:
        return cls.live or LiveVariables.default(cls.name)

    @classmethod
    def prepare_link_walk(cls, api: httpx.Client, control: httpx.Client, token: str) -> dict[str, Any]:
        """Create, before the contract tests' link walk, what the vendor's API has no operation for.

        ``api`` sends to the running emulator's API with the walk's credential ``token``, ``control`` to its
        control plane (``/_emulator/...``) with the same credential. Returns parameter overrides (spec
        name → value) that point the walk's requests at what was made. Default: nothing to create.
        """
        return {}

    @classmethod
    def prepare_live_link_walk(cls, api: httpx.Client, token: str) -> dict[str, Any]:
        """The live counterpart of ``prepare_link_walk``: what the walk needs, made through the vendor's API
        only (a live service has no control plane), with the live credential ``token``. Returns parameter
        overrides, joined with the owned values read from the environment. Default: nothing to create."""
        return {}

    def setup(self) -> None:
        """Create tables (idempotently: a ``--state`` file may already hold them)."""

    def rate_limiter(self, clock: Callable[[], float] | None = None) -> RateLimiter:
        """A sliding-window limiter: in this process, or in the storage when other processes share it."""
        if self.storage.shared:
            from emulators.core.shared import SharedLimiter

            return SharedLimiter(self.storage, clock or self.clock.monotonic)
        return SlidingWindowLimiter(clock or self.clock.monotonic)

    def tenant_of(self, principal: Principal) -> str | None:
        """The tenant a credential's data belongs to; ``None`` when tokens do not partition data (every
        caller then shares one state, which is its tenant for reset and seed)."""
        return None

    def reset(self, tenant: str | None = None) -> None:
        """Forget state (``POST /_emulator/reset``): everything, or one tenant's (``reset_tenant``)."""
        if tenant is not None:
            with self.storage.transaction():
                self.reset_tenant(tenant)
            return
        self.storage.clear(self.tables)
        self.setup()

    def reset_tenant(self, tenant: str) -> None:
        """Delete one tenant's data, inside a transaction; vendors whose ``tenant_of`` can say so override."""
        raise NotImplementedError(f"{self.name} has no tenants")

    def seed(self, payload: Any, tenant: str | None = None) -> Response:
        """Create what the vendor's API cannot (``POST /_emulator/seed``), in ``tenant`` (``None``: any);
        vendors override."""
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
