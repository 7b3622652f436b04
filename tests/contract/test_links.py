"""Every link in every spec, followed deterministically through the generated client.

For each operation whose responses declare ``links``: send the operation with the spec's own examples,
resolve each link's runtime expressions against that request and response, send the linked operation
(also through the client), and require a success. Deletes run last so the created resource is still there
for the other links. The Schemathesis state machine (test_stateful.py) explores link chains at random;
this test guarantees each declared link is exercised and works, on the emulator or on a live sandbox.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from emulators.core.registry import load_vendor
from tests.contract.conftest import live_target
from tests.contract.driver import ContractTarget, run_case
from tests.contract.test_through_clients import VENDORS
from tests.live import skip_reason


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


def typed(value: Any, schema: Any) -> Any:
    """A value from the environment (always a string) as the type the spec gives it.

    ``MAKE_TEAM_ID=123`` must reach Make as the integer 123: the string "123" in a JSON body is a 400.
    """
    if not isinstance(value, str) or not isinstance(schema, dict):
        return value
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "integer" in kinds:
        return int(value)
    if "number" in kinds:
        return float(value)
    if "boolean" in kinds:
        return value.lower() == "true"
    return value


class Examples:
    """Request values taken from the spec's own examples (parameter ``example`` and body examples)."""

    def __init__(self, target: ContractTarget, overrides: dict[str, Any]) -> None:
        self.target = target
        self.overrides = overrides

    def case(self, operation: Any, *, path: dict[str, Any], query: dict[str, Any], body: Any = None) -> Any:
        raw = operation.definition.raw
        params: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
        shared = self.target.schema.raw_schema["paths"][operation.path].get("parameters") or []
        for parameter in shared + (raw.get("parameters") or []):
            param = self._resolve(parameter)
            if param.get("required") or param["in"] == "path":
                schema = self._resolve(param.get("schema") or {})
                if param["name"] in self.overrides:
                    value = typed(self.overrides[param["name"]], schema)
                else:
                    value = param.get("example", schema.get("example"))
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
            if "requestBody" in raw:  # the examples are of the first media type (several: Charon's imports)
                kwargs["media_type"] = next(iter(self._resolve(raw["requestBody"])["content"]))
        return operation.Case(**kwargs)

    def _resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            node = _pointer(self.target.schema.raw_schema, node["$ref"].partition("#")[2])
        return node

    def _body_example(self, request_body: Any) -> Any:
        media = next(iter(self._resolve(request_body)["content"].values()))
        properties = self._resolve(media.get("schema") or {}).get("properties") or {}
        if "example" in media:
            example = media["example"]
        elif media.get("examples"):
            example = self._resolve(next(iter(media["examples"].values())))["value"]
        else:
            example = self._resolve(media["schema"]).get("example")
        if isinstance(example, dict):
            example = {
                k: typed(self.overrides[k], self._resolve(properties.get(k))) if k in self.overrides else v
                for k, v in example.items()
            }
        return example


def links_of(target: ContractTarget) -> list[tuple[Any, str, dict[str, Any]]]:
    """(source operation, status, links) for every response that declares links."""
    found = []
    for operation in target.operations():
        for status, response in (operation.definition.raw.get("responses") or {}).items():
            if response.get("links"):
                found.append((operation, str(status), response["links"]))
    return found


CLOSING = ("commit",)
# Links the walk does not follow, each with its reason; a vendor's own entries only.
NOT_FOLLOWED: dict[str, dict[str, str]] = {
    "charon": {
        "beginTransaction.findDocumentInTransaction": "the walk follows the commit link first, and a"
        " committed transaction answers 409 completedTransaction; tests/emulator/test_charon_transactions.py"
        " reads inside an open one",
    }
}


# Links a live account may be refused: followed when it may, required only on the emulator (whose walk seeds
# what the live account would need). A vendor's own entries only.
LIVE_ACCOUNT_MAY_REFUSE: dict[str, dict[str, str]] = {
    "charon": {
        "getAllUsers.getUser": "getAllUsers answers 403 to every account but an administrator's, and a live"
        " key's user is rarely one (the emulator walk seeds its key as an administrator account)",
    }
}


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_link_works_through_the_client(
    vendor: str, emulator_target: Callable[[str], ContractTarget]
) -> None:
    target = emulator_target(vendor)
    # The emulator is shared by the session's contract tests: start from an empty state, so what other
    # tests left (e.g. a first listed store without the fields a linked PATCH example changes) cannot
    # decide the outcome, whatever order the tests run in.
    target.reset()
    # What the vendor's API cannot create (its emulator class says, next to its control plane).
    control = httpx.Client(base_url=target.emulator.root_url, headers=target.headers)
    with target.client() as api, control:
        overrides = load_vendor(vendor).prepare_link_walk(api, control, target.token)
    followed, unreachable, declared = _follow_all_links(target, overrides)
    assert declared, f"specs/{vendor}.yaml declares no links"
    assert followed >= declared, (
        f"{len(followed & declared)} of the {len(declared)} links of specs/{vendor}.yaml followed; "
        f"not followed: {sorted(declared - followed)} (of which on an empty page: {sorted(unreachable)})"
    )


@pytest.mark.live
@pytest.mark.parametrize("vendor", VENDORS)
def test_every_link_works_against_live_sandbox(vendor: str) -> None:
    """As above; a link whose source is an empty list on the live account (e.g. a Qlik tenant with no data
    assets) cannot be followed there and is allowed, every other declared link must work."""
    target = live_target(vendor)
    if target is None:
        pytest.skip(skip_reason(vendor))
    # What the walk needs beyond the environment's owned values, made through the live API only.
    with target.client() as api:
        prepared = load_vendor(vendor).prepare_live_link_walk(api, target.token)
    followed, unreachable, declared = _follow_all_links(target, {**prepared, **target.owned})
    refusable = set(LIVE_ACCOUNT_MAY_REFUSE.get(vendor, {}))
    assert declared - followed <= unreachable | refusable, (
        f"{len(followed)} of the {len(declared)} links of specs/{vendor}.yaml followed; not followed: "
        f"{sorted(declared - followed - unreachable - refusable)} (on an empty page, allowed: "
        f"{sorted(unreachable)}; refused to this account, allowed: {sorted(refusable - followed)})"
    )
    assert followed, "no link could be followed on the live service"


def creating_first(method: str) -> int:
    return {"POST": 0, "PUT": 1}.get(method.upper(), 2)


def _follow_all_links(
    target: ContractTarget, overrides: dict[str, Any]
) -> tuple[set[str], set[str], set[str]]:
    """Follow every link; returns (followed, not followable because their source list was empty, declared)."""
    examples = Examples(target, overrides)
    followed: set[str] = set()
    unreachable: set[str] = set()
    deferred: list[Callable[[], Any]] = []
    # Links from or to an operation the emulator does not implement yet (tests/contract/pending.py) cannot
    # be followed; every other declared link must be.
    declared = {
        f"{source.definition.raw['operationId']}.{name}"
        for source, _, links in links_of(target)
        if source.definition.raw["operationId"] not in target.pending
        for name, link in links.items()
        if link["operationId"] not in target.pending
        and f"{source.definition.raw['operationId']}.{name}" not in NOT_FOLLOWED.get(target.vendor, {})
    }
    # Creating operations first (POST, then PUT: Charon creates projects, branches and resources with PUT),
    # so list operations have something to link from.
    for source, status, links in sorted(links_of(target), key=lambda found: creating_first(found[0].method)):
        if source.definition.raw["operationId"] in target.pending:
            continue
        case = examples.case(source, path={}, query={})
        outcome = run_case(target, case)
        if str(outcome.response.status_code) == status:
            seen = (followed, unreachable)
            _follow(target, examples, source, case, outcome, links, seen, deferred, depth=0)
    # Deletes last, newest first (an entry before its sink), so every other link found its resource.
    for delete in reversed(deferred):
        delete()
    return followed, unreachable - followed, declared


def _follow(
    target: ContractTarget,
    examples: Examples,
    source: Any,
    case: Any,
    outcome: Any,
    links: dict[str, Any],
    seen: tuple[set[str], set[str]],
    deferred: list[Callable[[], Any]],
    depth: int,
) -> None:
    """Follow ``links`` from one response; recurse into the links of what they return (deletes last).

    ``seen`` is (followed, found on an empty page) as ``operationId.linkName``."""
    followed, unreachable = seen
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
        if f"{source_id}.{name}" in NOT_FOLLOWED.get(target.vendor, {}):
            continue
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
            unreachable.add(f"{source_id}.{name}")  # e.g. "$response.body#/data/0/id" on an empty page
            continue
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
        if next_links and depth >= 2:
            # Past the depth limit only what closes the new resource (a transaction's commit): left open,
            # it would refuse the next walk that begins one with the same example id.
            next_links = {n: lk for n, lk in next_links.items() if lk["operationId"].startswith(CLOSING)}
        if next_links and depth < 3:
            later.append((operation, linked_case, linked, next_links))
    # Siblings first, then what they link to: a nested write must not outdate a sibling's view.
    for operation, linked_case, linked, next_links in later:
        _follow(target, examples, operation, linked_case, linked, next_links, seen, deferred, depth + 1)


def _json(response: Any) -> Any:
    """The JSON body, or None for an empty or non-JSON one (a binary download)."""
    if not response.content or "json" not in response.headers.get("content-type", ""):
        return None
    return response.json()


def _send(target: ContractTarget, case: Any, label: str, followed: set[str], key: str) -> Any:
    outcome = run_case(target, case)
    assert outcome.response.status_code < 400, (
        f"link {label} answered {outcome.response.status_code}: {outcome.response.text[:300]}"
    )
    followed.add(key)
    return outcome


def test_live_owned_values_are_sent_with_the_spec_type() -> None:
    """MAKE_TEAM_ID is a string in the environment; Make answers 400 to ``"teamId": "123"`` in a body."""
    target = ContractTarget("make", "http://127.0.0.1:9", "token", live=True, owned={"teamId": "123"})
    examples = Examples(target, dict(target.owned))
    created = examples.case(target.operation("createDataStore"), path={}, query={})
    assert created.body["teamId"] == 123 and isinstance(created.body["teamId"], int)
    listed = examples.case(target.operation("listDataStores"), path={}, query={})
    assert listed.query["teamId"] == 123 and isinstance(listed.query["teamId"], int)
    rollup = ContractTarget("rollup", "http://127.0.0.1:9", "token", live=True, owned={"workspaceId": "ws-1"})
    sinks = Examples(rollup, dict(rollup.owned)).case(rollup.operation("createDataSink"), path={}, query={})
    assert sinks.path_parameters["workspaceId"] == "ws-1"
