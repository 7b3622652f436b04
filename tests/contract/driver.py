"""The contract-test driver shared by every vendor: send Schemathesis cases *through the generated client*.

For one case it:
1. turns the case's path/query/header/body values into the generated function's typed arguments (enum
   members, attrs models via ``from_dict``), using openapi-python-client's own parser to map names;
2. calls ``<op>.sync_detailed`` on a client whose httpx hooks record the wire request;
3. checks the wire request against what the case says should be sent (method, path, query, headers, body);
4. validates the response against the vendor's spec (``case.validate_response``);
5. checks the typed model: ``parsed.to_dict()`` reproduces the JSON body and survives ``from_dict``.

Nothing here knows a vendor: a ``ContractTarget`` names the spec, the client package and where to send
requests.
"""

from __future__ import annotations

import importlib
import io
import json
import os
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import httpx
import schemathesis
from openapi_python_client.parser.properties import EnumProperty, ModelProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.union import UnionProperty
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.transport.serialization import serialize_binary

from codegen.client_facts import _endpoints
from codegen.generate import ROOT, prepared_spec
from tests.contract.checks import model_mismatches, wire_mismatches
from tests.target import Target

RESPONSE_CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@dataclass
class ContractTarget(Target):
    """A target plus what the contract tests read from the vendor's spec and generated client (cached)."""

    @cached_property
    def spec_path(self) -> Path:
        return ROOT / "specs" / f"{self.vendor}.yaml"

    @cached_property
    def schema(self) -> Any:
        config = SchemathesisConfig.from_path(str(ROOT / "schemathesis.toml"))
        schema = schemathesis.openapi.from_path(self.spec_path, config=config)
        # A typed client can only express schema-valid requests: negative cases go through the CLI instead.
        schema.config.phases.stateful.generation.modes = [GenerationMode.POSITIVE]
        return schema

    @cached_property
    def pending(self) -> frozenset[str]:
        """Operations the emulator answers 501 until they are built (tests/contract/pending.py)."""
        from tests.contract.pending import pending

        return frozenset() if self.live else pending(self.vendor)

    @cached_property
    def package(self) -> ModuleType:
        return importlib.import_module(f"{self.vendor}_client")

    @cached_property
    def endpoints(self) -> dict[str, tuple[str, Any]]:
        return _endpoints(prepared_spec(self.vendor))

    @cached_property
    def modules(self) -> dict[str, ModuleType]:
        """operationId → the generated endpoint module."""
        api = importlib.import_module(f"{self.package.__name__}.api")
        found: dict[str, ModuleType] = {}
        for op_id, (tag, endpoint) in self.endpoints.items():
            from openapi_python_client.strings import PythonIdentifier

            name = f"{api.__name__}.{tag}.{PythonIdentifier(endpoint.name, prefix='field_')}"
            found[op_id] = importlib.import_module(name)
        return found

    def client_can_send(self, case: Any) -> bool:
        """Whether the typed client can express ``case``'s body: in a media type the overlay left it (it may
        remove binary bodies from the client), and not a JSON ``null`` where the client's
        ``None`` means "no body"."""
        _, endpoint = self.endpoints[case.operation.definition.raw["operationId"]]
        if not endpoint.bodies or case.body is schemathesis.core.NOT_SET:
            return True
        sendable = {str(body.content_type.get_untrusted_value()) for body in endpoint.bodies}
        return case.media_type in sendable and case.body is not None

    @cached_property
    def credential_headers(self) -> frozenset[str]:
        """Headers and query parameters that carry the credential: the client sends its own token (in its
        header), not the case's (e.g. a one-time code accepted in the query)."""
        schemes = (self.schema.raw_schema.get("components") or {}).get("securitySchemes") or {}
        names = {"authorization"}
        for scheme in schemes.values():
            if scheme.get("type") == "apiKey" and scheme.get("in") in ("header", "query"):
                names.add(str(scheme["name"]).lower())
        return frozenset(names)

    @cached_property
    def recorder(self) -> Recorder:
        return Recorder()

    @cached_property
    def generated_client(self) -> Any:
        """One client per target: building an httpx client (its TLS context) per case is slow."""
        return make_client(self, self.recorder)

    def prepared(self) -> ContractTarget:
        """This target with everything a case reads built now (each part is built once, on first use)."""
        for part in (
            "schema",
            "endpoints",
            "modules",
            "_operations",
            "credential_headers",
            "generated_client",
        ):
            getattr(self, part)
        return self

    def operations(self) -> list[Any]:
        return list(self._operations.values())

    @cached_property
    def _operations(self) -> dict[str, Any]:
        # Built once: walking a large spec's operations per lookup made the link walk quadratic.
        return {
            str(op.definition.raw.get("operationId")): op
            for op in (result.ok() for result in self.schema.get_all_operations())
        }

    def operation(self, operation_id: str) -> Any:
        return self._operations[operation_id]


class Recorder:
    """httpx event hooks that keep the last request the client put on the wire."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.responses: list[httpx.Response] = []

    def on_request(self, request: httpx.Request) -> None:
        request.read()  # a streamed (file) body becomes bytes httpx still sends, and the wire check can read
        self.requests.append(request)

    def on_response(self, response: httpx.Response) -> None:
        response.read()
        self.responses.append(response)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def make_client(target: ContractTarget, recorder: Recorder, **options: Any) -> Any:
    return target.package.Client(
        base_url=target.base_url,
        token=target.token,
        max_retries=options.pop("max_retries", 0),
        httpx_args={"event_hooks": {"request": [recorder.on_request], "response": [recorder.on_response]}},
        **options,
    )


# ----------------------------------------------------------------------------------- case → typed arguments


def to_python(prop: Any, value: Any, module: ModuleType) -> Any:
    """A JSON value as the generated function expects it for ``prop``."""
    if value is None:
        return None
    if isinstance(prop, FileProperty):
        # A raw (octet-stream) body: the client takes a File; send exactly the bytes Schemathesis would.
        return module.File(payload=io.BytesIO(serialize_binary(value)))
    if isinstance(prop, EnumProperty):
        return getattr(module, prop.class_info.name)(value)
    if isinstance(prop, ModelProperty):
        return getattr(module, prop.class_info.name).from_dict(value)
    if isinstance(prop, ListProperty):
        if isinstance(value, str):
            # Schemathesis hands ``style: simple`` path arrays over already joined.
            value = value.split(",")
        return [to_python(prop.inner_property, v, module) for v in value]
    if isinstance(prop, UnionProperty):
        errors = []
        for inner in prop.inner_properties:
            try:
                converted = to_python(inner, value, module)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                errors.append(exc)
                continue
            if _roundtrips(converted, value):
                return converted
        raise ValueError(f"no member of {prop.name} accepts {value!r}: {errors}")
    if prop.get_base_type_string().as_unembedded_code() == "datetime.datetime":
        from dateutil.parser import isoparse

        return isoparse(value)
    return value


def _roundtrips(converted: Any, value: Any) -> bool:
    to_dict = getattr(converted, "to_dict", None)
    if to_dict is None:
        return True
    try:
        return bool(to_dict() == value)
    except (TypeError, ValueError):
        return False


def call_arguments(target: ContractTarget, case: Any) -> dict[str, Any]:
    op_id = case.operation.definition.raw["operationId"]
    _, endpoint = target.endpoints[op_id]
    module = target.modules[op_id]
    args: dict[str, Any] = {}
    sources = {
        "path": case.path_parameters or {},
        "query": case.query or {},
        "header": {k.lower(): v for k, v in (case.headers or {}).items()},
    }
    for location, props in (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
    ):
        values = sources[location]
        for prop in props:
            name = prop.name.get_untrusted_value()
            key = name.lower() if location == "header" else name
            if key in values:
                args[prop.python_name] = to_python(prop, values[key], module)
    if endpoint.bodies and case.body is not schemathesis.core.NOT_SET:
        body_prop = endpoint.bodies[0].prop
        args["body"] = to_python(body_prop, case.body, module)
    return args


# ----------------------------------------------------------------------------------------------- the case


# Failures kept per operation with their reproduction: Hypothesis replays and shrinks a failing case many
# times, and the first distinct messages are what a reader needs.
KEPT_FAILURES = 3


@dataclass
class Stats:
    """Per-operation counts for the fuzz report, and the first failures with how to reproduce them."""

    cases: Counter[str] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)
    statuses: defaultdict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    examples: defaultdict[str, list[dict[str, str]]] = field(default_factory=lambda: defaultdict(list))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(
        self, op_id: str, status: int | None, failed: bool, failure: dict[str, str] | None = None
    ) -> None:
        with self.lock:
            self.cases[op_id] += 1
            if failed:
                self.failures[op_id] += 1
            if status is not None:
                self.statuses[op_id][status] += 1
            kept = self.examples[op_id]
            if (
                failure
                and len(kept) < KEPT_FAILURES
                and all(k["message"] != failure["message"] for k in kept)
            ):
                kept.append(failure)


def reproduction(
    target: ContractTarget, case: Any, module_name: str, args: Mapping[str, Any] | None
) -> dict[str, str]:
    """How to send the failing case again: as a curl line and as the client call that sent it."""
    try:
        curl = str(case.as_curl_command(headers=dict(case.headers or {})))
    except Exception as exc:  # a reproduction must never hide the failure it describes
        curl = f"(no curl line: {exc})"
    call_args = ", ".join(f"{k}={v!r}" for k, v in (args or {}).items())
    parts = urlsplit(target.base_url)
    return {
        # The schema is loaded from a file, so curl names a placeholder host: point it at the real target.
        "curl": re.sub(r"https?://[^/\s']+", f"{parts.scheme}://{parts.netloc}", curl, count=1),
        "call": f"{module_name}.sync_detailed(client=client{', ' if call_args else ''}{call_args})",
    }


STATS: dict[str, Stats] = defaultdict(Stats)


@dataclass
class Outcome:
    response: httpx.Response
    parsed: Any
    request: httpx.Request


def run_case(
    target: ContractTarget, case: Any, *, client_options: Mapping[str, Any] | None = None
) -> Outcome:
    """Send ``case`` through the generated client; raise AssertionError listing every broken contract."""
    op_id = case.operation.definition.raw["operationId"]
    if client_options:
        recorder = Recorder()
        client = make_client(target, recorder, **dict(client_options))
    else:
        recorder, client = target.recorder, target.generated_client
    recorder.requests.clear()
    recorder.responses.clear()
    status: int | None = None
    module_name = op_id
    args: dict[str, Any] | None = None
    try:
        module = target.modules[op_id]
        module_name = module.__name__
        args = call_arguments(target, case)
        detailed = module.sync_detailed(client=client, **args)
        status = int(detailed.status_code)
        request = recorder.last
        response = recorder.responses[-1]
        problems = [
            f"wire {p}" for p in wire_mismatches(case, request, target.base_url, target.credential_headers)
        ]
        checks = RESPONSE_CHECKS
        if op_id in target.pending:
            if status != 501:
                problems.append(f"{op_id} is pending (tests/contract/pending.py) but answered {status}")
            checks = [check for check in RESPONSE_CHECKS if check is not not_a_server_error]
        try:
            case.validate_response(response, checks=checks)
        except AssertionError as exc:
            problems.append(f"response does not conform to specs/{target.vendor}.yaml: {exc}")
        if 200 <= status < 300 and detailed.content and "json" in response.headers.get("content-type", ""):
            problems += [f"model {p}" for p in model_mismatches(detailed.parsed, response.json())]
        if problems:
            raise AssertionError(f"{op_id}: " + "\n".join(problems))
    except Exception as exc:
        failure = {"message": str(exc)[:2000], **reproduction(target, case, module_name, args)}
        STATS[target.vendor].record(op_id, status, True, failure)
        raise
    finally:
        if client is not target.generated_client:
            client.close()
    STATS[target.vendor].record(op_id, status, False)
    return Outcome(response, detailed.parsed, request)


def stats_file_name(vendor: str) -> str:
    """``contract-<vendor>.json``; under pytest-xdist one file per worker (``contract-<vendor>.gw0.json``),
    since each worker is its own session with its own counters, and the main job adds them up."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    return f"contract-{vendor}.{worker}.json" if worker else f"contract-{vendor}.json"


def write_stats(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for vendor, stats in STATS.items():
        data = {
            op: {
                "cases": stats.cases[op],
                "failures": stats.failures[op],
                "statuses": {str(k): v for k, v in sorted(stats.statuses[op].items())},
                "examples": stats.examples.get(op, []),
            }
            for op in sorted(stats.cases)
        }
        (directory / stats_file_name(vendor)).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
