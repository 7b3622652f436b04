from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import model_repr
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.membership_package_features_backup import (
        MembershipPackageFeaturesBackup,
    )
    from ..models.membership_package_features_projects_type_0 import (
        MembershipPackageFeaturesProjectsType0,
    )
    from ..models.membership_package_features_service_tokens_type_0 import (
        MembershipPackageFeaturesServiceTokensType0,
    )
    from ..models.membership_package_features_storage_type_0 import (
        MembershipPackageFeaturesStorageType0,
    )


T = TypeVar("T", bound="MembershipPackageFeatures")


@_attrs_define(repr=False)
class MembershipPackageFeatures:
    """Features and limits of a package; null limits mean unlimited.

    Attributes:
        backup (MembershipPackageFeaturesBackup): Backup features.
        projects (MembershipPackageFeaturesProjectsType0 | None): Project limits.
        storage (MembershipPackageFeaturesStorageType0 | None): Storage limits.
        service_tokens (MembershipPackageFeaturesServiceTokensType0 | None): Service token allowances.
    """

    backup: MembershipPackageFeaturesBackup
    projects: MembershipPackageFeaturesProjectsType0 | None
    storage: MembershipPackageFeaturesStorageType0 | None
    service_tokens: MembershipPackageFeaturesServiceTokensType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        from ..models.membership_package_features_projects_type_0 import (
            MembershipPackageFeaturesProjectsType0,  # noqa: PLC0415
        )
        from ..models.membership_package_features_service_tokens_type_0 import (
            MembershipPackageFeaturesServiceTokensType0,  # noqa: PLC0415
        )
        from ..models.membership_package_features_storage_type_0 import (
            MembershipPackageFeaturesStorageType0,  # noqa: PLC0415
        )

        backup = self.backup.to_dict()

        projects: dict[str, Any] | None
        if isinstance(self.projects, MembershipPackageFeaturesProjectsType0):
            projects = self.projects.to_dict()
        else:
            projects = self.projects

        storage: dict[str, Any] | None
        if isinstance(self.storage, MembershipPackageFeaturesStorageType0):
            storage = self.storage.to_dict()
        else:
            storage = self.storage

        service_tokens: dict[str, Any] | None
        if isinstance(self.service_tokens, MembershipPackageFeaturesServiceTokensType0):
            service_tokens = self.service_tokens.to_dict()
        else:
            service_tokens = self.service_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "backup": backup,
                "projects": projects,
                "storage": storage,
                "serviceTokens": service_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_package_features_backup import (
            MembershipPackageFeaturesBackup,  # noqa: PLC0415
        )
        from ..models.membership_package_features_projects_type_0 import (
            MembershipPackageFeaturesProjectsType0,  # noqa: PLC0415
        )
        from ..models.membership_package_features_service_tokens_type_0 import (
            MembershipPackageFeaturesServiceTokensType0,  # noqa: PLC0415
        )
        from ..models.membership_package_features_storage_type_0 import (
            MembershipPackageFeaturesStorageType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        backup = MembershipPackageFeaturesBackup.from_dict(d.pop("backup"))

        def _parse_projects(data: object) -> MembershipPackageFeaturesProjectsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                projects_type_0 = MembershipPackageFeaturesProjectsType0.from_dict(data)

                return projects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MembershipPackageFeaturesProjectsType0 | None, data)

        projects = _parse_projects(d.pop("projects"))

        def _parse_storage(data: object) -> MembershipPackageFeaturesStorageType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                storage_type_0 = MembershipPackageFeaturesStorageType0.from_dict(data)

                return storage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MembershipPackageFeaturesStorageType0 | None, data)

        storage = _parse_storage(d.pop("storage"))

        def _parse_service_tokens(data: object) -> MembershipPackageFeaturesServiceTokensType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_tokens_type_0 = MembershipPackageFeaturesServiceTokensType0.from_dict(data)

                return service_tokens_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MembershipPackageFeaturesServiceTokensType0 | None, data)

        service_tokens = _parse_service_tokens(d.pop("serviceTokens"))

        membership_package_features = cls(
            backup=backup,
            projects=projects,
            storage=storage,
            service_tokens=service_tokens,
        )

        membership_package_features.additional_properties = d
        return membership_package_features

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
