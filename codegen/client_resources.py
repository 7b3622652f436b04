"""The resource-oriented surface of a generated client: ``client.data_stores.records.create(...)``.

Naming rule (deterministic; checked for collisions at generation time, so a spec that breaks it fails loudly):

1. Resource: one per tag (an operation's first tag; ``default`` when it has none), named by the tag's
   snake_case (``Data stores`` -> ``data_stores``). A tag nests under another when its name starts with
   the other's name in the singular plus ``_`` (``data_store_records`` under ``data_stores``); its
   attribute is the rest (``client.data_stores.records``). The longest such parent wins.
2. Method: the operationId in snake_case with the resource's noun removed: the first run of words after the
   verb equal to the resource's full noun (``data_store_record``) or its last noun (``record``), in singular
   or plural form, the last noun only in a nested resource (``list_data_store_records`` -> ``list``,
   ``get_data_store`` -> ``get``,
   ``get_process_result_raw`` -> ``get_result_raw``). When only the verb is left, the noun was plural and the
   verb is not ``list``/``get``, ``_many`` is added (``delete_data_stores`` -> ``delete_many``), so a bulk
   operation never takes the name of the single one. A Python keyword gets a trailing ``_`` (``import_``).
3. Paged list operations (``x-client.pagination``) also get ``<method>_all``, a lazy iterator over every item
   (``iter_all`` for a method already named ``get_all``: ``<verb>_all`` becomes ``iter_all``).
4. An operation whose success body comes in several media types also gets ``<method>_bytes(..., accept=)``,
   which sends ``Accept`` and returns the body unparsed.
5. An operation whose request body is declared in JSON and other media types also gets
   ``<method>_from_bytes(..., content=, content_type=)``, which sends bytes in one of those.
6. An operation configured in ``x-client.event-streams`` also gets ``<method>_stream``, a lazy iterator of
   typed server-sent events.
7. Every resource has ``with_raw_response``, the same methods returning the whole ``Response``.
A name that collides with another in the same resource (methods, ``_all`` iterators, child resources,
``with_raw_response``) is a generation error naming both operations.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint, GeneratorData
from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

from codegen import client_facts
from codegen.client_facts import Facts, FactsError, Paginated

# Keyword arguments every method takes besides the operation's own.
OPTION_NAMES = frozenset({"timeout", "max_retries", "extra_headers", "extra_query", "body", "self"})
RESERVED = frozenset({"with_raw_response"})


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def plural(word: str) -> str:
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def _strip_noun(words: list[str], noun: list[str]) -> tuple[list[str], bool] | None:
    """``words`` without the first run (after the verb) equal to ``noun``; whether that run was plural."""
    base = [*noun[:-1], singular(noun[-1])]
    size = len(base)
    for start in range(1, len(words) - size + 1):
        run = words[start : start + size]
        if run[:-1] != base[:-1]:
            continue
        if run[-1] == base[-1]:
            return words[:start] + words[start + size :], False
        if run[-1] == plural(base[-1]):
            return words[:start] + words[start + size :], True
    return None


def method_name(operation_id: str, nouns: list[list[str]]) -> str:
    """The method name of an operation in a resource whose nouns (full first, then leaf) are ``nouns``."""
    words = snake_case(operation_id).split("_")
    for noun in nouns:
        stripped = _strip_noun(words, noun)
        if stripped is None:
            continue
        rest, was_plural = stripped
        if len(rest) == 1 and was_plural and rest[0] not in {"list", "get"}:
            rest = [rest[0], "many"]
        words = rest
        break
    name = "_".join(words)
    return name + "_" if keyword.iskeyword(name) else name


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


@dataclass
class Resource:
    tag: str  # snake_case tag = module name under resources/ and under api/
    title: str
    class_name: str
    attr: str = ""
    parent: str | None = None
    children: list[Resource] = field(default_factory=list)
    methods: list[Method] = field(default_factory=list)
    imports: set[str] = field(default_factory=set)


def generator_config(facts: Facts) -> dict[str, Any]:
    """The openapi-python-client settings that decide types and names (the caller adds the post-hooks)."""
    return {
        "package_name_override": facts.package,
        "project_name_override": facts.distribution,
        "package_version_override": facts.version,
        "literal_enums": False,
        # Binary formats the generator does not know (msgpack, bson, xlsx, zip, …) as raw bytes.
        "content_type_overrides": facts.content_type_overrides,
    }


def load_project(spec: dict[str, Any], facts: Facts, templates: Path) -> Project:
    config = Config.from_sources(
        ConfigFile(**generator_config(facts)), MetaType.NONE, "spec", "utf-8", True, None
    )
    data = GeneratorData.from_dict(client_facts.generator_spec(spec), config=config)
    if isinstance(data, GeneratorError):
        raise FactsError(f"{data.header}: {data.detail}")
    return Project(openapi=data, config=config, custom_template_path=templates)


def _code(value: Any) -> str:
    return str(value.as_unembedded_code() if hasattr(value, "as_unembedded_code") else value)


def _success_type(endpoint: Endpoint, imports: set[str]) -> str:
    found: set[str] = set()
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range or (0, 0)
        if low >= 200 and high <= 299:
            found.add(_code(response.prop.get_type_string()))
            imports |= response.prop.get_imports(prefix="..") | response.prop.get_lazy_imports(prefix="..")
    return " | ".join(sorted(found)) if found else "None"


def _query_credentials(endpoint: Endpoint, fields: tuple[str, ...]) -> list[tuple[str, str]]:
    """Each query credential with its argument name, which must not be taken by a parameter or an option."""
    taken = {str(p.python_name) for p in endpoint.list_all_parameters()} | OPTION_NAMES
    found = [(name, str(PythonIdentifier(snake_case(name), prefix="field_"))) for name in fields]
    for name, argument in found:
        if argument in taken:
            raise FactsError(f"{endpoint.name}: credential {name!r} is named like a parameter ({argument})")
    return found


def _media_types(endpoint: Endpoint) -> list[str]:
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


def _expandable_body(endpoint: Endpoint) -> ModelProperty | None:
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


def _tree(project: Project) -> dict[str, Resource]:
    tags: dict[str, str] = {}
    for op_tag, collection in project.openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            if endpoint.tags and str(endpoint.tags[0]) == str(op_tag):
                raw = str(endpoint.tags[0])
                tags.setdefault(raw, raw)
    resources = {
        tag: Resource(tag=tag, title=tag.replace("_", " "), class_name=str(ClassName(tag, "")) + "Resource")
        for tag in sorted(tags)
    }
    for tag, resource in resources.items():
        parents = [p for p in resources if p != tag and tag.startswith(singular(p) + "_")]
        if parents:
            parent = max(parents, key=len)
            resource.parent = parent
            resource.attr = str(PythonIdentifier(tag[len(singular(parent)) + 1 :], prefix="r"))
            resources[parent].children.append(resource)
        else:
            resource.attr = str(PythonIdentifier(tag, prefix="r"))
    return resources


def _nouns(resource: Resource) -> list[list[str]]:
    full = resource.tag.split("_")
    # The leaf alone only for a nested resource, where it is the attribute name (records, capabilities).
    return [full, [full[-1]]] if resource.parent and len(full) > 1 else [full]


def build_resources(project: Project, facts: Facts) -> dict[str, Resource]:
    resources = _tree(project)
    paged = {str(PythonIdentifier(p.operation_id, prefix="field_")): p for p in facts.pagination}
    for tag, collection in project.openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            if not endpoint.tags or str(endpoint.tags[0]) != str(tag):
                continue
            resource = resources[str(tag)]
            imports = resource.imports
            for prop in endpoint.list_all_parameters():
                imports |= prop.get_imports(prefix="..") | prop.get_lazy_imports(prefix="..")
            for body in endpoint.bodies:
                imports |= body.prop.get_imports(prefix="..") | body.prop.get_lazy_imports(prefix="..")
            for response in [*endpoint.responses.patterns, endpoint.responses.default]:
                if response is not None:
                    prop = response.prop
                    imports |= prop.get_imports(prefix="..") | prop.get_lazy_imports(prefix="..")
            success = _success_type(endpoint, imports)
            method = Method(
                name=method_name(str(endpoint.name), _nouns(resource)),
                endpoint=endpoint,
                module=str(PythonIdentifier(endpoint.name, prefix="field_")),
                tag=str(tag),
                success_type=success,
                detailed_type=_code(endpoint.response_type()),
            )
            method.media_types = _media_types(endpoint)
            method.raw_body_types = facts.raw_bodies.get(method.module, ())
            method.query_credentials = _query_credentials(
                endpoint, facts.query_credentials.get(method.module, ())
            )
            event_schema = facts.event_streams.get(method.module)
            if event_schema is not None:
                method.event_model = str(ClassName(event_schema, ""))
                module = str(PythonIdentifier(snake_case(method.event_model), prefix="field_"))
                imports.add(f"from ..models.{module} import {method.event_model}")
            model = _expandable_body(endpoint)
            if model is not None:
                method.body_model = _code(model.get_type_string(no_optional=True))
                method.body_fields = (model.required_properties or []) + (model.optional_properties or [])
                for prop in method.body_fields:
                    imports |= prop.get_imports(prefix="..") | prop.get_lazy_imports(prefix="..")
                imports.add("from ..types import UNSET, Unset")
            page = paged.get(str(endpoint.name))
            if page is not None:
                _attach_page(method, page, imports)
            resource.methods.append(method)
    for resource in resources.values():
        resource.methods.sort(key=lambda m: m.name)
        resource.children.sort(key=lambda r: r.attr)
        _check_collisions(resource)
    return resources


def _attach_page(method: Method, page: Paginated, imports: set[str]) -> None:
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
                method.item_type = _code(found.get_type_string(no_optional=True))
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
    method.page_body = _code(prop.get_type_string(no_optional=True))
    method.item_imports |= prop.get_imports(prefix=".") | prop.get_lazy_imports(prefix=".")
    imports |= prop.get_imports(prefix="..") | prop.get_lazy_imports(prefix="..")
    method.offset_arg, method.limit_arg = offset, limit


def _check_collisions(resource: Resource) -> None:
    owners: dict[str, str] = {name: "the resource" for name in RESERVED}
    for child in resource.children:
        owners[child.attr] = f"child resource {child.tag}"
    for method in resource.methods:
        names = [method.name] + ([method.all_name] if method.page else [])
        names += [method.bytes_name] if method.media_types else []
        names += [method.from_bytes_name] if method.raw_body_types else []
        names += [method.stream_name] if method.event_model else []
        for name in names:
            if name in owners:
                raise FactsError(
                    f"resource {resource.tag}: {name!r} of operation {method.endpoint.name} "
                    f"collides with {owners[name]}; rename the operationId or its tag"
                )
            owners[name] = f"operation {method.endpoint.name}"


def top_level(resources: dict[str, Resource]) -> list[Resource]:
    return sorted((r for r in resources.values() if r.parent is None), key=lambda r: r.attr)


def _env(project: Project) -> Environment:
    # Python literals in generated code (strings, tuples, dicts) exactly as Python writes them.
    project.env.filters.setdefault("pyrepr", repr)
    return project.env


def render_facts_module(project: Project, facts: Facts) -> str:
    error_module = (
        str(PythonIdentifier(snake_case(facts.error_schema), prefix="field_")) if facts.error_schema else ""
    )
    template = _env(project).get_template("facts.py.jinja")
    return template.render(facts=facts, error_module=error_module)


# Builtins a method may be named after (``list``): inside the class body the method would shadow the type.
SHADOWABLE = ("list", "dict", "set", "type", "tuple")


def render_resource_module(project: Project, facts: Facts, resource: Resource) -> str:
    template = _env(project).get_template("resource_module.py.jinja")
    text = template.render(resource=resource, facts=facts)
    shadowed = [name for name in SHADOWABLE if any(m.name == name for m in resource.methods)]
    for name in shadowed:
        text = re.sub(rf"(?<![\w.]){name}\[", f"builtins.{name}[", text)
    if shadowed:
        text = text.replace("\nimport httpx\n", "\nimport builtins\n\nimport httpx\n", 1)
    return text


def render_client_module(project: Project, facts: Facts, resources: dict[str, Resource]) -> str:
    template = _env(project).get_template("client.py.jinja")
    return template.render(resources=top_level(resources), facts=facts, openapi=project.openapi)


def render_api_map(project: Project, facts: Facts, resources: dict[str, Resource]) -> str:
    template = _env(project).get_template("api.md.jinja")
    ordered: list[tuple[str, Resource]] = []

    def walk(resource: Resource, path: str) -> None:
        ordered.append((path, resource))
        for child in resource.children:
            walk(child, f"{path}.{child.attr}")

    for resource in top_level(resources):
        walk(resource, f"client.{resource.attr}")
    return template.render(resources=ordered, facts=facts)


def write_resources(package_dir: Path, spec: dict[str, Any], facts: Facts, templates: Path) -> Path | None:
    """Write ``resources/``, the resource-aware ``client.py``; returns nothing, the API map is separate."""
    project = load_project(spec, facts, templates)
    resources = build_resources(project, facts)
    folder = package_dir / "resources"
    folder.mkdir(exist_ok=True)
    (folder / "__init__.py").write_text(
        '"""One module per resource (tag); reached through ``Client``/``AsyncClient`` attributes."""\n',
        encoding="utf-8",
    )
    for resource in resources.values():
        (folder / f"{resource.tag}.py").write_text(
            render_resource_module(project, facts, resource), encoding="utf-8"
        )
    (package_dir / "client.py").write_text(render_client_module(project, facts, resources), encoding="utf-8")
    (package_dir / "_facts.py").write_text(render_facts_module(project, facts), encoding="utf-8")
    (package_dir / "pagination.py").write_text(
        render_pagination_module(project, facts, resources), encoding="utf-8"
    )
    return None


def api_map(spec: dict[str, Any], facts: Facts, templates: Path) -> str:
    project = load_project(spec, facts, templates)
    return render_api_map(project, facts, build_resources(project, facts))


@dataclass(frozen=True)
class FirstCall:
    """The README's first call: the simplest read of the API, with placeholder values for what it needs."""

    expression: str  # client.data_stores.list(team_id=team_id)
    setup: list[str]  # team_id = 1  (one line per required parameter)
    imports: list[str]
    iterator: str | None  # client.data_stores.list_all(team_id=team_id), when the operation pages


PLACEHOLDERS = {"int": "1", "str": '"..."', "bool": "True", "float": "1.0"}
PREFERRED = ("list", "get_all", "get_current", "get")


def first_call(resources: dict[str, Resource]) -> FirstCall | None:
    candidates: list[tuple[int, int, str, FirstCall]] = []

    def walk(resource: Resource, path: str) -> None:
        for method in resource.methods:
            if method.name not in PREFERRED or method.endpoint.bodies:
                continue
            call = _first_call(method, path)
            if call is not None:
                rank = (len(call.setup), PREFERRED.index(method.name), path)
                candidates.append((*rank, call))
        for child in resource.children:
            walk(child, f"{path}.{child.attr}")

    for resource in top_level(resources):
        walk(resource, f"client.{resource.attr}")
    return min(candidates, key=lambda c: c[:3])[3] if candidates else None


def _first_call(method: Method, path: str) -> FirstCall | None:
    endpoint = method.endpoint
    setup: list[str] = []
    imports: list[str] = []
    positional: list[str] = []
    keywords: list[str] = []
    for param in endpoint.path_parameters + endpoint.query_parameters + endpoint.header_parameters:
        if not param.required or param.default is not None:
            continue
        kind = _code(param.get_type_string())
        name = str(param.python_name)
        if kind == "UUID":
            literal = 'UUID("123e4567-e89b-12d3-a456-426614174000")'
            imports.append("from uuid import UUID")
        elif kind in PLACEHOLDERS:
            literal = PLACEHOLDERS[kind]
        else:
            return None
        setup.append(f"{name} = {literal}  # yours")
        if param in endpoint.path_parameters:
            positional.append(name)
        else:
            keywords.append(f"{name}={name}")
    args = ", ".join(positional + keywords)
    iterator = None
    if method.page is not None:
        names = {str(p.python_name) for p in method.page_params}
        kept = [a for a in positional + keywords if a.split("=")[0] in names]
        iterator = f"{path}.{method.all_name}({', '.join(kept)})"
    return FirstCall(f"{path}.{method.name}({args})", setup, sorted(set(imports)), iterator)


def render_pagination_module(project: Project, facts: Facts, resources: dict[str, Resource]) -> str:
    """Typed lazy iterators (sync and async) for every list operation named in ``x-client.pagination``."""
    by_name = {str(m.endpoint.name): m for r in resources.values() for m in r.methods if m.page}
    for page in facts.pagination:
        if str(PythonIdentifier(page.operation_id, prefix="field_")) not in by_name:
            raise FactsError(f"x-client.pagination names unknown operationId {page.operation_id!r}")
    methods = [by_name[name] for name in sorted(by_name)]
    imports: set[str] = set()
    for method in methods:
        imports |= method.item_imports
        for param in method.page_params:
            imports |= param.get_imports(prefix=".") | param.get_lazy_imports(prefix=".")
    template = _env(project).get_template("pagination.py.jinja")
    return template.render(methods=methods, imports=imports, facts=facts)


def readme(spec: dict[str, Any], facts: Facts, templates: Path) -> str:
    project = load_project(spec, facts, templates)
    resources = build_resources(project, facts)
    template = _env(project).get_template("client_readme.md.jinja")
    paged = paged_methods(resources)
    binary = [(path, m) for path, m in all_methods(resources) if m.media_types]
    raw_bodies = [(path, m) for path, m in all_methods(resources) if m.raw_body_types]
    return template.render(
        facts=facts,
        call=first_call(resources),
        resources=top_level(resources),
        paged=paged,
        binary=binary,
        raw_bodies=raw_bodies,
        credentials=[(path, m) for path, m in all_methods(resources) if m.query_credentials],
        streams=[(path, m) for path, m in all_methods(resources) if m.event_model],
    )


def paged_methods(resources: dict[str, Resource]) -> list[tuple[str, Method]]:
    """(``client.<path>``, method) of every paged operation, in the API map's order."""
    return [(path, m) for path, m in all_methods(resources) if m.page]


def all_methods(resources: dict[str, Resource]) -> list[tuple[str, Method]]:
    """(``client.<path>``, method) of every operation, in the API map's order."""
    found: list[tuple[str, Method]] = []

    def walk(resource: Resource, path: str) -> None:
        found.extend((path, m) for m in resource.methods)
        for child in resource.children:
            walk(child, f"{path}.{child.attr}")

    for resource in top_level(resources):
        walk(resource, f"client.{resource.attr}")
    return found
