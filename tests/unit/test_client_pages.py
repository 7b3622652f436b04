"""Paging configuration (``x-client.pagination``): nested item paths, offset/limit in the body, and the rule
that every Charon skip/take list gets a lazy iterator."""

from __future__ import annotations

import dataclasses

import pytest

from codegen import client_facts, client_resources, generate
from openapi_toolkit.refs import resolve


def _build(vendor: str, facts: client_facts.Facts) -> dict[str, client_resources.Resource]:
    spec = generate.prepared_spec(vendor)
    project = client_resources.load_project(spec, facts, generate.TEMPLATES)
    return client_resources.build_resources(project, facts)


def _skip_take_operations(spec: dict[str, object]) -> set[str]:
    """Operations that take ``skip`` and ``take``, as query parameters or as fields of their JSON body."""
    found = set()
    for item in spec["paths"].values():  # type: ignore[attr-defined]
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            names = {resolve(spec, p).get("name") for p in op.get("parameters") or []}
            body = (op.get("requestBody") or {}).get("content", {}).get("application/json", {})
            names |= set(resolve(spec, body.get("schema") or {}).get("properties") or {})
            if {"skip", "take"} <= names:
                found.add(str(op["operationId"]))
    return found


def test_every_charon_skip_take_list_pages() -> None:
    spec = generate.prepared_spec("charon")
    facts = client_facts.read_facts("charon", spec)
    paged = {p.operation_id for p in facts.pagination}
    assert _skip_take_operations(spec) == paged
    methods = {str(m.endpoint.name): m for r in _build("charon", facts).values() for m in r.methods}
    assert methods["get_all_workspaces"].item_type == "Workspace"  # found under result.processes
    assert methods["get_all_projects"].item_type == "Project"
    assert methods["list_documents"].page_body == "ListDocumentsRequest"
    assert methods["list_documents"].item_type == "DataDocument"


def _with_page(facts: client_facts.Facts, operation: str, **changes: str) -> client_facts.Facts:
    pages = [
        dataclasses.replace(p, **changes) if p.operation_id == operation else p  # type: ignore[arg-type]
        for p in facts.pagination
    ]
    return dataclasses.replace(facts, pagination=tuple(pages))


def test_a_nested_items_path_that_misses_is_a_generation_error() -> None:
    facts = client_facts.read_facts("charon", generate.prepared_spec("charon"))
    wrong = _with_page(facts, "getAllProjects", items="result.projects")
    with pytest.raises(client_facts.FactsError, match=r"'result\.projects' is not an array"):
        _build("charon", wrong)


def test_body_paging_needs_the_fields_in_the_body() -> None:
    facts = client_facts.read_facts("charon", generate.prepared_spec("charon"))
    wrong = _with_page(facts, "listDocuments", limit="count")
    with pytest.raises(client_facts.FactsError, match="no JSON body model with fields 'skip'/'count'"):
        _build("charon", wrong)
    query_not_body = _with_page(facts, "getAllProjects", where="body")
    with pytest.raises(client_facts.FactsError, match="no JSON body model"):
        _build("charon", query_not_body)


def test_a_get_all_list_iterates_as_iter_all() -> None:
    facts = client_facts.read_facts("charon", generate.prepared_spec("charon"))
    project = _build("charon", facts)["project"]
    names = {m.name: m.all_name for m in project.methods if m.page}
    assert names == {"get_all": "iter_all"}
    make = client_facts.read_facts("make", generate.prepared_spec("make"))
    assert {m.all_name for m in _build("make", make)["data_stores"].methods if m.page} == {"list_all"}
