from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..models.redirect_result_redirect_action import RedirectResultRedirectAction
from ..types import UNSET

T = TypeVar("T", bound="RedirectResult")


@_attrs_define(repr=False)
class RedirectResult:
    """Where to send the browser next (payment gate).

    Attributes:
        redirect_action (RedirectResultRedirectAction):
        redirect_url (None | str):
    """

    redirect_action: RedirectResultRedirectAction
    redirect_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        redirect_action = self.redirect_action.value

        redirect_url: None | str
        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redirectAction": redirect_action,
                "redirectUrl": redirect_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        redirect_action = RedirectResultRedirectAction(d.pop("redirectAction"))

        def _parse_redirect_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        redirect_url = _parse_redirect_url(d.pop("redirectUrl"))

        redirect_result = cls(
            redirect_action=redirect_action,
            redirect_url=redirect_url,
        )

        redirect_result.additional_properties = d
        return redirect_result

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
