"""The resource-oriented clients (``client.data_stores.create(...)``) and what the runtime adds beneath them:
connection errors, lenient enums, logged and bounded retries, vendor text in error messages.

No network except one closed loopback port: clients talk to an ``httpx.MockTransport`` and sleep on a fake
clock (``FakeTime``), so retry waits are recorded, never slept.
"""

from __future__ import annotations

import asyncio
import copy
import importlib
import json
import logging
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import charon_client
import httpx
import make_client
import pytest
import qlik_client
from charon_client.models import ErrorResponse
from make_client import errors as make_errors
from make_client.models import CreateDataStoreRequest, DataStoreColumn, DataStoreRecordData
from openapi_python_client.strings import ClassName, PythonIdentifier
from qlik_client import errors as qlik_errors

from codegen import client_facts, client_naming, client_resources, generate
from tests.unit.client_runtime_support import MAKE_URL, QLIK_URL, STORE, FakeTime, Server, make_api, qlik_api

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


def async_make(server: Server, fake: FakeTime) -> make_client.AsyncClient:
    client = make_client.AsyncClient(
        base_url=MAKE_URL, token="t", sleep=fake.sleep, async_sleep=fake.async_sleep, clock=fake.clock
    )
    client.set_async_httpx_client(httpx.AsyncClient(transport=httpx.MockTransport(server), base_url=MAKE_URL))
    return client


def sent_json(request: httpx.Request) -> Any:
    return json.loads(request.content)


# -- naming rule ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "nouns", "name"),
    [
        ("listDataStoreRecords", [["data", "store", "records"], ["records"]], "list"),
        ("createDataStoreRecord", [["data", "store", "records"], ["records"]], "create"),
        ("deleteDataStores", [["data", "stores"]], "delete_many"),  # bulk: not the single delete
        ("deleteDataStore", [["data", "stores"]], "delete"),
        ("addDataSinkEntries", [["data", "sink", "entries"], ["entries"]], "add_many"),
        ("getAllProjects", [["project"]], "get_all"),
        ("getProcessResultRaw", [["processes"]], "get_result_raw"),
        ("getCapabilities", [["data", "source", "capabilities"], ["capabilities"]], "get"),
        ("generateSourceCode", [["data", "source"]], "generate_source_code"),  # not the full noun
        ("import", [["data", "source"]], "import_"),
    ],
)
def test_method_names_drop_the_resource_noun(operation: str, nouns: list[list[str]], name: str) -> None:
    assert client_naming.method_name(operation, nouns) == name


def _resources(vendor: str) -> dict[str, client_resources.Resource]:
    spec = generate.prepared_spec(vendor)
    facts = client_facts.read_facts(vendor, spec)
    project = client_resources.load_project(spec, facts, generate.TEMPLATES)
    return client_resources.build_resources(project, facts)


def test_every_operation_of_every_spec_gets_one_method() -> None:
    for vendor in generate.vendors():
        spec = generate.prepared_spec(vendor)
        operations = {str(op["operationId"]) for op in client_facts._operations(spec)}
        methods = [m for r in _resources(vendor).values() for m in r.methods]
        assert len(methods) == len(operations), vendor
    charon = _resources("charon")
    # 111 operations in the spec; the overlay removes the WebSocket one (subscribeOnNotifications).
    assert sum(len(r.methods) for r in charon.values()) == 110
    assert charon["data_source_capabilities"].parent == "data_source"


def test_nested_resources_follow_the_tag_names() -> None:
    make = _resources("make")
    assert make["data_store_records"].parent == "data_stores"
    assert make["data_store_records"].attr == "records"
    assert [m.name for m in make["data_stores"].methods] == [
        "create",
        "delete",
        "delete_many",
        "get",
        "list",
        "update",
    ]


def test_a_name_collision_is_a_generation_error() -> None:
    resources = _resources("make")
    stores = resources["data_stores"]
    stores.methods[1].name = stores.methods[0].name
    with pytest.raises(client_facts.FactsError, match="collides with operation"):
        client_resources._check_collisions(stores)


# -- resource methods ----------------------------------------------------------------------------------------


def test_create_takes_body_fields_as_keywords_or_a_body_model(fake: FakeTime) -> None:
    server = Server(httpx.Response(200, json={"dataStore": STORE}))
    client = make_api(server, fake)

    by_fields = client.data_stores.create(name="Customers", team_id=1, max_size_mb=1)
    by_model = client.data_stores.create(
        body=CreateDataStoreRequest(name="Customers", team_id=1, max_size_mb=1)
    )

    assert by_fields.data_store.id == by_model.data_store.id == 7
    assert sent_json(server.requests[0]) == sent_json(server.requests[1])
    assert sent_json(server.requests[0]) == {"name": "Customers", "teamId": 1, "maxSizeMB": 1}
    assert server.requests[0].url.path == "/api/v2/data-stores"


def test_a_missing_required_field_names_it(fake: FakeTime) -> None:
    client = make_api(Server(httpx.Response(200, json={"dataStore": STORE})), fake)
    with pytest.raises(TypeError, match="max_size_mb"):
        # mypy --strict rejects this call (the overloads need max_size_mb or body=); at run time: TypeError.
        create: Any = client.data_stores.create
        create(name="Customers", team_id=1)


def test_nested_resource_and_per_call_options_reach_the_wire(fake: FakeTime) -> None:
    record = {"key": "k1", "data": {"a": 1}}
    server = Server(httpx.Response(200, json=record))
    client = make_api(server, fake)

    created = client.data_stores.records.create(
        7,
        data=DataStoreRecordData.from_dict({"a": 1}),
        key="k1",
        extra_headers={"X-Trace": "t1"},
        extra_query={"debug": "1"},
        timeout=3.0,
    )

    assert created.key == "k1"
    request = server.requests[0]
    assert request.url.path == "/api/v2/data-stores/7/data"
    assert request.url.params["debug"] == "1"
    assert request.headers["x-trace"] == "t1"
    assert request.headers["authorization"] == "Token t"
    assert request.extensions["timeout"]["read"] == 3.0


def test_with_raw_response_returns_the_whole_response_even_for_errors(fake: FakeTime) -> None:
    body = {"message": "Not found", "code": "SC404", "detail": "Data store 7 not found."}
    client = make_api(Server(httpx.Response(404, json=body, headers={"x-k": "v"})), fake)

    raw = client.data_stores.with_raw_response.get(7)

    assert raw.status_code == 404
    assert raw.headers["x-k"] == "v"
    with pytest.raises(make_errors.NotFoundError, match="Data store 7 not found"):
        client.data_stores.get(7)


def test_list_all_pages_lazily(fake: FakeTime) -> None:
    records = [{"key": f"k{i}", "data": {}} for i in range(5)]

    def page(offset: int) -> httpx.Response:
        pg = {"limit": 2, "offset": offset}
        body = {"records": records[offset : offset + 2], "spec": [], "strict": False, "count": 5, "pg": pg}
        return httpx.Response(200, json=body)

    pages = [page(0), page(2), page(4)]
    server = Server(*pages)
    items = make_api(server, fake).data_stores.records.list_all(7, page_size=2)

    assert server.requests == []  # nothing is fetched before iteration
    assert next(items).key == "k0"
    assert len(server.requests) == 1
    assert [r.key for r in items] == ["k1", "k2", "k3", "k4"]
    assert [r.url.params["pg[offset]"] for r in server.requests] == ["0", "2", "4"]


def test_async_client_has_the_same_resources(fake: FakeTime) -> None:
    server = Server(httpx.Response(200, json={"dataStore": STORE}))

    async def scenario() -> int:
        aclient = async_make(server, fake)
        got = await aclient.data_stores.get(7)
        raw = await aclient.data_stores.with_raw_response.get(7)
        assert raw.status_code == 200
        store_id: int = got.data_store.id
        return store_id

    assert asyncio.run(scenario()) == 7
    assert [r.url.path for r in server.requests] == ["/api/v2/data-stores/7"] * 2


# -- errors --------------------------------------------------------------------------------------------------


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port  # closed again: a connection is refused


def test_a_closed_port_raises_api_connection_error_after_the_retries(fake: FakeTime) -> None:
    client = make_client.Client(
        f"http://127.0.0.1:{closed_port()}/api/v2", token="t", sleep=fake.sleep, clock=fake.clock
    )

    with pytest.raises(make_errors.APIConnectionError) as caught:
        client.data_stores.get(7)

    assert isinstance(caught.value, make_errors.ApiError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert caught.value.request is not None and caught.value.request.url.path == "/api/v2/data-stores/7"
    assert len(fake.sleeps) == 2  # the default two retries happened first


def test_a_timeout_raises_api_timeout_error(fake: FakeTime) -> None:
    client = make_api(Server(httpx.ReadTimeout("slow")), fake, max_retries=0)
    with pytest.raises(make_errors.APITimeoutError, match="timed out"):
        client.data_stores.get(7)


def test_make_message_carries_detail_and_every_suberror(fake: FakeTime) -> None:
    body = {
        "message": "Validation failed",
        "code": "SC400",
        "detail": "teamId validation failed",
        "suberrors": [{"message": "teamId must be an integer"}, {"message": "name is required"}],
    }
    client = make_api(Server(httpx.Response(400, json=body)), fake)

    with pytest.raises(make_errors.BadRequestError) as caught:
        client.data_stores.list(team_id=1)

    assert caught.value.message == "teamId validation failed; teamId must be an integer; name is required"
    assert str(caught.value).startswith("400: teamId validation failed")


def test_qlik_message_lists_every_error(fake: FakeTime) -> None:
    errors = [
        {"code": "HTTP-400", "title": "Bad", "detail": "limit too large", "status": "400"},
        {"code": "HTTP-400", "title": "Bad", "detail": "sort unknown", "status": "400"},
    ]
    client = qlik_api(Server(httpx.Response(400, json={"errors": errors, "traceId": "tr"})), fake)

    with pytest.raises(qlik_errors.BadRequestError) as caught:
        client.data_stores.list()

    assert caught.value.message == "limit too large; sort unknown"
    assert caught.value.request_id == "tr"


# -- lenient enums -------------------------------------------------------------------------------------------


def qlik_data_sets_example() -> dict[str, Any]:
    spec = json.loads((ROOT / "generated" / "qlik" / "openapi.json").read_text())
    path = spec["paths"]["/data-stores/{data-store-ids}/data-assets/{data-asset-ids}/data-sets"]
    example: dict[str, Any] = path["get"]["responses"]["200"]["content"]["application/json"]["example"]
    return copy.deepcopy(example)


def test_an_enum_value_the_spec_lacks_parses_and_warns_once(
    fake: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    body = qlik_data_sets_example()
    field = body["data"][0]["schema"]["dataFields"][0]
    field["dataType"]["type"] = "VECTOR_OF_THE_FUTURE"
    server = Server(httpx.Response(200, json=body))
    client = qlik_api(server, fake)

    with caplog.at_level(logging.WARNING, logger="qlik_client"):
        first = client.data_sets.list(["s1"], ["a1"])
        client.data_sets.list(["s1"], ["a1"])

    parsed_type: Any = first.data[0].schema.data_fields[0].data_type.type_
    assert parsed_type == "VECTOR_OF_THE_FUTURE"
    assert isinstance(parsed_type, str)
    assert type(parsed_type).__name__ == "FieldDataTypeName"
    assert getattr(parsed_type, "value") == "VECTOR_OF_THE_FUTURE"  # noqa: B009 - str-narrowed for mypy
    warnings = [r for r in caplog.records if "VECTOR_OF_THE_FUTURE" in r.getMessage()]
    assert len(warnings) == 1 and warnings[0].levelno == logging.WARNING
    assert first.to_dict()["data"][0]["schema"]["dataFields"][0]["dataType"]["type"] == "VECTOR_OF_THE_FUTURE"


def test_enum_members_have_readable_names_and_keep_the_old_ones() -> None:
    assert DataStoreColumn.MAX_SIZE.value == "maxSize"
    assert DataStoreColumn.MAXSIZE is DataStoreColumn.MAX_SIZE
    assert [m.name for m in DataStoreColumn][:3] == ["DATASTRUCTURE_ID", "ID", "MAX_SIZE"]


# -- retries: logged and bounded -----------------------------------------------------------------------------


def test_one_429_with_retry_after_logs_one_info_line_and_succeeds(
    fake: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    server = Server(
        httpx.Response(429, json={"message": "Too many", "code": "SC429"}, headers={"Retry-After": "1"}),
        httpx.Response(200, json={"dataStore": STORE}),
    )
    client = make_api(server, fake)

    with caplog.at_level(logging.INFO, logger="make_client"):
        store = client.data_stores.get(7)

    assert store.data_store.id == 7
    assert fake.sleeps == [1.0]
    lines = [r for r in caplog.records if r.name == "make_client"]
    assert len(lines) == 1
    assert lines[0].levelno == logging.INFO
    message = lines[0].getMessage()
    assert "Retrying GET /data-stores/7 in 1.00 s" in message
    assert "429" in message and "Retry-After: 1" in message


def test_a_retry_after_beyond_the_budget_fails_fast(fake: FakeTime, caplog: pytest.LogCaptureFixture) -> None:
    server = Server(
        httpx.Response(429, json={"message": "Too many", "code": "SC429"}, headers={"Retry-After": "50"})
    )
    client = make_api(server, fake)

    with caplog.at_level(logging.INFO, logger="make_client"), pytest.raises(make_errors.RateLimitError):
        client.data_stores.get(7, max_retry_seconds=10)

    assert fake.sleeps == []
    assert len(server.requests) == 1
    assert any("retry budget" in r.getMessage() for r in caplog.records)


def test_the_time_budget_counts_every_wait_of_a_call(fake: FakeTime) -> None:
    server = Server(httpx.Response(503, headers={"Retry-After": "4"}))
    policy = make_client.RetryPolicy(max_retries=10, max_retry_seconds=10)
    client = make_api(server, fake, retry_policy=policy)

    with pytest.raises(make_errors.InternalServerError):
        client.data_stores.get(7)

    assert fake.sleeps == [4.0, 4.0]  # a third wait would end at 12 s > 10 s
    assert len(server.requests) == 3


def test_debug_log_shows_requests_and_responses_without_the_credential(
    fake: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    client = make_api(Server(httpx.Response(200, json={"dataStore": STORE})), fake)
    client.token = "secret-token"
    client._auth = client._make_auth()

    with caplog.at_level(logging.DEBUG, logger="make_client"):
        client.data_stores.get(7)

    text = "\n".join(r.getMessage() for r in caplog.records if r.name == "make_client")
    assert "Request: GET https://eu1.make.test/api/v2/data-stores/7" in text
    assert "Response: GET" in text and "-> 200" in text and '"Customers"' in text
    assert "secret-token" not in text
    assert "<redacted>" in text


def test_the_environment_variable_turns_debug_logging_on() -> None:
    script = (
        "import httpx, make_client\n"
        "c = make_client.Client('https://x.test/api/v2', token='secret-token')\n"
        "c.set_httpx_client(httpx.Client(transport=httpx.MockTransport("
        f"lambda r: httpx.Response(200, json={{'dataStore': {STORE!r}}})), base_url='https://x.test/api/v2'))\n"
        "c.data_stores.get(7)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={"MAKE_CLIENT_LOG": "debug", "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "make_client DEBUG] Request: GET https://x.test/api/v2/data-stores/7" in result.stderr
    assert "secret-token" not in result.stderr


def test_qlik_client_reaches_resources_from_the_package(fake: FakeTime) -> None:
    assert QLIK_URL.startswith("https://")
    assert qlik_client.AsyncClient is not make_client.AsyncClient
    assert issubclass(qlik_client.APITimeoutError, qlik_client.APIConnectionError)
    assert issubclass(qlik_client.APIConnectionError, qlik_client.ApiError)
    assert not issubclass(qlik_client.APIConnectionError, make_client.ApiError)


# -- quieter models ------------------------------------------------------------------------------------------


def test_reprs_leave_out_unset_fields() -> None:
    model = CreateDataStoreRequest(name="Customers", team_id=1, max_size_mb=1)
    assert repr(model) == "CreateDataStoreRequest(name='Customers', team_id=1, max_size_mb=1)"
    assert repr(make_client.models.DataStoreColumns.from_dict({"id": 1, "name": "x"})) == (
        "DataStoreColumns(id=1, name='x')"
    )
    extra = make_client.models.DataStoreColumns.from_dict({"id": 1, "future": True})
    assert repr(extra) == "DataStoreColumns(id=1, additional_properties={'future': True})"


@pytest.mark.parametrize("vendor", ["make", "qlik", "rollup", "charon"])
def test_fields_the_spec_requires_are_typed_without_unset(vendor: str) -> None:
    spec = json.loads((ROOT / "generated" / vendor / "openapi.json").read_text())
    models = importlib.import_module(f"{vendor}_client.models")
    checked = 0
    for name, schema in spec["components"]["schemas"].items():
        cls = getattr(models, str(ClassName(name, "")), None)
        if cls is None or not attrs.has(cls) or not schema.get("required"):
            continue
        fields = {f.name: f for f in attrs.fields(cls)}
        for prop in schema["required"]:
            field = fields[str(PythonIdentifier(prop, prefix="field_"))]
            assert "Unset" not in str(field.type), f"{vendor} {name}.{prop}: {field.type}"
            checked += 1
    assert checked > 0


@pytest.mark.parametrize("vendor", ["make", "qlik", "rollup", "charon"])
def test_the_api_map_lists_every_operation_with_its_signature(vendor: str) -> None:
    api_map = (ROOT / "generated" / vendor / "api.md").read_text()
    resources = _resources(vendor)
    for resource in resources.values():
        assert f"`{resource.class_name}`" in api_map or f".{resource.class_name}`" in api_map
        for method in resource.methods:
            http = f"`{method.endpoint.method.upper()} {method.endpoint.path.get_untrusted_value()}`"
            assert f"| `{method.name}` | {http} |" in api_map, (vendor, method.name)
            assert f".{method.name}(" in api_map and f") -> {method.success_type}\n" in api_map


def test_charon_message_is_every_error_of_the_envelope(fake: FakeTime) -> None:
    errors = [
        {"code": "resourceNotFound", "message": "User 'u1' was not found."},
        {"code": "resourceNotFound", "message": "Its workspace is gone too."},
    ]
    server = Server(httpx.Response(404, json={"errors": errors}))
    client = charon_client.Client("https://charon.test/api/v1", token="t", sleep=fake.sleep, clock=fake.clock)
    client.set_httpx_client(
        httpx.Client(transport=httpx.MockTransport(server), base_url="https://charon.test/api/v1")
    )

    with pytest.raises(charon_client.NotFoundError) as caught:
        client.user.get("u1")

    assert caught.value.message == "User 'u1' was not found.; Its workspace is gone too."
    assert isinstance(caught.value.error, ErrorResponse)
    assert server.requests[0].url.path == "/api/v1/user/u1/"


@pytest.mark.parametrize("vendor", ["make", "qlik", "rollup", "charon"])
def test_importing_a_client_imports_no_model_and_no_resource(vendor: str) -> None:
    """Import time: models (366 modules for Charon) and resources load on first use, not on import."""
    script = (
        f"import sys, {vendor}_client\n"
        f"c = {vendor}_client.Client(token='t')\n"
        f"print(sorted(m for m in sys.modules if m.startswith('{vendor}_client.')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    loaded = result.stdout
    assert f"'{vendor}_client.client'" in loaded
    assert f"{vendor}_client.models" not in loaded
    assert f"{vendor}_client.resources" not in loaded
