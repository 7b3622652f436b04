"""Charon's metadata model (``emulators.charon.schemas``): what a ``Schema`` document is read into, what it
refuses (code and JSON Pointer), and the shape each data type accepts."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from emulators.charon import schemas
from emulators.charon.schemas import Property, SchemaError, format_ok, parse_property, parse_schema


def refusal(raw: Any) -> tuple[str, str]:
    with pytest.raises(SchemaError) as caught:
        parse_schema(raw)
    assert caught.value.message == str(caught.value) and caught.value.message
    return caught.value.code, caught.value.path


def test_a_schema_document_is_read_into_its_model() -> None:
    model = parse_schema(
        {
            "Id": "5a1b2c3d4e5f60718293a4b5",
            "Name": "Item",
            "Type": "2",
            "IdGenerator": 3.0,
            "Properties": [
                {"Id": "p-id", "Name": "Id", "DataType": 13, "Uniqueness": 1, "Requirement": 1},
                {
                    "Name": "Kind",
                    "DataType": 18,
                    "Uniqueness": 2,
                    "Requirement": 3,
                    "DefaultValue": "weapon",
                    "Size": "12",
                    "Specification": "pickList=weapon&pickList=armor&other=x",
                },
                {"Name": "Next", "DataType": 28, "ReferenceType": {"Id": "other"}},
                {"Name": "Plain"},
            ],
        }
    )
    assert (model.id, model.name, model.type, model.id_generator) == (
        "5a1b2c3d4e5f60718293a4b5",
        "Item",
        2,
        3,
    )
    assert [p.name for p in model.properties] == ["Id", "Kind", "Next", "Plain"]
    assert model.properties[0] == Property(id="p-id", name="Id", data_type=13, uniqueness=1, requirement=2)
    assert model.properties[1] == Property(
        id="Kind",  # no Id: the name
        name="Kind",
        data_type=18,
        uniqueness=2,
        requirement=3,
        default="weapon",
        size=12,
        picks=frozenset({"weapon", "armor"}),
    )
    assert model.properties[2].reference_schema_id == "other"
    assert model.properties[3] == Property(id="Plain", name="Plain", data_type=schemas.TEXT)
    assert model.id_property is model.properties[0]
    assert model.find("Kind") is model.properties[1] and model.find("p-id") is model.properties[0]
    assert model.find("nothing") is None
    assert [p.unique for p in model.properties] == [True, True, False, False]


def test_defaults_of_a_bare_schema() -> None:
    model = parse_schema({"Name": "Bare"})
    assert (model.type, model.id_generator) == (schemas.NORMAL, schemas.ID_NONE)
    assert model.properties == (schemas.DEFAULT_ID_PROPERTY,)
    assert model.by_name == {"Id": schemas.DEFAULT_ID_PROPERTY}
    assert (
        Property(id="Id", name="Id", data_type=schemas.TEXT, uniqueness=1, requirement=schemas.NOT_NULL)
        == schemas.DEFAULT_ID_PROPERTY
    )
    # Without an Id property one is put first, before the schema's own.
    other = parse_schema({"Name": "Other", "Properties": [{"Name": "Title"}], "IdGenerator": None})
    assert [p.name for p in other.properties] == ["Id", "Title"] and other.id_generator == schemas.ID_NONE
    assert parse_schema({"Name": "Empty", "Properties": None}).properties == (schemas.DEFAULT_ID_PROPERTY,)
    assert parse_property({"Name": "Optional", "Requirement": None}, "").requirement == 0


@pytest.mark.parametrize(
    ("raw", "code", "path"),
    [
        ([], "invalidSchema", ""),
        ({"Name": "9lives"}, "invalidNameFormat", "/Name"),
        ({"Name": "has space"}, "invalidNameFormat", "/Name"),
        ({"Name": 7}, "invalidNameFormat", "/Name"),
        ({}, "invalidNameFormat", "/Name"),
        ({"Name": "Schema"}, "invalidNameFormat", "/Name"),
        ({"Name": "ProjectSettings"}, "invalidNameFormat", "/Name"),
        ({"Name": "A", "Type": 3}, "invalidSchema", "/Type"),
        ({"Name": "A", "Type": -1}, "invalidSchema", "/Type"),
        ({"Name": "A", "IdGenerator": 5}, "invalidSchema", "/Type"),
        ({"Name": "A", "IdGenerator": -1}, "invalidSchema", "/Type"),
        ({"Name": "A", "Type": True}, "invalidSchema", "/Type"),
        ({"Name": "A", "Type": "one"}, "invalidSchema", "/Type"),
        ({"Name": "A", "IdGenerator": [1]}, "invalidSchema", "/IdGenerator"),
        ({"Name": "A", "Properties": {"Name": "Id"}}, "invalidSchema", "/Properties"),
        ({"Name": "A", "Properties": [{"Name": "X"}, {"Name": "X"}]}, "duplicateUniqueValue", "/Properties"),
        ({"Name": "A", "Properties": [{"Name": "X"}, "Y"]}, "invalidSchema", "/Properties/1"),
        ({"Name": "A", "Properties": [{"Name": "1X"}]}, "invalidNameFormat", "/Properties/0/Name"),
        ({"Name": "A", "Properties": [{"DataType": 0}]}, "invalidNameFormat", "/Properties/0/Name"),
        (
            {"Name": "A", "Properties": [{"Name": "X", "DataType": 2}]},
            "invalidSchema",
            "/Properties/0/DataType",
        ),
        (
            {"Name": "A", "Properties": [{"Name": "X", "DataType": "b"}]},
            "invalidSchema",
            "/Properties/0/DataType",
        ),
        (
            {"Name": "A", "Properties": [{"Name": "X", "Requirement": "b"}]},
            "invalidSchema",
            "/Properties/0/Requirement",
        ),
        (
            {"Name": "A", "Properties": [{"Name": "X", "Uniqueness": {}}]},
            "invalidSchema",
            "/Properties/0/Uniqueness",
        ),
        ({"Name": "A", "Properties": [{"Name": "X", "Size": False}]}, "invalidSchema", "/Properties/0/Size"),
    ],
)
def test_what_charon_refuses_in_a_schema(raw: Any, code: str, path: str) -> None:
    assert refusal(raw) == (code, path)


@pytest.mark.parametrize("data_type", [22, 23, 28, 29])
@pytest.mark.parametrize("reference", [None, {}, {"Id": 5}, "abc"])
def test_embedded_and_reference_properties_need_the_referenced_schema(data_type: int, reference: Any) -> None:
    raw = {"Name": "A", "Properties": [{"Name": "X", "DataType": data_type, "ReferenceType": reference}]}
    assert refusal(raw) == ("invalidTypeReference", "/Properties/0")


def test_other_types_ignore_a_reference_type() -> None:
    found = parse_property({"Name": "X", "DataType": 0, "ReferenceType": {"Id": "s"}}, "")
    assert found.reference_schema_id == "s"  # kept as given: nothing reads it for a Text
    assert parse_property({"Name": "X", "ReferenceType": {"Id": 5}}, "").reference_schema_id is None


def test_schema_error_messages_name_the_place() -> None:
    with pytest.raises(SchemaError) as caught:
        parse_property({"Name": "X", "DataType": 99}, "/Properties/4")
    assert caught.value.message == "/Properties/4/DataType 99 is unknown."
    with pytest.raises(SchemaError) as caught:
        parse_property({"Name": "X", "Size": "big"}, "/P")
    assert caught.value.message == "/P/Size must be an integer."


def prop(data_type: int, **extra: Any) -> Property:
    return Property(id="p", name="p", data_type=data_type, **extra)


GOOD: list[tuple[Property, Any]] = [
    (prop(schemas.TEXT), ""),
    (prop(schemas.TEXT, size=3), "abc"),
    (prop(schemas.TEXT, size=1), "a"),
    (prop(schemas.TEXT, size=0), "a" * 1000),
    (prop(schemas.FORMULA), "1 + x"),
    (prop(schemas.LOCALIZED_TEXT), {"en-US": "a", "fr-FR": "b"}),
    (prop(schemas.LOCALIZED_TEXT), {}),
    (prop(schemas.LOGICAL), False),
    (prop(schemas.NUMBER), 1.5),
    (prop(schemas.NUMBER), 3),
    (prop(schemas.INTEGER), 2**63 - 1),
    (prop(schemas.INTEGER), -(2**63)),
    (prop(schemas.TIME), "12:30:00"),
    (prop(schemas.TIME), "-1.02:03:04.1234567"),
    (prop(schemas.DATE), "2024-05-01"),
    (prop(schemas.DATE), "2024-05-01T10:00:00Z"),
    (prop(schemas.PICK_LIST), "anything"),
    (prop(schemas.PICK_LIST, picks=frozenset({"a", "b"})), "b"),
    (prop(schemas.MULTI_PICK_LIST), "x, y"),
    (prop(schemas.MULTI_PICK_LIST, picks=frozenset({"a", "b"})), "a, b,"),
    (prop(schemas.DOCUMENT), {}),
    (prop(schemas.DOCUMENT_COLLECTION), [{}, {"Id": 1}]),
    (prop(schemas.DOCUMENT_COLLECTION), []),
    (prop(schemas.REFERENCE), {"Id": 0}),
    (prop(schemas.REFERENCE_COLLECTION), [{"Id": "a"}, {"Id": 2}]),
    (prop(99), object()),  # an unknown type accepts anything
]
BAD: list[tuple[Property, Any]] = [
    (prop(schemas.TEXT), 5),
    (prop(schemas.TEXT, size=3), "abcd"),
    (prop(schemas.TEXT, size=1), "ab"),
    (prop(schemas.FORMULA), None),
    (prop(schemas.LOCALIZED_TEXT), "text"),
    (prop(schemas.LOCALIZED_TEXT), {"en-US": 1}),
    (prop(schemas.LOGICAL), 1),
    (prop(schemas.NUMBER), True),
    (prop(schemas.NUMBER), "1"),
    (prop(schemas.INTEGER), 1.0),
    (prop(schemas.INTEGER), True),
    (prop(schemas.INTEGER), 2**63),
    (prop(schemas.INTEGER), -(2**63) - 1),
    (prop(schemas.TIME), "12:30"),
    (prop(schemas.TIME), "123:30:00"),
    (prop(schemas.TIME), "12:30:00.12345678"),
    (prop(schemas.TIME), 5),
    (prop(schemas.DATE), "yesterday"),
    (prop(schemas.DATE), "2024-05-01T10:00:00z"),  # ISO 8601 writes UTC as "Z"
    (prop(schemas.DATE), 20240501),
    (prop(schemas.PICK_LIST, picks=frozenset({"a", "b"})), "c"),
    (prop(schemas.PICK_LIST), 1),
    (prop(schemas.MULTI_PICK_LIST, picks=frozenset({"a", "b"})), "a, c"),
    (prop(schemas.MULTI_PICK_LIST), ["a"]),
    (prop(schemas.DOCUMENT), []),
    (prop(schemas.DOCUMENT_COLLECTION), {}),
    (prop(schemas.DOCUMENT_COLLECTION), [{}, 1]),
    (prop(schemas.REFERENCE), {"Id": None}),
    (prop(schemas.REFERENCE), "a"),
    (prop(schemas.REFERENCE_COLLECTION), [{"Id": "a"}, {}]),
    (prop(schemas.REFERENCE_COLLECTION), [{"Id": "a"}, "b"]),
    (prop(schemas.REFERENCE_COLLECTION), {"Id": "a"}),
]


@pytest.mark.parametrize(("property_", "value"), GOOD)
def test_values_of_the_right_shape(property_: Property, value: Any) -> None:
    assert format_ok(property_, value) is True


@pytest.mark.parametrize(("property_", "value"), BAD)
def test_values_of_the_wrong_shape(property_: Property, value: Any) -> None:
    assert format_ok(property_, value) is False


def test_every_data_type_has_a_format_code() -> None:
    assert set(schemas.FORMAT_CODES) == set(schemas.DATA_TYPES)
    assert all(code == f"invalid{schemas.DATA_TYPES[t]}Format" for t, code in schemas.FORMAT_CODES.items())


@pytest.mark.parametrize(
    ("value", "empty"),
    [(None, True), ("", True), ([], True), ({}, True), (0, False), (" ", False), (False, False)],
)
def test_empty_values(value: Any, empty: bool) -> None:
    assert schemas.is_empty(value) is empty


def test_references_lists_the_referenced_ids() -> None:
    one, many = prop(schemas.REFERENCE), prop(schemas.REFERENCE_COLLECTION)
    assert list(schemas.references(one, {"Id": "a"})) == ["a"]
    assert list(schemas.references(one, [{"Id": "a"}])) == []
    assert list(schemas.references(many, [{"Id": "a"}, "skip", {"Id": 2}])) == ["a", 2]
    assert list(schemas.references(many, {"Id": "a"})) == []
    assert list(schemas.references(prop(schemas.TEXT), {"Id": "a"})) == []


def test_generated_ids_and_what_looks_like_one() -> None:
    assert schemas.new_id(schemas.ID_OBJECT_ID, 255) == "0000000000000000000000ff"
    assert schemas.new_id(schemas.ID_GUID, 1) == "00000000-0000-0000-0000-000000000001"
    assert schemas.new_id(schemas.ID_SEQUENCE, 7) == 7 and schemas.new_id(schemas.ID_GLOBAL_SEQUENCE, 8) == 8
    ok = schemas.generated_id_ok
    assert ok(schemas.ID_OBJECT_ID, "0000000000000000000000fF") and not ok(schemas.ID_OBJECT_ID, "new-1")
    assert not ok(schemas.ID_OBJECT_ID, "0" * 25) and not ok(schemas.ID_OBJECT_ID, 5)
    assert ok(schemas.ID_GUID, str(uuid.UUID(int=3))) and not ok(schemas.ID_GUID, "new-1")
    assert not ok(schemas.ID_GUID, uuid.UUID(int=3))  # a GUID id is its text
    for generator in (schemas.ID_SEQUENCE, schemas.ID_GLOBAL_SEQUENCE):
        assert ok(generator, 4) and not ok(generator, "4") and not ok(generator, True)
    assert ok(schemas.ID_NONE, "anything") and ok(schemas.ID_NONE, 0) and not ok(schemas.ID_NONE, None)


@pytest.mark.parametrize("specification", [None, "", "other=x", 5, ["pickList=a"], {"pickList": "a"}])
def test_a_specification_without_pick_list_names_leaves_any_pick_allowed(specification: Any) -> None:
    raw = {"Name": "Kind", "DataType": schemas.PICK_LIST, "Specification": specification}
    found = parse_property(raw, "")
    assert found.picks == frozenset() and format_ok(found, "anything")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ([], "A schema must be an object."),
        ({"Name": "Schema"}, "Name must be an identifier (not a reserved name)."),
        ({"Name": "A", "Type": 9}, "Type or IdGenerator is out of range."),
        ({"Name": "A", "Properties": [{"Name": "X"}, {"Name": "X"}]}, "Property names must be unique."),
    ],
)
def test_a_schema_refusal_says_what_is_wrong(raw: Any, message: str) -> None:
    with pytest.raises(SchemaError) as caught:
        parse_schema(raw)
    assert caught.value.message == message
