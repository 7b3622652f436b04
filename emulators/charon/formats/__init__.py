"""Pure codecs between Charon's game-data dict and the wire formats the vendor reads and writes.

- tree formats (any JSON value, the envelope included): JSON, MessagePack (``msgpack``), BSON (``bson`` of
  pymongo; a BSON file is a document, so a bare array cannot be one);
- table and translation formats (a game-data document only, never an envelope): XLSX (``openpyxl``) and
  XLIFF 1.2 / 2.0 (localized texts only).

Nothing here touches storage: ``emulators/charon/gamedata_io.py`` picks the format from ``Content-Type`` /
``Accept`` and feeds these functions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from emulators.charon.formats import tree, xliff, xlsx
from emulators.charon.formats.errors import FormatError

JSON = "application/json"
MSGPACK = "application/x-msgpack"
BSON = "application/bson"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLIFF1 = "application/xliff+xml;version=1"
XLIFF2 = "application/xliff+xml;version=2"

TREE_FORMATS = (JSON, MSGPACK, BSON)
ALL_FORMATS = (*TREE_FORMATS, XLSX, XLIFF1, XLIFF2)
# What a download is called, per format (``Content-Disposition: attachment; filename=...``).
EXTENSIONS = {JSON: "json", MSGPACK: "msgpack", BSON: "bson", XLSX: "xlsx", XLIFF1: "xliff", XLIFF2: "xliff"}

__all__ = [
    "ALL_FORMATS",
    "BSON",
    "EXTENSIONS",
    "JSON",
    "MSGPACK",
    "TREE_FORMATS",
    "XLIFF1",
    "XLIFF2",
    "XLSX",
    "FormatError",
    "canonical",
    "decode_gamedata",
    "decode_value",
    "encode_gamedata",
    "encode_value",
    "negotiate",
]


def canonical(content_type: str | None) -> str | None:
    """The format a ``Content-Type`` (or one ``Accept`` entry) names, or None when it names none.

    ``application/xliff+xml`` without a version is XLIFF 1.2, the vendor's ``xliff`` default.
    """
    if not content_type:
        return None
    main, *params = (part.strip().lower() for part in content_type.split(";"))
    if main == "application/xliff+xml":
        version = next((p.split("=", 1)[1].strip('"') for p in params if p.startswith("version=")), "1")
        return XLIFF2 if version.startswith("2") else XLIFF1
    aliases = {"application/msgpack": MSGPACK, "application/vnd.msgpack": MSGPACK, "text/json": JSON}
    main = aliases.get(main, main)
    return main if main in ALL_FORMATS else None


def negotiate(accept: str | None, offered: Iterable[str]) -> str | None:
    """The first offered format the ``Accept`` header takes, by q-value; JSON when there is no header.

    ``*/*`` (or ``application/*``) takes the first offered format; None when nothing offered is acceptable.
    """
    choices = list(offered)
    if not accept or not accept.strip():
        return choices[0]
    ranked: list[tuple[float, int, str]] = []
    for position, entry in enumerate(accept.split(",")):
        parts = [p.strip() for p in entry.split(";")]
        quality = 1.0
        for param in parts[1:]:
            if param.lower().startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        media = ";".join(p for p in parts if not p.lower().startswith("q="))
        if quality > 0:
            ranked.append((-quality, position, media))
    for _, _, media in sorted(ranked):
        wanted = media.split(";")[0].strip().lower()
        if wanted in ("*/*", "application/*"):
            return choices[0]
        found = canonical(media)
        if found in choices:
            return found
    return None


def encode_value(value: Any, media_type: str) -> bytes:
    """Any JSON value (an envelope, a document) in a tree format."""
    return tree.encode(value, media_type)


def decode_value(data: bytes, media_type: str) -> Any:
    """A JSON value from a tree format; FormatError when the bytes are not one."""
    return tree.decode(data, media_type)


def encode_gamedata(
    gamedata: Mapping[str, Any],
    media_type: str,
    *,
    localized: Mapping[str, Iterable[str]] | None = None,
    source_language: str = "en-US",
    target_language: str | None = None,
) -> bytes:
    """A game-data document in any format.

    ``localized`` names, per collection, where its localized texts are: a property name, or a path through
    embedded documents (``Parts/*/Name``, ``*`` = every item of a collection; XLIFF writes only those);
    ``source_language``/``target_language`` are XLIFF's source and target languages.
    """
    if media_type in TREE_FORMATS:
        return tree.encode(dict(gamedata), media_type)
    if media_type == XLSX:
        return xlsx.encode(gamedata)
    if media_type in (XLIFF1, XLIFF2):
        return xliff.encode(
            gamedata,
            version=2 if media_type == XLIFF2 else 1,
            localized=localized or {},
            source_language=source_language,
            target_language=target_language or source_language,
        )
    raise FormatError(f"Unsupported format {media_type}.")


def decode_gamedata(data: bytes, media_type: str) -> Any:
    """The JSON value a body holds (a game-data document, or for tree formats any value)."""
    if media_type in TREE_FORMATS:
        return tree.decode(data, media_type)
    if media_type == XLSX:
        return xlsx.decode(data)
    if media_type in (XLIFF1, XLIFF2):
        return xliff.decode(data)
    raise FormatError(f"Unsupported format {media_type}.")
