"""Security-level comparison: requirements, schemes and OAuth flows."""

from __future__ import annotations

from typing import Any

from codegen.diff.common import Comparison, _canon, _dict, _resolve, _show, _without
from openapi_toolkit.pointer import escape
from openapi_toolkit.walk import HTTP_METHODS

_Requirement = frozenset[tuple[str, tuple[str, ...]]]


def _requirements(value: Any) -> set[_Requirement] | None:
    if not isinstance(value, list):
        return None
    if not value:
        return {frozenset()}
    out: set[_Requirement] = set()
    for requirement in value:
        if isinstance(requirement, dict):
            out.add(
                frozenset(
                    (str(name), tuple(sorted(str(s) for s in scopes or ())))
                    for name, scopes in requirement.items()
                )
            )
    return out


def _fmt_requirement(requirement: _Requirement) -> str:
    if not requirement:
        return "anonymous access"
    parts = []
    for name, scopes in sorted(requirement):
        parts.append(f"{name}[{', '.join(scopes)}]" if scopes else name)
    return " + ".join(parts)


def _uses_root_security(doc: dict[str, Any]) -> bool:
    """Whether some operation has no ``security`` of its own (so the document-level one applies)."""
    for raw in _dict(doc.get("paths")).values():
        item = _dict(_resolve(doc, raw, "")[0])
        if any(isinstance(item.get(m), dict) and "security" not in item[m] for m in HTTP_METHODS):
            return True
    return False


class SecurityDiffer(Comparison):
    """Security requirements and schemes: what a client must send to be let in."""

    def security(self, old: set[_Requirement], new: set[_Requirement], pointer: str, where: str) -> None:
        for requirement in sorted(old - new, key=_fmt_requirement):
            self.add(
                True,
                pointer,
                f"{where}: security requirement {_fmt_requirement(requirement)} no longer accepted",
            )
        for requirement in sorted(new - old, key=_fmt_requirement):
            self.add(False, pointer, f"{where}: security alternative {_fmt_requirement(requirement)} added")

    def security_schemes(self) -> None:
        old_schemes = _dict(_dict(self.old.get("components")).get("securitySchemes"))
        new_schemes = _dict(_dict(self.new.get("components")).get("securitySchemes"))
        for name, old_raw in old_schemes.items():
            old_ptr = f"/components/securitySchemes/{escape(name)}"
            if name not in new_schemes:
                self.add(True, old_ptr, f"security scheme '{name}' removed")
                continue
            old_scheme = _dict(_resolve(self.old, old_raw, old_ptr)[0])
            new_scheme, new_ptr = _resolve(self.new, new_schemes[name], old_ptr)
            new_scheme = _dict(new_scheme)
            old_core = _without(old_scheme, ("description", "flows"))
            new_core = _without(new_scheme, ("description", "flows"))
            for key in sorted(set(old_core) | set(new_core)):
                if _canon(old_core.get(key)) != _canon(new_core.get(key)):
                    self.add(
                        True,
                        f"{new_ptr}/{escape(key)}" if key in new_core else new_ptr,
                        f"security scheme '{name}': {key} changed from {_show(old_core.get(key))} "
                        f"to {_show(new_core.get(key))}",
                    )
            self.flows(name, _dict(old_scheme.get("flows")), _dict(new_scheme.get("flows")), old_ptr, new_ptr)
        for name in new_schemes:
            if name not in old_schemes:
                self.add(
                    False, f"/components/securitySchemes/{escape(name)}", f"security scheme '{name}' added"
                )

    def flows(
        self, scheme: str, old: dict[str, Any], new: dict[str, Any], old_ptr: str, new_ptr: str
    ) -> None:
        for flow, old_flow in old.items():
            if flow not in new:
                self.add(
                    True,
                    f"{old_ptr}/flows/{escape(flow)}",
                    f"security scheme '{scheme}': {flow} flow removed",
                )
                continue
            ptr = f"{new_ptr}/flows/{escape(flow)}"
            old_flow, new_flow = _dict(old_flow), _dict(new[flow])
            if _canon(_without(old_flow, ("scopes", "description"))) != _canon(
                _without(new_flow, ("scopes", "description"))
            ):
                self.add(True, ptr, f"security scheme '{scheme}': {flow} flow URLs changed")
            old_scopes, new_scopes = _dict(old_flow.get("scopes")), _dict(new_flow.get("scopes"))
            for scope in old_scopes:
                if scope not in new_scopes:
                    self.add(
                        True, f"{ptr}/scopes", f"security scheme '{scheme}': {flow} scope '{scope}' removed"
                    )
            for scope in new_scopes:
                if scope not in old_scopes:
                    self.add(
                        False, f"{ptr}/scopes", f"security scheme '{scheme}': {flow} scope '{scope}' added"
                    )
        for flow in new:
            if flow not in old:
                self.add(
                    False, f"{new_ptr}/flows/{escape(flow)}", f"security scheme '{scheme}': {flow} flow added"
                )
