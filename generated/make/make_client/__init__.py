"""A client library for accessing Make Web API v2 — Data stores and data store records"""

from .client import AuthenticatedClient, Client, RetryPolicy
from .errors import ApiError

__all__ = (
    "ApiError",
    "AuthenticatedClient",
    "Client",
    "RetryPolicy",
)
