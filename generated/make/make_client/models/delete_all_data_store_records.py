from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteAllDataStoreRecords")


@_attrs_define(repr=False)
class DeleteAllDataStoreRecords:
    """Delete all records of the store, except those listed in `exceptKeys`.

    Attributes:
        all_ (bool): Must be `true`. Example: True.
        except_keys (list[str] | Unset): Keys of records to keep. Example: ['ecc4819b2260'].
    """

    all_: bool
    except_keys: list[str] | Unset = UNSET

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        all_ = self.all_

        except_keys: list[str] | Unset = UNSET
        if not isinstance(self.except_keys, Unset):
            except_keys = self.except_keys

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "all": all_,
            }
        )
        if except_keys is not UNSET:
            field_dict["exceptKeys"] = except_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        all_ = d.pop("all")

        except_keys = cast(list[str], d.pop("exceptKeys", UNSET))

        delete_all_data_store_records = cls(
            all_=all_,
            except_keys=except_keys,
        )

        return delete_all_data_store_records
