"""JSON, MessagePack and BSON: formats that hold a JSON value as it is.

Decoding keeps only what JSON can say: MessagePack binary/extension values, non-string map keys and BSON types
without a JSON form (binary, regex, code, ...) are FormatError; BSON's ObjectId, datetime, Int64 and
Decimal128, which the vendor's own BSON files use for ids, times and numbers, become their JSON forms (hex
string, ISO 8601 text, integer, number).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import bson
import msgpack
import orjson
from bson.codec_options import CodecOptions
from bson.decimal128 import Decimal128
from bson.errors import BSONError
from bson.objectid import ObjectId

from emulators.charon.formats.errors import FormatError

JSON = "application/json"
MSGPACK = "application/x-msgpack"
BSON = "application/bson"
_BSON_OPTIONS: CodecOptions[dict[str, Any]] = CodecOptions(document_class=dict, tz_aware=True)


def encode(value: Any, media_type: str) -> bytes:
    if media_type == JSON:
        return orjson.dumps(value)
    if media_type == MSGPACK:
        try:
            packed: bytes = msgpack.packb(value, use_bin_type=True)
        except (OverflowError, TypeError, ValueError) as error:
            raise FormatError(f"The value cannot be written as MessagePack: {error}.") from None
        return packed
    if media_type == BSON:
        if not isinstance(value, dict):
            raise FormatError("BSON holds a document (an object), not a bare array or value.")
        try:
            return bson.encode(value)
        except (BSONError, OverflowError, TypeError) as error:
            raise FormatError(f"The value cannot be written as BSON: {error}.") from None
    raise FormatError(f"Unsupported format {media_type}.")


def decode(data: bytes, media_type: str) -> Any:
    if not data:
        raise FormatError("The body is empty.")
    if media_type == JSON:
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError as error:
            raise FormatError(f"The body is not valid JSON: {error}.") from None
    if media_type == MSGPACK:
        try:
            value = msgpack.unpackb(data, raw=False, strict_map_key=False)
        except (ValueError, TypeError, msgpack.ExtraData, msgpack.FormatError, msgpack.StackError) as error:
            raise FormatError(f"The body is not valid MessagePack: {error}.") from None
        return _plain(value, "")
    if media_type == BSON:
        try:
            document = bson.decode(data, codec_options=_BSON_OPTIONS)
        except (BSONError, ValueError, TypeError, IndexError) as error:
            raise FormatError(f"The body is not a valid BSON document: {error}.") from None
        return _plain(document, "")
    raise FormatError(f"Unsupported format {media_type}.")


def _plain(value: Any, where: str) -> Any:
    """``value`` as JSON types only (FormatError naming the JSON pointer of what has no JSON form)."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return int(value)  # BSON's Int64 is an int subclass
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise FormatError(f"{where or '/'}: NaN and infinities have no JSON form.")
        return value
    if isinstance(value, dict):
        plain: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise FormatError(f"{where or '/'}: map keys must be strings, not {type(key).__name__}.")
            plain[key] = _plain(item, f"{where}/{key.replace('~', '~0').replace('/', '~1')}")
        return plain
    if isinstance(value, list | tuple):
        return [_plain(item, f"{where}/{index}") for index, item in enumerate(value)]
    if isinstance(value, ObjectId):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, Decimal128):
        number = value.to_decimal()
        if not number.is_finite():
            raise FormatError(f"{where or '/'}: NaN and infinities have no JSON form.")
        return int(number) if number == number.to_integral_value() else float(number)
    raise FormatError(f"{where or '/'}: a {type(value).__name__} value has no JSON form.")
