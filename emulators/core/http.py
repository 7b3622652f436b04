"""The request and response objects that vendor handlers see, and the problem type they raise."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

import orjson

log = logging.getLogger("emulators")


def reason_phrase(status: int, overrides: Mapping[int, str] | None = None) -> str:
    """The HTTP reason phrase for ``status``, with a vendor's own wording where it differs."""
    if overrides and status in overrides:
        return overrides[status]
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """One validation failure: where (``query.pg[limit]``, ``body/name``) and what."""

    location: str
    message: str


class ApiProblem(Exception):
    """Raised anywhere in request handling; the vendor module turns it into its error envelope.

    ``code`` is the vendor's own error code where it has one (e.g. ``IM005``); the vendor module
    picks a default per status otherwise.
    """

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        problems: Sequence[FieldProblem] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.problems = tuple(problems)
        self.headers = dict(headers or {})
        # Set by the core once the request is routed, so a vendor can pick the error shape per operation.
        self.operation_id: str | None = None


@dataclass(frozen=True, slots=True)
class Principal:
    """The caller, as identified by the credential."""

    token: str
    scopes: frozenset[str] | None  # None: every scope
    subject: Any = None  # the vendor's own identity of the caller (e.g. a user id), when it keeps one


@dataclass(slots=True)
class Request:
    operation_id: str
    method: str
    path: str
    path_params: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, str]
    body: Any
    principal: Principal | None
    base_url: str  # scheme://host[:port] + mount path, for absolute links
    extensions: dict[str, Any] = field(default_factory=dict)  # the operation's x-* keys from the spec
    body_media_type: str = ""  # the request's Content-Type (lower-case, no parameters) when it had a body


@dataclass(slots=True)
class Response:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"

    def encode(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        try:
            return orjson.dumps(self.body)
        except orjson.JSONEncodeError:
            # Deeper than orjson writes (255 levels): only a document stored before depth was bounded
            # (``limits.MAX_JSON_DEPTH``) can be; the standard library still returns it.
            log.warning("response deeper than orjson encodes; falling back to the json module")
            return json.dumps(self.body, ensure_ascii=False, separators=(",", ":")).encode()
