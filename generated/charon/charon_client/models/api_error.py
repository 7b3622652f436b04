from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiError")


@_attrs_define(repr=False)
class ApiError:
    """One error of an error envelope. Some errors carry extra fields, e.g. `parameterName` for parameter errors
    and `path` (a JSON Pointer into the document) for value-validation errors.

        Attributes:
            code (ErrorCode): Machine-readable error code. HTTP status by code (vendor REST docs): 400 for
                request/parameter/validation
                codes (`invalidRequestBody`, `invalidParameterValue`, `missingParameterValue`, `parameter*`,
                `invalidImportData`, JSON Patch codes, value-validation codes); 401 `authenticationFailed`; 403
                `authorizationFailed`, `resourceReadOnly`; 404 `resourceNotFound`; 409 `duplicateTransaction`,
                `abortedTransaction`, `completedTransaction`, `duplicateUniqueValue`; 429 `tooManyRequests`; 503
                `serviceUnavailable`; other 5xx `genericError`. The vendor adds codes over time: treat unknown values as
                `genericError`.
            message (str): Human-readable description of the problem.
            parameter_name (str | Unset): Name of the offending parameter, when there is one.
            path (str | Unset): JSON Pointer of the offending value, when there is one.
    """

    code: ErrorCode
    message: str
    parameter_name: str | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        message = self.message

        parameter_name = self.parameter_name

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if parameter_name is not UNSET:
            field_dict["parameterName"] = parameter_name
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = ErrorCode(d.pop("code"))

        message = d.pop("message")

        parameter_name = d.pop("parameterName", UNSET)

        path = d.pop("path", UNSET)

        api_error = cls(
            code=code,
            message=message,
            parameter_name=parameter_name,
            path=path,
        )

        api_error.additional_properties = d
        return api_error

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
