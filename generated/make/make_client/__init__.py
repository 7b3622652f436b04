"""A client library for accessing Make Web API v2 — Data stores and data store records"""

from .client import AsyncClient, AuthenticatedClient, BaseClient, Client, RetryPolicy
from .errors import APIConnectionError, ApiError, APITimeoutError, NotFoundError

__all__ = (
    "APIConnectionError",
    "APITimeoutError",
    "ApiError",
    "AsyncClient",
    "AuthenticatedClient",
    "BaseClient",
    "Client",
    "NotFoundError",
    "RetryPolicy",
)
