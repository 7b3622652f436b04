"""A client library for accessing Qlik Cloud Data Stores API"""

from .client import AuthenticatedClient, Client, RetryPolicy
from .errors import ApiError

__all__ = (
    "ApiError",
    "AuthenticatedClient",
    "Client",
    "RetryPolicy",
)
