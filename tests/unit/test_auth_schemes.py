"""Reading credentials per security-scheme kind and deciding who the caller is (emulators/core/auth.py).

Tiny hand-written schemes, no vendor: each test pins one rule of the reader or of ``authenticate`` so that
removing or inverting it fails here (these tests are the mutation session's selection for auth.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from emulators.core.auth import SchemeReader, TokenRegistry, authenticate, scheme_readers
from emulators.core.http import ApiProblem, Principal
from emulators.core.spec import compile_spec

BEARER = {"type": "http", "scheme": "bearer"}
BASIC = {"type": "http", "scheme": "basic"}
HEADER_KEY = {"type": "apiKey", "in": "header", "name": "X-Api-Key"}
PREFIXED_KEY = {"type": "apiKey", "in": "header", "name": "Authorization", "x-auth-prefix": "Token"}
QUERY_KEY = {"type": "apiKey", "in": "query", "name": "x-Authorization"}
SCHEMES: dict[str, dict[str, Any]] = {
    "bearer": BEARER,
    "basic": BASIC,
    "headerKey": HEADER_KEY,
    "prefixedKey": PREFIXED_KEY,
    "queryKey": QUERY_KEY,
}
NO_QUERY: dict[str, list[str]] = {}


def reader_for(scheme: dict[str, Any], extra: tuple[str, ...] = ()) -> SchemeReader:
    return scheme_readers({"s": scheme}, {"s": extra})["s"]


# --- scheme_readers: where each kind of scheme is read from, with which prefixes -----------------------


def test_each_scheme_kind_gets_its_location_and_prefixes() -> None:
    readers = scheme_readers(SCHEMES, {})
    assert readers == {
        "bearer": SchemeReader("bearer", "authorization", ("bearer",)),
        "basic": SchemeReader("basic", "authorization", ("basic",)),
        "headerKey": SchemeReader("headerKey", "x-api-key", ()),
        "prefixedKey": SchemeReader("prefixedKey", "authorization", ("token",)),
        # query parameter names are case-sensitive: kept as written
        "queryKey": SchemeReader("queryKey", "x-Authorization", (), in_query=True),
    }


def test_http_scheme_without_a_scheme_name_defaults_to_bearer_and_x_auth_prefix_wins() -> None:
    assert reader_for({"type": "http"}).prefixes == ("bearer",)
    assert reader_for({"type": "http", "scheme": "bearer", "x-auth-prefix": "JWT"}).prefixes == ("jwt",)


@pytest.mark.parametrize(
    "scheme",
    [
        {"type": "oauth2", "flows": {}},
        {"type": "openIdConnect", "openIdConnectUrl": "https://x"},
        {"type": "apiKey", "in": "cookie", "name": "session"},
        {"type": "mutualTLS"},
    ],
)
def test_schemes_the_emulator_cannot_read_get_no_reader(scheme: dict[str, Any]) -> None:
    assert scheme_readers({"s": scheme}, {}) == {}


def test_extra_prefixes_are_case_insensitive_and_added_after_the_specs_own() -> None:
    # Make: "Token <t>" from the spec, plus OAuth's "Bearer <t>" declared by the vendor module
    reader = reader_for(PREFIXED_KEY, ("Bearer",))
    assert reader.prefixes == ("token", "bearer")
    assert reader.read({"authorization": "bearer abc"}) == "abc"
    assert reader.read({"authorization": "Token abc"}) == "abc"
    assert reader_for(BEARER, ("Basic",)).prefixes == ("bearer", "basic")


def test_extra_prefixes_apply_to_their_scheme_only() -> None:
    readers = scheme_readers({"a": BEARER, "b": BEARER}, {"a": ("Basic",)})
    assert readers["a"].prefixes == ("bearer", "basic")
    assert readers["b"].prefixes == ("bearer",)


def test_header_api_key_with_extra_prefixes_only_accepts_those_forms() -> None:
    reader = reader_for(HEADER_KEY, ("Key",))
    assert reader.prefixes == ("key",)
    assert reader.read({"x-api-key": "Key abc"}) == "abc"
    assert reader.read({"x-api-key": "abc"}) is None


# --- SchemeReader.read / present -----------------------------------------------------------------------


def test_bare_header_value_is_the_credential_stripped() -> None:
    reader = reader_for(HEADER_KEY)
    assert reader.read({"x-api-key": "  abc  "}) == "abc"
    assert reader.read({"x-api-key": "Bearer abc"}) == "Bearer abc"  # no prefix: the whole value
    assert reader.read({"x-api-key": "   "}) is None
    assert reader.read({"x-api-key": ""}) is None
    assert reader.read({"authorization": "abc"}) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Bearer abc", "abc"),
        ("bearer abc", "abc"),  # the scheme word is case-insensitive (RFC 7235)...
        ("BEARER abc", "abc"),
        ("Bearer AbC", "AbC"),  # ... the credential is not
        ("  Bearer   abc  ", "abc"),
        ("Bearer  abc", "abc"),
        ("Bearer abc def", "abc def"),
        ("Bearer", None),
        ("Bearer ", None),
        ("Bearer    ", None),
        ("Basic abc", None),
        ("Bearerabc", None),
        ("abc", None),
        ("", None),
    ],
)
def test_prefixed_header_forms(value: str, expected: str | None) -> None:
    assert reader_for(BEARER).read({"authorization": value}) == expected


def test_missing_header_reads_as_none() -> None:
    assert reader_for(BEARER).read({}) is None
    assert reader_for(BEARER).read({}, {"authorization": ["Bearer abc"]}) is None


def test_query_key_reads_the_last_value_stripped_and_ignores_headers() -> None:
    reader = reader_for(QUERY_KEY)
    assert reader.read({}, {"x-Authorization": ["first", " last "]}) == "last"
    assert reader.read({}, {"x-Authorization": ["one"]}) == "one"
    assert reader.read({}, {"x-Authorization": ["  "]}) is None
    assert reader.read({}, {"x-Authorization": []}) is None
    assert reader.read({}, {"x-authorization": ["one"]}) is None
    assert reader.read({"x-Authorization": "one", "x-authorization": "one"}, {}) is None
    assert reader.read({"x-Authorization": "one"}) is None  # no query at all


def test_present_looks_where_the_scheme_says() -> None:
    header, query = reader_for(HEADER_KEY), reader_for(QUERY_KEY)
    assert header.present({"x-api-key": ""}, NO_QUERY)
    assert not header.present({}, {"x-api-key": ["abc"]})
    assert query.present({}, {"x-Authorization": [""]})
    assert not query.present({"x-Authorization": "abc"}, NO_QUERY)


# --- TokenRegistry -------------------------------------------------------------------------------------


def test_registry_parse_tokens_and_scopes() -> None:
    registry = TokenRegistry.parse(["full", "reader:things:read", "two:a,,b", "none:"])
    assert registry.tokens == {
        "full": None,
        "reader": frozenset({"things:read"}),
        "two": frozenset({"a", "b"}),
        "none": frozenset(),
    }
    assert registry.principal("full") == Principal("full", None)
    assert registry.principal("reader") == Principal("reader", frozenset({"things:read"}))
    assert registry.principal("other") is None
    assert registry.principal("Full") is None


def test_registry_without_tokens_accepts_any_credential_with_every_scope() -> None:
    for registry in (TokenRegistry(), TokenRegistry({}), TokenRegistry.parse([])):
        assert registry.tokens is None
        assert registry.principal("anything") == Principal("anything", None)


def test_registry_refuses_an_empty_token() -> None:
    with pytest.raises(ValueError, match=r"^empty token in ':scope'$"):
        TokenRegistry.parse(["ok", ":scope"])


# --- authenticate --------------------------------------------------------------------------------------

READERS = scheme_readers(SCHEMES, {})
REGISTRY = TokenRegistry.parse(["good", "reader:r", "writer:r,w"])


def auth(
    requirements: tuple[dict[str, list[str]], ...],
    headers: dict[str, str] | None = None,
    query: dict[str, list[str]] | None = None,
    **kwargs: Any,
) -> Principal | None:
    return authenticate(requirements, READERS, REGISTRY, headers or {}, query, **kwargs)


def problem(
    requirements: tuple[dict[str, list[str]], ...],
    headers: dict[str, str] | None = None,
    query: dict[str, list[str]] | None = None,
) -> tuple[int, str, str | None]:
    with pytest.raises(ApiProblem) as caught:
        auth(requirements, headers, query)
    return caught.value.status, caught.value.message, caught.value.code


def test_no_requirement_or_an_empty_alternative_is_anonymous() -> None:
    assert auth(()) is None
    assert auth(({},)) is None
    assert auth(({"bearer": []}, {})) is None  # "security: [{bearer: []}, {}]": the credential is optional
    assert auth(({"bearer": []}, {}), {"authorization": "Bearer nope"}) is None


def test_missing_credential_is_401_missing() -> None:
    assert problem(({"bearer": []},)) == (401, "Missing credentials", "unauthorized")
    assert problem(({"queryKey": []},)) == (401, "Missing credentials", "unauthorized")


@pytest.mark.parametrize(
    ("headers", "query"),
    [
        ({"authorization": "Bearer nope"}, None),  # read, not accepted
        ({"authorization": "Basic good"}, None),  # the header is there in the wrong form
        ({"authorization": "Bearer "}, None),  # the header is there, empty
        ({}, {"x-Authorization": [""]}),
    ],
)
def test_a_presented_but_unusable_credential_is_401_invalid(
    headers: dict[str, str], query: dict[str, list[str]] | None
) -> None:
    assert problem(({"bearer": []}, {"queryKey": []}), headers, query) == (
        401,
        "Invalid credentials",
        "unauthorized",
    )


def test_accepted_credential_gives_its_principal() -> None:
    assert auth(({"bearer": []},), {"authorization": "Bearer good"}) == Principal("good", None)
    assert auth(({"queryKey": []},), query={"x-Authorization": ["reader"]}) == Principal(
        "reader", frozenset({"r"})
    )


def test_alternatives_are_tried_in_order_until_one_accepts() -> None:
    requirements: tuple[dict[str, list[str]], ...] = ({"headerKey": []}, {"bearer": []}, {"queryKey": []})
    assert auth(requirements, {"authorization": "Bearer good"}) == Principal("good", None)
    both = auth(requirements, {"x-api-key": "reader", "authorization": "Bearer good"})
    assert both == Principal("reader", frozenset({"r"}))
    invalid_first = auth(requirements, {"x-api-key": "nope"}, {"x-Authorization": ["good"]})
    assert invalid_first == Principal("good", None)


def test_scopes_are_checked_against_the_tokens_scopes() -> None:
    assert auth(({"bearer": ["r"]},), {"authorization": "Bearer reader"}) == Principal(
        "reader", frozenset({"r"})
    )
    assert (
        auth(({"bearer": ["r", "w"]},), {"authorization": "Bearer writer"}) is not None
    )  # exactly its scopes
    assert auth(({"bearer": ["w"]},), {"authorization": "Bearer good"}) == Principal("good", None)
    assert problem(({"bearer": ["w", "r", "a"]},), {"authorization": "Bearer reader"}) == (
        403,
        "The token is missing the scope(s): a, w",
        "forbidden",
    )


def test_a_missing_scope_is_403_even_when_another_alternative_is_invalid() -> None:
    requirements: tuple[dict[str, list[str]], ...] = ({"bearer": ["w"]}, {"headerKey": []})
    headers = {"authorization": "Bearer reader", "x-api-key": "nope"}
    assert problem(requirements, headers)[0] == 403
    # ... but a later alternative that accepts wins over the missing scope
    assert auth(requirements, {**headers, "x-api-key": "good"}) == Principal("good", None)


def test_every_scheme_of_one_requirement_must_accept() -> None:
    both: tuple[dict[str, list[str]], ...] = ({"headerKey": [], "bearer": []},)
    assert problem(both, {"x-api-key": "good"})[:2] == (401, "Invalid credentials")
    assert problem(both, {"authorization": "Bearer good"})[0] == 401
    assert problem(both, {"x-api-key": "good", "authorization": "Bearer nope"})[0] == 401
    accepted = auth(both, {"x-api-key": "reader", "authorization": "Bearer good"})
    assert accepted == Principal("reader", frozenset({"r"}))  # the first scheme names the caller
    assert (
        problem(
            ({"headerKey": [], "bearer": ["w"]},), {"x-api-key": "good", "authorization": "Bearer reader"}
        )[0]
        == 403
    )


def test_a_scheme_without_a_reader_never_accepts() -> None:
    assert problem(({"oauth": []},), {"authorization": "Bearer good"})[:2] == (401, "Missing credentials")


def test_a_vendor_resolver_decides_instead_of_the_registry() -> None:
    seen: list[tuple[str, str]] = []

    def resolve(scheme: str, credential: str) -> Principal | None:
        seen.append((scheme, credential))
        return Principal(credential, frozenset({"r"}), subject="user-1") if credential == "issued" else None

    found = auth(({"bearer": ["r"]},), {"authorization": "Bearer issued"}, resolve=resolve)
    assert found == Principal("issued", frozenset({"r"}), subject="user-1")
    assert seen == [("bearer", "issued")]
    with pytest.raises(ApiProblem) as caught:
        auth(({"bearer": []},), {"authorization": "Bearer good"}, resolve=resolve)  # registry's token
    assert (caught.value.status, caught.value.message) == (401, "Invalid credentials")


def test_operation_security_overrides_the_global_one_and_an_empty_list_opens_it() -> None:
    spec = compile_spec(
        {
            "openapi": "3.1.0",
            "info": {"title": "toy", "version": "1"},
            "security": [{"bearer": []}],
            "components": {"securitySchemes": {"bearer": BEARER, "queryKey": QUERY_KEY}},
            "paths": {
                "/a": {
                    "get": {"operationId": "inherits", "responses": {"200": {"description": "ok"}}},
                    "post": {
                        "operationId": "overrides",
                        "security": [{"queryKey": ["w"]}],
                        "responses": {"200": {"description": "ok"}},
                    },
                    "put": {
                        "operationId": "open",
                        "security": [],
                        "responses": {"200": {"description": "ok"}},
                    },
                }
            },
        }
    )
    operations = {op.operation_id: op for op in spec.operations.values()}
    readers = scheme_readers(spec.security_schemes, {})
    bearer, query = {"authorization": "Bearer writer"}, {"x-Authorization": ["writer"]}
    inherits, overrides, open_ = (operations[name].security for name in ("inherits", "overrides", "open"))
    assert authenticate(inherits, readers, REGISTRY, bearer) == Principal("writer", frozenset({"r", "w"}))
    with pytest.raises(ApiProblem):
        authenticate(inherits, readers, REGISTRY, {}, query)
    assert authenticate(overrides, readers, REGISTRY, {}, query) == Principal("writer", frozenset({"r", "w"}))
    with pytest.raises(ApiProblem):
        authenticate(overrides, readers, REGISTRY, bearer, {})
    assert authenticate(open_, readers, REGISTRY, {}) is None
