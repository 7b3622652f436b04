"""Typed errors raised by this client (each client has its own classes); ``ApiError`` is the base of all.

ApiError
├── APIConnectionError        no usable answer: refused, reset, DNS, TLS
│   └── APITimeoutError       connect, read, write or pool timeout
└── APIStatusError            an error status (status_code, message, error, request_id, response)
    ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
    ├── ConflictError 409, UnprocessableEntityError 422, RateLimitError 429, InternalServerError 5xx
    └── UnexpectedStatus      a status the spec does not document for the operation
"""

from ._runtime import (
    APIConnectionError,
    ApiError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnexpectedStatus,
    UnprocessableEntityError,
)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
]
