"""Every link in every spec, followed deterministically through the generated client.

For each operation whose responses declare ``links``: send the operation with the spec's own examples,
resolve each link's runtime expressions against that request and response, send the linked operation
(also through the client), and require a success. Deletes run last so the created resource is still there
for the other links. The Schemathesis state machine (test_stateful.py) explores link chains at random;
this test guarantees each declared link is exercised and works, on the emulator or on a live sandbox.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.contract.conftest import live_target
from tests.contract.driver import Target, run_case
from tests.contract.test_through_clients import VENDORS

# On a live sandbox, the caller's own team / workspace replaces the spec's example value.
LIVE_VALUES = {"make": {"teamId": "MAKE_TEAM_ID"}, "rollup": {"workspaceId": "ROLLUP_WORKSPACE_ID"}}


def _pointer(document: Any, pointer: str) -> Any:
    node = document
    for part in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def resolve(expression: Any, request: dict[str, Any], body: Any) -> Any:
    """A link's runtime expression (OpenAPI 3.1 §4.8.20.4) against one request/response pair."""
    if isinstance(expression, dict):
        return {k: resolve(v, request, body) for k, v in expression.items()}
    if isinstance(expression, list):
        return [resolve(v, request, body) for v in expression]
    if not isinstance(expression, str) or not expression.startswith("$"):
        return expression
    if expression.startswith("$response.body"):
        return _pointer(body, expression.partition("#")[2])
    if expression.startswith("$request.body"):
        return _pointer(request["body"], expression.partition("#")[2])
    source, _, name = expression[len("$request.") :].partition(".")
    return request[source][name]


class Examples:
    """Request values taken from the spec's own examples (parameter ``example`` and body examples)."""

    def __init__(self, target: Target, overrides: dict[str, Any]) -> None:
        self.target = target
        self.overrides = overrides

    def case(self, operation: Any, *, path: dict[str, Any], query: dict[str, Any], body: Any = None) -> Any:
        raw = operation.definition.raw
        params: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
        shared = self.target.schema.raw_schema["paths"][operation.path].get("parameters") or []
        for parameter in shared + (raw.get("parameters") or []):
            param = self._resolve(parameter)
            if param.get("required") or param["in"] == "path":
                value = self.overrides.get(
                    param["name"], param.get("example", param.get("schema", {}).get("example"))
                )
                params[param["in"]][param["name"]] = value
        params["path"].update(path)
        params["query"].update(query)
        kwargs: dict[str, Any] = {"path_parameters": params["path"], "query": params["query"]}
        if params["header"]:
            kwargs["headers"] = params["header"]
        if body is None and "requestBody" in raw:
            body = self._body_example(raw["requestBody"])
        if body is not None:
            kwargs["body"] = body
        return operation.Case(**kwargs)

    def _resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            node = _pointer(self.target.schema.raw_schema, node["$ref"].partition("#")[2])
        return node

    def _body_example(self, request_body: Any) -> Any:
        media = next(iter(self._resolve(request_body)["content"].values()))
        if "example" in media:
            example = media["example"]
        elif media.get("examples"):
            example = self._resolve(next(iter(media["examples"].values())))["value"]
        else:
            example = self._resolve(media["schema"]).get("example")
        if isinstance(example, dict):
            example = {k: self.overrides.get(k, v) for k, v in example.items()}
        return example


def links_of(target: Target) -> list[tuple[Any, str, dict[str, Any]]]:
    """(source operation, status, links) for every response that declares links."""
    found = []
    for operation in target.operations():
        for status, response in (operation.definition.raw.get("responses") or {}).items():
            if response.get("links"):
                found.append((operation, str(status), response["links"]))
    return found


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_link_works_through_the_client(vendor: str, emulator_target: Callable[[str], Target]) -> None:
    _follow_all_links(emulator_target(vendor), {})


@pytest.mark.live
@pytest.mark.parametrize("vendor", VENDORS)
def test_every_link_works_against_live_sandbox(vendor: str) -> None:
    target = live_target(vendor)
    if target is None:
        pytest.skip(
            f"set {vendor.upper()}_BASE_URL and the vendor's credential to run against a live sandbox"
        )
    overrides = {
        name: os.environ[var] for name, var in LIVE_VALUES.get(vendor, {}).items() if var in os.environ
    }
    _follow_all_links(target, overrides)


def _follow_all_links(target: Target, overrides: dict[str, Any]) -> None:
    examples = Examples(target, overrides)
    followed: set[str] = set()
    deferred: list[Callable[[], Any]] = []
    declared = {
        f"{source.definition.raw['operationId']}.{name}"
        for source, _, links in links_of(target)
        for name in links
    }
    # Creating operations first, so list operations have something to link from.
    for source, status, links in sorted(
        links_of(target), key=lambda found: found[0].method.upper() != "POST"
    ):
        case = examples.case(source, path={}, query={})
        outcome = run_case(target, case)
        if str(outcome.response.status_code) == status:
            _follow(target, examples, source, case, outcome, links, followed, deferred, depth=0)
    # Deletes last, newest first (an entry before its sink), so every other link found its resource.
    for delete in reversed(deferred):
        delete()
    assert len(followed) >= min(5, len(declared)), (
        f"only {len(followed)} of the {len(declared)} links of specs/{target.vendor}.yaml could be followed: "
        f"{sorted(declared - followed)}"
    )


def _follow(
    target: Target,
    examples: Examples,
    source: Any,
    case: Any,
    outcome: Any,
    links: dict[str, Any],
    followed: set[str],
    deferred: list[Callable[[], Any]],
    depth: int,
) -> None:
    """Follow ``links`` from one response; recurse into the links of what they return (deletes last)."""
    request = {"path": dict(case.path_parameters or {}), "query": dict(case.query or {}), "body": case.body}
    body = _json(outcome.response)
    source_id = source.definition.raw["operationId"]
    later: list[tuple[Any, Any, Any, dict[str, Any]]] = []
    for name, link in sorted(links.items(), key=lambda item: item[1]["operationId"].startswith("delete")):
        if source.method.upper() == "GET":
            # A sibling link may have changed the resource (e.g. its version): read it again first.
            body = _json(run_case(target, case).response)
        if link["operationId"] in target.pending:
            continue  # answers 501 until it is built (tests/contract/pending.py)
        operation = target.operation(link["operationId"])
        path: dict[str, Any] = {}
        query: dict[str, Any] = {}
        try:
            for key, expression in (link.get("parameters") or {}).items():
                location, _, param = key.rpartition(".")
                value = resolve(expression, request, body)
                in_path = location == "path" or (not location and f"{{{param}}}" in operation.path)
                (path if in_path else query)[param] = value
            link_body = resolve(link["requestBody"], request, body) if "requestBody" in link else None
        except (LookupError, TypeError):
            continue  # e.g. "$response.body#/data/0/id" on an empty page
        linked_case = examples.case(operation, path=path, query=query, body=link_body)
        label = f"{source_id} -> {name} ({link['operationId']})"
        if operation.method.upper() == "DELETE":
            deferred.append(
                functools.partial(_send, target, linked_case, label, followed, f"{source_id}.{name}")
            )
            continue
        linked = _send(target, linked_case, label, followed, f"{source_id}.{name}")
        changed = _json(linked.response)
        if (
            isinstance(body, dict)
            and isinstance(changed, dict)
            and changed.get("id", object()) == body.get("id")
        ):
            body = changed  # the write returned the resource's new state (e.g. a new version)
        responses = operation.definition.raw.get("responses") or {}
        next_links = (responses.get(str(linked.response.status_code)) or {}).get("links")
        if next_links and depth < 2:
            later.append((operation, linked_case, linked, next_links))
    # Siblings first, then what they link to: a nested write must not outdate a sibling's view.
    for operation, linked_case, linked, next_links in later:
        _follow(target, examples, operation, linked_case, linked, next_links, followed, deferred, depth + 1)


def _json(response: Any) -> Any:
    """The JSON body, or None for an empty or non-JSON one (a binary download)."""
    if not response.content or "json" not in response.headers.get("content-type", ""):
        return None
    return response.json()


def _send(target: Target, case: Any, label: str, followed: set[str], key: str) -> Any:
    outcome = run_case(target, case)
    assert outcome.response.status_code < 400, (
        f"link {label} answered {outcome.response.status_code}: {outcome.response.text[:300]}"
    )
    followed.add(key)
    return outcome
