"""Runtime shared by every generated client: transport, auth, retries, typed errors, pagination.

This file is copied verbatim into each client package as ``_runtime.py`` by ``scripts/generate.py``, so a
vendored client stays "one folder". Each copy is its own module, so every client has its own error classes.
Vendor facts (auth header, base URL, error model) come from the package's generated ``_facts.py``.
"""

from __future__ import annotations

import asyncio
import email.utils
import importlib
import json
import logging
import os
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
from typing import Any, ClassVar, Generic, NoReturn, Protocol, Self, TypeVar, cast
from urllib.parse import quote

import httpx
import tenacity

T = TypeVar("T")
P = TypeVar("P")
C = TypeVar("C")
R = TypeVar("R")

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
        error_model: type[ErrorModel] | str | None,
        message_pointers: Sequence[str] = ("/message",),
        message_details: Sequence[str] = (),
        request_id_headers: Sequence[str] = (),
        request_id_pointer: str | None = None,
        user_agent: str,
        package: str = "client",
    ) -> None:
        self.title = title
        self.package = package
        self.logger = logging.getLogger(package)
        self.version = version
        self.default_base_url = default_base_url
        self.auth_header = auth_header
        self.auth_prefix = auth_prefix
        # "models.x:Name" is imported on the first error: importing every model costs a client's import time.
        self._error_model = error_model
        self.message_pointers = tuple(message_pointers)
        self.message_details = tuple(message_details)
        self.request_id_headers = tuple(request_id_headers)
        self.request_id_pointer = request_id_pointer
        self.user_agent = user_agent

    @property
    def error_model(self) -> type[ErrorModel] | None:
        if isinstance(self._error_model, str):
            module, _, name = self._error_model.partition(":")
            model: type[ErrorModel] = getattr(importlib.import_module(f"{self.package}.{module}"), name)
            self._error_model = model
            return model
        return self._error_model


# --------------------------------------------------------------------------------------------------- errors


class ApiError(Exception):
    """Every error this client raises: ``except ApiError`` catches them all.

    ``APIStatusError`` (and a subclass per status) when the server answered with an error status;
    ``APIConnectionError`` / ``APITimeoutError`` when no usable answer came back.
    """

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(ApiError):
    """The request could not be sent or its answer not read (refused, reset, DNS, TLS), after every retry."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool), after every retry."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APIStatusError(ApiError):
    """A response with a status the call does not treat as success.

    Carries the status, the decoded body, the vendor's error envelope parsed into the spec's error model
    (``error``, ``None`` when the body does not match it), the vendor's request/trace id, and the response.
    """

    status_code: int
    body: Any
    error: Any
    request_id: str | None
    response: httpx.Response

    def __init__(
        self, message: str, *, response: httpx.Response, body: Any, error: Any, request_id: str | None
    ) -> None:
        super().__init__(message, request=_request_of(response))
        self.status_code = response.status_code
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


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built by hand, never sent
        return None


class BadRequestError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class PermissionDeniedError(APIStatusError):
    pass


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class UnprocessableEntityError(APIStatusError):
    pass


class RateLimitError(APIStatusError):
    pass


class InternalServerError(APIStatusError):
    pass


class UnexpectedStatus(APIStatusError):
    """A status the spec does not document for this operation (raised when ``raise_on_unexpected_status``)."""


ERRORS_BY_STATUS: dict[int, type[APIStatusError]] = {
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


def _pointer_texts(document: Any, pointer: str) -> list[str]:
    """The non-empty strings at a pointer; a ``*`` token stands for every element of a list."""
    head, star, tail = pointer.partition("/*")
    if not star:
        found = _pointer_get(document, pointer)
        return [found] if isinstance(found, str) and found else []
    items = _pointer_get(document, head) if head else document
    if not isinstance(items, list):
        return []
    return [text for item in items for text in _pointer_texts(item, tail or "")]


def error_message(body: Any, facts: ClientFacts, fallback: str) -> str:
    """The vendor's own text: the first message pointer that yields text, then every detail pointer's text."""
    headline = next((t for p in facts.message_pointers if (t := "; ".join(_pointer_texts(body, p)))), "")
    details = [t for p in facts.message_details for t in _pointer_texts(body, p) if t != headline]
    text = "; ".join([headline, *details] if headline else details)
    return text or fallback


def error_from_response(
    response: httpx.Response, facts: ClientFacts, cls: type[APIStatusError] | None = None
) -> APIStatusError:
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
    message = error_message(body, facts, response.reason_phrase or "error")
    request_id = next((response.headers[h] for h in facts.request_id_headers if h in response.headers), None)
    if request_id is None and facts.request_id_pointer:
        found = _pointer_get(body, facts.request_id_pointer)
        request_id = str(found) if found is not None else None
    if cls is None:
        status = response.status_code
        cls = ERRORS_BY_STATUS.get(status, InternalServerError if status >= 500 else APIStatusError)
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
        max_retry_seconds: float | None = 60.0,
        statuses: frozenset[int] = RETRY_STATUSES,
        retry_non_idempotent: bool = False,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if max_retry_seconds is not None and max_retry_seconds < 0:
            raise ValueError("max_retry_seconds must be >= 0 or None")
        # The budget of one call: no retry starts whose wait would end past this many seconds after the first
        # attempt began (None: only max_retries bounds it).
        self.max_retry_seconds = max_retry_seconds
        self.max_retries = max_retries
        self.initial_backoff = initial_backoff
        self.max_backoff = max_backoff
        self.jitter = jitter
        self.max_retry_after = max_retry_after
        self.statuses = statuses
        self.retry_non_idempotent = retry_non_idempotent

    def replace(self, *, max_retries: int | None = None, max_retry_seconds: float | None = None) -> RetryPolicy:
        """This policy with a per-call attempt and/or time budget (``None``: keep this policy's)."""
        return RetryPolicy(
            self.max_retries if max_retries is None else max_retries,
            initial_backoff=self.initial_backoff,
            max_backoff=self.max_backoff,
            jitter=self.jitter,
            max_retry_after=self.max_retry_after,
            max_retry_seconds=self.max_retry_seconds if max_retry_seconds is None else max_retry_seconds,
            statuses=self.statuses,
            retry_non_idempotent=self.retry_non_idempotent,
        )

    def may_retry(self, method: str) -> bool:
        return self.retry_non_idempotent or method.upper() in IDEMPOTENT_METHODS

    def should_retry_response(self, method: str, response: httpx.Response) -> bool:
        return response.status_code in self.statuses and self.may_retry(method)

    def should_retry_error(self, method: str, error: BaseException) -> bool:
        if isinstance(error, NOT_SENT_ERRORS):
            return True
        return isinstance(error, TRANSIENT_ERRORS) and self.may_retry(method)


class _Attempts:
    """The tenacity configuration for one logical request: when to stop, how long to wait, what to log."""

    def __init__(
        self, policy: RetryPolicy, method: str, url: str, clock: Callable[[], float], logger: logging.Logger
    ) -> None:
        self.policy = policy
        self.method = method.upper()
        self.url = url
        self.clock = clock
        self.logger = logger
        self.started = clock()
        self.backoff = tenacity.wait_exponential_jitter(
            multiplier=policy.initial_backoff, max=policy.max_backoff, jitter=policy.jitter
        )

    def retry(self, state: tenacity.RetryCallState) -> bool:
        outcome = state.outcome
        if outcome is None:
            return False
        if outcome.failed:
            return self.retries(outcome.exception())
        return self.retries(outcome.result())

    def retries(self, outcome: object) -> bool:
        """Whether an attempt that answered (a response) or failed (an error) is to be sent again."""
        if isinstance(outcome, httpx.Response):
            return self.policy.should_retry_response(self.method, outcome)
        return isinstance(outcome, BaseException) and self.policy.should_retry_error(self.method, outcome)

    def replaying(self, first: object, attempt: Callable[[], R]) -> Callable[[], R]:
        """``attempt``, whose first call hands back ``first`` (the outcome already had) instead of sending:
        tenacity then decides, waits and logs after it exactly as if it had made that attempt itself."""
        pending = [first]

        def call() -> R:
            if not pending:
                return attempt()
            outcome = pending.pop()
            if isinstance(outcome, BaseException):
                raise outcome
            return cast(R, outcome)

        return call

    def areplaying(self, first: object, attempt: Callable[[], Awaitable[R]]) -> Callable[[], Awaitable[R]]:
        """``replaying`` for an async ``attempt``."""
        pending = [first]

        async def call() -> R:
            if not pending:
                return await attempt()
            outcome = pending.pop()
            if isinstance(outcome, BaseException):
                raise outcome
            return cast(R, outcome)

        return call

    def wait(self, state: tenacity.RetryCallState) -> float:
        outcome = state.outcome
        if outcome is not None and not outcome.failed:
            response = outcome.result()
            if isinstance(response, httpx.Response):
                after = parse_retry_after(response.headers.get("Retry-After"), now=self.clock())
                if after is not None:
                    return min(after, self.policy.max_retry_after)
        return float(self.backoff(state))

    def stop(self, state: tenacity.RetryCallState) -> bool:
        if state.attempt_number > self.policy.max_retries:
            return True
        budget = self.policy.max_retry_seconds
        if budget is None:
            return False
        # tenacity computes the wait before asking whether to stop: a retry that would start past the budget
        # is not made, so a long Retry-After fails fast instead of blocking the caller.
        wait = state.upcoming_sleep or 0.0
        over = self.clock() - self.started + wait > budget
        if over:
            self.logger.info(
                "Not retrying %s %s: waiting %.1f s would exceed the %.1f s retry budget",
                self.method,
                self.url,
                wait,
                budget,
            )
        return over

    def before_sleep(self, state: tenacity.RetryCallState) -> None:
        outcome = state.outcome
        reason = "unknown"
        if outcome is not None and outcome.failed:
            error = outcome.exception()
            reason = f"{type(error).__name__}: {error}"
        elif outcome is not None:
            response = outcome.result()
            if isinstance(response, httpx.Response):
                reason = f"{response.status_code} {response.reason_phrase}".strip()
                if "Retry-After" in response.headers:
                    reason += f", Retry-After: {response.headers['Retry-After']}"
        self.logger.info(
            "Retrying %s %s in %.2f s (%s); retry %d of %d",
            self.method,
            self.url,
            state.upcoming_sleep,
            reason,
            state.attempt_number,
            self.policy.max_retries,
        )

    @staticmethod
    def give_up(state: tenacity.RetryCallState) -> Any:
        # Out of attempts: hand back the last response (or raise the last error) instead of RetryError.
        assert state.outcome is not None
        return state.outcome.result()

    def kwargs(self) -> dict[str, Any]:
        return {
            "stop": self.stop,
            "wait": self.wait,
            "retry": self.retry,
            "before_sleep": self.before_sleep,
            "retry_error_callback": self.give_up,
            "reraise": True,
        }


# -------------------------------------------------------------------------------------------------- logging

SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})
_configured: set[str] = set()


def configure_logging(facts: ClientFacts) -> None:
    """``<VENDOR>_CLIENT_LOG=debug|info`` (like ``OPENAI_LOG``) turns the client's logger on, to stderr."""
    name = facts.package
    if name in _configured:
        return
    _configured.add(name)
    level = os.environ.get(f"{name.upper()}_LOG", "").strip().lower()
    if level not in {"debug", "info"}:
        return
    logger = facts.logger
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)


def _headers_for_log(headers: Mapping[str, str], secret: str | None) -> dict[str, str]:
    hidden = SECRET_HEADERS | ({secret.lower()} if secret else set())
    return {k: ("<redacted>" if k.lower() in hidden else v) for k, v in headers.items()}


def _preview(content: bytes, limit: int = 2000) -> str:
    text = content[:limit].decode("utf-8", errors="replace")
    return text + (f"... ({len(content)} bytes)" if len(content) > limit else "")


def log_request(logger: logging.Logger, request: httpx.Request) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        try:
            body = request.content
        except httpx.RequestNotRead:  # a streamed upload: not read just to log it
            body = b""
        logger.debug("Request: %s %s body=%s", request.method, request.url, _preview(body))


def log_response(logger: logging.Logger, response: httpx.Response, secret: str | None, started: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        sent = response.request  # as sent: with the credential applied, which is redacted here
        logger.debug(
            "Response: %s %s -> %d %s in %.1f ms request headers=%s response headers=%s body=%s",
            sent.method,
            sent.url,
            response.status_code,
            response.reason_phrase,
            (time.perf_counter() - started) * 1000,
            _headers_for_log(sent.headers, secret),
            _headers_for_log(response.headers, secret),
            _preview(response.content),
        )


# ---------------------------------------------------------------------------------------------------- client


def _request_of_error(error: httpx.TransportError) -> httpx.Request | None:
    try:
        return error.request
    except RuntimeError:
        return None


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
        configure_logging(self.facts)

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

    def _policy(self, max_retries: int | None, max_retry_seconds: float | None) -> RetryPolicy:
        if max_retries is None and max_retry_seconds is None:
            return self.retry_policy
        return self.retry_policy.replace(max_retries=max_retries, max_retry_seconds=max_retry_seconds)

    def _request_kwargs(self, kwargs: Mapping[str, Any], timeout: float | httpx.Timeout | None) -> dict[str, Any]:
        out = dict(kwargs)
        if self._auth is not None and "auth" not in out:  # ``auth: None``: a query credential replaces ours
            out["auth"] = self._auth
        if timeout is not None:
            out["timeout"] = timeout
        return out

    def _attempts(
        self, kwargs: Mapping[str, Any], max_retries: int | None, max_retry_seconds: float | None
    ) -> _Attempts:
        policy = self._policy(max_retries, max_retry_seconds)
        return _Attempts(policy, str(kwargs["method"]), str(kwargs["url"]), self.clock, self.facts.logger)

    def send(
        self,
        kwargs: Mapping[str, Any],
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retry_seconds: float | None = None,
    ) -> httpx.Response:
        """Send one operation's request (as built by its ``_get_kwargs``), retrying per the policy.

        Raises ``APIConnectionError``/``APITimeoutError`` when no answer came back after every retry.
        """
        attempts = self._attempts(kwargs, max_retries, max_retry_seconds)
        request_kwargs = self._request_kwargs(kwargs, timeout)
        client = self.get_httpx_client()
        logger, secret = self.facts.logger, self.facts.auth_header
        # Only our credential: a user-supplied httpx client keeps its own auth when we have none.
        auth = {"auth": request_kwargs["auth"]} if "auth" in request_kwargs else {}

        def attempt() -> httpx.Response:
            request = client.build_request(
                **{k: v for k, v in request_kwargs.items() if k not in {"auth", "follow_redirects"}}
            )
            log_request(logger, request)
            started = time.perf_counter()
            response = client.send(request, **auth)
            log_response(logger, response, secret, started)
            return response

        try:
            # Most requests succeed at once: only a first attempt that is to be retried pays for tenacity.
            first: httpx.Response | BaseException
            try:
                first = attempt()
            except BaseException as error:
                if not attempts.retries(error):
                    raise
                first = error
            if isinstance(first, httpx.Response) and not attempts.retries(first):
                return first
            retrying = tenacity.Retrying(sleep=self.sleep, **attempts.kwargs())
            response: httpx.Response = retrying(attempts.replaying(first, attempt))
        except httpx.TimeoutException as exc:
            raise APITimeoutError(f"Request timed out: {exc}", request=_request_of_error(exc)) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(f"Connection error: {exc}", request=_request_of_error(exc)) from exc
        return response

    async def asend(
        self,
        kwargs: Mapping[str, Any],
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retry_seconds: float | None = None,
    ) -> httpx.Response:
        attempts = self._attempts(kwargs, max_retries, max_retry_seconds)
        request_kwargs = self._request_kwargs(kwargs, timeout)
        client = self.get_async_httpx_client()
        logger, secret = self.facts.logger, self.facts.auth_header
        # Only our credential: a user-supplied httpx client keeps its own auth when we have none.
        auth = {"auth": request_kwargs["auth"]} if "auth" in request_kwargs else {}

        async def attempt() -> httpx.Response:
            request = client.build_request(
                **{k: v for k, v in request_kwargs.items() if k not in {"auth", "follow_redirects"}}
            )
            log_request(logger, request)
            started = time.perf_counter()
            response = await client.send(request, **auth)
            log_response(logger, response, secret, started)
            return response

        try:
            first: httpx.Response | BaseException
            try:
                first = await attempt()
            except BaseException as error:
                if not attempts.retries(error):
                    raise
                first = error
            if isinstance(first, httpx.Response) and not attempts.retries(first):
                return first
            retrying = tenacity.AsyncRetrying(sleep=self.async_sleep, **attempts.kwargs())
            response: httpx.Response = await retrying(attempts.areplaying(first, attempt))
        except httpx.TimeoutException as exc:
            raise APITimeoutError(f"Request timed out: {exc}", request=_request_of_error(exc)) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(f"Connection error: {exc}", request=_request_of_error(exc)) from exc
        return response

    def link(self, href: str) -> str:
        """A ``next`` link from a response, checked before the credential is sent to it."""
        target = httpx.URL(href)
        if target.is_absolute_url:
            base = httpx.URL(self.base_url)
            if (target.scheme, target.host, target.port) != (base.scheme, base.host, base.port):
                raise ValueError(f"refusing to follow {href!r}: not on {self.base_url} (the credential would leak)")
        return href

    # -- server-sent events ----------------------------------------------------------------------------
    # A stream is read as it arrives and is not retried: a retry would repeat events already handed out.

    def _stream_request(
        self, client: httpx.Client | httpx.AsyncClient, kwargs: Mapping[str, Any], timeout: Any
    ) -> tuple[httpx.Request, dict[str, Any]]:
        request_kwargs = self._request_kwargs(kwargs, timeout)
        auth = {"auth": request_kwargs["auth"]} if "auth" in request_kwargs else {}
        request = client.build_request(
            **{k: v for k, v in request_kwargs.items() if k not in {"auth", "follow_redirects"}}
        )
        log_request(self.facts.logger, request)
        return request, auth

    def stream_events(
        self, kwargs: Mapping[str, Any], *, timeout: float | httpx.Timeout | None = None
    ) -> Iterator[str]:
        """The ``data`` of each server-sent event of the response, read lazily; an error status raises."""
        client = self.get_httpx_client()
        request, auth = self._stream_request(client, kwargs, timeout)
        try:
            response = client.send(request, stream=True, **auth)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(f"Request timed out: {exc}", request=request) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(f"Connection error: {exc}", request=request) from exc
        try:
            if not 200 <= response.status_code <= 299:
                response.read()
                self.raise_error(response)
            yield from sse_data(response.iter_lines())
        finally:
            response.close()

    async def astream_events(
        self, kwargs: Mapping[str, Any], *, timeout: float | httpx.Timeout | None = None
    ) -> AsyncIterator[str]:
        client = self.get_async_httpx_client()
        request, auth = self._stream_request(client, kwargs, timeout)
        try:
            response = await client.send(request, stream=True, **auth)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(f"Request timed out: {exc}", request=request) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(f"Connection error: {exc}", request=request) from exc
        try:
            if not 200 <= response.status_code <= 299:
                await response.aread()
                self.raise_error(response)
            parser = SseParser()
            async for line in response.aiter_lines():
                for data in parser.feed(line):
                    yield data
            for data in parser.feed(""):
                yield data
        finally:
            await response.aclose()

    def raise_error(self, response: httpx.Response) -> NoReturn:
        raise error_from_response(response, self.facts)

    def unexpected_status(self, response: httpx.Response) -> UnexpectedStatus:
        error = error_from_response(response, self.facts, UnexpectedStatus)
        assert isinstance(error, UnexpectedStatus)
        return error


# ------------------------------------------------------------------------------------- server-sent events


class SseParser:
    """The ``data`` of each event of a ``text/event-stream``, line by line (WHATWG: data lines join with
    newlines, an empty line ends an event, ``:`` lines are comments, other fields are ignored)."""

    def __init__(self) -> None:
        self._data: list[str] = []

    def feed(self, line: str) -> list[str]:
        if line == "":
            done, self._data = self._data, []
            return ["\n".join(done)] if done else []
        name, _, value = line.partition(":")
        if name == "data":
            self._data.append(value[1:] if value.startswith(" ") else value)
        return []


def sse_data(lines: Iterator[str]) -> Iterator[str]:
    parser = SseParser()
    for line in lines:
        yield from parser.feed(line)
    yield from parser.feed("")


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
    """Array query parameters on the wire: one delimited value where the spec declares ``explode: false``,
    repeated keys otherwise, and an empty list as one empty value (``key=``) either way: httpx would drop
    the key, and then a required array could not say "none" (an argument left UNSET sends nothing)."""
    sent: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, list) and joins and key in joins:
            value = joins[key].join(str(getattr(v, "value", v)) for v in value)
        elif isinstance(value, list) and not value:
            value = ""
        sent[key] = value
    return sent


# ------------------------------------------------------------------------------------------------ resources


class Resource(Generic[C]):
    """A group of operations reached as an attribute of a client (``client.data_stores``)."""

    def __init__(self, client: C) -> None:
        self._client = client


def with_options(
    kwargs: dict[str, Any], extra_headers: Mapping[str, str] | None, extra_query: Mapping[str, Any] | None
) -> dict[str, Any]:
    """Per-call headers and query parameters on top of what the operation builds (they win on a clash)."""
    if extra_headers:
        kwargs["headers"] = {**(kwargs.get("headers") or {}), **extra_headers}
    if extra_query:
        kwargs["params"] = {**(kwargs.get("params") or {}), **extra_query}
    return kwargs


def with_query_credential(kwargs: dict[str, Any], credentials: Mapping[str, object]) -> dict[str, Any]:
    """A credential given for this call in the query (a one-time code) replaces the client's own: it is sent
    as the query parameter and the call carries no credential header (the code alone authorises it)."""
    given = {name: value for name, value in credentials.items() if isinstance(value, str)}
    if given:
        kwargs["params"] = {**(kwargs.get("params") or {}), **given}
        kwargs["auth"] = None
    return kwargs


def build_body(
    model: Callable[..., T],
    fields: Mapping[str, Any],
    *,
    required: Sequence[str],
    unset: object,
    operation: str,
) -> T:
    """The request body from keyword arguments, when the caller passed fields instead of ``body=``."""
    missing = [name for name in required if fields[name] is unset]
    if missing:
        raise TypeError(f"{operation}() needs body= or the field(s) {', '.join(missing)}")
    return model(**{name: value for name, value in fields.items() if value is not unset})


# ---------------------------------------------------------------------------------------------------- enums

_warned: set[tuple[str, str]] = set()


def unknown_enum_member(cls: type[Any], value: object, package: str) -> Any:
    """An enum member for a value the spec does not list: kept as its string, logged once per value.

    Services add enum values before specs catch up; failing the whole response for one would break every
    caller. The member is an instance of the enum class (so typed code keeps working); ``.value`` is the
    string.
    """
    if not isinstance(value, str):
        return None
    member = str.__new__(cls, value)
    member._name_ = value
    member._value_ = value
    key = (cls.__qualname__, value)
    if key not in _warned:
        _warned.add(key)
        logging.getLogger(package).warning(
            "%s: value %r is not in the spec; kept as a string (a newer server?)", cls.__name__, value
        )
    return member


# --------------------------------------------------------------------------------------------------- models


def model_repr(model: Any, unset: object) -> str:
    """``DataStore(id=1, name='orders')``: the fields that are set; unknown fields only when some came."""
    import attrs  # loaded by every model already; importing it here keeps it out of the client's import time

    parts = [
        f"{field.name}={value!r}"
        for field in attrs.fields(type(model))
        if (value := getattr(model, field.name)) is not unset
        and not (field.name == "additional_properties" and not value)
    ]
    return f"{type(model).__name__}({', '.join(parts)})"
