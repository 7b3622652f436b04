"""Credentials: read from where the spec's security scheme says, checked against the configured tokens."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from emulators.core.http import ApiProblem, Principal


@dataclass(frozen=True, slots=True)
class SchemeReader:
    """Extracts the credential of one security scheme from request headers (or the query string)."""

    name: str
    header: str  # lower-case header name, or the query parameter name when ``in_query``
    prefixes: tuple[str, ...]  # accepted "<prefix> <token>" forms; () = the bare value
    in_query: bool = False

    def present(self, headers: Mapping[str, str], query: Mapping[str, list[str]]) -> bool:
        return self.header in (query if self.in_query else headers)

    def read(self, headers: Mapping[str, str], query: Mapping[str, list[str]] | None = None) -> str | None:
        if self.in_query:
            values = (query or {}).get(self.header)
            return values[-1].strip() or None if values else None
        value = headers.get(self.header)
        if value is None:
            return None
        value = value.strip()
        if not self.prefixes:
            return value or None
        scheme, _, token = value.partition(" ")
        if scheme.lower() in self.prefixes and token.strip():
            return token.strip()
        return None


def scheme_readers(
    schemes: Mapping[str, Mapping[str, Any]], extra_prefixes: Mapping[str, Iterable[str]]
) -> dict[str, SchemeReader]:
    readers: dict[str, SchemeReader] = {}
    for name, scheme in schemes.items():
        extra = tuple(p.lower() for p in extra_prefixes.get(name, ()))
        if scheme.get("type") == "http":
            prefix = str(scheme.get("x-auth-prefix", scheme.get("scheme", "bearer"))).lower()
            readers[name] = SchemeReader(name, "authorization", (prefix, *extra))
        elif scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            prefix = str(scheme.get("x-auth-prefix", "")).lower()
            readers[name] = SchemeReader(
                name, str(scheme["name"]).lower(), (prefix, *extra) if prefix else extra
            )
        elif scheme.get("type") == "apiKey" and scheme.get("in") == "query":
            readers[name] = SchemeReader(name, str(scheme["name"]), (), in_query=True)
    return readers


class TokenRegistry:
    """Which tokens are accepted and with which scopes.

    With no tokens configured, any non-empty credential is accepted with every scope (handy for local
    work); with ``--token`` given, only those, each optionally limited to scopes (``TOKEN:scope,scope``).
    """

    def __init__(self, tokens: Mapping[str, frozenset[str] | None] | None = None) -> None:
        self.tokens = dict(tokens) if tokens else None

    @classmethod
    def parse(cls, specs: Iterable[str]) -> TokenRegistry:
        tokens: dict[str, frozenset[str] | None] = {}
        for spec in specs:
            token, sep, scopes = spec.partition(":")
            if not token:
                raise ValueError(f"empty token in {spec!r}")
            tokens[token] = frozenset(s for s in scopes.split(",") if s) if sep else None
        return cls(tokens or None)

    def principal(self, token: str) -> Principal | None:
        if self.tokens is None:
            return Principal(token, None)
        if token not in self.tokens:
            return None
        return Principal(token, self.tokens[token])


#: Turns a credential read for a scheme into the caller, or None when it is not accepted.
Resolver = Callable[[str, str], Principal | None]


def authenticate(
    requirements: tuple[dict[str, list[str]], ...],
    readers: Mapping[str, SchemeReader],
    registry: TokenRegistry,
    headers: Mapping[str, str],
    query: Mapping[str, list[str]] | None = None,
    resolve: Resolver | None = None,
) -> Principal | None:
    """The caller for an operation, or ``ApiProblem`` 401 (no/invalid credential) / 403 (missing scope).

    ``resolve(scheme, credential)`` lets a vendor accept credentials it issued itself (access tokens,
    one-time codes); by default the registry decides.
    """
    if not requirements or any(not requirement for requirement in requirements):
        return None
    missing_scope: list[str] | None = None
    presented = False
    for requirement in requirements:
        # A requirement object needs every scheme it names (OpenAPI); the first one names the caller.
        callers: list[Principal] = []
        for scheme, scopes in requirement.items():
            reader = readers.get(scheme)
            token = reader.read(headers, query) if reader else None
            if token is None:
                if reader is not None and reader.present(headers, query or {}):
                    presented = True
                break
            presented = True
            principal = resolve(scheme, token) if resolve else registry.principal(token)
            if principal is None:
                break
            if principal.scopes is not None and not set(scopes) <= principal.scopes:
                missing_scope = sorted(set(scopes) - principal.scopes)
                break
            callers.append(principal)
        else:
            return callers[0]
    if missing_scope is not None:
        raise ApiProblem(
            403, f"The token is missing the scope(s): {', '.join(missing_scope)}", code="forbidden"
        )
    message = "Invalid credentials" if presented else "Missing credentials"
    raise ApiProblem(401, message, code="unauthorized")
