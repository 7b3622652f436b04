from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.authentication_flow_stage_next_step_type_1 import (
    AuthenticationFlowStageNextStepType1,
)
from ..models.authentication_flow_stage_next_step_type_2_type_1 import (
    AuthenticationFlowStageNextStepType2Type1,
)
from ..models.authentication_flow_stage_next_step_type_3_type_1 import (
    AuthenticationFlowStageNextStepType3Type1,
)
from ..types import UNSET

T = TypeVar("T", bound="AuthenticationFlowStage")


@_attrs_define(repr=False)
class AuthenticationFlowStage:
    """Stage of an authentication flow. When `nextStep` is null the flow is finished and `authorizationCode` is set:
    exchange it at `POST /token/` (`grant_type=authorization_code`). When `nextStep` is `emailTotpCode`, a code
    was emailed: continue with `POST /auth/flow/email-code/` and the same `flowId`.

        Attributes:
            flow_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id of a
                user,
                workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
                 Example: 5f8d0d55b54764421b7156c9.
            authorization_code (None | str): Authorization code for `/token/`; null until the flow is finished.
            next_step (AuthenticationFlowStageNextStepType1 | AuthenticationFlowStageNextStepType2Type1 |
                AuthenticationFlowStageNextStepType3Type1 | None): Next multi-factor step, or null when the flow is finished.
    """

    flow_id: str
    authorization_code: None | str
    next_step: (
        AuthenticationFlowStageNextStepType1
        | AuthenticationFlowStageNextStepType2Type1
        | AuthenticationFlowStageNextStepType3Type1
        | None
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        flow_id = self.flow_id

        authorization_code: None | str
        authorization_code = self.authorization_code

        next_step: None | str
        if isinstance(self.next_step, AuthenticationFlowStageNextStepType1):
            next_step = self.next_step.value
        elif isinstance(self.next_step, AuthenticationFlowStageNextStepType2Type1):
            next_step = self.next_step.value
        elif isinstance(self.next_step, AuthenticationFlowStageNextStepType3Type1):
            next_step = self.next_step.value
        else:
            next_step = self.next_step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flowId": flow_id,
                "authorizationCode": authorization_code,
                "nextStep": next_step,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        flow_id = d.pop("flowId")

        def _parse_authorization_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        authorization_code = _parse_authorization_code(d.pop("authorizationCode"))

        def _parse_next_step(
            data: object,
        ) -> (
            AuthenticationFlowStageNextStepType1
            | AuthenticationFlowStageNextStepType2Type1
            | AuthenticationFlowStageNextStepType3Type1
            | None
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_step_type_1 = AuthenticationFlowStageNextStepType1(data)

                return next_step_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_step_type_2_type_1 = AuthenticationFlowStageNextStepType2Type1(data)

                return next_step_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_step_type_3_type_1 = AuthenticationFlowStageNextStepType3Type1(data)

                return next_step_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AuthenticationFlowStageNextStepType1
                | AuthenticationFlowStageNextStepType2Type1
                | AuthenticationFlowStageNextStepType3Type1
                | None,
                data,
            )

        next_step = _parse_next_step(d.pop("nextStep"))

        authentication_flow_stage = cls(
            flow_id=flow_id,
            authorization_code=authorization_code,
            next_step=next_step,
        )

        authentication_flow_stage.additional_properties = d
        return authentication_flow_stage

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
