from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.process_type import ProcessType
from ..models.process_workflow_status import ProcessWorkflowStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessState")


@_attrs_define(repr=False)
class ProcessState:
    """State of a long-running process (load, import, export, ...).

    Attributes:
        id (int): Process id (unique within the data source).
        data_source_id (str): A MongoDB ObjectId: 24 hexadecimal characters (the vendor's `format: objectId`). Every id
            of a user,
            workspace, project, branch/data source, invitation, resource, login and authentication flow has this form.
             Example: 5f8d0d55b54764421b7156c9.
        type_ (ProcessType): Kind of long-running process.
        status (ProcessWorkflowStatus): State of a process.
        progress_message (str): Human-readable progress.
        progress (float): Progress from 0 to 1.
        start_time (datetime.datetime):
        elapsed_milliseconds (float): Running time so far.
        can_be_stopped (bool): Whether `stopProcess` may be called.
        initiator_name (None | str | Unset): Name of the user who started it.
        initiator_id (None | str | Unset):
    """

    id: int
    data_source_id: str
    type_: ProcessType
    status: ProcessWorkflowStatus
    progress_message: str
    progress: float
    start_time: datetime.datetime
    elapsed_milliseconds: float
    can_be_stopped: bool
    initiator_name: None | str | Unset = UNSET
    initiator_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        data_source_id = self.data_source_id

        type_ = self.type_.value

        status = self.status.value

        progress_message = self.progress_message

        progress = self.progress

        start_time = self.start_time.isoformat()

        elapsed_milliseconds = self.elapsed_milliseconds

        can_be_stopped = self.can_be_stopped

        initiator_name: None | str | Unset
        if isinstance(self.initiator_name, Unset):
            initiator_name = UNSET
        else:
            initiator_name = self.initiator_name

        initiator_id: None | str | Unset
        if isinstance(self.initiator_id, Unset):
            initiator_id = UNSET
        else:
            initiator_id = self.initiator_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "dataSourceId": data_source_id,
                "type": type_,
                "status": status,
                "progressMessage": progress_message,
                "progress": progress,
                "startTime": start_time,
                "elapsedMilliseconds": elapsed_milliseconds,
                "canBeStopped": can_be_stopped,
            }
        )
        if initiator_name is not UNSET:
            field_dict["initiatorName"] = initiator_name
        if initiator_id is not UNSET:
            field_dict["initiatorId"] = initiator_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        data_source_id = d.pop("dataSourceId")

        type_ = ProcessType(d.pop("type"))

        status = ProcessWorkflowStatus(d.pop("status"))

        progress_message = d.pop("progressMessage")

        progress = d.pop("progress")

        start_time = datetime.datetime.fromisoformat(d.pop("startTime"))

        elapsed_milliseconds = d.pop("elapsedMilliseconds")

        can_be_stopped = d.pop("canBeStopped")

        def _parse_initiator_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initiator_name = _parse_initiator_name(d.pop("initiatorName", UNSET))

        def _parse_initiator_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initiator_id = _parse_initiator_id(d.pop("initiatorId", UNSET))

        process_state = cls(
            id=id,
            data_source_id=data_source_id,
            type_=type_,
            status=status,
            progress_message=progress_message,
            progress=progress,
            start_time=start_time,
            elapsed_milliseconds=elapsed_milliseconds,
            can_be_stopped=can_be_stopped,
            initiator_name=initiator_name,
            initiator_id=initiator_id,
        )

        process_state.additional_properties = d
        return process_state

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
