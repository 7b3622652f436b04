"""What the request path precomputes at start-up answers exactly as computing it per request did.

The router is checked against the straightforward reading of its rule (try every template, most literal
first, prefer one that has the method) on every vendor's real spec; the rest on the core's toy spec.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

import pytest

from emulators.core.app import EmulatorApp, _normalise_numbers
from emulators.core.auth import TokenRegistry
from emulators.core.requestlog import RequestLog
from emulators.core.spec import HTTP_METHODS, PathItem, Router, compile_spec, load_document, spec_names
from emulators.core.storage import Storage
from tests.unit.test_emulator_core import AUTH, SPEC, Toy, call

Found = tuple[str, dict[str, str]] | None


class ReferenceRouter:
    """The rule, computed the slow way: static paths exactly; else every template in order of literal
    length (spec order among equals), one regex each, the first having ``method``, else the first at all."""

    def __init__(self, items: list[PathItem]) -> None:
        self.static = {item.template: item for item in items if "{" not in item.template}
        ranked = sorted(
            (item for item in items if "{" in item.template),
            key=lambda item: -len(re.sub(r"\{[^}]+\}", "", item.template)),
        )
        self.ranked = [
            (
                re.compile(
                    "".join(
                        "([^/]+)" if piece.startswith("{") else re.escape(piece)
                        for piece in re.split(r"(\{[^}]+\})", item.template)
                        if piece
                    )
                ),
                re.findall(r"\{([^}]+)\}", item.template),
                item,
            )
            for item in ranked
        ]

    def _once(self, target: str, method: str | None) -> Found:
        if target in self.static:
            return target, {}
        first: Found = None
        for regex, names, item in self.ranked:
            found = regex.fullmatch(target)
            if found is None:
                continue
            values = {name: unquote(raw) for name, raw in zip(names, found.groups(), strict=True)}
            if method is None or method in item.operations:
                return item.template, values
            first = first or (item.template, values)
        return first

    def match(self, path: str, method: str | None) -> Found:
        found = self._once(path, method)
        if found is None and len(path) > 1:
            found = self._once(path[:-1] if path.endswith("/") else path + "/", method)
        return found


def concrete_paths(items: list[PathItem]) -> set[str]:
    """Every template filled with values that collide with other templates' literal segments."""
    literals = {seg for item in items for seg in item.template.split("/") if seg and "{" not in seg}
    fillers = ["1", "a%2Fb", *sorted(literals)[:: max(1, len(literals) // 12)]]
    paths: set[str] = set()
    for item in items:
        for filler in fillers:
            path = re.sub(r"\{[^}]+\}", filler, item.template)
            paths |= {path, path.rstrip("/"), path + "/", path + "/extra"}
    return paths


@pytest.mark.parametrize("vendor", spec_names())
def test_router_answers_as_the_rule_on_every_vendor_spec(vendor: str) -> None:
    spec = compile_spec(load_document(vendor))
    items = _items(spec.router)
    router, reference = Router(items), ReferenceRouter(items)
    methods: list[str | None] = [m.upper() for m in HTTP_METHODS] + [None]
    checked = 0
    for path in sorted(concrete_paths(items)):
        for method in methods:
            found = router.match(path, method)
            got = None if found is None else (found[0].template, found[1])
            assert got == reference.match(path, method), (path, method)
            checked += 1
    assert checked > 100


def _items(router: Router) -> list[PathItem]:
    """The router's path items back (static ones and those in its regex tables)."""
    out = list(router.static.values())
    for table in router._any.values():
        out += [item for _, item in table.entries.values()]
    return out


def test_a_table_reports_each_templates_own_parameters() -> None:
    router = Router(
        [
            PathItem("/a/{x}/b/{y}", {"GET": None}),  # type: ignore[dict-item]
            PathItem("/a/{x}/{y}/{z}", {"GET": None}),  # type: ignore[dict-item]
            PathItem("/c/{x}.json", {"PUT": None}),  # type: ignore[dict-item]
        ]
    )
    assert router.match("/a/1/b/2", "GET") == (router.match("/a/1/b/2")[0], {"x": "1", "y": "2"})  # type: ignore[index]
    found = router.match("/a/1/c/2", "GET")
    assert (
        found is not None
        and found[0].template == "/a/{x}/{y}/{z}"
        and found[1] == {"x": "1", "y": "c", "z": "2"}
    )
    found = router.match("/c/my%20doc.json", "GET")  # no GET there: the PUT template, for a 405
    assert found is not None and found[0].template == "/c/{x}.json" and found[1] == {"x": "my doc"}
    assert router.match("/c/a/b.json", "PUT") is None  # a parameter never spans a "/"


def test_numbers_are_normalised_as_before_and_strings_left_alone() -> None:
    value = _normalise_numbers(
        {"a": 1.0, "b": [2.0, 2.5, True, None, "3.0"], "c": {"d": 2**70, "e": -(2**63) + 1}, "f": 1e300}
    )
    assert value == {
        "a": 1,
        "b": [2, 2.5, True, None, "3.0"],
        "c": {"d": float(2**70), "e": -(2**63) + 1},
        "f": 1e300,
    }
    assert type(value["a"]) is int and type(value["b"][0]) is int and value["b"][2] is True
    assert type(value["c"]["d"]) is float and type(value["f"]) is float  # 1e300 is beyond 64 bits
    assert _normalise_numbers(2.0**64) == 2.0**64 and type(_normalise_numbers(2.0**64)) is float


def test_an_operation_without_requirements_is_anonymous_and_ignores_credentials() -> None:
    spec = compile_spec(SPEC)
    assert spec.operations["special"].anonymous and not spec.operations["listThings"].anonymous
    app = EmulatorApp(Toy(Storage()), spec, TokenRegistry.parse(["good"]))
    assert call(app, "GET", "/api/v9/things/special", headers={"Authorization": "Token bad"})[0] == 200
    assert call(app, "GET", "/api/v9/things", headers={"Authorization": "Token bad"})[0] == 401


def test_header_parameters_are_validated_and_problems_keep_the_spec_order() -> None:
    document: dict[str, Any] = {**SPEC, "paths": dict(SPEC["paths"])}
    document["paths"]["/things"] = {
        "get": {
            **SPEC["paths"]["/things"]["get"],
            "parameters": [
                {"name": "X-Count", "in": "header", "required": True, "schema": {"type": "integer"}},
                *SPEC["paths"]["/things"]["get"]["parameters"],
            ],
        },
        "post": SPEC["paths"]["/things"]["post"],
    }
    app = EmulatorApp(Toy(Storage()), compile_spec(document), TokenRegistry.parse(["good"]))
    status, _, body = call(app, "GET", "/api/v9/things?pg[limit]=0&flag=maybe", headers=AUTH)
    assert status == 422
    assert body["fields"] == ["header.X-Count", "query.pg[limit]", "query.flag"]
    status, _, body = call(app, "GET", "/api/v9/things?pg[limit]=2", headers={**AUTH, "X-Count": "3"})
    assert status == 200 and body["query"] == {"pg[limit]": 2}  # header values are not query values


def test_the_request_log_reads_back_what_was_recorded() -> None:
    log = RequestLog(max_entries=2)
    log.record("GET", "/a", "", 200, "getA", 1.23456, None)
    log.record("POST", "/b", "x=1", 201, None, 0.5, 7)
    log.record("GET", "/c", "", 404, "getC", 2.0)
    assert log.list() == [
        {
            "seq": 2,
            "method": "POST",
            "path": "/b",
            "query": "x=1",
            "status": 201,
            "operationId": None,
            "durationMs": 0.5,
            "fault": 7,
        },
        {
            "seq": 3,
            "method": "GET",
            "path": "/c",
            "query": "",
            "status": 404,
            "operationId": "getC",
            "durationMs": 2.0,
            "fault": None,
        },
    ]
    assert [entry["seq"] for entry in log.list(since=2)] == [3]
    app = EmulatorApp(Toy(Storage()), compile_spec(SPEC), TokenRegistry.parse(["good"]))
    call(app, "GET", "/api/v9/things?pg[limit]=2", headers=AUTH)
    (entry,) = app.requests.list()
    assert entry["operationId"] == "listThings" and entry["query"] == "pg[limit]=2"
    assert entry["durationMs"] == round(entry["durationMs"], 3) and entry["status"] == 200
