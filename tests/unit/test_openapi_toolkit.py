"""The OpenAPI toolkit: pointers, the one resolver, the one operation walker, the one security reader."""

from __future__ import annotations

from typing import Any

import pytest

from openapi_toolkit import pointer, refs, security, walk


@pytest.mark.parametrize(
    ("token", "escaped"), [("/things/{id}", "~1things~1{id}"), ("a~b", "a~0b"), ("~1", "~01")]
)
def test_pointer_tokens_round_trip(token: str, escaped: str) -> None:
    assert pointer.escape(token) == escaped
    assert pointer.unescape(escaped) == token


def test_pointer_lookup_handles_lists_integer_keys_and_missing_values() -> None:
    document: dict[str, Any] = {"paths": {"/a/b": {"get": {"responses": {200: {"d": 1}}}}}, "l": [10, 20]}
    assert pointer.lookup(document, "/paths/~1a~1b/get/responses/200/d") == 1
    assert pointer.lookup(document, "/l/1") == 20
    assert pointer.lookup(document, "") is document
    assert pointer.lookup(document, "/l/5", None) is None
    with pytest.raises(LookupError, match="/nope"):
        pointer.lookup(document, "/nope")
    with pytest.raises(ValueError, match="starts with"):
        pointer.split("paths")
    assert pointer.join(["paths", "/a/b", 0]) == "/paths/~1a~1b/0"
    assert pointer.from_fragment("#/components/schemas/A%20B") == "/components/schemas/A B"


def test_resolver_follows_chains_and_reports_where_the_target_is() -> None:
    document = {"components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"type": "string"}}}}
    found = refs.follow(document, {"$ref": "#/components/schemas/A"}, "/x")
    assert found.node == {"type": "string"}
    assert found.pointer == "/components/schemas/B"
    assert found.chain == ("/x", "/components/schemas/A", "/components/schemas/B")


def test_resolver_detects_cycles_dangling_and_external_references() -> None:
    document = {"c": {"A": {"$ref": "#/c/B"}, "B": {"$ref": "#/c/A"}}}
    with pytest.raises(refs.RefError, match="cycle"):
        refs.resolve(document, {"$ref": "#/c/A"})
    with pytest.raises(refs.RefError, match="points to nothing"):
        refs.resolve(document, {"$ref": "#/c/Z"})
    with pytest.raises(refs.RefError, match="only local"):
        refs.resolve(document, {"$ref": "other.yaml#/c/A"})
    lenient = refs.follow(document, {"$ref": "#/c/A"}, strict=False)
    assert "$ref" in lenient.node, "lenient mode hands back the unresolved reference"


def test_resolver_merges_non_annotation_siblings_only_when_asked() -> None:
    document = {"s": {"type": "object", "description": "target"}}
    node = {"$ref": "#/s", "description": "here", "nullable": True}
    assert refs.follow(document, node).node == {"type": "object", "description": "target"}
    merged = refs.follow(document, node, merge_siblings=True).node
    assert merged == {"type": "object", "description": "target", "nullable": True}


def test_walker_lists_every_operation_in_order_with_shared_path_items() -> None:
    document = {
        "paths": {
            "/a": {"post": {"operationId": "createA"}, "get": {"operationId": "listA"}, "parameters": []},
            "/b": {"$ref": "#/components/pathItems/B"},
        },
        "components": {"pathItems": {"B": {"delete": {"operationId": "deleteB"}, "summary": "not an op"}}},
    }
    found = list(walk.operations(document))
    assert [(o.path, o.method, o.operation_id) for o in found] == [
        ("/a", "get", "listA"),
        ("/a", "post", "createA"),
        ("/b", "delete", "deleteB"),
    ]
    assert found[0].pointer == "/paths/~1a/get"
    assert walk.operation_ids(document) == ["listA", "createA", "deleteB"]
    assert walk.responses({"responses": {200: {}, "default": {}}}) == {"200": {}, "default": {}}


def test_security_reader_covers_http_header_and_query_schemes() -> None:
    document: dict[str, Any] = {
        "components": {
            "securitySchemes": {
                "token": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "Authorization",
                    "x-auth-prefix": "Token",
                },
                "bearer": {"type": "http", "scheme": "bearer", "x-auth-prefixes": ["Basic"]},
                "basic": {"type": "http", "scheme": "basic"},
                "key": {"type": "apiKey", "in": "header", "name": "x-api-key"},
                "otc": {"type": "apiKey", "in": "query", "name": "x-authorization"},
            }
        },
        "paths": {"/a": {"get": {"security": [{"key": []}, {"otc": []}]}}},
    }
    schemes = security.security_schemes(document)
    assert schemes["token"].header_line("T") == "Authorization: Token T"
    assert schemes["bearer"].prefixes == ("Bearer", "Basic")
    assert schemes["basic"].value("u:p") == "Basic u:p"
    assert schemes["key"].header_line("K") == "x-api-key: K"
    assert (schemes["otc"].location, schemes["otc"].field, schemes["otc"].prefixes) == (
        "query",
        "x-authorization",
        (),
    )
    with pytest.raises(ValueError, match="not carried in a header"):
        schemes["otc"].header_line("C")
    assert [s.name for s in security.used_schemes(document)] == ["key", "otc"]
    primary = security.primary_header_scheme(document)
    assert primary is not None and primary.name == "key"
