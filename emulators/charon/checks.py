"""The checks a write runs on one document, chosen by ``validationOptions`` (validation.rst).

- ``checkRequirements``: ``Requirement`` 2 → ``nullValue``, 3 → ``emptyValue`` too;
- ``checkFormat``: the value's shape per data type → ``invalid<Type>Format``;
- ``checkUniqueness``: unique properties of root documents → ``duplicateUniqueValue``;
- ``checkReferences``: a reference to a missing document → ``brokenReference``;
- ``repairRequiredWithDefaults`` (or ``repair``): a missing required value takes the ``DefaultValue``;
- ``eraseInvalidValues``: a value of the wrong shape is removed instead of reported.
Emulator decisions: ``checkTranslations`` reports a ``LocalizedText`` without the primary language as
``missingTranslation``; ``checkSpecification``, ``checkConstraints``, ``deduplicateIds`` and
``resolveConflictingUnions`` are accepted and check nothing more. Properties the schema does not define
are dropped (the schema defines the document's shape). Embedded documents are checked with their
component schema, at their JSON Pointer inside the root.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from emulators.charon import store
from emulators.charon.schemas import (
    DOCUMENT,
    DOCUMENT_COLLECTION,
    FORMAT_CODES,
    LOCALIZED_TEXT,
    NOT_EMPTY,
    NOT_NULL,
    Property,
    SchemaModel,
    format_ok,
    is_empty,
    references,
)
from emulators.core.storage import Storage

VALIDATION_OPTIONS = frozenset(
    {
        "repair",
        "checkTranslations",
        "deduplicateIds",
        "repairRequiredWithDefaults",
        "resolveConflictingUnions",
        "eraseInvalidValues",
        "checkRequirements",
        "checkFormat",
        "checkUniqueness",
        "checkReferences",
        "checkSpecification",
        "checkConstraints",
    }
)
MAX_EMBEDDING_DEPTH = 32


def error(path: str, code: str, message: str) -> dict[str, str]:
    return {"path": path, "message": message, "code": code}


@dataclass
class Checker:
    storage: Storage
    scope: str
    meta: store.Metadata
    options: frozenset[str]
    primary_language: str = "en-US"
    # (schema id, id key) of documents the current request writes: references to them are not broken.
    pending: set[tuple[str, str]] = field(default_factory=set)

    def check(
        self, schema: SchemaModel, document: dict[str, Any], path: str, depth: int = 0
    ) -> tuple[dict[str, Any], list[dict[str, str]]]:
        """The document as stored (repaired, unknown properties dropped) and the problems found."""
        errors: list[dict[str, str]] = []
        result: dict[str, Any] = {}
        for prop in schema.properties:
            at = f"{path}/{prop.name}"
            present = prop.name in document
            value = document.get(prop.name)
            repairs = bool(self.options & {"repair", "repairRequiredWithDefaults"})
            if value is None and prop.requirement >= NOT_NULL and prop.default is not None and repairs:
                value, present = prop.default, True
            if "checkFormat" in self.options and value is not None and not format_ok(prop, value):
                if "eraseInvalidValues" in self.options:
                    continue
                errors.append(error(at, FORMAT_CODES[prop.data_type], f"{at} is not a valid {prop.name}."))
            if "checkRequirements" in self.options:
                if value is None and prop.requirement >= NOT_NULL:
                    errors.append(error(at, "nullValue", f"{at} is required."))
                elif prop.requirement == NOT_EMPTY and is_empty(value):
                    errors.append(error(at, "emptyValue", f"{at} must not be empty."))
            if value is not None and prop.data_type in (DOCUMENT, DOCUMENT_COLLECTION):
                value = self._embedded(prop, value, at, depth, errors)
            translated = isinstance(value, dict) and value.get(self.primary_language)
            untranslated = prop.data_type == LOCALIZED_TEXT and value is not None and not translated
            if "checkTranslations" in self.options and untranslated:
                errors.append(error(at, "missingTranslation", f"Missing translation for {at}."))
            if "checkReferences" in self.options and value is not None:
                errors.extend(self._broken(prop, value, at))
            if present:
                result[prop.name] = value
        return result, errors

    def _embedded(self, prop: Property, value: Any, at: str, depth: int, errors: list[dict[str, str]]) -> Any:
        component = self.meta.by_id.get(prop.reference_schema_id or "")
        if component is None or depth >= MAX_EMBEDDING_DEPTH:
            return value
        if prop.data_type == DOCUMENT and isinstance(value, dict):
            checked, found = self.check(component, value, at, depth + 1)
            errors.extend(found)
            return checked
        if prop.data_type == DOCUMENT_COLLECTION and isinstance(value, list):
            items = []
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    checked, found = self.check(component, item, f"{at}/{index}", depth + 1)
                    errors.extend(found)
                    items.append(checked)
                else:
                    items.append(item)
            return items
        return value

    def _broken(self, prop: Property, value: Any, at: str) -> list[dict[str, str]]:
        target = self.meta.by_id.get(prop.reference_schema_id or "")
        if target is None:
            return []
        return [
            error(at, "brokenReference", f"{at} refers to {target.name} {ref!r}, which does not exist.")
            for ref in references(prop, value)
            if (target.id, store.key_of(ref)) not in self.pending
            and store.get(self.storage, self.scope, target.id, ref) is None
        ]

    def duplicates(self, schema: SchemaModel, document: dict[str, Any], path: str) -> list[dict[str, str]]:
        """Unique values of a root document another root document of the collection already holds."""
        if "checkUniqueness" not in self.options:
            return []
        key = store.key_of(document.get("Id"))
        found = []
        for prop in schema.properties:
            if not prop.unique or prop.name == "Id" or document.get(prop.name) is None:
                continue
            text = store.indexed_value(document[prop.name], prop.data_type)[0]
            other = self.storage.scalar(
                "SELECT doc_key FROM charon_document_values WHERE scope = ? AND schema_id = ?"
                " AND property = ? AND text_value = ? AND doc_key <> ? LIMIT 1",
                (self.scope, schema.id, prop.name, text, key),
            )
            if other is not None:
                at = f"{path}/{prop.name}"
                found.append(error(at, "duplicateUniqueValue", f"{at}: the value {text!r} is already used."))
        return found
