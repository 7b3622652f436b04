"""The checks a write runs on one document (emulators/charon/checks.py), chosen by ``validationOptions``:
repairs from defaults, erased invalid values, translations, embedded documents to their depth limit, and
unique values read the way the values table stores them."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.emulator.charon_data import create, data_source, prop, schema_doc, with_items
from tests.emulator.charon_support import emulator, error, http, result

pytestmark = pytest.mark.parity("emulator")
__all__ = ["emulator", "http"]  # fixtures

GEAR_ID = "5a1b2c3d4e5f60718293a4c1"
NODE_ID = "5a1b2c3d4e5f60718293a4c2"
# Rank is required with a default; Note is required without one; Tier has a default but is optional.
GEAR = schema_doc(
    GEAR_ID,
    "Gear",
    prop("Rank", 13, Requirement=2, DefaultValue=3),
    prop("Note", 0, Requirement=2),
    prop("Tier", 13, DefaultValue=9),
    prop("Owner", 28, Uniqueness=1, ReferenceType={"Id": GEAR_ID}),
)
# A component that embeds itself: one document (Child) and a list (Kids) of its own kind.
NODE = schema_doc(
    NODE_ID,
    "Node",
    prop("Weight", 12),
    prop("Child", 22, ReferenceType={"Id": NODE_ID}),
    prop("Kids", 23, ReferenceType={"Id": NODE_ID}),
    kind=1,
)
TREE = schema_doc("5a1b2c3d4e5f60718293a4c3", "Tree", prop("Root", 22, ReferenceType={"Id": NODE_ID}))
DEPTH_LIMIT = 32  # embedded levels checked below the root; deeper ones are stored as given


def gear(http: httpx.Client) -> str:
    ds = data_source(http)
    result(create(http, ds, GEAR, "Schema"))
    return ds


def write(
    http: httpx.Client, ds: str, document: dict[str, Any], options: list[str], schema: str = "Gear"
) -> Any:
    return create(http, ds, document, schema, validationOptions=options or "")  # "": no checks


@pytest.mark.parametrize("option", ["repairRequiredWithDefaults", "repair"])
def test_a_repair_fills_a_missing_required_value_with_its_default_only(
    http: httpx.Client, option: str
) -> None:
    ds = gear(http)
    repaired = result(write(http, ds, {"Id": "a", "Note": "n"}, ["checkRequirements", option]))
    # Rank (required, default 3) is filled; Tier (optional, default 9) stays missing.
    assert repaired["document"] == {"Id": "a", "Rank": 3, "Note": "n"}
    given = result(
        write(http, ds, {"Id": "b", "Rank": 1, "Note": "n", "Tier": 2}, ["checkRequirements", option])
    )
    assert given["document"] == {"Id": "b", "Rank": 1, "Note": "n", "Tier": 2}
    nulled = result(write(http, ds, {"Id": "c", "Rank": None, "Note": "n"}, [option]))
    assert nulled["document"] == {"Id": "c", "Rank": 3, "Note": "n"}
    # A required value without a default cannot be repaired.
    missing = error(write(http, ds, {"Id": "d"}, ["checkRequirements", option]), 400, "nullValue")
    assert (missing["path"], missing["message"]) == ("/Gear/d/Note", "/Gear/d/Note is required.")


def test_without_a_repair_a_missing_required_value_is_an_error(http: httpx.Client) -> None:
    ds = gear(http)
    missing = error(write(http, ds, {"Id": "a", "Note": "n"}, ["checkRequirements"]), 400, "nullValue")
    assert missing["path"] == "/Gear/a/Rank"
    assert result(write(http, ds, {"Id": "b", "Note": "n"}, []))["document"] == {"Id": "b", "Note": "n"}


def test_an_erased_invalid_value_leaves_the_properties_after_it(http: httpx.Client) -> None:
    ds = with_items(http)
    document = {"Id": "A", "Name": "a", "Damage": "x", "Price": 2.5, "Rare": True}
    erased = result(create(http, ds, document, validationOptions=["checkFormat", "eraseInvalidValues"]))
    assert erased["document"] == {"Id": "A", "Name": "a", "Price": 2.5, "Rare": True}


def test_check_translations_asks_a_localized_text_for_the_primary_language(http: httpx.Client) -> None:
    ds = with_items(http)
    options = ["checkTranslations"]
    untranslated = {"Id": "A", "Name": "a", "Title": {"fr-FR": "Épée"}}
    response = create(http, ds, untranslated, validationOptions=options)
    assert response.status_code == 400, response.text
    assert response.json()["errors"] == [
        {
            "path": "/Item/A/Title",
            "message": "Missing translation for /Item/A/Title.",
            "code": "missingTranslation",
        }
    ]
    # Translated, missing or another type of property: nothing to report.
    translated = {"Id": "B", "Name": "b", "Title": {"en-US": "Sword", "fr-FR": "Épée"}}
    assert result(create(http, ds, translated, validationOptions=options))["document"] == translated
    assert result(create(http, ds, {"Id": "C", "Name": "c"}, validationOptions=options))["document"] == {
        "Id": "C",
        "Name": "c",
    }
    # The option decides: without it an untranslated text is stored.
    assert result(create(http, ds, {**untranslated, "Id": "D"}, validationOptions=""))["document"] == {
        **untranslated,
        "Id": "D",
    }


def nested(levels: int, kind: str, leaf: dict[str, Any], sibling: Any = None) -> dict[str, Any]:
    """A Node ``levels`` deep below the root's ``Root`` (level 1), its last level being ``leaf``; in a
    ``Kids`` list each node comes second, after ``sibling`` (a valid node unless given)."""
    node = leaf
    for _ in range(levels - 1):
        first = {"Weight": 1} if sibling is None else sibling
        node = {"Child": node} if kind == "Child" else {"Kids": [first, node]}
    return node


def pointer(levels: int, kind: str) -> str:
    step = "/Child" if kind == "Child" else "/Kids/1"
    return "/Tree/t/Root" + step * (levels - 1)


def trees(http: httpx.Client) -> str:
    ds = data_source(http)
    for schema in (NODE, TREE):
        result(create(http, ds, schema, "Schema"))
    return ds


@pytest.mark.parametrize("kind", ["Child", "Kids"])
def test_embedded_documents_are_checked_to_the_depth_limit_at_their_pointer(
    http: httpx.Client, kind: str
) -> None:
    ds = trees(http)
    bad = {"Weight": "heavy", "Junk": 1}
    deepest = nested(DEPTH_LIMIT, kind, bad)
    refused = error(
        create(http, ds, {"Id": "t", "Root": deepest}, "Tree", validationOptions="checkFormat"),
        400,
        "invalidNumberFormat",
    )
    at = f"{pointer(DEPTH_LIMIT, kind)}/Weight"
    assert (refused["path"], refused["message"]) == (at, f"{at} is not a valid Weight.")
    # One level deeper, a document is stored as given: not checked, its unknown property kept.
    beyond = nested(DEPTH_LIMIT + 1, kind, bad)
    stored = result(create(http, ds, {"Id": "t", "Root": beyond}, "Tree", validationOptions="checkFormat"))
    assert stored["document"] == {"Id": "t", "Root": beyond}
    # Above the limit, unknown properties are dropped and a list's non-document item is kept.
    shallow = result(
        create(
            http,
            ds,
            {"Id": "u", "Root": nested(2, kind, {"Weight": 1.5, "Junk": 1}, sibling=7)},
            "Tree",
            validationOptions="",
        )
    )
    assert shallow["document"]["Root"] == nested(2, kind, {"Weight": 1.5}, sibling=7)


def test_a_single_embedded_document_is_not_read_as_a_list_or_the_other_way(http: httpx.Client) -> None:
    ds = trees(http)
    # With no checks, a value of the other shape is stored as given (only documents of the right shape
    # are checked, which drops their unknown properties).
    swapped = {"Child": [{"Weight": 1, "Junk": 1}], "Kids": {"Weight": 1, "Junk": 1}}
    stored = result(create(http, ds, {"Id": "t", "Root": swapped}, "Tree", validationOptions=""))
    assert stored["document"]["Root"] == swapped


def test_an_embedded_document_of_a_missing_schema_is_stored_as_given(http: httpx.Client) -> None:
    ds = data_source(http)
    orphan = schema_doc(
        "5a1b2c3d4e5f60718293a4c4",
        "Orphan",
        prop("Part", 22, ReferenceType={"Id": "5a1b2c3d4e5f60718293a4ff"}),
    )
    result(create(http, ds, orphan, "Schema", validationOptions=""))
    document = {"Id": "o", "Part": {"Anything": 1}}
    assert result(create(http, ds, document, "Orphan", validationOptions=""))["document"] == document


def test_a_unique_reference_is_compared_by_the_id_it_refers_to(http: httpx.Client) -> None:
    ds = gear(http)
    options = ["checkUniqueness"]
    result(write(http, ds, {"Id": "boss", "Note": "n"}, options))
    result(write(http, ds, {"Id": "a", "Owner": {"Id": "boss"}}, options))
    duplicate = error(
        write(http, ds, {"Id": "b", "Owner": {"Id": "boss"}}, options), 409, "duplicateUniqueValue"
    )
    assert (duplicate["path"], duplicate["message"]) == (
        "/Gear/b/Owner",
        "/Gear/b/Owner: the value 'boss' is already used.",
    )
