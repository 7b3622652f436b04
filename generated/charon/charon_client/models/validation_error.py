from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.error_code import ErrorCode
from ..types import UNSET

T = TypeVar("T", bound="ValidationError")


@_attrs_define(repr=False)
class ValidationError:
    """A problem found in a document.

    Attributes:
        path (str): JSON Pointer of the value.
        message (str): Description of the problem.
        code (ErrorCode): Machine-readable error code. HTTP status by code (vendor REST docs): 400 for
            request/parameter/validation
            codes (`invalidRequestBody`, `invalidParameterValue`, `missingParameterValue`, `parameter*`,
            `invalidImportData`, JSON Patch codes, value-validation codes); 401 `authenticationFailed`; 403
            `authorizationFailed`, `resourceReadOnly`; 404 `resourceNotFound`; 409 `duplicateTransaction`,
            `abortedTransaction`, `completedTransaction`, `duplicateUniqueValue`; 429 `tooManyRequests`; 503
            `serviceUnavailable`; other 5xx `genericError`. The vendor adds codes over time: treat unknown values as
            `genericError`.
    """

    path: str
    message: str
    code: ErrorCode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        message = self.message

        code = self.code.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "message": message,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        message = d.pop("message")

        code = ErrorCode(d.pop("code"))

        validation_error = cls(
            path=path,
            message=message,
            code=code,
        )

        validation_error.additional_properties = d
        return validation_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
