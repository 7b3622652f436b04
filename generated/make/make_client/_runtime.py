"""Runtime shared by every generated client: transport, auth, retries, typed errors, pagination.

This file is copied verbatim into each client package as ``_runtime.py`` by ``scripts/generate.py``, so a
vendored client stays "one folder". Each copy is its own module, so every client has its own error classes.
Vendor facts (auth header, base URL, error model) come from the package's generated ``_facts.py``.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import time
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from typing import Any, ClassVar, NoReturn, Protocol, Self, TypeVar
from urllib.parse import quote

import httpx
import tenacity

T = TypeVar("T")
P = TypeVar("P")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Failures where the request never reached the server, so even a POST is safe to send again.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
TRANSIENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.RemoteProtocolError,
    httpx.ReadError,
    httpx.WriteError,
)
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)


class ErrorModel(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any: ...


class ClientFacts:
    """What the generator read from the vendor's spec and overlay."""

    def __init__(
        self,
        *,
        title: str,
        version: str,
        default_base_url: str,
        auth_header: str | None,
        auth_prefix: str,
        error_model: type[ErrorModel] | None,
        message_pointers: Sequence[str] = ("/message",),
        request_id_headers: Sequence[str] = (),
        request_id_pointer: str | None = None,
        user_agent: str,
    ) -> None:
        self.title = title
        self.version = version
        self.default_base_url = default_base_url
        self.auth_header = auth_header
        self.auth_prefix = auth_prefix
        self.error_model = error_model
        self.message_pointers = tuple(message_pointers)
        self.request_id_headers = tuple(request_id_headers)
        self.request_id_pointer = request_id_pointer
        self.user_agent = user_agent


# --------------------------------------------------------------------------------------------------- errors


class ApiError(Exception):
    """A response with a status the call does not treat as success.

    Carries the status, the decoded body, the vendor's error envelope parsed into the spec's error model
    (``error``, ``None`` when the body does not match it), the vendor's request/trace id, and the response.
    """

    status_code: int
    message: str
    body: Any
    error: Any
    request_id: str | None
    response: httpx.Response

    def __init__(
        self, message: str, *, response: httpx.Response, body: Any, error: Any, request_id: str | None
    ) -> None:
        super().__init__(message)
        self.status_code = response.status_code
        self.message = message
        self.body = body
        self.error = error
        self.request_id = request_id
        self.response = response

    @property
    def content(self) -> bytes:
        return self.response.content

    def __str__(self) -> str:
        suffix = f" (request id {self.request_id})" if self.request_id else ""
        return f"{self.status_code}: {self.message}{suffix}"


class BadRequestError(ApiError):
    pass


class AuthenticationError(ApiError):
    pass


class PermissionDeniedError(ApiError):
    pass


class NotFoundError(ApiError):
    pass


class ConflictError(ApiError):
    pass


class UnprocessableEntityError(ApiError):
    pass


class RateLimitError(ApiError):
    pass


class InternalServerError(ApiError):
    pass


class UnexpectedStatus(ApiError):
    """A status the spec does not document for this operation (raised when ``raise_on_unexpected_status``)."""


ERRORS_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _pointer_get(document: Any, pointer: str) -> Any:
    """Resolve an RFC 6901 pointer; ``None`` where the document has no such node."""
    node = document
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping):
            node = node.get(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def error_from_response(response: httpx.Response, facts: ClientFacts, cls: type[ApiError] | None = None) -> ApiError:
    try:
        body: Any = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = response.text
    error: Any = None
    if facts.error_model is not None and isinstance(body, Mapping):
        try:
            error = facts.error_model.from_dict(body)
        except (KeyError, TypeError, ValueError):
            error = None
    message = next(
        (m for p in facts.message_pointers if isinstance(m := _pointer_get(body, p), str) and m),
        response.reason_phrase or "error",
    )
    request_id = next((response.headers[h] for h in facts.request_id_headers if h in response.headers), None)
    if request_id is None and facts.request_id_pointer:
        found = _pointer_get(body, facts.request_id_pointer)
        request_id = str(found) if found is not None else None
    if cls is None:
        status = response.status_code
        cls = ERRORS_BY_STATUS.get(status, InternalServerError if status >= 500 else ApiError)
    return cls(message, response=response, body=body, error=error, request_id=request_id)


# -------------------------------------------------------------------------------------------------- retries


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` header, in either of its two forms (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now)


class RetryPolicy:
    """When and how long to wait before sending a request again.

    ``max_retries`` counts retries after the first attempt. Statuses in ``statuses`` and transient transport
    errors are retried for idempotent methods; other methods only when the request provably never left
    (connection refused), unless ``retry_non_idempotent`` is set.
    """

    def __init__(
        self,
        max_retries: int = 2,
        *,
        initial_backoff: float = 0.5,
        max_backoff: float = 8.0,
        jitter: float = 0.25,
        max_retry_after: float = 60.0,
        statuses: frozenset[int] = RETRY_STATUSES,
        retry_non_idempotent: bool = False,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self.max_retries = max_retries
        self.initial_backoff = initial_backoff
        self.max_backoff = max_backoff
        self.jitter = jitter
        self.max_retry_after = max_retry_after
        self.statuses = statuses
        self.retry_non_idempotent = retry_non_idempotent

    def may_retry(self, method: str) -> bool:
        return self.retry_non_idempotent or method.upper() in IDEMPOTENT_METHODS

    def should_retry_response(self, method: str, response: httpx.Response) -> bool:
        return response.status_code in self.statuses and self.may_retry(method)

    def should_retry_error(self, method: str, error: BaseException) -> bool:
        if isinstance(error, NOT_SENT_ERRORS):
            return True
        return isinstance(error, TRANSIENT_ERRORS) and self.may_retry(method)


class _Attempts:
    """The tenacity configuration for one logical request."""

    def __init__(self, policy: RetryPolicy, method: str, clock: Callable[[], float]) -> None:
        self.policy = policy
        self.method = method
        self.clock = clock
        self.backoff = tenacity.wait_exponential_jitter(
            multiplier=policy.initial_backoff, max=policy.max_backoff, jitter=policy.jitter
        )

    def retry(self, state: tenacity.RetryCallState) -> bool:
        outcome = state.outcome
        if outcome is None:
            return False
        if outcome.failed:
            error = outcome.exception()
            return error is not None and self.policy.should_retry_error(self.method, error)
        response = outcome.result()
        return isinstance(response, httpx.Response) and self.policy.should_retry_response(self.method, response)

    def wait(self, state: tenacity.RetryCallState) -> float:
        outcome = state.outcome
        if outcome is not None and not outcome.failed:
            response = outcome.result()
            if isinstance(response, httpx.Response):
                after = parse_retry_after(response.headers.get("Retry-After"), now=self.clock())
                if after is not None:
                    return min(after, self.policy.max_retry_after)
        return float(self.backoff(state))

    @staticmethod
    def give_up(state: tenacity.RetryCallState) -> Any:
        # Out of attempts: hand back the last response (or raise the last error) instead of RetryError.
        assert state.outcome is not None
        return state.outcome.result()

    def kwargs(self) -> dict[str, Any]:
        return {
            "stop": tenacity.stop_after_attempt(self.policy.max_retries + 1),
            "wait": self.wait,
            "retry": self.retry,
            "retry_error_callback": self.give_up,
            "reraise": True,
        }


# ---------------------------------------------------------------------------------------------------- client


class _HeaderAuth(httpx.Auth):
    """Applied per request, so the credential also reaches user-supplied httpx clients."""

    def __init__(self, header: str, value: str) -> None:
        self.header = header
        self.value = value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self.header] = self.value
        yield request


class ApiClient:
    """Holds the connection settings, credential and retry policy; every generated operation goes through it.

    Args:
        base_url: where the API lives; defaults to the vendor's production URL from the spec.
        token: the credential, sent the way the vendor's security scheme says.
        timeout: seconds (or an ``httpx.Timeout``); every request has one by default.
        max_retries: retries on connection errors and 408/429/5xx for idempotent methods (0 turns them off).
        retry_policy: full control over retries (overrides ``max_retries``).
        headers, cookies, verify_ssl, follow_redirects, httpx_args: passed to the httpx clients.
        raise_on_unexpected_status: ``*_detailed`` calls raise ``UnexpectedStatus`` for undocumented codes.
        sleep, async_sleep, clock: injectable for tests (a fake clock makes retry waits instant).
    """

    facts: ClassVar[ClientFacts]

    def __init__(
        self,
        base_url: str | None = None,
        *,
        token: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_policy: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        cookies: Mapping[str, str] | None = None,
        verify_ssl: bool | str = True,
        follow_redirects: bool = False,
        httpx_args: Mapping[str, Any] | None = None,
        raise_on_unexpected_status: bool = False,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.base_url = (base_url or self.facts.default_base_url).rstrip("/")
        self.token = token
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout)
        self.retry_policy = retry_policy or RetryPolicy(max_retries)
        self.headers = {"User-Agent": self.facts.user_agent, **(headers or {})}
        self.cookies = dict(cookies or {})
        self.verify_ssl = verify_ssl
        self.follow_redirects = follow_redirects
        self.httpx_args = dict(httpx_args or {})
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self.sleep = sleep
        self.async_sleep = async_sleep
        self.clock = clock
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None
        self._auth = self._make_auth()

    def _make_auth(self) -> httpx.Auth | None:
        if not self.token or not self.facts.auth_header:
            return None
        prefix = self.facts.auth_prefix
        return _HeaderAuth(self.facts.auth_header, f"{prefix} {self.token}" if prefix else self.token)

    # -- httpx clients ------------------------------------------------------------------------------------

    def _httpx_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "headers": self.headers,
            "cookies": self.cookies,
            "timeout": self.timeout,
            "verify": self.verify_ssl,
            "follow_redirects": self.follow_redirects,
            **self.httpx_args,
        }

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(**self._httpx_kwargs())
        return self._client

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use your own httpx client; its base_url and settings are yours, the credential is still sent."""
        self._client = client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._httpx_kwargs())
        return self._async_client

    def set_async_httpx_client(self, client: httpx.AsyncClient) -> Self:
        self._async_client = client
        return self

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any) -> None:
        self.get_httpx_client().__exit__(*args)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args)

    # -- sending ------------------------------------------------------------------------------------------

    def _policy(self, max_retries: int | None) -> RetryPolicy:
        if max_retries is None:
            return self.retry_policy
        base = self.retry_policy
        return RetryPolicy(
            max_retries,
            initial_backoff=base.initial_backoff,
            max_backoff=base.max_backoff,
            jitter=base.jitter,
            max_retry_after=base.max_retry_after,
            statuses=base.statuses,
            retry_non_idempotent=base.retry_non_idempotent,
        )

    def _request_kwargs(self, kwargs: Mapping[str, Any], timeout: float | None) -> dict[str, Any]:
        out = dict(kwargs)
        if self._auth is not None:
            out["auth"] = self._auth
        if timeout is not None:
            out["timeout"] = timeout
        return out

    def send(
        self, kwargs: Mapping[str, Any], *, max_retries: int | None = None, timeout: float | None = None
    ) -> httpx.Response:
        """Send one operation's request (as built by its ``_get_kwargs``), retrying per the policy."""
        attempts = _Attempts(self._policy(max_retries), str(kwargs["method"]), self.clock)
        request_kwargs = self._request_kwargs(kwargs, timeout)
        client = self.get_httpx_client()
        retrying = tenacity.Retrying(sleep=self.sleep, **attempts.kwargs())
        response: httpx.Response = retrying(lambda: client.request(**request_kwargs))
        return response

    async def asend(
        self, kwargs: Mapping[str, Any], *, max_retries: int | None = None, timeout: float | None = None
    ) -> httpx.Response:
        attempts = _Attempts(self._policy(max_retries), str(kwargs["method"]), self.clock)
        request_kwargs = self._request_kwargs(kwargs, timeout)
        client = self.get_async_httpx_client()
        retrying = tenacity.AsyncRetrying(sleep=self.async_sleep, **attempts.kwargs())

        async def attempt() -> httpx.Response:
            return await client.request(**request_kwargs)

        response: httpx.Response = await retrying(attempt)
        return response

    def link(self, href: str) -> str:
        """A ``next`` link from a response, checked before the credential is sent to it."""
        target = httpx.URL(href)
        if target.is_absolute_url:
            base = httpx.URL(self.base_url)
            if (target.scheme, target.host, target.port) != (base.scheme, base.host, base.port):
                raise ValueError(f"refusing to follow {href!r}: not on {self.base_url} (the credential would leak)")
        return href

    def raise_error(self, response: httpx.Response) -> NoReturn:
        raise error_from_response(response, self.facts)

    def unexpected_status(self, response: httpx.Response) -> UnexpectedStatus:
        error = error_from_response(response, self.facts, UnexpectedStatus)
        assert isinstance(error, UnexpectedStatus)
        return error


# ----------------------------------------------------------------------------------------------- pagination


def iterate_offset_pages(
    fetch: Callable[[int, int], P],
    items_of: Callable[[P], Sequence[T]],
    *,
    start: int = 0,
    page_size: int,
    total_of: Callable[[P], int | None] | None = None,
) -> Iterator[T]:
    """Follow offset/limit paging lazily: one request per page, stopping at a short or empty page."""
    offset = start
    while True:
        page = fetch(offset, page_size)
        items = items_of(page)
        yield from items
        offset += len(items)
        total = total_of(page) if total_of else None
        if len(items) < page_size or not items or (total is not None and offset >= total):
            return


async def aiterate_offset_pages(
    fetch: Callable[[int, int], Awaitable[P]],
    items_of: Callable[[P], Sequence[T]],
    *,
    start: int = 0,
    page_size: int,
    total_of: Callable[[P], int | None] | None = None,
) -> AsyncIterator[T]:
    offset = start
    while True:
        page = await fetch(offset, page_size)
        items = items_of(page)
        for item in items:
            yield item
        offset += len(items)
        total = total_of(page) if total_of else None
        if len(items) < page_size or not items or (total is not None and offset >= total):
            return


def iterate_link_pages(
    first: Callable[[], P],
    follow: Callable[[str], P],
    items_of: Callable[[P], Sequence[T]],
    next_of: Callable[[P], str | None],
) -> Iterator[T]:
    """Follow ``next`` links lazily until a page has none."""
    page = first()
    seen: set[str] = set()
    while True:
        yield from items_of(page)
        href = next_of(page)
        if not href or href in seen:
            return
        seen.add(href)
        page = follow(href)


async def aiterate_link_pages(
    first: Callable[[], Awaitable[P]],
    follow: Callable[[str], Awaitable[P]],
    items_of: Callable[[P], Sequence[T]],
    next_of: Callable[[P], str | None],
) -> AsyncIterator[T]:
    page = await first()
    seen: set[str] = set()
    while True:
        for item in items_of(page):
            yield item
        href = next_of(page)
        if not href or href in seen:
            return
        seen.add(href)
        page = await follow(href)


def path_value(value: object) -> str:
    """A path parameter on the wire: percent-encoded; lists comma-joined (OpenAPI ``style: simple``)."""
    if isinstance(value, list | tuple):
        return ",".join(quote(str(getattr(v, "value", v)), safe="*") for v in value)
    return quote(str(getattr(value, "value", value)), safe="")


def pointer_str(document: Any, pointer: str) -> str | None:
    """The string at an RFC 6901 pointer, or ``None``."""
    found = _pointer_get(document, pointer)
    return found if isinstance(found, str) else None


def join_query(params: dict[str, Any], joins: Mapping[str, str] | None) -> dict[str, Any]:
    """Send array query parameters declared ``explode: false`` as one delimited value, not repeated keys."""
    if not joins:
        return params
    return {
        key: joins[key].join(str(getattr(v, "value", v)) for v in value)
        if key in joins and isinstance(value, list)
        else value
        for key, value in params.items()
    }
