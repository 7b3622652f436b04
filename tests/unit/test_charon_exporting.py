"""What an export holds (emulators/charon/exporting.py): collections, referenced documents, property and
language cuts per export mode, over game data the engine's checks may not have seen (stored with no
validation options, or restored), so odd values must pass through unharmed."""

from __future__ import annotations

from typing import Any

import pytest

from emulators.charon.exporting import Schemas, export

pytestmark = pytest.mark.parity("emulator")


def prop(name: str, data_type: int, target: str | None = None) -> dict[str, Any]:
    reference = {"ReferenceType": {"Id": target}} if target else {}
    return {"Id": f"{name.lower()}-id", "Name": name, "DataType": data_type, **reference}


def schema(schema_id: str, name: str, *properties: dict[str, Any]) -> dict[str, Any]:
    return {"Id": schema_id, "Name": name, "Properties": [prop("Id", 0), *properties]}


ITEM = schema(
    "item",
    "Item",
    prop("Name", 0),
    prop("Title", 1),
    prop("Lore", 1),
    prop("Damage", 13),
    prop("Next", 28, "item"),
)
GEM = schema("gem", "Gem", prop("Label", 1), prop("Carat", 12), prop("Source", 28, "item"))
RING = schema("ring", "Ring", prop("Gems", 23, "gem"), prop("Main", 22, "gem"), prop("Sells", 29, "item"))
NODE = schema("node", "Node", prop("Label", 1), prop("Children", 23, "node"))


def gamedata(**collections: list[dict[str, Any]]) -> dict[str, Any]:
    return {"Collections": {"Schema": [ITEM, GEM, RING, NODE], **collections}}


def test_a_schema_embedded_in_itself_has_its_texts_followed_one_level() -> None:
    assert Schemas([NODE]).localized("Node") == ["Label", "Children/*/Label"]


@pytest.mark.parametrize("mode", ["normal", "publication"])
def test_references_are_followed_past_odd_broken_and_known_ones_and_inside_embedded_documents(
    mode: str,
) -> None:
    names = ["Sword", "Axe", "Bow", "Club", "Dart", "Unsold"]
    items: list[dict[str, Any]] = [{"Id": name} for name in names]
    items[1]["Next"] = {"Id": "Sword"}
    sells = ["odd", {"Id": "Gone"}, {"Id": "Axe"}, {"Id": "Axe"}, {"Id": "Bow"}]
    ring = {
        "Id": "R1",
        "Gems": [{"Id": "g1", "Source": {"Id": "Club"}}],
        "Main": {"Id": "m", "Source": {"Id": "Dart"}},
        "Sells": sells,
    }
    exported = export(gamedata(Item=items, Ring=[ring]), mode, ["Ring"])
    # Each referenced item once, in the collection's order; the broken reference brings nothing.
    assert exported == {"Collections": {"Item": items[:5], "Ring": [ring]}}


def test_a_property_filter_names_properties_by_name_or_by_id() -> None:
    sword = {"Id": "Sword", "Name": "Iron Sword", "Damage": 20, "Title": {"en-US": "Sword"}}
    exported = export(gamedata(Item=[sword]), "extraction", ["Item"], ["damage-id", "Title"])
    assert exported["Collections"] == {"Item": [{"Id": "Sword", "Damage": 20, "Title": {"en-US": "Sword"}}]}


def test_a_localization_export_keeps_only_the_filtered_texts() -> None:
    sword = {"Id": "Sword", "Damage": 20, "Title": {"en-US": "Sword"}, "Lore": {"en-US": "Old"}}
    exported = export(gamedata(Item=[sword]), "localization", ["Item"], ["Title", "Damage"])
    assert exported["Collections"] == {"Item": [{"Id": "Sword", "Title": {"en-US": "Sword"}}]}


def test_a_publication_drops_null_values_embedded_ones_too_and_other_modes_keep_them() -> None:
    sword = {"Id": "Sword", "Name": None, "Damage": 3}
    ring = {
        "Id": "R1",
        "Gems": [{"Id": "g", "Carat": None, "Label": {"en-US": "Ruby"}}],
        "Main": {"Label": None},
    }
    data = gamedata(Item=[sword], Ring=[ring])
    published = export(data, "publication", ["Item", "Ring"])["Collections"]
    assert published == {
        "Item": [{"Id": "Sword", "Damage": 3}],
        "Ring": [{"Id": "R1", "Gems": [{"Id": "g", "Label": {"en-US": "Ruby"}}], "Main": {}}],
    }
    for mode in ("normal", "extraction"):
        assert export(data, mode, ["Item", "Ring"])["Collections"] == {"Item": [sword], "Ring": [ring]}


def test_values_that_are_no_documents_where_embedded_ones_belong_pass_through() -> None:
    ring = {"Id": "R1", "Gems": ["odd", {"Id": "g", "Label": {"en-US": "Ruby"}, "Carat": 1.0}], "Main": "odd"}
    exported = export(gamedata(Ring=[ring]), "localization", ["Ring"])
    assert exported["Collections"] == {
        "Ring": [{"Id": "R1", "Gems": ["odd", {"Id": "g", "Label": {"en-US": "Ruby"}}], "Main": "odd"}]
    }


def test_the_language_filter_cuts_the_texts_of_a_single_embedded_document() -> None:
    main = {"Id": "m", "Label": {"en-US": "Pearl", "fr-FR": "Perle"}, "Carat": 3.0}
    exported = export(
        gamedata(Ring=[{"Id": "R1", "Main": main}]), "extraction", ["Ring"], languages=["fr-FR"]
    )
    assert exported["Collections"] == {"Ring": [{"Id": "R1", "Main": {**main, "Label": {"fr-FR": "Perle"}}}]}


def test_an_unknown_schema_is_a_key_error_naming_it() -> None:
    with pytest.raises(KeyError) as unknown:
        export(gamedata(), "normal", ["Item", "Nope"])
    assert unknown.value.args == ("Nope",)
