"""``emulators.charon.listing``'s pure parts: the ``select`` projection (RFC 6901 pointers) and the shape of
the SQL a list request becomes (which index range drives the scan)."""

from __future__ import annotations

from typing import Any

from emulators.charon import listing
from emulators.charon.schemas import parse_schema

ITEM = parse_schema(
    {
        "Id": "5a1b2c3d4e5f60718293a4b5",
        "Name": "Item",
        "Properties": [
            {"Name": "Id", "DataType": 0, "Uniqueness": 1},
            {"Name": "Name", "DataType": 0},
            {"Name": "Damage", "DataType": 13},
        ],
    }
)
DOCUMENT: dict[str, Any] = {
    "Id": "Sword",
    "Name": "Iron Sword",
    "Price": None,
    "a/b": 1,
    "c~d": 2,
    "~1": 3,
    "Xp": 4,
    "Title": {"en-US": "Sword", "fr-FR": "Épée"},
    "Stats": {"Power": {"Base": 7}},
}


def test_select_reads_escaped_and_nested_pointers_and_keeps_the_id() -> None:
    select = ["/a~1b", "/c~0d", "/~01", "/Xp", "/Title/fr-FR", "/Stats/Power/Base"]
    assert listing.project(DOCUMENT, select) == {
        "Id": "Sword",
        "a/b": 1,
        "c~d": 2,
        "~1": 3,  # ~01 is "~" then "1", not "/"
        "Xp": 4,
        "Title": {"fr-FR": "Épée"},
        "Stats": {"Power": {"Base": 7}},
    }


def test_select_keeps_a_present_null_and_skips_what_is_missing() -> None:
    # A missing pointer (top level, nested, or through a text) is left out and the next ones still apply.
    select = ["/Colour", "/Title/de-DE", "/Name/en-US", "/Price", "/Stats/Power/Bonus", "/Name"]
    assert listing.project(DOCUMENT, select) == {"Id": "Sword", "Price": None, "Name": "Iron Sword"}


def test_select_merges_pointers_into_one_object() -> None:
    select = ["/Title/en-US", "/Stats/Power/Base", "/Title/fr-FR"]
    assert listing.project(DOCUMENT, select) == {
        "Id": "Sword",
        "Title": {"en-US": "Sword", "fr-FR": "Épée"},
        "Stats": {"Power": {"Base": 7}},
    }
    assert listing.project(DOCUMENT, None) is DOCUMENT and listing.project(DOCUMENT, []) is DOCUMENT


def test_the_first_sorter_drives_the_scan_and_its_rows_break_ties() -> None:
    # The driver's index range is scanned in sort order (a page costs the same at any size); ties keep
    # creation order, read from the same rows.
    body = {"sorters": [{"property": "Damage", "direction": "descending"}, {"property": "Name"}]}
    query = listing.build(ITEM, body)
    assert query.driver == "s0" and query.params == ["Damage"] and query.join_params == ["Name"]
    assert len(query.order) == 3 and query.order[-1] == "s0.seq" and len(query.joins) == 1


def test_without_a_sorter_the_first_filter_drives_the_scan() -> None:
    body = {"filters": [{"property": "Damage", "operator": "equal", "value": 7}]}
    query = listing.build(ITEM, body)
    assert query.driver == "f0" and query.order == ["f0.seq"] and query.filtered
    assert listing.build(ITEM, {}).driver is None
