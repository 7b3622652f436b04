from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._runtime import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteAllDataStores")


@_attrs_define(repr=False)
class DeleteAllDataStores:
    """Delete all data stores of the team, except those listed in `exceptIds`.

    Attributes:
        all_ (bool): Must be `true`. Example: True.
        except_ids (list[int] | Unset): Ids of data stores to keep. Example: [139].
    """

    all_: bool
    except_ids: list[int] | Unset = UNSET

    def __repr__(self) -> str:
        return model_repr(self, UNSET)

    def to_dict(self) -> dict[str, Any]:
        all_ = self.all_

        except_ids: list[int] | Unset = UNSET
        if not isinstance(self.except_ids, Unset):
            except_ids = self.except_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "all": all_,
            }
        )
        if except_ids is not UNSET:
            field_dict["exceptIds"] = except_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        all_ = d.pop("all")

        except_ids = cast(list[int], d.pop("exceptIds", UNSET))

        delete_all_data_stores = cls(
            all_=all_,
            except_ids=except_ids,
        )

        return delete_all_data_stores
