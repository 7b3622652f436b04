"""Facts about this API that the generator read from its spec and overlay. Do not edit."""

from ._runtime import ClientFacts

FACTS = ClientFacts(
    title="Charon (GameDevWare) Web REST API",
    version="4.0.0",
    default_base_url="https://charon.live/api/v1",
    auth_header="Authorization",
    auth_prefix="Bearer",
    error_model="models.error_response:ErrorResponse",
    message_pointers=("/errors/0/message", "/error_description", "/error"),
    message_details=("/errors/*/message",),
    request_id_headers=(),
    request_id_pointer=None,
    user_agent="datastore-api-kit-charon-client/4.0.0",
    package="charon_client",
)

# endpoint -> {query parameter: delimiter}: arrays the spec sends joined (explode: false).
QUERY_JOINS: dict[str, dict[str, str]] = {}
