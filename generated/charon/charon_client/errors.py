"""Typed errors raised by the operations in ``api/`` (each client has its own classes)."""

from ._runtime import (
    ApiError,
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
