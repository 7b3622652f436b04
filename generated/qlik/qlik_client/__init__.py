"""A client library for accessing Qlik Cloud Data Stores API"""

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
