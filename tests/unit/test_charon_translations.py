"""Merging imported localized texts into stored documents (emulators/charon/translations.py).

Two kinds of import: a whole document (``partial=False``: it replaces the stored one, whose texts it keeps
in the languages it does not bring) and an XLIFF one (``partial=True``: only texts arrive; everything else,
embedded documents included, stays as stored). A ``languages`` filter takes only those languages.
"""

from __future__ import annotations

from typing import Any

import pytest

from emulators.charon import store
from emulators.charon.schemas import SchemaModel, parse_schema
from emulators.charon.translations import merged

pytestmark = pytest.mark.parity("emulator")

ITEM = parse_schema(
    {
        "Id": "item",
        "Name": "Item",
        "Type": 1,
        "Properties": [
            {"Name": "Id", "DataType": 0},
            {"Name": "Title", "DataType": 1},
            {"Name": "Power", "DataType": 13},
        ],
    }
)
HERO = parse_schema(
    {
        "Id": "hero",
        "Name": "Hero",
        "Properties": [
            {"Name": "Id", "DataType": 0},
            {"Name": "Name", "DataType": 1},  # a text before the embedded ones: the loop goes on after it
            {"Name": "Level", "DataType": 13},
            {"Name": "Ally", "DataType": 28, "ReferenceType": {"Id": "hero"}},
            {"Name": "Weapon", "DataType": 22, "ReferenceType": {"Id": "item"}},
            {"Name": "Items", "DataType": 23, "ReferenceType": {"Id": "item"}},
        ],
    }
)
META = store.Metadata(by_name={"Hero": HERO, "Item": ITEM}, by_id={"hero": HERO, "item": ITEM})


def merge(
    current: dict[str, Any], incoming: dict[str, Any], *languages: str, partial: bool
) -> dict[str, Any]:
    schema: SchemaModel = HERO
    return merged(META, schema, current, incoming, set(languages), partial=partial)


def item(item_id: str | None, en: str, fr: str | None = None, power: int = 1) -> dict[str, Any]:
    title = {"en": en} if fr is None else {"en": en, "fr": fr}
    return {**({"Id": item_id} if item_id else {}), "Title": title, "Power": power}


STORED: dict[str, Any] = {
    "Id": "h1",
    "Name": {"en": "Hero", "fr": "Héros"},
    "Level": 3,
    "Ally": {"Id": "h2"},
    "Weapon": item("w", "Sword", "Épée", power=7),
    "Items": [item("a", "Apple", "Pomme"), item("b", "Bread", "Pain")],
}


def test_a_whole_document_replaces_the_stored_one_but_keeps_its_other_languages() -> None:
    incoming = {
        "Id": "h1",
        "Name": {"en": "Hero II"},
        "Level": 5,
        "Weapon": {"Id": "w", "Title": {"en": "Axe"}},  # Power left out: the embedded document is replaced
        "Items": [item("b", "Bun"), item("a", "Apricot")],  # reordered: matched by Id
    }
    out = merge(STORED, incoming, partial=False)
    assert out == {
        "Id": "h1",
        "Name": {"en": "Hero II", "fr": "Héros"},
        "Level": 5,
        "Weapon": {"Id": "w", "Title": {"en": "Axe", "fr": "Épée"}},
        "Items": [item("b", "Bun", "Pain"), item("a", "Apricot", "Pomme")],
    }


def test_a_whole_documents_items_without_an_id_are_matched_by_position() -> None:
    stored = {**STORED, "Items": [item(None, "Apple", "Pomme"), "not a document"]}
    incoming = {
        "Items": [item(None, "Apricot"), item(None, "Bun"), item(None, "Cake"), 7, item("new", "New")]
    }
    out = merge(stored, incoming, partial=False)
    assert out["Items"] == [
        item(None, "Apricot", "Pomme"),
        item(None, "Bun"),  # the stored one at its place is not a document
        item(None, "Cake"),  # past the stored ones
        7,  # not a document: kept as sent
        item("new", "New"),  # an Id the stored list does not have
    ]


def test_an_xliff_import_changes_only_texts_and_keeps_everything_else_as_stored() -> None:
    incoming = {
        "Id": "h1",
        "Name": {"fr": "Héroïne"},
        "Level": 99,
        "Ally": {"Id": "h3"},
        "Weapon": {"Title": {"fr": "Hache"}, "Power": 99},  # only the text of an embedded document
        "Items": [{"Title": {"fr": "Abricot"}}],  # shorter than the stored list: the rest kept
    }
    out = merge(STORED, incoming, partial=True)
    assert out == {
        "Id": "h1",
        "Name": {"en": "Hero", "fr": "Héroïne"},
        "Weapon": {"Id": "w", "Title": {"en": "Sword", "fr": "Hache"}, "Power": 7},
        "Items": [item("a", "Apple", "Abricot"), item("b", "Bread", "Pain")],
    }
    assert "Id" not in merge(STORED, {"Name": {"fr": "x"}}, partial=True)


def test_an_xliff_import_skips_what_does_not_line_up_with_a_stored_document() -> None:
    stored = {**STORED, "Items": [item("a", "Apple"), None], "Weapon": None, "Name": None}
    incoming = {"Name": {"fr": "Héros"}, "Weapon": {"Title": {"fr": "Épée"}}, "Items": ["x", {"Title": {}}]}
    out = merge(stored, incoming, partial=True)
    assert out == {
        "Name": {"fr": "Héros"},
        "Weapon": {"Title": {"fr": "Épée"}},
        "Items": [item("a", "Apple"), None],
    }
    assert merge({}, {"Items": [{"Title": {"fr": "Pomme"}}]}, partial=True) == {"Items": []}


def test_a_languages_filter_takes_only_those_languages_embedded_documents_included() -> None:
    incoming = {
        "Name": {"en": "Hero II", "de": "Held"},
        "Weapon": {"Title": {"en": "Axe", "de": "Axt"}},
        "Items": [{"Title": {"en": "Apricot", "de": "Aprikose"}}],
    }
    out = merge(STORED, incoming, "de", partial=True)
    assert out["Name"] == {"en": "Hero", "fr": "Héros", "de": "Held"}
    assert out["Weapon"]["Title"] == {"en": "Sword", "fr": "Épée", "de": "Axt"}
    assert out["Items"][0]["Title"] == {"en": "Apple", "fr": "Pomme", "de": "Aprikose"}
    whole = merge(
        STORED, {**incoming, "Items": [{"Id": "a", "Title": {"en": "A", "de": "B"}}]}, "de", partial=False
    )
    assert whole["Name"] == {"en": "Hero", "fr": "Héros", "de": "Held"}
    assert whole["Items"] == [{"Id": "a", "Title": {"en": "Apple", "fr": "Pomme", "de": "B"}}]
