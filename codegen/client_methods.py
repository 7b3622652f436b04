"""What one operation becomes as a resource method: types, media types, credentials, body fields, pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.strings import PythonIdentifier, snake_case

from codegen.client_facts import FactsError, Paginated

# Keyword arguments every method takes besides the operation's own.
OPTION_NAMES = frozenset({"timeout", "max_retries", "extra_headers", "extra_query", "body", "self"})


@dataclass
class Method:
    name: str
    endpoint: Endpoint
    module: str  # the endpoint module, e.g. ``create_data_store``
    tag: str
    success_type: str
    detailed_type: str
    body_model: str | None = None  # the JSON body's model when its fields are offered as keyword arguments
    body_fields: list[Property] = field(default_factory=list)
    page: Paginated | None = None
    page_params: list[Property] = field(default_factory=list)
    item_type: str = "Any"
    item_imports: set[str] = field(default_factory=set)  # relative to the package root
    offset_arg: str = ""  # the Python names of the paging parameters (offset style)
    limit_arg: str = ""
    page_body: str | None = None  # the body model when offset and limit are body fields (``in: body``)
    media_types: list[str] = field(default_factory=list)  # of the success body, when there is a choice
    raw_body_types: tuple[str, ...] = ()  # non-JSON media types the body can be sent in (``_from_bytes``)
    # (query parameter, Python name) of credentials that may replace the header one (a one-time code)
    query_credentials: list[tuple[str, str]] = field(default_factory=list)
    event_model: str | None = None  # each server-sent event's model (``<method>_stream``)

    @property
    def bytes_name(self) -> str:
        return f"{self.name.rstrip('_')}_bytes"

    @property
    def from_bytes_name(self) -> str:
        return f"{self.name.rstrip('_')}_from_bytes"

    @property
    def stream_name(self) -> str:
        return f"{self.name.rstrip('_')}_stream"

    @property
    def all_name(self) -> str:
        """The lazy iterator's name: ``list_all``; ``iter_all`` rather than ``get_all_all``."""
        _verb, _, rest = self.name.partition("_")
        return f"iter_{rest}" if self.name.endswith("_all") else f"{self.name}_all"

    @property
    def required_fields(self) -> list[Property]:
        return [p for p in self.body_fields if p.required and p.default is None]


def code_of(value: Any) -> str:
    return str(value.as_unembedded_code() if hasattr(value, "as_unembedded_code") else value)


def success_type_of(endpoint: Endpoint, imports: set[str]) -> str:
    found: set[str] = set()
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range or (0, 0)
        if low >= 200 and high <= 299:
            found.add(code_of(response.prop.get_type_string()))
            imports |= response.prop.get_imports(prefix="..") | response.prop.get_lazy_imports(prefix="..")
    return " | ".join(sorted(found)) if found else "None"


def query_credential_arguments(endpoint: Endpoint, fields: tuple[str, ...]) -> list[tuple[str, str]]:
    """Each query credential with its argument name, which must not be taken by a parameter or an option."""
    taken = {str(p.python_name) for p in endpoint.list_all_parameters()} | OPTION_NAMES
    found = [(name, str(PythonIdentifier(snake_case(name), prefix="field_"))) for name in fields]
    for name, argument in found:
        if argument in taken:
            raise FactsError(f"{endpoint.name}: credential {name!r} is named like a parameter ({argument})")
    return found


def success_media_types(endpoint: Endpoint) -> list[str]:
    """The media types the success response is declared in, when more than one (else none: no choice)."""
    found: list[str] = []
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range or (0, 0)
        content = getattr(response.data, "content", None) or {}
        if low >= 200 and high <= 299:
            for key in content:
                media = key.get_untrusted_value() if hasattr(key, "get_untrusted_value") else str(key)
                found += [] if media in found else [media]
    return found if len(found) > 1 else []


def expandable_body(endpoint: Endpoint) -> ModelProperty | None:
    if len(endpoint.bodies) != 1 or endpoint.bodies[0].content_type != "application/json":
        return None
    prop = endpoint.bodies[0].prop
    if not isinstance(prop, ModelProperty) or not prop.required:
        return None
    fields = (prop.required_properties or []) + (prop.optional_properties or [])
    if not fields:
        return None
    taken = {str(p.python_name) for p in endpoint.list_all_parameters()} | OPTION_NAMES
    if any(str(p.python_name) in taken for p in fields):
        return None  # a field named like a parameter or an option: only ``body=`` is offered
    return prop


def attach_page(method: Method, page: Paginated, imports: set[str]) -> None:
    endpoint = method.endpoint
    method.page = page
    if page.style == "offset" and page.where == "body":
        _attach_body_page(method, page, imports)
    else:
        _attach_query_page(method, page)
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range or (0, 0)
        if low >= 200 and high <= 299:
            found = _array_at(response.prop, page.items_path)
            if found is not None:
                method.item_type = code_of(found.get_type_string(no_optional=True))
                imports |= found.get_imports(prefix="..") | found.get_lazy_imports(prefix="..")
                method.item_imports |= found.get_imports(prefix=".") | found.get_lazy_imports(prefix=".")
                return
    raise FactsError(f"{endpoint.name}: {page.items!r} is not an array in its success response")


def _model_fields(prop: Property) -> list[Property]:
    if not isinstance(prop, ModelProperty):
        return []
    return (prop.required_properties or []) + (prop.optional_properties or [])


def _array_at(prop: Property, path: tuple[str, ...]) -> Property | None:
    """The item property of the array at ``path`` (property names, nested models first) inside ``prop``."""
    head, rest = path[0], path[1:]
    for candidate in _model_fields(prop):
        if candidate.name != head:
            continue
        if rest:
            return _array_at(candidate, rest)
        inner: Property | None = getattr(candidate, "inner_property", None)
        return inner
    return None


def _attach_query_page(method: Method, page: Paginated) -> None:
    endpoint = method.endpoint
    skip = {page.offset, page.limit}
    method.page_params = [
        p
        for p in endpoint.path_parameters + endpoint.query_parameters + endpoint.header_parameters
        if p.name.get_untrusted_value() not in skip
    ]
    by_name = {p.name.get_untrusted_value(): str(p.python_name) for p in endpoint.query_parameters}
    if page.style == "offset":
        if page.offset not in by_name or page.limit not in by_name:
            wanted = f"{page.offset!r}/{page.limit!r}"
            raise FactsError(f"{endpoint.name}: no query parameters {wanted} to page with")
        method.offset_arg, method.limit_arg = by_name[page.offset], by_name[page.limit]
    elif page.style != "next-link" or not page.next:
        raise FactsError(f"{endpoint.name}: unknown pagination style {page.style!r} (or no next pointer)")


def _attach_body_page(method: Method, page: Paginated, imports: set[str]) -> None:
    """Offset and limit are fields of the JSON body: the iterator takes the body and sets them per page."""
    endpoint = method.endpoint
    json_bodies = [b for b in endpoint.bodies if b.content_type == "application/json"]
    fields = {
        p.name.get_untrusted_value(): str(p.python_name) for b in json_bodies for p in _model_fields(b.prop)
    }
    offset, limit = fields.get(page.offset or ""), fields.get(page.limit or "")
    if len(json_bodies) != 1 or offset is None or limit is None:
        wanted = f"{page.offset!r}/{page.limit!r}"
        raise FactsError(f"{endpoint.name}: no JSON body model with fields {wanted} to page with")
    prop = json_bodies[0].prop
    method.page_params = endpoint.path_parameters + endpoint.query_parameters + endpoint.header_parameters
    method.page_body = code_of(prop.get_type_string(no_optional=True))
    method.item_imports |= prop.get_imports(prefix=".") | prop.get_lazy_imports(prefix=".")
    imports |= prop.get_imports(prefix="..") | prop.get_lazy_imports(prefix="..")
    method.offset_arg, method.limit_arg = offset, limit
