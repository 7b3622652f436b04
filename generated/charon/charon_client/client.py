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
    from .resources.authentication import (
        AsyncAuthenticationResource,
        AuthenticationResource,
    )
    from .resources.billing import AsyncBillingResource, BillingResource
    from .resources.context import AsyncContextResource, ContextResource
    from .resources.data_source import AsyncDataSourceResource, DataSourceResource
    from .resources.formulas import AsyncFormulasResource, FormulasResource
    from .resources.membership import AsyncMembershipResource, MembershipResource
    from .resources.preferences import AsyncPreferencesResource, PreferencesResource
    from .resources.processes import AsyncProcessesResource, ProcessesResource
    from .resources.project import AsyncProjectResource, ProjectResource
    from .resources.resource_storage import (
        AsyncResourceStorageResource,
        ResourceStorageResource,
    )
    from .resources.troubleshooting import (
        AsyncTroubleshootingResource,
        TroubleshootingResource,
    )
    from .resources.user import AsyncUserResource, UserResource
    from .resources.workspace import AsyncWorkspaceResource, WorkspaceResource


class BaseClient(ApiClient):
    """What both clients share: settings, credential, retries (see ``ApiClient``); no resource attributes."""

    facts = FACTS


class Client(BaseClient):
    """A client for Charon (GameDevWare) Web REST API.

    ``Client(token="...")`` sends the credential the way the vendor expects; ``base_url`` defaults to the
    vendor's production URL (see the README). Every operation is a method of a resource attribute, e.g.
    ``client.authentication``; see ``api.md`` for the whole map.
    """

    @cached_property
    def authentication(self) -> "AuthenticationResource":
        from .resources.authentication import AuthenticationResource

        return AuthenticationResource(self)

    @cached_property
    def billing(self) -> "BillingResource":
        from .resources.billing import BillingResource

        return BillingResource(self)

    @cached_property
    def context(self) -> "ContextResource":
        from .resources.context import ContextResource

        return ContextResource(self)

    @cached_property
    def data_source(self) -> "DataSourceResource":
        from .resources.data_source import DataSourceResource

        return DataSourceResource(self)

    @cached_property
    def formulas(self) -> "FormulasResource":
        from .resources.formulas import FormulasResource

        return FormulasResource(self)

    @cached_property
    def membership(self) -> "MembershipResource":
        from .resources.membership import MembershipResource

        return MembershipResource(self)

    @cached_property
    def preferences(self) -> "PreferencesResource":
        from .resources.preferences import PreferencesResource

        return PreferencesResource(self)

    @cached_property
    def processes(self) -> "ProcessesResource":
        from .resources.processes import ProcessesResource

        return ProcessesResource(self)

    @cached_property
    def project(self) -> "ProjectResource":
        from .resources.project import ProjectResource

        return ProjectResource(self)

    @cached_property
    def resource_storage(self) -> "ResourceStorageResource":
        from .resources.resource_storage import ResourceStorageResource

        return ResourceStorageResource(self)

    @cached_property
    def troubleshooting(self) -> "TroubleshootingResource":
        from .resources.troubleshooting import TroubleshootingResource

        return TroubleshootingResource(self)

    @cached_property
    def user(self) -> "UserResource":
        from .resources.user import UserResource

        return UserResource(self)

    @cached_property
    def workspace(self) -> "WorkspaceResource":
        from .resources.workspace import WorkspaceResource

        return WorkspaceResource(self)


class AsyncClient(BaseClient):
    """The same API as ``Client``, every method a coroutine (iterators are async iterators)."""

    @cached_property
    def authentication(self) -> "AsyncAuthenticationResource":
        from .resources.authentication import AsyncAuthenticationResource

        return AsyncAuthenticationResource(self)

    @cached_property
    def billing(self) -> "AsyncBillingResource":
        from .resources.billing import AsyncBillingResource

        return AsyncBillingResource(self)

    @cached_property
    def context(self) -> "AsyncContextResource":
        from .resources.context import AsyncContextResource

        return AsyncContextResource(self)

    @cached_property
    def data_source(self) -> "AsyncDataSourceResource":
        from .resources.data_source import AsyncDataSourceResource

        return AsyncDataSourceResource(self)

    @cached_property
    def formulas(self) -> "AsyncFormulasResource":
        from .resources.formulas import AsyncFormulasResource

        return AsyncFormulasResource(self)

    @cached_property
    def membership(self) -> "AsyncMembershipResource":
        from .resources.membership import AsyncMembershipResource

        return AsyncMembershipResource(self)

    @cached_property
    def preferences(self) -> "AsyncPreferencesResource":
        from .resources.preferences import AsyncPreferencesResource

        return AsyncPreferencesResource(self)

    @cached_property
    def processes(self) -> "AsyncProcessesResource":
        from .resources.processes import AsyncProcessesResource

        return AsyncProcessesResource(self)

    @cached_property
    def project(self) -> "AsyncProjectResource":
        from .resources.project import AsyncProjectResource

        return AsyncProjectResource(self)

    @cached_property
    def resource_storage(self) -> "AsyncResourceStorageResource":
        from .resources.resource_storage import AsyncResourceStorageResource

        return AsyncResourceStorageResource(self)

    @cached_property
    def troubleshooting(self) -> "AsyncTroubleshootingResource":
        from .resources.troubleshooting import AsyncTroubleshootingResource

        return AsyncTroubleshootingResource(self)

    @cached_property
    def user(self) -> "AsyncUserResource":
        from .resources.user import AsyncUserResource

        return AsyncUserResource(self)

    @cached_property
    def workspace(self) -> "AsyncWorkspaceResource":
        from .resources.workspace import AsyncWorkspaceResource

        return AsyncWorkspaceResource(self)


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
