"""Facts about this API that the generator read from its spec and overlay. Do not edit."""

from ._runtime import ClientFacts

FACTS = ClientFacts(
    title="Make Web API v2 — Data stores and data store records",
    version="1.9.0",
    default_base_url="https://eu1.make.com/api/v2",
    auth_header="Authorization",
    auth_prefix="Token",
    error_model="models.make_error:MakeError",
    message_pointers=("/detail", "/message"),
    message_details=("/suberrors/*/message",),
    request_id_headers=(),
    request_id_pointer=None,
    user_agent="datastore-api-kit-make-client/1.9.0",
    package="make_client",
)

# endpoint -> {query parameter: delimiter}: arrays the spec sends joined (explode: false).
QUERY_JOINS: dict[str, dict[str, str]] = {}
