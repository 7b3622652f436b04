"""The one reader of security schemes: where a credential goes, under which name, with which prefixes.

``http`` schemes travel in ``Authorization`` with their scheme name (``Bearer``, ``Basic``) as prefix;
``apiKey`` schemes in the header, query parameter or cookie they name, bare. The extension
``x-auth-prefix`` sets the prefix a vendor expects where the type does not imply one (Make's
``Authorization: Token …``); ``x-auth-prefixes`` lists further prefixes a server also accepts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi_toolkit.walk import operations


@dataclass(frozen=True)
class SecurityScheme:
    name: str  # the key under components/securitySchemes
    type: str  # http | apiKey | oauth2 | openIdConnect | mutualTLS
    location: str  # header | query | cookie | "" (not carried in a request field)
    field: str  # the header, query parameter or cookie name ("Authorization" for http)
    prefix: str  # what precedes the credential, e.g. "Bearer"; "" for a bare value
    also_accepted: tuple[str, ...] = ()  # further prefixes a server accepts

    @property
    def prefixes(self) -> tuple[str, ...]:
        """Every accepted prefix, the canonical one first; () means the bare value."""
        return tuple(p for p in (self.prefix, *self.also_accepted) if p)

    def value(self, credential: str) -> str:
        """The field's value that carries ``credential``."""
        return f"{self.prefix} {credential}" if self.prefix else credential

    def header_line(self, credential: str) -> str:
        """``Name: value`` for a header-borne scheme (as ``curl -H`` and ``schemathesis -H`` take it)."""
        if self.location != "header":
            raise ValueError(f"security scheme {self.name!r} is not carried in a header")
        return f"{self.field}: {self.value(credential)}"


def read_scheme(name: str, raw: dict[str, Any]) -> SecurityScheme:
    kind = str(raw.get("type", ""))
    extra = tuple(str(p) for p in raw.get("x-auth-prefixes") or ())
    if kind == "http":
        http_scheme = str(raw.get("scheme", "bearer"))
        prefix = str(
            raw.get("x-auth-prefix", "Bearer" if http_scheme.lower() == "bearer" else http_scheme.title())
        )
        return SecurityScheme(name, kind, "header", "Authorization", prefix, extra)
    if kind == "apiKey":
        return SecurityScheme(
            name,
            kind,
            str(raw.get("in", "header")),
            str(raw["name"]),
            str(raw.get("x-auth-prefix", "")),
            extra,
        )
    if kind in ("oauth2", "openIdConnect"):
        return SecurityScheme(name, kind, "header", "Authorization", "Bearer", extra)
    return SecurityScheme(name, kind, "", "", "", extra)


def security_schemes(document: dict[str, Any]) -> dict[str, SecurityScheme]:
    raw = (document.get("components") or {}).get("securitySchemes") or {}
    return {str(name): read_scheme(str(name), scheme) for name, scheme in raw.items()}


def used_schemes(document: dict[str, Any]) -> list[SecurityScheme]:
    """The schemes the requirements name, in first-use order (every declared one if none is used)."""
    schemes = security_schemes(document)
    names = [name for requirement in document.get("security") or [] for name in requirement]
    for op in operations(document):
        names += [name for requirement in op.operation.get("security") or [] for name in requirement]
    ordered = list(dict.fromkeys(n for n in names if n in schemes)) or list(schemes)
    return [schemes[name] for name in ordered]


def primary_header_scheme(document: dict[str, Any]) -> SecurityScheme | None:
    """The first used scheme that travels in a header: how a client sends its credential by default."""
    return next((s for s in used_schemes(document) if s.location == "header"), None)
