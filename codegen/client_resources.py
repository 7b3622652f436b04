"""The resource-oriented surface of a generated client: ``client.data_stores.records.create(...)``.

Naming rule (deterministic; checked for collisions at generation time, so a spec that breaks it fails loudly):

1-2. Resources and method names: ``codegen.client_naming``; what one operation's method carries:
   ``codegen.client_methods``.
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

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

from codegen import client_facts
from codegen.client_facts import Facts, FactsError
from codegen.client_methods import (
    Method,
    attach_page,
    code_of,
    expandable_body,
    query_credential_arguments,
    success_media_types,
    success_type_of,
)
from codegen.client_naming import method_name, singular

RESERVED = frozenset({"with_raw_response"})


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
            success = success_type_of(endpoint, imports)
            method = Method(
                name=method_name(str(endpoint.name), _nouns(resource)),
                endpoint=endpoint,
                module=str(PythonIdentifier(endpoint.name, prefix="field_")),
                tag=str(tag),
                success_type=success,
                detailed_type=code_of(endpoint.response_type()),
            )
            method.media_types = success_media_types(endpoint)
            method.raw_body_types = facts.raw_bodies.get(method.module, ())
            method.query_credentials = query_credential_arguments(
                endpoint, facts.query_credentials.get(method.module, ())
            )
            event_schema = facts.event_streams.get(method.module)
            if event_schema is not None:
                method.event_model = str(ClassName(event_schema, ""))
                module = str(PythonIdentifier(snake_case(method.event_model), prefix="field_"))
                imports.add(f"from ..models.{module} import {method.event_model}")
            model = expandable_body(endpoint)
            if model is not None:
                method.body_model = code_of(model.get_type_string(no_optional=True))
                method.body_fields = (model.required_properties or []) + (model.optional_properties or [])
                for prop in method.body_fields:
                    imports |= prop.get_imports(prefix="..") | prop.get_lazy_imports(prefix="..")
                imports.add("from ..types import UNSET, Unset")
            page = paged.get(str(endpoint.name))
            if page is not None:
                attach_page(method, page, imports)
            resource.methods.append(method)
    for resource in resources.values():
        resource.methods.sort(key=lambda m: m.name)
        resource.children.sort(key=lambda r: r.attr)
        _check_collisions(resource)
    return resources


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
        kind = code_of(param.get_type_string())
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
