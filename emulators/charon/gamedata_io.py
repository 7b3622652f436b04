"""Import, export, backup, restore and convert: the game data in and out, in every format, as processes.

- ``export`` / ``backup`` answer the envelope in JSON, MessagePack or BSON (``Accept``); ``exportRaw`` the
  bare document in any format (XLSX and XLIFF too), ``backupRaw`` in the tree formats; ``download=true``
  adds ``Content-Disposition: attachment``. An ``Accept`` naming none of the offered formats gets JSON.
- ``import`` and ``restore`` read the body by ``Content-Type`` (unreadable data: 400 ``invalidImportData``);
  import writes through ``datasource.apply_changes`` (``Schema`` first, then ``ProjectSettings``, then the
  data), restore through ``datasource.replace_all``; ``convertGameDataRaw`` reads any format and answers JSON.
- Every run is a process (``processes.py``) whose raw result is what was sent back.
- Grants: ``view`` exports and converts; ``edit`` imports (``design`` too when the file holds ``Schema``,
  ``administer`` when it holds ``ProjectSettings``); ``administer`` backs up and restores.
- XLIFF (export): source language = the project's primary language, target = the first requested language
  other than it, else the first of the project's other languages. An XLIFF import merges the translated
  texts into the stored localized texts (other languages kept), embedded documents' texts too; units for
  unknown documents (or embedded positions) are skipped.
"""

from __future__ import annotations

import time
from typing import Any

import orjson

from emulators.charon import datasource, exporting, formats, store, translations
from emulators.charon.base import not_found, problem
from emulators.charon.catalogue import Catalogue
from emulators.charon.changes import ChangeRequest
from emulators.charon.schemas import SCHEMA_COLLECTION, SETTINGS_COLLECTION
from emulators.core.http import Request, Response
from emulators.core.vendor import operation


def _listed(request: Request, name: str) -> list[str]:
    value = request.query.get(name) or []
    items = value if isinstance(value, list) else [value]
    # The reference: repeated keys, and comma-joined values accepted too.
    return [part for item in items for part in str(item).split(",") if part]


class GameDataIO(Catalogue):
    # ------------------------------------------------------------------------------------ formats

    @staticmethod
    def body_format(request: Request) -> str:
        # The core answers 415 to a Content-Type outside the operation's media types (restore: the tree
        # formats), and every one it lets through names a format here or is JSON.
        return formats.canonical(request.headers.get("content-type")) or formats.JSON

    def read_body(self, request: Request) -> Any:
        media = self.body_format(request)
        if media == formats.JSON and not isinstance(request.body, bytes):
            return request.body
        data = request.body if isinstance(request.body, bytes) else orjson.dumps(request.body)
        try:
            return formats.decode_gamedata(data, media)
        except formats.FormatError as failed:
            raise problem(400, "invalidImportData", str(failed), "body") from None

    @staticmethod
    def answer_format(request: Request, offered: tuple[str, ...]) -> str:
        return formats.negotiate(request.headers.get("accept"), offered) or formats.JSON

    def raw_response(self, request: Request, data: bytes, media: str, stem: str) -> Response:
        response = Response(200, data, content_type=media)
        if request.query.get("download"):
            response.headers["Content-Disposition"] = self.attachment(stem, media)
        return response

    def enveloped(self, request: Request, result: Any) -> tuple[Response, bytes, str]:
        media = self.answer_format(request, formats.TREE_FORMATS)
        try:
            data = formats.encode_value({"result": result}, media)
        except formats.FormatError as failed:
            raise problem(400, "invalidParameterValue", str(failed)) from None
        return Response(200, data, content_type=media), data, media

    # ------------------------------------------------------------------------------------- export

    def exported(self, request: Request, data_source: str) -> dict[str, Any]:
        transaction = self.transaction_of(request, data_source)
        mode = str(request.query["exportMode"])  # one of exporting.EXPORT_MODES: the spec's enum
        whole = datasource.snapshot(self.storage, data_source, transaction)
        try:
            return exporting.export(
                whole,
                mode,
                _listed(request, "schemas"),
                _listed(request, "properties"),
                _listed(request, "languages"),
            )
        except KeyError as unknown:
            raise not_found(f"The schema {unknown.args[0]!r}", "schemas") from None

    def hashes(self, request: Request, data_source: str) -> dict[str, str]:
        transaction = request.query.get("transactionId")
        return datasource.current_revision(
            self.storage, data_source, transaction and str(transaction)
        ).hashes()

    @operation("export")
    def export(self, request: Request) -> Response:
        started = time.perf_counter()
        data_source = self.present_data_source(request, "view")
        document = self.exported(request, data_source)
        response, data, media = self.enveloped(
            request, {"document": document, **self.hashes(request, data_source)}
        )
        self.record_process(request, data_source, "export", data, media, started, "Exported")
        return response

    @operation("exportRaw")
    def export_raw(self, request: Request) -> Response:
        started = time.perf_counter()
        data_source = self.present_data_source(request, "view")
        document = self.exported(request, data_source)
        media = self.answer_format(request, formats.ALL_FORMATS)
        source, target = self.languages_for(data_source, _listed(request, "languages"))
        collections = document.get("Collections") or {}
        model = exporting.Schemas(
            datasource.snapshot(self.storage, data_source)["Collections"].get(SCHEMA_COLLECTION) or []
        )
        try:
            data = formats.encode_gamedata(
                document,
                media,
                localized={name: model.localized(name) for name in collections},
                source_language=source,
                target_language=target,
            )
        except formats.FormatError as failed:
            raise problem(400, "invalidParameterValue", str(failed)) from None
        self.record_process(request, data_source, "export", data, media, started, "Exported")
        return self.raw_response(request, data, media, "export")

    def languages_for(self, data_source: str, requested: list[str]) -> tuple[str, str]:
        settings = store.settings(self.storage, data_source) or {}
        source = str(settings.get("PrimaryLanguage") or "en-US")
        others = [lang for lang in str(settings.get("Languages") or "").split(";") if lang and lang != source]
        target = next((lang for lang in requested if lang != source), None) or (
            others[0] if others else source
        )
        return source, target

    # ------------------------------------------------------------------------------ backup, restore

    @operation("backup")
    def backup(self, request: Request) -> Response:
        started = time.perf_counter()
        data_source = self.present_data_source(request, "administer")
        whole = datasource.snapshot(self.storage, data_source)
        response, data, media = self.enveloped(
            request, {"document": whole, **self.hashes(request, data_source)}
        )
        self.record_process(request, data_source, "backup", data, media, started, "Backed up")
        return response

    @operation("backupRaw")
    def backup_raw(self, request: Request) -> Response:
        started = time.perf_counter()
        data_source = self.present_data_source(request, "administer")
        media = self.answer_format(request, formats.TREE_FORMATS)
        try:
            data = formats.encode_gamedata(datasource.snapshot(self.storage, data_source), media)
        except formats.FormatError as failed:
            raise problem(400, "invalidParameterValue", str(failed)) from None
        self.record_process(request, data_source, "backup", data, media, started, "Backed up")
        return self.raw_response(request, data, media, "backup")

    @operation("restore")
    def restore(self, request: Request) -> Response:
        started = time.perf_counter()
        data_source = self.present_data_source(request, "administer")
        gamedata = self.read_body(request)
        if not isinstance(gamedata, dict):
            raise problem(400, "invalidImportData", "A backup is a game-data document (an object).", "body")
        revision = datasource.replace_all(self.storage, data_source, gamedata)
        result = revision.hashes()
        self.record_process(
            request, data_source, "restore", orjson.dumps(result), formats.JSON, started, "Restored"
        )
        return self.ok(result)

    # ------------------------------------------------------------------------------- import, convert

    def collections_of(self, value: Any, request: Request) -> dict[str, Any]:
        """The ``Collections`` of an import body (a bare array is the one ``schemas`` names)."""
        named = _listed(request, "schemas") or [str(request.query.get("schemaNameOrId") or "")]
        if isinstance(value, list) and len(named) == 1 and named[0]:
            return {named[0]: value}
        collections = value.get("Collections") if isinstance(value, dict) else None
        if not isinstance(collections, dict) or not all(isinstance(v, list) for v in collections.values()):
            raise problem(
                400,
                "invalidImportData",
                "Expected a game-data document: {Collections: {name: [...]}}.",
                "body",
            )
        for name, documents in collections.items():
            if not all(isinstance(d, dict) for d in documents):
                raise problem(400, "invalidImportData", f"Collections/{name} must hold documents.", "body")
        return collections

    @operation("import")
    def import_(self, request: Request) -> Response:
        started = time.perf_counter()
        data_source = self.present_data_source(request, "edit")
        media = self.body_format(request)
        collections = self.collections_of(self.read_body(request), request)
        for collection, grant in ((SCHEMA_COLLECTION, "design"), (SETTINGS_COLLECTION, "administer")):
            if collection in collections:
                self.data_source(request, grant)
        transaction = self.transaction_of(request, data_source)
        scope = datasource.scope_of(data_source, transaction)
        meta = store.metadata(self.storage, scope)
        wanted = _listed(request, "schemas")
        if wanted:
            # A collection the file brings (its schema may come in the same file) is named as in the file;
            # any other name must be a stored schema's name or id.
            names = {name if name in collections else self._collection_name(meta, name) for name in wanted}
            collections = {
                k: v for k, v in collections.items() if k in names or self._stored_name(meta, k) in names
            }
        languages = set(_listed(request, "languages"))
        if media in (formats.XLIFF1, formats.XLIFF2):
            collections = self._merged_translations(scope, meta, collections, languages)
        elif languages:
            collections = {
                name: [self._merged_languages(scope, meta, name, d, languages) for d in documents]
                for name, documents in collections.items()
            }
        requests = [
            ChangeRequest(name, document)
            for name in sorted(collections, key=lambda n: (n != SCHEMA_COLLECTION, n != SETTINGS_COLLECTION))
            for document in collections[name]
        ]
        mode: datasource.ImportMode = request.query["importMode"]  # the spec's enum is IMPORT_MODES
        outcome = datasource.apply_changes(
            self.storage,
            data_source,
            requests,
            mode=mode,
            dry_run=bool(request.query["dryRun"]),
            validation_options=self.validation_options(request),
            transaction_id=transaction,
        )
        result = outcome.as_json()
        self.record_process(
            request, data_source, "import", orjson.dumps(result), formats.JSON, started, "Imported"
        )
        return self.ok(result)

    @staticmethod
    def _stored_name(meta: store.Metadata, name_or_id: str) -> str | None:
        schema = meta.find(name_or_id)
        return schema.name if schema is not None else None

    @staticmethod
    def _collection_name(meta: store.Metadata, name_or_id: str, parameter: str = "schemas") -> str:
        """The collection ``name_or_id`` names; a 404 about ``parameter`` (the query key it came from)."""
        if name_or_id in (SCHEMA_COLLECTION, SETTINGS_COLLECTION):
            return name_or_id
        schema = meta.find(name_or_id)
        if schema is None:
            raise not_found(f"The schema {name_or_id!r}", parameter)
        return schema.name

    def _merged_translations(
        self, scope: str, meta: store.Metadata, collections: dict[str, Any], languages: set[str]
    ) -> dict[str, list[dict[str, Any]]]:
        """XLIFF units as updates of stored documents (units of unknown documents are skipped)."""
        merged: dict[str, list[dict[str, Any]]] = {}
        for name, documents in collections.items():
            schema = meta.find(name)
            if schema is None:
                continue
            stored = {str(d.get("Id")): d for d in store.rows(self.storage, scope, schema.id)}
            for incoming in documents:
                current = stored.get(str(incoming.get("Id")))
                if current is not None:
                    update = {**incoming, "Id": current["Id"]}
                    merged.setdefault(name, []).append(
                        translations.merged(meta, schema, current, update, languages, partial=True)
                    )
        return merged

    def _merged_languages(
        self, scope: str, meta: store.Metadata, name: str, document: dict[str, Any], languages: set[str]
    ) -> dict[str, Any]:
        """``document`` with only ``languages`` of its localized texts, the others kept as stored."""
        schema = meta.find(name)
        if schema is None or name in (SCHEMA_COLLECTION, SETTINGS_COLLECTION):
            return document
        current = store.get(self.storage, scope, schema.id, document.get("Id")) if "Id" in document else None
        return translations.merged(meta, schema, current or {}, document, languages, partial=False)

    @operation("convertGameDataRaw")
    def convert_game_data_raw(self, request: Request) -> Response:
        data_source = self.present_data_source(request, "view")
        value = self.read_body(request)
        if isinstance(value, list):
            name = request.query.get("schemaNameOrId")
            if not name:
                raise problem(
                    400,
                    "missingParameterValue",
                    "An array of documents needs schemaNameOrId.",
                    "schemaNameOrId",
                )
            meta = store.metadata(self.storage, datasource.scope_of(data_source, None))
            value = {"Collections": {self._collection_name(meta, str(name), "schemaNameOrId"): value}}
        self.collections_of(value, request)
        return Response(200, value)
