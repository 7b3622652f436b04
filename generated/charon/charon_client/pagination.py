"""Iterate every item of a paged list operation, fetching pages lazily. Generated; do not edit."""

from typing import Any

from .types import UNSET, Unset


def _items(value: Any) -> Any:
    return [] if isinstance(value, Unset) or value is None else value


__all__ = []
_ = UNSET
