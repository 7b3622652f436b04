"""Merging imported localized texts into stored documents, embedded documents included: an XLIFF import
(only the translated texts arrive) and an import with a ``languages`` filter (only those languages of each
text are taken, the others kept as stored)."""

from __future__ import annotations

from typing import Any

from emulators.charon import store
from emulators.charon.schemas import DOCUMENT, DOCUMENT_COLLECTION, LOCALIZED_TEXT, SchemaModel


def merged(
    meta: store.Metadata,
    schema: SchemaModel,
    current: dict[str, Any],
    incoming: dict[str, Any],
    languages: set[str],
    *,
    partial: bool,
) -> dict[str, Any]:
    """``incoming`` whose localized texts carry the stored languages plus its own (only ``languages`` of
    them when given). ``partial`` (XLIFF): ``incoming`` holds only texts, so the answer keeps ``Id`` and
    the texts, and embedded documents are the stored ones with their texts merged (matched by position).
    Otherwise ``incoming`` is a whole document: its embedded documents are matched to stored ones by
    ``Id`` (else by position)."""
    out: dict[str, Any] = ({"Id": incoming["Id"]} if "Id" in incoming else {}) if partial else dict(incoming)
    for prop in schema.properties:
        value, stored = incoming.get(prop.name), current.get(prop.name)
        if prop.data_type == LOCALIZED_TEXT and isinstance(value, dict):
            chosen = {lang: text for lang, text in value.items() if not languages or lang in languages}
            out[prop.name] = {**(stored if isinstance(stored, dict) else {}), **chosen}
            continue
        inner = meta.by_id.get(prop.reference_schema_id or "")
        if inner is None or prop.data_type not in (DOCUMENT, DOCUMENT_COLLECTION):
            continue

        def embedded(old: dict[str, Any], new: dict[str, Any], inner: SchemaModel = inner) -> dict[str, Any]:
            texts = merged(meta, inner, old, new, languages, partial=partial)
            return {**old, **texts} if partial else texts

        if isinstance(value, dict):
            out[prop.name] = embedded(stored if isinstance(stored, dict) else {}, value)
        elif isinstance(value, list):
            olds = stored if isinstance(stored, list) else []
            if partial:
                out[prop.name] = [
                    embedded(old, value[i])
                    if i < len(value) and isinstance(value[i], dict) and isinstance(old, dict)
                    else old
                    for i, old in enumerate(olds)
                ]
            else:
                out[prop.name] = [
                    embedded(_match(olds, i, item), item) if isinstance(item, dict) else item
                    for i, item in enumerate(value)
                ]
    return out


def _match(stored: list[Any], index: int, item: dict[str, Any]) -> dict[str, Any]:
    if "Id" in item:
        found = next((s for s in stored if isinstance(s, dict) and s.get("Id") == item["Id"]), None)
        return found or {}
    at = stored[index] if index < len(stored) else None
    return at if isinstance(at, dict) else {}
