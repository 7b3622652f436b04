"""What the contract driver compares for each case: the request the client put on the wire against what the
case says should be sent, and the typed model against the JSON it was parsed from."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx

# Headers the client adds itself; the wire check compares the rest with what the case asks for.
TRANSPORT_HEADERS = {
    "user-agent",
    "content-type",
    "content-length",
    "accept",
    "accept-encoding",
    "connection",
    "host",
}


# ---------------------------------------------------------------------------------------------- wire check


def _query_pairs(url: str) -> list[tuple[str, str]]:
    return sorted(parse_qsl(urlsplit(url).query, keep_blank_values=True))


def _wire_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def expected_query(kwargs: Mapping[str, Any]) -> list[tuple[str, str]]:
    params = kwargs.get("params") or {}
    if isinstance(params, str):
        # Schemathesis serialises ``explode: false`` arrays into a ready query string.
        return sorted(parse_qsl(params, keep_blank_values=True)) + _query_pairs(kwargs["url"])
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        if value == []:
            pairs.append((key, ""))  # the clients send an empty array as ``key=`` (the runtime's join_query)
        for item in value if isinstance(value, list) else [value]:
            if item is not None:
                pairs.append((key, _wire_value(item)))
    return sorted(pairs) + _query_pairs(kwargs["url"])


def expected_path(case: Any) -> str:
    path = str(case.path)
    for name, value in (case.path_parameters or {}).items():
        text = ",".join(_wire_value(v) for v in value) if isinstance(value, list) else _wire_value(value)
        path = path.replace("{" + name + "}", text)
    return path


def wire_mismatches(
    case: Any, request: httpx.Request, base_url: str, credential_headers: frozenset[str] = frozenset()
) -> list[str]:
    """How the request the client sent differs from what the case says should be sent."""
    expected = case.as_transport_kwargs(base_url=base_url)
    problems: list[str] = []
    if request.method.upper() != str(expected["method"]).upper():
        problems.append(f"method: sent {request.method}, expected {expected['method']}")
    sent_path = unquote(request.url.raw_path.decode().split("?")[0])
    # From the case's own values: Schemathesis leaves "%" in path values unescaped in its URL.
    want_path = urlsplit(base_url).path.rstrip("/") + expected_path(case)
    if sent_path != want_path:
        problems.append(f"path: sent {sent_path!r}, expected {want_path!r}")
    sent_query = [p for p in _query_pairs(str(request.url)) if p[0].lower() not in credential_headers]
    want_query = [p for p in expected_query(expected) if p[0].lower() not in credential_headers]
    if sent_query != want_query:
        problems.append(f"query: sent {sent_query}, expected {want_query}")
    for name, value in (expected.get("headers") or {}).items():
        lowered = name.lower()
        if (
            lowered in TRANSPORT_HEADERS
            or lowered in credential_headers
            or lowered.startswith("x-schemathesis")
        ):
            continue
        if request.headers.get(name) != _wire_value(value):
            problems.append(f"header {name}: sent {request.headers.get(name)!r}, expected {value!r}")
    if "json" in expected:
        try:
            sent_body = json.loads(request.content) if request.content else None
        except ValueError:
            sent_body = request.content
        if sent_body != expected["json"]:
            problems.append(f"body: sent {sent_body!r}, expected {expected['json']!r}")
    elif "data" in expected:
        problems += _data_mismatches(expected["data"], request.content)
    elif request.content:
        problems.append(f"body: sent {request.content!r}, expected none")
    return problems


def _data_mismatches(want: Any, sent: bytes) -> list[str]:
    """A form (dict) or raw (bytes/str) body the case asks for, against what the client sent."""
    if isinstance(want, dict):
        # Form encoding has no null: Schemathesis writes "null", the client an empty value.
        want_pairs = sorted((str(k), "" if v in (None, "null") else _wire_value(v)) for k, v in want.items())
        sent_pairs = sorted(
            (k, "" if v == "null" else v)
            for k, v in parse_qsl(sent.decode("utf-8", "replace"), keep_blank_values=True)
        )
        return [] if sent_pairs == want_pairs else [f"form body: sent {sent_pairs}, expected {want_pairs}"]
    want_bytes = want.encode() if isinstance(want, str) else bytes(want)
    return [] if sent == want_bytes else [f"body: sent {sent[:80]!r}, expected {want_bytes[:80]!r}"]


# ------------------------------------------------------------------------------------------- model checks


def model_mismatches(parsed: Any, body: Any) -> list[str]:
    """The typed model must reproduce the JSON it was parsed from, and survive from_dict(to_dict())."""
    if parsed is None or not hasattr(parsed, "to_dict"):
        return []
    problems = []
    as_dict = parsed.to_dict()
    if _normalise(as_dict) != _normalise(body):
        problems.append(f"to_dict() gives {as_dict!r}, the body was {body!r}")
    again = type(parsed).from_dict(as_dict).to_dict()
    if again != as_dict:
        problems.append(f"from_dict(to_dict()) changed the model: {again!r} != {as_dict!r}")
    return problems


def _normalise(value: Any) -> Any:
    """Equal JSON up to date-time spelling (``Z`` vs ``+00:00``) and int/float of equal value."""
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and value[10:11] == "T":
        from dateutil.parser import isoparse

        try:
            return isoparse(value)
        except ValueError:
            return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
