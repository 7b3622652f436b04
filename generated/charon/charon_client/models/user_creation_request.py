from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_creation_password_credential import (
        UserCreationPasswordCredential,
    )


T = TypeVar("T", bound="UserCreationRequest")


@_attrs_define(repr=False)
class UserCreationRequest:
    """Registration of a new user.

    Attributes:
        name (str): Display name.
        email (str): Email address.
        password_credential (None | UserCreationPasswordCredential):
        picture_url (None | str | Unset): Picture URL.
    """

    name: str
    email: str
    password_credential: None | UserCreationPasswordCredential
    picture_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_creation_password_credential import (
            UserCreationPasswordCredential,  # noqa: PLC0415
        )

        name = self.name

        email = self.email

        password_credential: dict[str, Any] | None
        if isinstance(self.password_credential, UserCreationPasswordCredential):
            password_credential = self.password_credential.to_dict()
        else:
            password_credential = self.password_credential

        picture_url: None | str | Unset
        if isinstance(self.picture_url, Unset):
            picture_url = UNSET
        else:
            picture_url = self.picture_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email": email,
                "passwordCredential": password_credential,
            }
        )
        if picture_url is not UNSET:
            field_dict["pictureUrl"] = picture_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_creation_password_credential import (
            UserCreationPasswordCredential,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        email = d.pop("email")

        def _parse_password_credential(data: object) -> None | UserCreationPasswordCredential:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                password_credential_type_0 = UserCreationPasswordCredential.from_dict(data)

                return password_credential_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserCreationPasswordCredential, data)

        password_credential = _parse_password_credential(d.pop("passwordCredential"))

        def _parse_picture_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        picture_url = _parse_picture_url(d.pop("pictureUrl", UNSET))

        user_creation_request = cls(
            name=name,
            email=email,
            password_credential=password_credential,
            picture_url=picture_url,
        )

        user_creation_request.additional_properties = d
        return user_creation_request

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
