"""The breaking-change detector at schema level: request bodies, responses, and schemas behind refs,
``allOf`` and recursion."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

from codegen.diff import bump, diff_specs
from tests.unit.api_diff_support import (
    BASE,
    INPUT,
    THING,
    THING_ITEM,
    THINGS_POST,
    diff,
    find,
    only,
    schemas,
)

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
