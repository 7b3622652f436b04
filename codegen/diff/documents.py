"""Document-level comparison: paths and operations; the entry point ``diff_specs``."""

from __future__ import annotations

import re
from typing import Any

from codegen.diff.common import Change, ChangeLog, Comparison, _dict, _resolve
from codegen.diff.messages import MessageDiffer
from codegen.diff.parameters import ParameterDiffer
from codegen.diff.schemas import SchemaDiffer
from codegen.diff.security import SecurityDiffer, _requirements, _uses_root_security
from openapi_toolkit.pointer import escape
from openapi_toolkit.walk import HTTP_METHODS


class DocumentDiffer(Comparison):
    """The document level: paths and operations, delegating each part to its differ."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        super().__init__(old, new, ChangeLog())
        self.schemas = SchemaDiffer(old, new, self.log)
        self.params = ParameterDiffer(old, new, self.log, self.schemas)
        self.messages = MessageDiffer(old, new, self.log, self.schemas)
        self.sec = SecurityDiffer(old, new, self.log)

    def run(self) -> list[Change]:
        self.paths()
        if _uses_root_security(self.old) or _uses_root_security(self.new):
            old_root = _requirements(self.old.get("security")) or {frozenset()}
            new_root = _requirements(self.new.get("security")) or {frozenset()}
            self.sec.security(old_root, new_root, "/security", "operations without their own security")
        self.sec.security_schemes()
        return self.log.changes

    def paths(self) -> None:
        old_paths, new_paths = _dict(self.old.get("paths")), _dict(self.new.get("paths"))
        pairs: list[tuple[str | None, str | None]] = []
        unmatched_new = [p for p in new_paths if p not in old_paths]
        for path in old_paths:
            if path in new_paths:
                pairs.append((path, path))
                continue
            # A path whose parameter names changed (/a/{id} -> /a/{aId}) is the same endpoint.
            template = re.sub(r"\{[^}]*\}", "{}", path)
            match = next((p for p in unmatched_new if re.sub(r"\{[^}]*\}", "{}", p) == template), None)
            if match is not None:
                unmatched_new.remove(match)
            pairs.append((path, match))
        pairs.extend((None, p) for p in unmatched_new)

        for old_path, new_path in pairs:
            old_item, old_ptr = _resolve(
                self.old, old_paths.get(old_path or ""), f"/paths/{escape(old_path or '')}"
            )
            new_item, new_ptr = _resolve(
                self.new, new_paths.get(new_path or ""), f"/paths/{escape(new_path or '')}"
            )
            old_item, new_item = _dict(old_item), _dict(new_item)
            for method in HTTP_METHODS:
                old_op, new_op = old_item.get(method), new_item.get(method)
                if isinstance(old_op, dict) and old_op.get("operationId"):
                    old_name = f"{method.upper()} {old_path} (operationId {old_op['operationId']})"
                else:
                    old_name = f"{method.upper()} {old_path}"
                if isinstance(old_op, dict) and not isinstance(new_op, dict):
                    self.add(True, f"{old_ptr}/{method}", f"operation {old_name} removed")
                elif isinstance(new_op, dict) and not isinstance(old_op, dict):
                    self.add(False, f"{new_ptr}/{method}", f"operation {method.upper()} {new_path} added")
                elif isinstance(old_op, dict) and isinstance(new_op, dict):
                    self.operation(
                        (old_item, old_op, old_ptr, f"{old_ptr}/{method}"),
                        (new_item, new_op, new_ptr, f"{new_ptr}/{method}"),
                        f"{method.upper()} {new_path}",
                    )

    def operation(
        self,
        old: tuple[dict[str, Any], dict[str, Any], str, str],
        new: tuple[dict[str, Any], dict[str, Any], str, str],
        name: str,
    ) -> None:
        old_item, old_op, old_item_ptr, old_ptr = old
        new_item, new_op, new_item_ptr, new_ptr = new
        old_id, new_id = old_op.get("operationId"), new_op.get("operationId")
        if old_id != new_id:
            self.add(
                True,
                f"{new_ptr}/operationId" if new_id is not None else new_ptr,
                f"{name}: operationId renamed from {old_id} to {new_id} (the generated function is renamed)",
            )
        if bool(old_op.get("deprecated")) != bool(new_op.get("deprecated")):
            state = "deprecated" if new_op.get("deprecated") else "no longer deprecated"
            self.add(False, new_ptr, f"{name}: operation {state}")
        self.params.parameters(
            old_item, old_op, old_item_ptr, old_ptr, new_item, new_op, new_item_ptr, new_ptr, name
        )
        self.messages.request_body(old_op, old_ptr, new_op, new_ptr, name)
        self.messages.responses(old_op, old_ptr, new_op, new_ptr, name)
        if "security" in old_op or "security" in new_op:
            root_old = _requirements(self.old.get("security")) or {frozenset()}
            root_new = _requirements(self.new.get("security")) or {frozenset()}
            self.sec.security(
                _requirements(old_op.get("security")) or root_old,
                _requirements(new_op.get("security")) or root_new,
                f"{new_ptr}/security" if "security" in new_op else "/security",
                name,
            )


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """The changes from ``old`` to ``new`` as a client sees them, in a deterministic order."""
    return DocumentDiffer(old, new).run()
