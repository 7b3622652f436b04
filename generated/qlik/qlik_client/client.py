"""The clients: connection settings, credential, retries, and one attribute per resource of the API.

``Client`` calls block, ``AsyncClient`` calls are awaited; both reach every operation as
``client.<resource>.<method>(...)``. The function modules in ``api/`` take either as ``client=``.
"""

from functools import cached_property
from typing import TYPE_CHECKING

from ._facts import FACTS
from ._runtime import (
    ApiClient,
    APIConnectionError,
    ApiError,
    APITimeoutError,
    RetryPolicy,
)

if TYPE_CHECKING:
    from .resources.data_assets import AsyncDataAssetsResource, DataAssetsResource
    from .resources.data_sets import AsyncDataSetsResource, DataSetsResource
    from .resources.data_stores import AsyncDataStoresResource, DataStoresResource


class BaseClient(ApiClient):
    """What both clients share: settings, credential, retries (see ``ApiClient``); no resource attributes."""

    facts = FACTS


class Client(BaseClient):
    """A client for Qlik Cloud Data Stores API.

    ``Client(token="...")`` sends the credential the way the vendor expects; ``base_url`` defaults to the
    vendor's production URL (see the README). Every operation is a method of a resource attribute, e.g.
    ``client.data_assets``; see ``api.md`` for the whole map.
    """

    @cached_property
    def data_assets(self) -> "DataAssetsResource":
        from .resources.data_assets import DataAssetsResource

        return DataAssetsResource(self)

    @cached_property
    def data_sets(self) -> "DataSetsResource":
        from .resources.data_sets import DataSetsResource

        return DataSetsResource(self)

    @cached_property
    def data_stores(self) -> "DataStoresResource":
        from .resources.data_stores import DataStoresResource

        return DataStoresResource(self)


class AsyncClient(BaseClient):
    """The same API as ``Client``, every method a coroutine (iterators are async iterators)."""

    @cached_property
    def data_assets(self) -> "AsyncDataAssetsResource":
        from .resources.data_assets import AsyncDataAssetsResource

        return AsyncDataAssetsResource(self)

    @cached_property
    def data_sets(self) -> "AsyncDataSetsResource":
        from .resources.data_sets import AsyncDataSetsResource

        return AsyncDataSetsResource(self)

    @cached_property
    def data_stores(self) -> "AsyncDataStoresResource":
        from .resources.data_stores import AsyncDataStoresResource

        return AsyncDataStoresResource(self)


# Accepted by every function in ``api/``: either client (the name is the stock openapi-python-client one).
AuthenticatedClient = BaseClient

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "ApiError",
    "AsyncClient",
    "AuthenticatedClient",
    "BaseClient",
    "Client",
    "RetryPolicy",
]
