"""Message-level comparison: request bodies, responses, media types, headers."""

from __future__ import annotations

from typing import Any

from codegen.diff.common import ChangeLog, Comparison, Side, _dict, _resolve
from codegen.diff.parameters import ParameterDiffer
from codegen.diff.schemas import SchemaDiffer
from openapi_toolkit.pointer import escape


class MessageDiffer(Comparison):
    """Request bodies, responses, their media types and headers."""

    def __init__(
        self, old: dict[str, Any], new: dict[str, Any], log: ChangeLog, schemas: SchemaDiffer
    ) -> None:
        super().__init__(old, new, log)
        self.schemas = schemas

    def content(self, old: Any, old_ptr: str, new: Any, new_ptr: str, side: Side, where: str) -> None:
        old_content, new_content = _dict(old), _dict(new)
        for media_type, old_media in old_content.items():
            if media_type not in new_content:
                self.add(True, f"{old_ptr}/{escape(media_type)}", f"{where}: media type {media_type} removed")
                continue
            ptr = escape(media_type)
            self.schemas.schema(
                _dict(old_media).get("schema", {}),
                _dict(new_content[media_type]).get("schema", {}),
                f"{old_ptr}/{ptr}/schema",
                f"{new_ptr}/{ptr}/schema",
                side,
                f"{side} body",
            )
        for media_type in new_content:
            if media_type not in old_content:
                self.add(False, f"{new_ptr}/{escape(media_type)}", f"{where}: media type {media_type} added")

    def request_body(
        self, old_op: dict[str, Any], old_ptr: str, new_op: dict[str, Any], new_ptr: str, name: str
    ) -> None:
        old_body, old_body_ptr = _resolve(self.old, old_op.get("requestBody"), f"{old_ptr}/requestBody")
        new_body, new_body_ptr = _resolve(self.new, new_op.get("requestBody"), f"{new_ptr}/requestBody")
        label = f"{name}: request body"
        if not isinstance(old_body, dict) and not isinstance(new_body, dict):
            return
        if not isinstance(new_body, dict):
            self.add(True, old_body_ptr, f"{label} removed")
            return
        if not isinstance(old_body, dict):
            if new_body.get("required"):
                self.add(True, new_body_ptr, f"{label} added as required")
            else:
                self.add(False, new_body_ptr, f"{label} added (optional)")
            return
        if new_body.get("required") and not old_body.get("required"):
            self.add(True, f"{new_body_ptr}/required", f"{label} is now required")
        elif old_body.get("required") and not new_body.get("required"):
            self.add(False, new_body_ptr, f"{label} is no longer required")
        self.content(
            old_body.get("content"),
            f"{old_body_ptr}/content",
            new_body.get("content"),
            f"{new_body_ptr}/content",
            "request",
            label,
        )

    def responses(
        self, old_op: dict[str, Any], old_ptr: str, new_op: dict[str, Any], new_ptr: str, name: str
    ) -> None:
        old_responses, new_responses = _dict(old_op.get("responses")), _dict(new_op.get("responses"))
        for status, old_raw in old_responses.items():
            old_status_ptr = f"{old_ptr}/responses/{escape(status)}"
            if status not in new_responses:
                kind = "success response" if status.startswith("2") else "response"
                self.add(True, old_status_ptr, f"{name}: {kind} status {status} removed")
                continue
            old_response, old_response_ptr = _resolve(self.old, old_raw, old_status_ptr)
            new_response, new_response_ptr = _resolve(
                self.new, new_responses[status], f"{new_ptr}/responses/{escape(status)}"
            )
            old_response, new_response = _dict(old_response), _dict(new_response)
            label = f"{name}: response {status}"
            self.content(
                old_response.get("content"),
                f"{old_response_ptr}/content",
                new_response.get("content"),
                f"{new_response_ptr}/content",
                "response",
                label,
            )
            self.headers(old_response, old_response_ptr, new_response, new_response_ptr, label)
        for status in new_responses:
            if status not in old_responses:
                self.add(
                    False, f"{new_ptr}/responses/{escape(status)}", f"{name}: response status {status} added"
                )

    def headers(
        self, old: dict[str, Any], old_ptr: str, new: dict[str, Any], new_ptr: str, label: str
    ) -> None:
        old_headers = {k.lower(): (k, v) for k, v in _dict(old.get("headers")).items()}
        new_headers = {k.lower(): (k, v) for k, v in _dict(new.get("headers")).items()}
        for key, (old_name, old_raw) in old_headers.items():
            old_header, old_header_ptr = _resolve(self.old, old_raw, f"{old_ptr}/headers/{escape(old_name)}")
            if key not in new_headers:
                required = bool(_dict(old_header).get("required"))
                self.add(
                    required,
                    old_header_ptr,
                    f"{label}: {'required ' if required else ''}header {old_name} removed",
                )
                continue
            new_name, new_raw = new_headers[key]
            new_header, new_header_ptr = _resolve(self.new, new_raw, f"{new_ptr}/headers/{escape(new_name)}")
            old_header, new_header = _dict(old_header), _dict(new_header)
            if old_header.get("required") and not new_header.get("required"):
                self.add(True, new_header_ptr, f"{label}: header {new_name} is no longer required")
            old_schema, old_schema_ptr = ParameterDiffer._parameter_schema(old_header, old_header_ptr)
            new_schema, new_schema_ptr = ParameterDiffer._parameter_schema(new_header, new_header_ptr)
            self.schemas.schema(
                old_schema,
                new_schema,
                old_schema_ptr,
                new_schema_ptr,
                "response",
                f"response header {new_name}",
            )
        for key, (new_name, _) in new_headers.items():
            if key not in old_headers:
                self.add(False, f"{new_ptr}/headers/{escape(new_name)}", f"{label}: header {new_name} added")
