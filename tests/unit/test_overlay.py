"""The Overlay 1.0.0 applier: merging, JSONPath targets, errors pointing into the overlay, the CLI."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.overlay import OverlayError, apply_overlay, load_overlay, main

ROOT = Path(__file__).resolve().parents[2]
OVERLAY = "overlays/test.yaml"
SPEC = "specs/test.yaml"


@pytest.fixture
def spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Toy", "version": "1", "x-client": {"package": "toy", "pointers": ["/a"]}},
        "tags": [{"name": "things"}],
        "paths": {
            "/x": {
                "summary": "x things",
                "get": {
                    "operationId": "getX",
                    "parameters": [
                        {"name": "a", "in": "query", "schema": {"type": "string"}},
                        {"name": "b", "in": "query", "schema": {"type": "string"}},
                        {"name": "a", "in": "header", "schema": {"type": "string"}},
                    ],
                    "responses": {"200": {"description": "ok"}, "500": {"description": "boom"}},
                },
                "post": {"operationId": "postX", "responses": {"500": {"description": "boom"}}},
            },
            "/y": {"get": {"operationId": "getY", "responses": {"200": {"description": "ok"}}}},
        },
    }


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "test", "version": "1"}, "actions": list(actions)}


def apply(spec: dict[str, Any], *actions: dict[str, Any]) -> dict[str, Any]:
    return apply_overlay(spec, overlay(*actions), overlay_name=OVERLAY, spec_name=SPEC)


def error_of(spec: dict[str, Any], document: dict[str, Any]) -> str:
    with pytest.raises(OverlayError) as caught:
        apply_overlay(spec, document, overlay_name=OVERLAY, spec_name=SPEC)
    return str(caught.value)


# ------------------------------------------------------------------------------------------- semantics


def test_update_merges_objects_recursively_and_replaces_other_values(spec: dict[str, Any]) -> None:
    out = apply(
        spec,
        {
            "target": "$.info",
            "update": {"title": "New", "x-client": {"version": "0.1.0", "pointers": ["/b"]}, "x-new": None},
        },
    )
    assert out["info"] == {
        "title": "New",
        "version": "1",
        # merged key by key; an array value under an object key replaces the old array
        "x-client": {"package": "toy", "pointers": ["/b"], "version": "0.1.0"},
        "x-new": None,
    }


def test_update_on_an_array_appends(spec: dict[str, Any]) -> None:
    out = apply(
        spec,
        {"target": "$.tags", "update": [{"name": "more"}, {"name": "most"}]},
        {"target": "$.tags", "update": {"name": "single"}},
    )
    assert [tag["name"] for tag in out["tags"]] == ["things", "more", "most", "single"]


def test_actions_apply_in_order_on_the_previous_result(spec: dict[str, Any]) -> None:
    out = apply(
        spec,
        {"target": "$.paths['/y']", "remove": True},
        {"target": "$.paths", "update": {"/y": {"summary": "re-created"}}},
        {"target": "$.paths['/y']", "update": {"description": "then updated"}},
    )
    assert out["paths"]["/y"] == {"summary": "re-created", "description": "then updated"}


def test_remove_on_a_wildcard_target_removes_every_match(spec: dict[str, Any]) -> None:
    out = apply(spec, {"target": "$.paths.*.*.responses['500']", "remove": True})
    assert out["paths"]["/x"]["get"]["responses"] == {"200": {"description": "ok"}}
    assert out["paths"]["/x"]["post"]["responses"] == {}
    assert out["paths"]["/y"] == spec["paths"]["/y"]


def test_filter_expression_selects_array_items(spec: dict[str, Any]) -> None:
    out = apply(
        spec,
        {
            "target": "$.paths['/x'].get.parameters[?@.name=='a']",
            "update": {"description": "The a parameter."},
        },
    )
    params = out["paths"]["/x"]["get"]["parameters"]
    assert [p.get("description") for p in params] == ["The a parameter.", None, "The a parameter."]


def test_removing_several_items_of_one_array_keeps_the_right_ones(spec: dict[str, Any]) -> None:
    out = apply(spec, {"target": "$.paths['/x'].get.parameters[?@.name=='a']", "remove": True})
    assert out["paths"]["/x"]["get"]["parameters"] == [
        {"name": "b", "in": "query", "schema": {"type": "string"}}
    ]


def test_a_node_and_its_descendant_can_be_removed_together(spec: dict[str, Any]) -> None:
    out = apply(spec, {"target": "$..[?@.operationId=='getX' || @.name=='b']", "remove": True})
    assert "get" not in out["paths"]["/x"]
    assert "post" in out["paths"]["/x"]


def test_a_node_selected_twice_is_updated_once(spec: dict[str, Any]) -> None:
    out = apply(spec, {"target": "$['tags','tags']", "update": [{"name": "once"}]})
    assert [tag["name"] for tag in out["tags"]] == ["things", "once"]


def test_neither_input_is_mutated_nor_shared_with_the_result(spec: dict[str, Any]) -> None:
    before = copy.deepcopy(spec)
    document = overlay(
        {"target": "$.info", "update": {"x-client": {"extra": {"deep": [1]}}}},
        {"target": "$.tags", "update": [{"name": "t"}]},
        {"target": "$.paths.*.*.responses['500']", "remove": True},
    )
    document_before = copy.deepcopy(document)
    out = apply_overlay(spec, document, overlay_name=OVERLAY, spec_name=SPEC)
    assert spec == before
    assert document == document_before
    out["info"]["x-client"]["extra"]["deep"].append(2)
    out["tags"][-1]["name"] = "changed"
    assert document == document_before
    assert out is not spec


def test_yaml_aliases_in_the_spec_do_not_leak_updates(spec: dict[str, Any]) -> None:
    shared = {"description": "boom"}
    spec["paths"]["/x"]["get"]["responses"]["500"] = shared
    spec["paths"]["/x"]["post"]["responses"]["500"] = shared  # what a YAML alias (*ref) loads as
    out = apply(spec, {"target": "$.paths['/x'].get.responses['500']", "update": {"description": "get only"}})
    assert out["paths"]["/x"]["post"]["responses"]["500"] == {"description": "boom"}


# ---------------------------------------------------------------------------------------------- errors


def test_unmatched_target_names_the_file_and_the_action(spec: dict[str, Any]) -> None:
    message = error_of(
        spec,
        overlay(
            {"target": "$.info", "update": {"title": "fine"}},
            {"target": "$.paths['/no-such-path'].get", "update": {"summary": "x"}},
        ),
    )
    assert message == f"{OVERLAY}#/actions/1/target: matched nothing in {SPEC}"


@pytest.mark.parametrize("version", ["2.0.0", "1.1.0", 1.0, None])
def test_bad_overlay_version(spec: dict[str, Any], version: object) -> None:
    document = overlay({"target": "$.info", "update": {}})
    document["overlay"] = version
    assert error_of(spec, document).startswith(f"{OVERLAY}#/overlay: expected '1.0.0'")


@pytest.mark.parametrize(
    "target",
    [
        "$.paths[",  # unterminated
        "paths.x",  # no root identifier
        "$.paths.~",  # python-jsonpath's keys selector: not RFC 9535
        "$.a | $.b",  # python-jsonpath's union operator: not RFC 9535
        " $.info",  # RFC 9535 allows no leading whitespace
    ],
)
def test_invalid_jsonpath_is_reported_at_its_target(spec: dict[str, Any], target: str) -> None:
    message = error_of(spec, overlay({"target": "$.info", "update": {}}, {"target": target, "remove": True}))
    assert message.startswith(f"{OVERLAY}#/actions/1/target: invalid JSONPath {target!r}: ")
    assert "\n" not in message


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        ({"target": "$.info"}, "#/actions/0: an action needs 'update' or 'remove'"),
        ({"target": "$.info", "remove": False}, "#/actions/0: an action needs 'update' or 'remove'"),
        ({"target": "$.info", "remove": "yes"}, "#/actions/0/remove: expected true or false"),
        ({"target": "$.info", "update": {}, "remove": True}, "#/actions/0: an action has either"),
        ({"update": {}}, "#/actions/0: an action needs a 'target'"),
        ({"target": 3, "update": {}}, "#/actions/0/target: expected a JSONPath string"),
        ({"target": "$.info", "updates": {}}, "#/actions/0/updates: unknown field 'updates'"),
        ({"target": "$.info", "update": None}, "#/actions/0/update: expected an object or an array"),
    ],
)
def test_malformed_action(spec: dict[str, Any], action: dict[str, Any], expected: str) -> None:
    assert error_of(spec, overlay(action)).startswith(OVERLAY + expected)


def test_malformed_document(spec: dict[str, Any]) -> None:
    assert error_of(spec, {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}}).startswith(
        f"{OVERLAY}#: missing required field 'actions'"
    )
    no_title = overlay({"target": "$.info", "update": {}})
    del no_title["info"]["title"]
    assert error_of(spec, no_title).startswith(f"{OVERLAY}#/info: missing required field 'title'")
    empty = overlay()
    assert error_of(spec, empty).startswith(f"{OVERLAY}#/actions: expected a non-empty array")


def test_removing_the_root_is_an_error(spec: dict[str, Any]) -> None:
    message = error_of(spec, overlay({"target": "$", "remove": True}))
    assert message.startswith(f"{OVERLAY}#/actions/0/target: selects the root of {SPEC}")


def test_updating_a_scalar_is_an_error(spec: dict[str, Any]) -> None:
    message = error_of(spec, overlay({"target": "$.paths.*.*", "update": {"x-seen": True}}))
    assert message.startswith(f"{OVERLAY}#/actions/0/target: selects {SPEC}#/paths/~1x/summary, a string")


def test_an_object_needs_an_object_update(spec: dict[str, Any]) -> None:
    message = error_of(spec, overlay({"target": "$.info", "update": ["x"]}))
    assert message.startswith(f"{OVERLAY}#/actions/0/update: {SPEC}#/info is an object")


# --------------------------------------------------------------------------------------------- loading


def test_load_overlay_reads_yaml_and_json(tmp_path: Path) -> None:
    document = overlay({"target": "$.info", "update": {"title": "t"}})
    (tmp_path / "o.yaml").write_text(yaml.safe_dump(document))
    (tmp_path / "o.json").write_text(json.dumps(document))
    assert load_overlay(tmp_path / "o.yaml") == document
    assert load_overlay(tmp_path / "o.json") == document


def test_load_overlay_checks_the_structure_and_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    path.write_text("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.info\n")
    with pytest.raises(OverlayError, match=r"^custom\.yaml#/actions/0: an action needs 'update' or 'remove'"):
        load_overlay(path, name="custom.yaml")
    with pytest.raises(OverlayError, match=r"o\.yaml#/actions/0: an action needs"):
        load_overlay(path)


def test_load_overlay_rejects_bad_yaml_and_duplicate_keys(tmp_path: Path) -> None:
    path = tmp_path / "o.yaml"
    path.write_text("overlay: 1.0.0\nactions: [unclosed\n")
    with pytest.raises(OverlayError, match=r"^o\.yaml#: not valid YAML \(line \d+, column \d+\)"):
        load_overlay(path, name="o.yaml")
    path.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - target: $.info\n    update: {a: 1}\n    update: {b: 2}\n"
    )
    with pytest.raises(
        OverlayError, match=r"^o\.yaml#: not valid YAML \(line 6, column 5\): .*duplicate key"
    ):
        load_overlay(path, name="o.yaml")


# ------------------------------------------------------------------------------------------------- CLI


def write_inputs(tmp_path: Path, spec: dict[str, Any], *actions: dict[str, Any]) -> tuple[Path, Path]:
    spec_path = tmp_path / "spec.yaml"
    overlay_path = tmp_path / "overlay.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))
    overlay_path.write_text(yaml.safe_dump(overlay(*actions), sort_keys=False))
    return spec_path, overlay_path


def test_cli_writes_the_result(tmp_path: Path, spec: dict[str, Any]) -> None:
    spec_path, overlay_path = write_inputs(tmp_path, spec, {"target": "$.info", "update": {"title": "New"}})
    out = tmp_path / "out" / "result.yaml"
    assert main([str(spec_path), str(overlay_path), "-o", str(out)]) == 0
    result = yaml.safe_load(out.read_text())
    assert result["info"]["title"] == "New"
    assert list(result) == list(spec)  # key order kept
    assert sorted(p.name for p in out.parent.iterdir()) == ["result.yaml"]  # no temporary file left


def test_cli_writes_nothing_on_error(
    tmp_path: Path, spec: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    spec_path, overlay_path = write_inputs(tmp_path, spec, {"target": "$.nowhere", "update": {}})
    out = tmp_path / "result.yaml"
    assert main([str(spec_path), str(overlay_path), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert "overlay.yaml#/actions/0/target: matched nothing in" in captured.err
    assert "spec.yaml" in captured.err
    assert captured.out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["overlay.yaml", "spec.yaml"]


def test_cli_keeps_an_existing_output_untouched_on_error(tmp_path: Path, spec: dict[str, Any]) -> None:
    spec_path, overlay_path = write_inputs(tmp_path, spec, {"target": "$[", "update": {}})
    out = tmp_path / "result.yaml"
    out.write_text("previous\n")
    assert main([str(spec_path), str(overlay_path), "-o", str(out)]) == 2
    assert out.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["overlay.yaml", "result.yaml", "spec.yaml"]


def test_cli_as_a_module_prints_yaml_to_stdout(tmp_path: Path, spec: dict[str, Any]) -> None:
    spec_path, overlay_path = write_inputs(tmp_path, spec, {"target": "$.tags", "update": [{"name": "b"}]})
    done = subprocess.run(
        [sys.executable, "-m", "codegen.overlay", str(spec_path), str(overlay_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert yaml.safe_load(done.stdout)["tags"] == [{"name": "things"}, {"name": "b"}]
