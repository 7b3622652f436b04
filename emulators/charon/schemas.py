"""Charon's metadata: ``Schema`` documents read into a model, id generators, and per-value checks.

Pure functions (no storage): the data source module reads the ``Schema`` collection and hands the
documents here. Facts from game_data_structure.rst (charon-model.md); emulator decisions where the vendor is
silent: a schema without an ``Id`` property gets one (Text, unique, not null); ``Requirement`` 1 is read as
2; a ``LocalizedText`` value is an object of language → text; ``Time`` is ``[d.]hh:mm:ss[.fff]``, ``Date``
ISO 8601; a pick-list value must be one of the property's ``Specification`` ``pickList`` names when the
property lists any (otherwise any text); ``Formula`` is any text.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs

# DataType codes → names (game_data_structure.rst).
TEXT, LOCALIZED_TEXT, LOGICAL, TIME, DATE, NUMBER, INTEGER = 0, 1, 5, 8, 9, 12, 13
PICK_LIST, MULTI_PICK_LIST, DOCUMENT, DOCUMENT_COLLECTION = 18, 19, 22, 23
REFERENCE, REFERENCE_COLLECTION, FORMULA = 28, 29, 35
DATA_TYPES = {
    TEXT: "Text",
    LOCALIZED_TEXT: "LocalizedText",
    LOGICAL: "Logical",
    TIME: "Time",
    DATE: "Date",
    NUMBER: "Number",
    INTEGER: "Integer",
    PICK_LIST: "PickList",
    MULTI_PICK_LIST: "MultiPickList",
    DOCUMENT: "Document",
    DOCUMENT_COLLECTION: "DocumentCollection",
    REFERENCE: "Reference",
    REFERENCE_COLLECTION: "ReferenceCollection",
    FORMULA: "Formula",
}
FORMAT_CODES = {
    TEXT: "invalidTextFormat",
    LOCALIZED_TEXT: "invalidLocalizedTextFormat",
    LOGICAL: "invalidLogicalFormat",
    TIME: "invalidTimeFormat",
    DATE: "invalidDateFormat",
    NUMBER: "invalidNumberFormat",
    INTEGER: "invalidIntegerFormat",
    PICK_LIST: "invalidPickListFormat",
    MULTI_PICK_LIST: "invalidMultiPickListFormat",
    DOCUMENT: "invalidDocumentFormat",
    DOCUMENT_COLLECTION: "invalidDocumentCollectionFormat",
    REFERENCE: "invalidReferenceFormat",
    REFERENCE_COLLECTION: "invalidReferenceCollectionFormat",
    FORMULA: "invalidFormulaFormat",
}
EMBEDDED_TYPES = frozenset({DOCUMENT, DOCUMENT_COLLECTION})
REFERENCE_TYPES = frozenset({REFERENCE, REFERENCE_COLLECTION})
NUMERIC_TYPES = frozenset({NUMBER, INTEGER, LOGICAL})
# IdGenerator codes.
ID_NONE, ID_OBJECT_ID, ID_GUID, ID_SEQUENCE, ID_GLOBAL_SEQUENCE = 0, 1, 2, 3, 4
# Schema Type codes.
NORMAL, COMPONENT, SETTINGS = 0, 1, 2
# Uniqueness and Requirement codes.
UNIQUE_VALUES = frozenset({1, 2})
NOT_NULL, NOT_EMPTY = 2, 3
# The two metadata collections every data source has (not backed by a ``Schema`` document).
SCHEMA_COLLECTION, SETTINGS_COLLECTION = "Schema", "ProjectSettings"
METADATA_COLLECTIONS = (SETTINGS_COLLECTION, SCHEMA_COLLECTION)

NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
OBJECT_ID = re.compile(r"^[0-9a-fA-F]{24}$")
TIME_FORMAT = re.compile(r"^-?(\d+\.)?\d{1,2}:\d{2}:\d{2}(\.\d{1,7})?$")
INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)


class SchemaError(ValueError):
    """A ``Schema`` document Charon would refuse: the error code and the JSON Pointer of the value."""

    def __init__(self, code: str, message: str, path: str) -> None:
        super().__init__(message)
        self.code, self.message, self.path = code, message, path


@dataclass(frozen=True, slots=True)
class Property:
    id: str
    name: str
    data_type: int
    uniqueness: int = 0
    requirement: int = 0
    reference_schema_id: str | None = None
    default: Any = None
    size: int = 0
    picks: frozenset[str] = frozenset()

    @property
    def unique(self) -> bool:
        return self.uniqueness in UNIQUE_VALUES


@dataclass(frozen=True, slots=True)
class SchemaModel:
    id: str
    name: str
    type: int
    id_generator: int
    properties: tuple[Property, ...]
    by_name: Mapping[str, Property] = field(default_factory=dict)

    def find(self, name_or_id: str) -> Property | None:
        found = self.by_name.get(name_or_id)
        if found is not None:
            return found
        return next((p for p in self.properties if p.id == name_or_id), None)

    @property
    def id_property(self) -> Property:
        return self.by_name["Id"]


def _int(value: Any, default: int, path: str) -> int:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise SchemaError("invalidSchema", f"{path} must be an integer.", path)
    try:
        return int(value)
    except ValueError:
        raise SchemaError("invalidSchema", f"{path} must be an integer.", path) from None


def _picks(specification: Any) -> frozenset[str]:
    """Pick-list names from a property's form-encoded ``Specification`` (``pickList=a&pickList=b``)."""
    if not isinstance(specification, str) or not specification:
        return frozenset()
    return frozenset(parse_qs(specification).get("pickList", []))


def parse_property(raw: Any, path: str) -> Property:
    if not isinstance(raw, dict):
        raise SchemaError("invalidSchema", f"{path} must be an object.", path)
    name = raw.get("Name")
    if not isinstance(name, str) or not NAME.match(name):
        raise SchemaError("invalidNameFormat", f"{path}/Name must be an identifier.", f"{path}/Name")
    data_type = _int(raw.get("DataType"), TEXT, f"{path}/DataType")
    if data_type not in DATA_TYPES:
        raise SchemaError("invalidSchema", f"{path}/DataType {data_type} is unknown.", f"{path}/DataType")
    reference = raw.get("ReferenceType")
    reference_id = reference.get("Id") if isinstance(reference, dict) else None
    if (data_type in EMBEDDED_TYPES or data_type in REFERENCE_TYPES) and not isinstance(reference_id, str):
        raise SchemaError(
            "invalidTypeReference", f"{path}/ReferenceType needs the referenced schema's Id.", path
        )
    requirement = _int(raw.get("Requirement"), 0, f"{path}/Requirement")
    return Property(
        id=str(raw.get("Id") or name),
        name=name,
        data_type=data_type,
        uniqueness=_int(raw.get("Uniqueness"), 0, f"{path}/Uniqueness"),
        requirement=NOT_NULL if requirement == 1 else requirement,
        reference_schema_id=reference_id if isinstance(reference_id, str) else None,
        default=raw.get("DefaultValue"),
        size=_int(raw.get("Size"), 0, f"{path}/Size"),
        picks=_picks(raw.get("Specification")),
    )


DEFAULT_ID_PROPERTY = Property(id="Id", name="Id", data_type=TEXT, uniqueness=1, requirement=NOT_NULL)


def parse_schema(raw: Any) -> SchemaModel:
    """The model of one ``Schema`` document (raises :class:`SchemaError` for what Charon refuses)."""
    if not isinstance(raw, dict):
        raise SchemaError("invalidSchema", "A schema must be an object.", "")
    name = raw.get("Name")
    if not isinstance(name, str) or not NAME.match(name) or name in METADATA_COLLECTIONS:
        raise SchemaError("invalidNameFormat", "Name must be an identifier (not a reserved name).", "/Name")
    kind = _int(raw.get("Type"), NORMAL, "/Type")
    generator = _int(raw.get("IdGenerator"), ID_NONE, "/IdGenerator")
    if kind not in (NORMAL, COMPONENT, SETTINGS) or generator not in range(5):
        raise SchemaError("invalidSchema", "Type or IdGenerator is out of range.", "/Type")
    raws = raw.get("Properties") or []
    if not isinstance(raws, list):
        raise SchemaError("invalidSchema", "Properties must be an array.", "/Properties")
    properties = [parse_property(p, f"/Properties/{i}") for i, p in enumerate(raws)]
    names = [p.name for p in properties]
    if len(set(names)) != len(names):
        raise SchemaError("duplicateUniqueValue", "Property names must be unique.", "/Properties")
    if "Id" not in names:
        properties.insert(0, DEFAULT_ID_PROPERTY)
    return SchemaModel(
        id=str(raw.get("Id")),
        name=name,
        type=kind,
        id_generator=generator,
        properties=tuple(properties),
        by_name={p.name: p for p in properties},
    )


# ------------------------------------------------------------------------------------------ values


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def format_ok(prop: Property, value: Any) -> bool:
    """Whether a non-null ``value`` has the shape of ``prop``'s data type."""
    kind = prop.data_type
    if kind in (TEXT, FORMULA):
        return isinstance(value, str) and (prop.size <= 0 or len(value) <= prop.size)
    if kind == LOCALIZED_TEXT:
        return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
    if kind == LOGICAL:
        return isinstance(value, bool)
    if kind == NUMBER:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == INTEGER:
        return isinstance(value, int) and not isinstance(value, bool) and INT64[0] <= value <= INT64[1]
    if kind == TIME:
        return isinstance(value, str) and bool(TIME_FORMAT.match(value))
    if kind == DATE:
        return isinstance(value, str) and _is_date(value)
    if kind == PICK_LIST:
        return isinstance(value, str) and (not prop.picks or value in prop.picks)
    if kind == MULTI_PICK_LIST:
        parts = [p.strip() for p in value.split(",")] if isinstance(value, str) else None
        return parts is not None and (not prop.picks or all(p in prop.picks for p in parts if p))
    if kind == DOCUMENT:
        return isinstance(value, dict)
    if kind == DOCUMENT_COLLECTION:
        return isinstance(value, list) and all(isinstance(v, dict) for v in value)
    if kind == REFERENCE:
        return isinstance(value, dict) and value.get("Id") is not None
    if kind == REFERENCE_COLLECTION:
        return isinstance(value, list) and all(isinstance(v, dict) and v.get("Id") is not None for v in value)
    return True


def _is_date(value: str) -> bool:
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def references(prop: Property, value: Any) -> Iterator[Any]:
    """The referenced ids in a (well-formed) reference value."""
    if prop.data_type == REFERENCE and isinstance(value, dict):
        yield value.get("Id")
    elif prop.data_type == REFERENCE_COLLECTION and isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                yield item.get("Id")


def new_id(generator: int, counter: int) -> Any:
    """A generated id: ``counter`` is the next number of the schema's (or the global) sequence."""
    if generator == ID_OBJECT_ID:
        return f"{counter:024x}"
    if generator == ID_GUID:
        return str(uuid.UUID(int=counter))
    return counter


def generated_id_ok(generator: int, value: Any) -> bool:
    """Whether ``value`` looks like an id the generator makes (otherwise it is a temporary id)."""
    if generator == ID_OBJECT_ID:
        return isinstance(value, str) and bool(OBJECT_ID.match(value))
    if generator == ID_GUID:
        try:
            uuid.UUID(str(value))
        except ValueError:
            return False
        return isinstance(value, str)
    if generator in (ID_SEQUENCE, ID_GLOBAL_SEQUENCE):
        return isinstance(value, int) and not isinstance(value, bool)
    return value is not None
