"""Facts about this API that the generator read from its spec and overlay. Do not edit."""

from ._runtime import ClientFacts

FACTS = ClientFacts(
    title="Rollup Workspace Data Sinks API",
    version="1.9.0",
    default_base_url="https://api.rollup.ai",
    auth_header="x-api-key",
    auth_prefix="",
    error_model="models.error:Error",
    message_pointers=("/message", "/message/*", "/error"),
    message_details=(),
    request_id_headers=(),
    request_id_pointer=None,
    user_agent="datastore-api-kit-rollup-client/1.9.0",
    package="rollup_client",
)

# endpoint -> {query parameter: delimiter}: arrays the spec sends joined (explode: false).
QUERY_JOINS: dict[str, dict[str, str]] = {}
