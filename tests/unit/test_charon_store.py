"""``emulators.charon.store``'s pure parts and row rules, on a bare SQLite storage: the indexed values filters
and sorts read, stored keys, revisions, scopes, and the parsed-schema cache."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from emulators.charon import store
from emulators.charon.schemas import (
    DOCUMENT_COLLECTION,
    LOCALIZED_TEXT,
    LOGICAL,
    REFERENCE,
    SCHEMA_COLLECTION,
    parse_schema,
)
from emulators.charon.tables import SCHEMA
from emulators.core.storage import Storage

ITEM: dict[str, Any] = {
    "Id": "5a1b2c3d4e5f60718293a4b5",
    "Name": "Item",
    "Properties": [
        {"Name": "Id", "DataType": 0},
        {"Name": "Damage", "DataType": 13},
        {"Name": "Title", "DataType": LOCALIZED_TEXT},
    ],
}


def opened(folder: str, name: str = "state.db") -> Storage:
    storage = Storage(Path(folder) / name)
    storage.script(SCHEMA.format(serial=storage.dialect.serial_key))
    return storage


@pytest.fixture
def storage() -> Iterator[Storage]:
    with tempfile.TemporaryDirectory() as folder:
        yield opened(folder)


@pytest.mark.parametrize(
    ("value", "data_type", "expected"),
    [
        (True, LOGICAL, ("true", "true", 1.0)),
        (False, LOGICAL, ("false", "false", 0.0)),
        (7.0, 12, ("7", "7", 7.0)),
        ("Iron Sword", 0, ("Iron Sword", "iron sword", None)),
        # Localized text: its first text, whichever language.
        ({"en-US": "Sword", "fr-FR": "Épée"}, LOCALIZED_TEXT, ("Sword", "sword", None)),
        ({"en-US": 5, "fr-FR": "Épée"}, LOCALIZED_TEXT, ("Épée", "épée", None)),
        ({"en-US": 5}, LOCALIZED_TEXT, (None, None, None)),
        # A reference: the target's id (a number as its JSON).
        ({"Id": "Axe", "Name": "Battle Axe"}, REFERENCE, ("Axe", "axe", None)),
        ({"Id": 7}, REFERENCE, ("7", "7", None)),
        # Anything else: its JSON.
        ({"Id": "Axe"}, DOCUMENT_COLLECTION, ('{"Id":"Axe"}', '{"id":"axe"}', None)),
        (["A", 1], DOCUMENT_COLLECTION, ('["A",1]', '["a",1]', None)),
    ],
)
def test_the_indexed_columns_of_each_kind_of_value(value: Any, data_type: int, expected: Any) -> None:
    assert store.indexed_value(value, data_type) == expected


def test_an_integral_number_has_the_key_of_its_integer() -> None:
    assert [store.key_of(7.0), store.key_of(7), store.key_of(7.5), store.key_of("7")] == [
        "7",
        "7",
        "7.5",
        '"7"',
    ]


def test_revisions_count_writes_and_change_the_metadata_hash_only_for_metadata(storage: Storage) -> None:
    first = store.bump(storage, "ds", metadata=True)
    assert first.change_number == 1 and len(first.revision_hash) == 24 and len(first.metadata_hash) == 8
    second = store.bump(storage, "ds", metadata=False)
    assert second.change_number == 2 and second.metadata_hash == first.metadata_hash
    assert second.revision_hash != first.revision_hash
    assert len(store.bump(storage, "new", metadata=False).metadata_hash) == 8  # a first hash all the same
    third = store.bump(storage, "ds", metadata=True)
    assert third.change_number == 3 and third.metadata_hash != first.metadata_hash
    assert store.revision(storage, "ds") == third
    store.set_revision(storage, "old", store.Revision("a" * 24, "b" * 8, 9, "2024.1.0"))
    kept = store.bump(storage, "old", metadata=False)  # a restored data source keeps its tools version
    assert (kept.change_number, kept.metadata_hash, kept.tools_version) == (10, "b" * 8, "2024.1.0")
    assert store.revision(storage, "old") == kept


def test_an_updated_document_keeps_its_place_and_a_deleted_one_leaves_no_values(storage: Storage) -> None:
    schema = parse_schema(ITEM)
    for key in ("a", "b"):
        store.put(storage, "ds", schema, {"Id": key, "Damage": 1})
    title = {"en-US": "Sword", "fr-FR": "Épée"}
    store.put(storage, "ds", schema, {"Id": "a", "Damage": 2, "Title": title, "Tags": ["Old", 3]})
    rows = storage.all("SELECT doc_key, seq FROM charon_document_values WHERE property = 'Id' ORDER BY seq")
    assert [(row[0], row[1]) for row in rows] == [('"a"', 1), ('"b"', 2)]
    # Filters read a localized text by its first text; a query reads every text leaf, case-folded.
    assert (
        storage.scalar(
            "SELECT text_value FROM charon_document_values WHERE property = 'Title' AND doc_key = '\"a\"'"
        )
        == "Sword"
    )
    assert (
        storage.scalar("SELECT search FROM charon_documents WHERE doc_key = '\"a\"'") == "a\nsword\népée\nold"
    )
    store.delete(storage, "ds", schema.id, "a")
    assert storage.scalar("SELECT count(*) FROM charon_document_values WHERE doc_key = '\"a\"'") == 0
    assert store.count(storage, "ds", schema.id) == 1


def test_moving_a_scope_leaves_the_source_empty(storage: Storage) -> None:
    schema = parse_schema(ITEM)
    store.put(storage, "ds#t", schema, {"Id": "a", "Damage": 1})
    store.bump(storage, "ds#t", metadata=False)
    store.move_scope(storage, "ds#t", "ds")
    assert store.get(storage, "ds", schema.id, "a") == {"Id": "a", "Damage": 1}
    for table in (
        "charon_documents",
        "charon_document_values",
        "charon_collection_sizes",
        "charon_revisions",
    ):
        assert storage.scalar(f"SELECT count(*) FROM {table} WHERE scope = 'ds#t'") == 0, table


def test_schemas_are_parsed_again_for_a_new_metadata_revision_only(storage: Storage) -> None:
    store.forget_metadata()
    assert store.metadata(storage, "ds").by_name == {}  # no revision yet
    store.bump(storage, "ds", metadata=True)
    before = store.metadata(storage, "ds")
    assert store.metadata(storage, "ds") is before and before.by_name == {}
    store.put(storage, "ds", SCHEMA_COLLECTION, {"Id": "bad", "Name": "Bad", "Properties": 5})
    store.put(storage, "ds", SCHEMA_COLLECTION, ITEM)
    store.bump(storage, "ds", metadata=True)
    after = store.metadata(storage, "ds")  # the unparsable schema defines no collection, the next one does
    assert list(after.by_name) == ["Item"] and store.metadata(storage, "ds") is after


def test_the_schema_cache_tells_storages_apart(storage: Storage) -> None:
    store.forget_metadata()
    with tempfile.TemporaryDirectory() as folder:
        other = opened(folder)
        for each in (storage, other):
            store.bump(each, "ds", metadata=True)  # the same hashes in both
        store.put(other, "ds", SCHEMA_COLLECTION, ITEM)
        assert list(store.metadata(storage, "ds").by_name) == []
        assert list(store.metadata(other, "ds").by_name) == ["Item"]


def test_a_scope_without_settings_has_none(storage: Storage) -> None:
    assert store.settings(storage, "ds") is None
