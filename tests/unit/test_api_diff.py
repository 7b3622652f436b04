"""The breaking-change detector: each rule fires (or stays quiet), bump/changelog, and the CLI against git."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.diff import Change, bump, changelog_entry, diff_specs
from codegen.diff.cli import main
from codegen.diff.common import ROOT

BASE_YAML = """
openapi: 3.1.0
info: {title: Toy, version: '1'}
security:
  - token: []
paths:
  /things:
    get:
      operationId: listThings
      summary: List things.
      description: Every thing.
      parameters:
        - {name: limit, in: query, description: Page size., schema: {type: integer, maximum: 100}}
        - $ref: '#/components/parameters/Cursor'
      responses:
        '200':
          description: The things.
          content:
            application/json:
              schema:
                type: object
                required: [items]
                properties:
                  items: {type: array, items: {$ref: '#/components/schemas/Thing'}}
              example: {items: []}
        '400': {description: Bad request.}
    post:
      operationId: createThing
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/ThingInput'}
      responses:
        '201':
          description: Created.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
  /things/{thingId}:
    parameters:
      - {name: thingId, in: path, required: true, schema: {type: string}}
    get:
      operationId: getThing
      responses:
        '200': {$ref: '#/components/responses/Thing'}
        '404': {description: Not found.}
    delete:
      operationId: deleteThing
      security:
        - token: [write]
      responses:
        '204': {description: Deleted.}
components:
  parameters:
    Cursor: {name: cursor, in: query, description: Page cursor., schema: {type: string}}
  responses:
    Thing:
      description: One thing.
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Thing'}
  schemas:
    Thing:
      type: object
      description: A thing.
      required: [id, name, status]
      properties:
        id: {type: integer}
        name: {type: string, example: lamp}
        status: {type: string, enum: [active, archived]}
        score: {type: number}
        parent: {$ref: '#/components/schemas/Thing'}
        children: {type: array, items: {$ref: '#/components/schemas/Thing'}}
    ThingInput:
      type: object
      additionalProperties: false
      required: [name]
      properties:
        name: {type: string}
        kind: {type: string, enum: [a, b]}
        weight: {type: number}
        note: {type: [string, 'null']}
        tags: {type: array, items: {type: string}}
  securitySchemes:
    token: {type: apiKey, in: header, name: Authorization, description: A token.}
"""
BASE: dict[str, Any] = yaml.safe_load(BASE_YAML)

THINGS_GET = "/paths/~1things/get"
THINGS_POST = "/paths/~1things/post"
THING_ITEM = "/paths/~1things~1{thingId}"
THING = "/components/schemas/Thing"
INPUT = "/components/schemas/ThingInput"


def diff(mutate: Callable[[dict[str, Any]], object]) -> list[Change]:
    new = copy.deepcopy(BASE)
    mutate(new)
    return diff_specs(BASE, new)


def schemas(doc: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = doc["components"]["schemas"]
    return result


def find(changes: list[Change], pointer: str, text: str = "") -> Change:
    hits = [c for c in changes if c.pointer == pointer and text in c.message]
    assert len(hits) == 1, f"no single change at {pointer} with {text!r} in {changes}"
    return hits[0]


def only(changes: list[Change], pointer: str, breaking: bool, text: str = "") -> Change:
    assert len(changes) == 1, changes
    change = find(changes, pointer, text)
    assert change.breaking is breaking, change
    return change


# ------------------------------------------------------------------------------------------- basics


def test_identical_documents_have_no_changes() -> None:
    assert diff_specs(BASE, copy.deepcopy(BASE)) == []


def test_descriptions_summaries_and_examples_are_ignored() -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["info"]["description"] = "New words."
        get = doc["paths"]["/things"]["get"]
        get["summary"] = "Lists things."
        get["description"] = "Other words."
        get["parameters"][0]["description"] = "How many."
        get["responses"]["200"]["description"] = "Things!"
        get["responses"]["200"]["content"]["application/json"]["example"] = {"items": [{"id": 1}]}
        schemas(doc)["Thing"]["description"] = "A thing, described."
        schemas(doc)["Thing"]["properties"]["name"]["example"] = "chair"
        schemas(doc)["Thing"]["properties"]["name"]["title"] = "Name"
        doc["components"]["securitySchemes"]["token"]["description"] = "Another token."

    assert diff(edit) == []


@pytest.mark.parametrize("path", sorted((ROOT / "specs").glob("*.yaml")), ids=lambda p: p.stem)
def test_each_project_spec_equals_itself(path: Path) -> None:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:  # being edited
        pytest.skip(f"{path.name} does not parse: {error}")
    assert diff_specs(doc, copy.deepcopy(doc)) == []


def test_order_is_deterministic() -> None:
    def edit(doc: dict[str, Any]) -> None:
        del doc["paths"]["/things"]["post"]
        schemas(doc)["Thing"]["properties"]["status"]["enum"].append("lost")
        doc["paths"]["/things"]["get"]["parameters"].append({"name": "q", "in": "query", "schema": {}})

    first = diff(edit)
    assert len(first) == 3
    assert diff(edit) == first


# ------------------------------------------------------------------------------------ operations


def test_operation_removed_is_breaking() -> None:
    changes = diff(lambda doc: doc["paths"]["/things/{thingId}"].pop("delete"))
    change = only(changes, f"{THING_ITEM}/delete", True, "DELETE /things/{thingId}")
    assert "deleteThing" in change.message and "removed" in change.message
    assert bump("1.4.2", changes) == "2.0.0"


def test_operation_added_is_not_breaking() -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["paths"]["/things/{thingId}"]["patch"] = {
            "operationId": "updateThing",
            "responses": {"200": {"description": "ok"}},
        }

    only(diff(edit), f"{THING_ITEM}/patch", False, "added")


def test_operation_id_renamed_is_breaking() -> None:
    changes = diff(lambda doc: doc["paths"]["/things"]["get"].update(operationId="listAllThings"))
    change = only(changes, f"{THINGS_GET}/operationId", True, "operationId renamed")
    assert "listThings" in change.message and "listAllThings" in change.message


def test_renamed_path_parameter_is_compared_as_the_same_endpoint() -> None:
    def edit(doc: dict[str, Any]) -> None:
        item = doc["paths"].pop("/things/{thingId}")
        item["parameters"][0]["name"] = "id"
        doc["paths"]["/things/{id}"] = item

    changes = diff(edit)
    assert all(c.breaking for c in changes)
    find(changes, f"{THING_ITEM}/parameters/0", "GET /things/{id}: parameter 'thingId' (path) removed")
    find(changes, "/paths/~1things~1{id}/parameters/0", "DELETE /things/{id}: new required parameter 'id'")
    assert len(changes) == 4
    assert not [c for c in changes if "operation" in c.message]


# ------------------------------------------------------------------------------------ parameters


def test_parameter_removed_is_breaking_and_bumps_major() -> None:
    changes = diff(lambda doc: doc["paths"]["/things"]["get"]["parameters"].pop(0))
    only(changes, f"{THINGS_GET}/parameters/0", True, "parameter 'limit' (query) removed")
    assert bump("1.4.2", changes) == "2.0.0"


def test_optional_parameter_added_is_not_breaking_and_bumps_minor() -> None:
    param = {"name": "sort", "in": "query", "schema": {"type": "string"}}
    changes = diff(lambda doc: doc["paths"]["/things"]["get"]["parameters"].append(param))
    only(changes, f"{THINGS_GET}/parameters/2", False, "optional parameter 'sort'")
    assert bump("1.4.2", changes) == "1.5.0"


def test_new_required_parameter_is_breaking() -> None:
    param = {"name": "X-Team", "in": "header", "required": True, "schema": {"type": "string"}}
    changes = diff(lambda doc: doc["paths"]["/things"]["get"]["parameters"].append(param))
    only(changes, f"{THINGS_GET}/parameters/2", True, "new required parameter 'x-team' (header)")


def test_parameter_made_required_is_breaking() -> None:
    changes = diff(lambda doc: doc["paths"]["/things"]["get"]["parameters"][0].update(required=True))
    only(changes, f"{THINGS_GET}/parameters/0", True, "is now required")


def test_parameter_moved_to_another_location_is_breaking() -> None:
    changes = diff(lambda doc: doc["components"]["parameters"]["Cursor"].update({"in": "header"}))
    only(changes, "/components/parameters/Cursor", True, "moved from query to header")


def test_parameter_type_changed_through_ref_is_breaking() -> None:
    changes = diff(lambda doc: doc["components"]["parameters"]["Cursor"].update(schema={"type": "integer"}))
    change = only(changes, "/components/parameters/Cursor/schema/type", True, "type changed")
    assert "string to integer" in change.message


def test_parameter_tighter_maximum_is_breaking_and_looser_is_not() -> None:
    def tighten(doc: dict[str, Any]) -> None:
        doc["paths"]["/things"]["get"]["parameters"][0]["schema"]["maximum"] = 50

    def relax(doc: dict[str, Any]) -> None:
        doc["paths"]["/things"]["get"]["parameters"][0]["schema"]["maximum"] = 500

    pointer = f"{THINGS_GET}/parameters/0/schema/maximum"
    only(diff(tighten), pointer, True, "tightened")
    only(diff(relax), pointer, False, "relaxed")


# -------------------------------------------------------------------------------- request bodies


def test_new_required_body_property_is_breaking() -> None:
    def edit(doc: dict[str, Any]) -> None:
        schemas(doc)["ThingInput"]["properties"]["owner"] = {"type": "string"}
        schemas(doc)["ThingInput"]["required"].append("owner")

    only(diff(edit), f"{INPUT}/properties/owner", True, "new required request property 'owner'")


def test_optional_body_property_added_is_not_breaking() -> None:
    changes = diff(lambda doc: schemas(doc)["ThingInput"]["properties"].update(owner={"type": "string"}))
    only(changes, f"{INPUT}/properties/owner", False, "added")


def test_body_property_made_required_is_breaking() -> None:
    changes = diff(lambda doc: schemas(doc)["ThingInput"]["required"].append("kind"))
    only(changes, f"{INPUT}/properties/kind", True, "is now required")


def test_request_body_made_required_is_breaking() -> None:
    changes = diff(lambda doc: doc["paths"]["/things"]["post"]["requestBody"].update(required=True))
    only(changes, f"{THINGS_POST}/requestBody/required", True, "request body is now required")


def test_request_property_removed_is_breaking_only_with_additional_properties_false() -> None:
    closed = diff(lambda doc: schemas(doc)["ThingInput"]["properties"].pop("note"))
    only(closed, f"{INPUT}/properties/note", True, "additionalProperties is false")

    def open_and_remove(doc: dict[str, Any]) -> None:
        del schemas(doc)["ThingInput"]["additionalProperties"]
        del schemas(doc)["ThingInput"]["properties"]["note"]

    changes = diff(open_and_remove)
    assert find(changes, f"{INPUT}/properties/note", "removed").breaking is False
    assert not [c for c in changes if c.breaking]


def test_additional_properties_turned_false_is_breaking_on_request() -> None:
    def edit(doc: dict[str, Any]) -> None:
        schemas(doc)["ThingInput"]["properties"]["tags"]["items"] = {"type": "object"}

    def close(doc: dict[str, Any]) -> None:
        edit(doc)
        schemas(doc)["ThingInput"]["properties"]["tags"]["items"]["additionalProperties"] = False

    old = copy.deepcopy(BASE)
    edit(old)
    new = copy.deepcopy(BASE)
    close(new)
    only(diff_specs(old, new), f"{INPUT}/properties/tags/items/additionalProperties", True, "now false")
    only(diff_specs(new, old), f"{INPUT}/properties/tags/items", False, "no longer false")


def test_request_enum_value_removed_is_breaking_and_added_is_not() -> None:
    removed = diff(lambda doc: schemas(doc)["ThingInput"]["properties"]["kind"].update(enum=["a"]))
    change = only(removed, f"{INPUT}/properties/kind/enum", True, "enum value")
    assert '"b"' in change.message and "removed" in change.message
    added = diff(lambda doc: schemas(doc)["ThingInput"]["properties"]["kind"].update(enum=["a", "b", "c"]))
    only(added, f"{INPUT}/properties/kind/enum", False, '"c" added')


@pytest.mark.parametrize(
    ("keyword", "value"), [("enum", ["x"]), ("pattern", "^[a-z]+$"), ("maxLength", 10), ("minLength", 2)]
)
def test_request_string_gains_enum_pattern_and_max_length(keyword: str, value: object) -> None:
    changes = diff(lambda doc: schemas(doc)["ThingInput"]["properties"]["name"].update({keyword: value}))
    only(changes, f"{INPUT}/properties/name/{keyword}", True)


def test_type_narrowed_on_request_is_breaking() -> None:
    changes = diff(lambda doc: schemas(doc)["ThingInput"]["properties"]["weight"].update(type="integer"))
    change = only(changes, f"{INPUT}/properties/weight/type", True, "narrowed")
    assert "number to integer" in change.message
    widened = diff(
        lambda doc: schemas(doc)["ThingInput"]["properties"]["weight"].update(type=["number", "null"])
    )
    only(widened, f"{INPUT}/properties/weight/type", False, "widened")


def test_type_removed_from_a_type_list_is_breaking_on_request() -> None:
    changes = diff(lambda doc: schemas(doc)["ThingInput"]["properties"]["note"].update(type="string"))
    only(changes, f"{INPUT}/properties/note/type", True, "narrowed from null|string to string")


def test_request_media_type_removed_is_breaking() -> None:
    def edit(doc: dict[str, Any]) -> None:
        content = doc["paths"]["/things"]["post"]["requestBody"]["content"]
        content["application/merge-patch+json"] = content.pop("application/json")

    changes = diff(edit)
    find(
        changes, f"{THINGS_POST}/requestBody/content/application~1json", "media type application/json removed"
    )
    assert [c.breaking for c in changes] == [True, False]


# -------------------------------------------------------------------------------------- responses


def test_response_enum_value_added_is_breaking_and_removed_is_not() -> None:
    added = diff(lambda doc: schemas(doc)["Thing"]["properties"]["status"]["enum"].append("lost"))
    change = only(added, f"{THING}/properties/status/enum", True, '"lost" added')
    assert "strict enum" in change.message
    removed = diff(lambda doc: schemas(doc)["Thing"]["properties"]["status"].update(enum=["active"]))
    only(removed, f"{THING}/properties/status/enum", False, '"archived" removed')


def test_required_response_property_removed_is_breaking() -> None:
    def edit(doc: dict[str, Any]) -> None:
        del schemas(doc)["Thing"]["properties"]["name"]
        schemas(doc)["Thing"]["required"].remove("name")

    only(diff(edit), f"{THING}/properties/name", True, "required response property 'name' removed")


def test_response_property_made_optional_is_breaking() -> None:
    changes = diff(lambda doc: schemas(doc)["Thing"]["required"].remove("status"))
    only(changes, f"{THING}/properties/status", True, "no longer required")


def test_optional_response_property_removed_or_added_is_not_breaking() -> None:
    only(
        diff(lambda doc: schemas(doc)["Thing"]["properties"].pop("score")), f"{THING}/properties/score", False
    )
    added = diff(lambda doc: schemas(doc)["Thing"]["properties"].update(color={"type": "string"}))
    only(added, f"{THING}/properties/color", False, "response property 'color' added")


def test_response_type_widened_is_breaking_and_narrowed_is_not() -> None:
    widened = diff(lambda doc: schemas(doc)["Thing"]["properties"]["id"].update(type="number"))
    only(widened, f"{THING}/properties/id/type", True, "widened")
    narrowed = diff(lambda doc: schemas(doc)["Thing"]["properties"]["score"].update(type="integer"))
    only(narrowed, f"{THING}/properties/score/type", False, "narrowed")


def test_response_becoming_nullable_through_any_of_is_breaking() -> None:
    def edit(doc: dict[str, Any]) -> None:
        schemas(doc)["Thing"]["properties"]["parent"] = {
            "anyOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "null"}]
        }

    only(diff(edit), f"{THING}/properties/parent/anyOf/1", True, "new alternative of type null")


def test_status_code_removed_is_breaking_and_added_is_not() -> None:
    changes = diff(lambda doc: doc["paths"]["/things/{thingId}"]["delete"]["responses"].pop("204"))
    change = only(changes, f"{THING_ITEM}/delete/responses/204", True, "success response status 204 removed")
    assert bump("0.9.0", changes) == "0.10.0"
    error = diff(lambda doc: doc["paths"]["/things/{thingId}"]["get"]["responses"].pop("404"))
    assert only(error, f"{THING_ITEM}/get/responses/404", True).message != change.message
    added = diff(lambda doc: doc["paths"]["/things/{thingId}"]["delete"]["responses"].update({"404": {}}))
    only(added, f"{THING_ITEM}/delete/responses/404", False, "status 404 added")


def test_response_media_type_removed_is_breaking() -> None:
    def edit(doc: dict[str, Any]) -> None:
        content = doc["components"]["responses"]["Thing"]["content"]
        content["text/csv"] = content.pop("application/json")

    changes = diff(edit)
    change = find(changes, "/components/responses/Thing/content/application~1json", "removed")
    assert change.breaking
    assert find(changes, "/components/responses/Thing/content/text~1csv", "added").breaking is False


# ------------------------------------------------------------------------------- refs and recursion


def test_schemas_are_compared_through_refs() -> None:
    def inline_and_rename(doc: dict[str, Any]) -> None:
        # the same schema under another component name, and the list's items written inline
        schemas(doc)["Item"] = schemas(doc).pop("Thing")
        text = yaml.safe_dump(doc).replace("schemas/Thing'", "schemas/Item'")
        doc.clear()
        doc.update(yaml.safe_load(text))
        items = doc["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        items["properties"]["items"]["items"] = copy.deepcopy(schemas(doc)["Item"])

    assert diff(inline_and_rename) == []

    changes = diff(lambda doc: schemas(doc)["Thing"]["properties"]["id"].update(type="string"))
    # Thing is reached from three operations and from itself: reported once, at the component.
    only(changes, f"{THING}/properties/id/type", True, "integer to string")


def test_all_of_members_are_merged() -> None:
    def split(doc: dict[str, Any]) -> None:
        thing = schemas(doc)["Thing"]
        schemas(doc)["Named"] = {"type": "object", "required": ["name"], "properties": thing["properties"]}
        schemas(doc)["Thing"] = {
            "allOf": [{"$ref": "#/components/schemas/Named"}],
            "type": "object",
            "required": ["id", "status"],
        }

    assert diff(split) == []

    def split_and_relax(doc: dict[str, Any]) -> None:
        split(doc)
        schemas(doc)["Named"]["required"].clear()

    changes = diff(split_and_relax)
    only(changes, "/components/schemas/Named/properties/name", True, "no longer required")


def test_recursive_schema_does_not_hang_and_is_compared() -> None:
    def edit(doc: dict[str, Any]) -> None:
        schemas(doc)["Node"] = {
            "type": "object",
            "properties": {
                "next": {"$ref": "#/components/schemas/Node"},
                "other": {"$ref": "#/components/schemas/Other"},
                "size": {"type": "integer"},
            },
        }
        schemas(doc)["Other"] = {
            "type": "object",
            "properties": {"back": {"$ref": "#/components/schemas/Node"}},
        }
        schemas(doc)["Loop"] = {"$ref": "#/components/schemas/Loop"}
        schemas(doc)["Thing"]["properties"]["node"] = {"$ref": "#/components/schemas/Node"}
        schemas(doc)["Thing"]["properties"]["loop"] = {"$ref": "#/components/schemas/Loop"}

    old = copy.deepcopy(BASE)
    edit(old)
    new = copy.deepcopy(old)
    assert diff_specs(old, new) == []
    schemas(new)["Node"]["properties"]["size"]["type"] = "number"
    schemas(new)["Thing"]["properties"]["parent"]["description"] = "Recursive, still."
    changes = diff_specs(old, new)
    only(changes, "/components/schemas/Node/properties/size/type", True, "widened")


# -------------------------------------------------------------------------------------- security


def test_security_changes() -> None:
    scheme = diff(lambda doc: doc["components"]["securitySchemes"]["token"].update(name="X-Api-Key"))
    only(scheme, "/components/securitySchemes/token/name", True, "security scheme 'token'")

    def bearer(doc: dict[str, Any]) -> None:
        doc["components"]["securitySchemes"]["bearer"] = {"type": "http", "scheme": "bearer"}
        doc["security"] = [{"bearer": []}]

    changes = diff(bearer)
    assert find(changes, "/security", "token no longer accepted").breaking
    assert not find(changes, "/components/securitySchemes/bearer").breaking

    scope = diff(
        lambda doc: doc["paths"]["/things/{thingId}"]["delete"].update(security=[{"token": ["admin"]}])
    )
    assert any(c.breaking and "token[write] no longer accepted" in c.message for c in scope)

    anonymous = diff(lambda doc: doc["paths"]["/things/{thingId}"]["delete"]["security"].append({}))
    only(anonymous, f"{THING_ITEM}/delete/security", False, "anonymous access")


# ------------------------------------------------------------------------------- bump / changelog

BREAKING = [Change(True, "/paths/~1a/get", "operation GET /a removed")]
ADDED = [Change(False, "/paths/~1b/get", "operation GET /b added")]


def test_bump() -> None:
    assert bump("1.4.2", BREAKING + ADDED) == "2.0.0"
    assert bump("1.4.2", ADDED) == "1.5.0"
    assert bump("1.4.2", []) == "1.4.2"
    assert bump("0.3.1", BREAKING) == "0.4.0"
    assert bump("0.3.1", ADDED) == "0.3.2"
    assert bump("0.3.1", []) == "0.3.1"
    assert bump("v2.0.1", ADDED) == "v2.1.0"
    assert bump("1.0.0-rc.1", BREAKING) == "2.0.0"
    with pytest.raises(ValueError, match="semver"):
        bump("v2", ADDED)


def test_changelog_entry() -> None:
    text = changelog_entry("make", "1.4.2", "2.0.0", ADDED + BREAKING)
    assert text.startswith("## 2.0.0\n")
    assert "`make`" in text and "1.4.2" in text
    breaking, added = text.split("### Breaking")[1].split("### Added / changed")
    assert "- operation GET /a removed (`/paths/~1a/get`)" in breaking
    assert "GET /b" not in breaking
    assert "- operation GET /b added (`/paths/~1b/get`)" in added
    assert text == changelog_entry("make", "1.4.2", "2.0.0", ADDED + BREAKING)
    empty = changelog_entry("make", "1.4.2", "1.5.0", ADDED)
    assert empty.split("### Breaking")[1].split("###")[0].strip() == "- None."


# ------------------------------------------------------------------------------------------- CLI

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(root: Path, *args: str) -> None:
    subprocess.run(
        [
            "git",
            "-c",
            "user.name=test",
            "-c",
            "user.email=test@example.com",
            "-c",
            "commit.gpgsign=false",
            *args,
        ],
        cwd=root,
        check=True,
        capture_output=True,
    )


def write(root: Path, name: str, doc: dict[str, Any]) -> None:
    (root / "specs").mkdir(exist_ok=True)
    (root / "specs" / f"{name}.yaml").write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q")
    write(tmp_path, "toy", BASE)
    git(tmp_path, "add", "specs")
    git(tmp_path, "commit", "-q", "-m", "spec")
    return tmp_path


@needs_git
def test_cli_reports_breaking_changes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = copy.deepcopy(BASE)
    new["paths"]["/things"]["get"]["parameters"].pop(0)
    new["paths"]["/things"]["get"]["parameters"].append({"name": "sort", "in": "query", "schema": {}})
    write(repo, "toy", new)
    write(repo, "extra", BASE)

    assert main(["--base", "HEAD", "toy", "extra"], root=repo) == 0
    out = capsys.readouterr().out
    toy = out.split("extra:")[0]
    assert "toy: 1 breaking, 1 non-breaking" in toy
    breaking, non_breaking = toy.split("non-breaking:")
    assert f"{THINGS_GET}/parameters/0: GET /things: parameter 'limit' (query) removed" in breaking
    assert "'sort'" in non_breaking
    assert "extra: new spec" in out

    assert main(["--base", "HEAD", "--fail-on-breaking"], root=repo) == 1
    assert main(["--fail-on-breaking", "extra"], root=repo) == 0


@needs_git
def test_cli_without_changes_and_with_bad_input(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--fail-on-breaking"], root=repo) == 0
    out = capsys.readouterr().out
    assert "toy: 0 breaking, 0 non-breaking" in out and "(none)" in out

    assert main(["--base", "no-such-ref"], root=repo) == 2
    assert "no-such-ref" in capsys.readouterr().err
    assert main(["missing"], root=repo) == 2
    assert "missing" in capsys.readouterr().err

    (repo / "specs" / "toy.yaml").unlink()
    assert main(["--fail-on-breaking"], root=repo) == 1
    assert "toy: spec removed" in capsys.readouterr().out


@needs_git
def test_cli_without_history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "toy", BASE)
    assert main([], root=tmp_path) == 0  # not a git repository
    out = capsys.readouterr().out
    assert "not in a git repository" in out and "toy: new spec" in out

    git(tmp_path, "init", "-q")
    assert main(["--fail-on-breaking"], root=tmp_path) == 0  # a repository without commits
    out = capsys.readouterr().out
    assert "no commits yet" in out and "toy: new spec" in out


def test_script_runs_standalone() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "api_diff.py"), "--help"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT.parent,
    )
    assert result.returncode == 0, result.stderr
    assert "--fail-on-breaking" in result.stdout
