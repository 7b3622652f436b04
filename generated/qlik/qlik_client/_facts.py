"""Facts about this API that the generator read from its spec and overlay. Do not edit."""

from ._runtime import ClientFacts

FACTS = ClientFacts(
    title="Qlik Cloud Data Stores API",
    version="1.9.0",
    default_base_url="https://your-tenant.us.qlikcloud.com/api/v1",
    auth_header="Authorization",
    auth_prefix="Bearer",
    error_model="models.error_response:ErrorResponse",
    message_pointers=("/errors/0/detail", "/errors/0/title"),
    message_details=("/errors/*/detail",),
    request_id_headers=(),
    request_id_pointer="/traceId",
    user_agent="datastore-api-kit-qlik-client/1.9.0",
    package="qlik_client",
)

# endpoint -> {query parameter: delimiter}: arrays the spec sends joined (explode: false).
QUERY_JOINS: dict[str, dict[str, str]] = {
    "get_data_store": {"projections": ","},
    "list_data_assets": {"projections": ",", "sort": ","},
    "list_data_sets": {"projections": ",", "sort": ","},
    "list_data_stores": {"projections": ",", "sort": ","},
}
