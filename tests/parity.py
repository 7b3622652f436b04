"""Parity of the emulator-behaviour tests: what each expectation rests on, and recorded vendor responses.

Every test under tests/emulator carries ``pytest.mark.parity(kind)``:

- ``parity("emulator")``: the expectation is the emulator's own reading of the vendor's documents
  (/work/shared/seeds, reference notes); nobody has checked it against the real service.
- ``parity("vendor", recording="make/delete-records-unconfirmed.json")``: the expectation was verified
  against the real vendor, and what the vendor answered is kept in ``tests/recordings/<that path>``. On the
  emulator, the test's exchanges must then match the recording (status and the JSON shape of each body);
  in live mode with ``PARITY_RECORD=1`` the recording is (re)written from the live answers.

``check_parity_markers`` is the collection hook's rule (tests/emulator/conftest.py): a test without a valid
marker, or a ``vendor`` marker without its recording, stops the run before any test runs.

Recording format (JSON, one file per test; ids, times and other values the vendor chooses are compared by
type only)::

    {"vendor": "make", "recorded": "2026-12-01T17:00:00Z", "source": "eu1.make.com, team 123",
     "exchanges": [{"request": {"method": "DELETE", "path": "/data-stores/{id}/data", "query": {...},
                                "body": ...},
                    "response": {"status": 400, "body": {...}}}]}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

RECORDINGS = Path(__file__).parent / "recordings"
KINDS = ("vendor", "emulator")


def marker_problem(item: pytest.Item, recordings: Path = RECORDINGS) -> str | None:
    """Why the item's parity marker is missing or invalid, or None when it is fine."""
    markers = list(item.iter_markers("parity"))
    if not markers:
        return "has no parity marker: add pytest.mark.parity('emulator') or parity('vendor', recording=...)"
    marker = markers[0]  # the closest one: a function's marker overrides its module's
    if len(marker.args) != 1 or marker.args[0] not in KINDS:
        return f"parity marker needs one argument, 'vendor' or 'emulator', not {marker.args!r}"
    if marker.args[0] == "vendor":
        recording = marker.kwargs.get("recording")
        if not isinstance(recording, str):
            return "parity('vendor') needs recording='<vendor>/<name>.json', the recorded vendor response"
        if not (recordings / recording).is_file():
            return f"parity('vendor') names {recording}, which is not in {recordings}"
    return None


def check_parity_markers(
    items: Iterable[pytest.Item], directory: Path, recordings: Path = RECORDINGS
) -> None:
    """Stop the run (a usage error) if any test under ``directory`` lacks a valid parity marker."""
    problems = [
        f"{item.nodeid}: {problem}"
        for item in items
        if item.path.is_relative_to(directory)
        for problem in [marker_problem(item, recordings)]
        if problem
    ]
    if problems:
        raise pytest.UsageError("emulator-behaviour tests without parity:\n  " + "\n  ".join(problems))


def recording_of(item: pytest.Item) -> Path | None:
    """The recording a ``parity('vendor')`` test is held to, or None for ``parity('emulator')``."""
    marker = item.get_closest_marker("parity")
    if marker is None or marker.args[:1] != ("vendor",):
        return None
    return RECORDINGS / str(marker.kwargs["recording"])


@dataclass(frozen=True)
class Exchange:
    """One request (path with the vendor's variable segments as sent) and the answer, as recorded."""

    method: str
    path: str
    query: dict[str, Any]
    body: Any
    status: int
    response: Any

    def to_json(self) -> dict[str, Any]:
        return {
            "request": {"method": self.method, "path": self.path, "query": self.query, "body": self.body},
            "response": {"status": self.status, "body": self.response},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Exchange:
        request, response = data["request"], data["response"]
        return cls(
            request["method"],
            request["path"],
            dict(request.get("query") or {}),
            request.get("body"),
            int(response["status"]),
            response.get("body"),
        )


def load_recording(path: Path) -> list[Exchange]:
    document = json.loads(path.read_text(encoding="utf-8"))
    return [Exchange.from_json(item) for item in document["exchanges"]]


def save_recording(
    path: Path, vendor: str, source: str, recorded: str, exchanges: Sequence[Exchange]
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "vendor": vendor,
        "recorded": recorded,
        "source": source,
        "exchanges": [exchange.to_json() for exchange in exchanges],
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def shape(value: Any) -> Any:
    """A JSON value with every scalar replaced by its type: what must agree between vendor and emulator."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in sorted(value.items())}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    if isinstance(value, bool) or value is None:
        return type(value).__name__
    if isinstance(value, int | float):
        return "number"
    return type(value).__name__


def differences(recorded: Sequence[Exchange], observed: Sequence[Exchange]) -> list[str]:
    """How the observed exchanges differ from the recorded ones (status, method, body shape), in order."""
    found: list[str] = []
    if len(recorded) != len(observed):
        found.append(f"{len(observed)} exchanges, the recording has {len(recorded)}")
    for index, (want, got) in enumerate(zip(recorded, observed, strict=False)):
        where = f"exchange {index} ({want.method} {want.path})"
        if want.method != got.method:
            found.append(f"{where}: sent {got.method}")
        if want.status != got.status:
            found.append(f"{where}: status {got.status}, the vendor answered {want.status}")
        if shape(want.response) != shape(got.response):
            found.append(f"{where}: body {shape(got.response)}, the vendor's is {shape(want.response)}")
    return found
