from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.presence_info_page import PresenceInfoPage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.presence_info_focused_object_type_0 import (
        PresenceInfoFocusedObjectType0,
    )
    from ..models.presence_info_route_parameters import PresenceInfoRouteParameters


T = TypeVar("T", bound="PresenceInfo")


@_attrs_define(repr=False)
class PresenceInfo:
    """What a user is looking at.

    Attributes:
        session_id (int): Identifier of the user's browser session (chosen by the web client).
        page (PresenceInfoPage): Page shown.
        route_parameters (PresenceInfoRouteParameters): Route parameters of the page.
        focused_object (None | PresenceInfoFocusedObjectType0 | Unset): Focused element, if any.
    """

    session_id: int
    page: PresenceInfoPage
    route_parameters: PresenceInfoRouteParameters
    focused_object: None | PresenceInfoFocusedObjectType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        from ..models.presence_info_focused_object_type_0 import (
            PresenceInfoFocusedObjectType0,  # noqa: PLC0415
        )

        session_id = self.session_id

        page = self.page.value

        route_parameters = self.route_parameters.to_dict()

        focused_object: dict[str, Any] | None | Unset
        if isinstance(self.focused_object, Unset):
            focused_object = UNSET
        elif isinstance(self.focused_object, PresenceInfoFocusedObjectType0):
            focused_object = self.focused_object.to_dict()
        else:
            focused_object = self.focused_object

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionId": session_id,
                "page": page,
                "routeParameters": route_parameters,
            }
        )
        if focused_object is not UNSET:
            field_dict["focusedObject"] = focused_object

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.presence_info_focused_object_type_0 import (
            PresenceInfoFocusedObjectType0,  # noqa: PLC0415
        )
        from ..models.presence_info_route_parameters import PresenceInfoRouteParameters  # noqa: PLC0415

        d = dict(src_dict)
        session_id = d.pop("sessionId")

        page = PresenceInfoPage(d.pop("page"))

        route_parameters = PresenceInfoRouteParameters.from_dict(d.pop("routeParameters"))

        def _parse_focused_object(data: object) -> None | PresenceInfoFocusedObjectType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                focused_object_type_0 = PresenceInfoFocusedObjectType0.from_dict(data)

                return focused_object_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PresenceInfoFocusedObjectType0 | Unset, data)

        focused_object = _parse_focused_object(d.pop("focusedObject", UNSET))

        presence_info = cls(
            session_id=session_id,
            page=page,
            route_parameters=route_parameters,
            focused_object=focused_object,
        )

        presence_info.additional_properties = d
        return presence_info

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
