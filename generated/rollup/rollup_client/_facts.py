"""Facts about this API that the generator read from its spec and overlay. Do not edit."""

from ._runtime import ClientFacts
from .models.error import Error

FACTS = ClientFacts(
    title="Rollup Workspace Data Sinks API",
    version="1.0.0",
    default_base_url="https://api.rollup.ai",
    auth_header="x-api-key",
    auth_prefix="",
    error_model=Error,
    message_pointers=("/message", "/message/0", "/error"),
    request_id_headers=(),
    request_id_pointer=None,
    user_agent="datastore-api-kit-rollup-client/1.0.0",
)

# endpoint -> {query parameter: delimiter}: arrays the spec sends joined (explode: false).
QUERY_JOINS: dict[str, dict[str, str]] = {}
