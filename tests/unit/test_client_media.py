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
