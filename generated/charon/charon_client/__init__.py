"""A client library for accessing Charon (GameDevWare) Web REST API"""

from .client import AuthenticatedClient, Client, RetryPolicy
from .errors import ApiError

__all__ = (
    "ApiError",
    "AuthenticatedClient",
    "Client",
    "RetryPolicy",
)
