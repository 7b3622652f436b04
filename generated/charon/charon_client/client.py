"""The client: connection settings, credential, retries. Every operation in ``api/`` takes one."""

from ._facts import FACTS
from ._runtime import ApiClient, RetryPolicy


class Client(ApiClient):
    """A client for Charon (GameDevWare) Web REST API.

    ``Client(token="...")`` sends the credential the way the vendor expects; ``base_url`` defaults to the
    vendor's production URL. See ``ApiClient`` for timeouts, retries and bringing your own httpx client.
    """

    facts = FACTS


# Kept so that code written against the stock openapi-python-client layout still imports.
AuthenticatedClient = Client

__all__ = ["AuthenticatedClient", "Client", "RetryPolicy"]
