"""Parameter-level comparison."""

from __future__ import annotations

from typing import Any

from codegen.diff.common import ChangeLog, Comparison, _dict, _resolve
from codegen.diff.schemas import SchemaDiffer
from openapi_toolkit.pointer import escape


class ParameterDiffer(Comparison):
    """Parameters of an operation: presence, location, requiredness, serialization and schema."""

    def __init__(
        self, old: dict[str, Any], new: dict[str, Any], log: ChangeLog, schemas: SchemaDiffer
    ) -> None:
        super().__init__(old, new, log)
        self.schemas = schemas

    def _parameters(
        self, doc: Any, item: dict[str, Any], op: dict[str, Any], item_ptr: str, op_ptr: str
    ) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
        out: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for base, container in ((item_ptr, item), (op_ptr, op)):  # operation-level ones override
            raw = container.get("parameters")
            if not isinstance(raw, list):
                continue
            for i, entry in enumerate(raw):
                param, ptr = _resolve(doc, entry, f"{base}/parameters/{i}")
                if isinstance(param, dict) and "name" in param:
                    location, name = str(param.get("in", "")), str(param["name"])
                    out[(location, name.lower() if location == "header" else name)] = (param, ptr)
        return out

    def parameters(
        self,
        old_item: dict[str, Any],
        old_op: dict[str, Any],
        old_item_ptr: str,
        old_ptr: str,
        new_item: dict[str, Any],
        new_op: dict[str, Any],
        new_item_ptr: str,
        new_ptr: str,
        name: str,
    ) -> None:
        old_params = self._parameters(self.old, old_item, old_op, old_item_ptr, old_ptr)
        new_params = self._parameters(self.new, new_item, new_op, new_item_ptr, new_ptr)
        added = [key for key in new_params if key not in old_params]
        for key, (old_param, old_param_ptr) in old_params.items():
            location, pname = key
            if key in new_params:
                new_param, new_param_ptr = new_params[key]
                self.parameter(
                    old_param,
                    old_param_ptr,
                    new_param,
                    new_param_ptr,
                    f"{name}: parameter '{pname}' ({location})",
                    f"parameter '{pname}' ({location})",
                )
                continue
            moved = next((k for k in added if k[1].lower() == pname.lower()), None)
            if moved is not None:
                added.remove(moved)
                self.add(
                    True,
                    new_params[moved][1],
                    f"{name}: parameter '{pname}' moved from {location} to {moved[0]}",
                )
            else:
                self.add(True, old_param_ptr, f"{name}: parameter '{pname}' ({location}) removed")
        for key in added:
            new_param, new_param_ptr = new_params[key]
            if new_param.get("required") or key[0] == "path":
                self.add(True, new_param_ptr, f"{name}: new required parameter '{key[1]}' ({key[0]})")
            else:
                self.add(False, new_param_ptr, f"{name}: optional parameter '{key[1]}' ({key[0]}) added")

    @staticmethod
    def _serialization(param: dict[str, Any]) -> tuple[str, bool, bool]:
        style = str(param.get("style") or ("form" if param.get("in") in ("query", "cookie") else "simple"))
        return style, bool(param.get("explode", style == "form")), bool(param.get("allowReserved", False))

    @staticmethod
    def _parameter_schema(param: dict[str, Any], ptr: str) -> tuple[Any, str]:
        if "schema" in param:
            return param["schema"], f"{ptr}/schema"
        content = _dict(param.get("content"))
        for media_type, media in content.items():
            return _dict(media).get("schema", {}), f"{ptr}/content/{escape(media_type)}/schema"
        return {}, ptr

    def parameter(
        self,
        old: dict[str, Any],
        old_ptr: str,
        new: dict[str, Any],
        new_ptr: str,
        label: str,
        schema_label: str,
    ) -> None:
        old_required = bool(old.get("required")) or old.get("in") == "path"
        new_required = bool(new.get("required")) or new.get("in") == "path"
        if new_required and not old_required:
            self.add(True, new_ptr, f"{label} is now required")
        elif old_required and not new_required:
            self.add(False, new_ptr, f"{label} is no longer required")
        if self._serialization(old) != self._serialization(new):
            self.add(
                True,
                new_ptr,
                f"{label}: serialization changed from style/explode/allowReserved "
                f"{self._serialization(old)} to {self._serialization(new)}",
            )
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            self.add(
                False, new_ptr, f"{label} {'deprecated' if new.get('deprecated') else 'no longer deprecated'}"
            )
        old_schema, old_schema_ptr = self._parameter_schema(old, old_ptr)
        new_schema, new_schema_ptr = self._parameter_schema(new, new_ptr)
        self.schemas.schema(old_schema, new_schema, old_schema_ptr, new_schema_ptr, "request", schema_label)
