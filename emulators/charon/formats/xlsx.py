"""XLSX: one worksheet per collection, a header row of property names, one row per document.

Emulator decisions (the vendor says only that its sheets carry "additional metadata columns"):
- text, numbers and logical values are plain cells; anything else (localized text, references, embedded
  documents, lists, ``null``) is its JSON text in a cell formatted as Text (``@``), which is how reading tells
  a JSON value from a text that merely looks like one; an absent property is an empty cell;
- a hidden ``_charon`` sheet maps each worksheet to its collection (sheet titles are at most 31 characters)
  and keeps ``ToolsVersion``, ``RevisionHash`` and ``ChangeNumber``; a workbook without it (made by hand)
  reads each sheet's title as the collection name.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

import orjson
from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet.worksheet import Worksheet

from emulators.charon.formats.errors import FormatError

META_SHEET = "_charon"
JSON_CELL = "@"
FILE_FIELDS = ("ToolsVersion", "RevisionHash", "ChangeNumber")
_ILLEGAL = {chr(c) for c in range(32)} - {"\t", "\n", "\r"}


def encode(gamedata: Mapping[str, Any]) -> bytes:
    try:
        return _encode(gamedata)
    except IllegalCharacterError:
        raise FormatError(
            "A property name holds a character XLSX cannot store (a control character)."
        ) from None


def _encode(gamedata: Mapping[str, Any]) -> bytes:
    workbook = Workbook()
    meta = workbook.active
    assert isinstance(meta, Worksheet)
    meta.title = META_SHEET
    for field in FILE_FIELDS:
        if field in gamedata:
            meta.append([field, _json_text(gamedata[field])])
    collections = gamedata.get("Collections") or {}
    for index, (name, documents) in enumerate(collections.items()):
        sheet = workbook.create_sheet(_title(name, index))
        meta.append(["Collection", sheet.title, name])
        columns: dict[str, None] = {"Id": None}
        for document in documents:
            columns.update(dict.fromkeys(document))
        names = list(columns)
        sheet.append(names)
        for row, document in enumerate(documents, start=2):
            for column, key in enumerate(names, start=1):
                if key in document:
                    _write(sheet, row, column, document[key])
    # The metadata sheet is first in the file but a user should land on data (a workbook's only sheet
    # cannot be hidden: without collections the metadata sheet stays visible).
    if len(workbook.sheetnames) > 1:
        meta.sheet_state = "hidden"
        workbook.active = 1
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def decode(data: bytes) -> dict[str, Any]:
    try:
        workbook = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as error:  # openpyxl raises zip, XML and key errors alike for a bad file
        raise FormatError(f"The body is not a readable XLSX workbook: {error}.") from None
    gamedata: dict[str, Any] = {}
    names: dict[str, str] = {}
    if META_SHEET in workbook.sheetnames:
        for row in workbook[META_SHEET].iter_rows(values_only=True):
            if row and row[0] == "Collection" and len(row) >= 3:
                names[str(row[1])] = str(row[2])
            elif row and row[0] in FILE_FIELDS and len(row) >= 2 and isinstance(row[1], str):
                gamedata[str(row[0])] = _parse_json(row[1], f"{META_SHEET}!{row[0]}")
    collections: dict[str, list[dict[str, Any]]] = {}
    for sheet in workbook.worksheets:
        if sheet.title == META_SHEET:
            continue
        collections[names.get(sheet.title, sheet.title)] = _documents(sheet)
    gamedata["Collections"] = collections
    return gamedata


def _documents(sheet: Worksheet) -> list[dict[str, Any]]:
    rows = sheet.iter_rows()
    header = next(rows, None)
    if header is None:
        return []
    keys = [cell.value for cell in header]
    documents = []
    for row in rows:
        document: dict[str, Any] = {}
        for key, cell in zip(keys, row, strict=False):
            if key is None or cell.value is None:
                continue
            value = cell.value
            if cell.number_format == JSON_CELL and isinstance(value, str):
                value = _parse_json(value, f"{sheet.title}!{cell.coordinate}")
            elif not isinstance(value, str | int | float | bool):
                value = str(value)  # a date or time a spreadsheet user typed: its text
            document[str(key)] = value
        if document:
            documents.append(document)
    return documents


def _write(sheet: Worksheet, row: int, column: int, value: Any) -> None:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, bool | int | float) or (isinstance(value, str) and not _needs_json(value)):
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"  # a text starting with "=" is text, not a formula
        return
    cell.value = _json_text(value)  # a text cell: JSON text never starts with "=" nor is an error code
    cell.number_format = JSON_CELL


def _needs_json(text: str) -> bool:
    """Texts a plain cell cannot hold as they are: control characters (illegal in XML)."""
    return any(ch in _ILLEGAL for ch in text)


def _json_text(value: Any) -> str:
    return orjson.dumps(value).decode()


def _parse_json(text: str, where: str) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        raise FormatError(f"{where}: the cell formatted as JSON text is not JSON.") from None


def _title(name: str, index: int) -> str:
    """A valid, unique sheet title (31 characters, none of ``[]:*?/\\``)."""
    clean = "".join("_" if ch in "[]:*?/\\" else ch for ch in name)[:31] or "Sheet"
    if clean == META_SHEET or len(name) > 31:
        clean = f"{clean[:26]}~{index}"
    return clean
