"""Which operations get ``<method>_bytes(accept=...)``: those whose success body has several media types."""

from __future__ import annotations

from typing import Any

from codegen import client_facts, client_resources, generate


def _declared(spec: dict[str, Any]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            types = [
                t for code, r in op["responses"].items() if code.startswith("2") for t in r.get("content", {})
            ]
            if len(types) > 1:
                found[client_facts._endpoint_name(str(op["operationId"]))] = types
    return found


def test_operations_with_several_success_media_types_get_a_bytes_method() -> None:
    every: dict[str, dict[str, list[str]]] = {}
    for vendor in generate.vendors():
        spec = generate.prepared_spec(vendor)
        facts = client_facts.read_facts(vendor, spec)
        project = client_resources.load_project(spec, facts, generate.TEMPLATES)
        methods = [m for r in client_resources.build_resources(project, facts).values() for m in r.methods]
        chosen = {str(m.endpoint.name): m.media_types for m in methods if m.media_types}
        assert chosen == _declared(spec), vendor
        every[vendor] = chosen
    assert "application/x-msgpack" in every["charon"]["export_raw"]
    assert every["make"] == {}


def test_request_bodies_in_json_and_other_media_types_are_sent_as_bytes_too() -> None:
    spec = generate.prepared_spec("charon")
    facts = client_facts.read_facts("charon", spec)
    assert sorted(facts.raw_bodies) == ["convert_game_data_raw", "import_", "restore"]
    assert facts.raw_bodies["restore"] == ("application/x-msgpack", "application/bson")
    stripped = client_facts.generator_spec(spec)
    restore = stripped["paths"]["/datasource/{dataSourceId}/"]["put"]["requestBody"]["content"]
    assert list(restore) == ["application/json"]  # what openapi-python-client types
    original = spec["paths"]["/datasource/{dataSourceId}/"]["put"]["requestBody"]["content"]
    assert "application/bson" in original  # the snapshot (and the api diff) keep every media type
    upload = stripped["paths"]["/resourceStorage/"]["put"]["requestBody"]["content"]
    assert list(upload) == ["application/octet-stream"]  # a body with no JSON form is left alone
    project = client_resources.load_project(spec, facts, generate.TEMPLATES)
    methods = {
        m.name: m for r in client_resources.build_resources(project, facts).values() for m in r.methods
    }
    assert methods["import_"].from_bytes_name == "import_from_bytes"
    assert methods["export_raw"].bytes_name == "export_raw_bytes" and not methods["export_raw"].raw_body_types


def test_operations_that_accept_a_query_credential_take_it_as_a_keyword() -> None:
    charon = client_facts.read_facts("charon", generate.prepared_spec("charon"))
    assert charon.query_credentials == {
        name: ("x-authorization",)
        for name in (
            "backup_raw",
            "export_raw",
            "generate_source_code",
            "get_process_result_raw",
            "get_source_code_generation_template",
        )
    }
    make = client_facts.read_facts("make", generate.prepared_spec("make"))
    assert make.query_credentials == {}
