"""A client library for accessing Rollup Workspace Data Sinks API"""

from .client import AuthenticatedClient, Client, RetryPolicy
from .errors import ApiError

__all__ = (
    "ApiError",
    "AuthenticatedClient",
    "Client",
    "RetryPolicy",
)
