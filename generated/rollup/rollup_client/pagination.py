"""Iterate every item of a paged list operation, fetching pages lazily. Generated; do not edit."""

from typing import Any

from .types import UNSET, Unset


def _at(value: Any, *names: str) -> Any:
    """The attribute at ``names`` (a nested list: ``result.processes``); None when a step is unset or null."""
    for name in names:
        if isinstance(value, Unset) or value is None:
            return None
        value = getattr(value, name)
    return None if isinstance(value, Unset) else value


def _items(value: Any) -> Any:
    return [] if value is None else value


def _with_page(body: Any, fields: dict[str, int]) -> Any:
    """A copy of the request body with the paging fields set (the caller's body is left as it was)."""
    return type(body).from_dict({**body.to_dict(), **fields})


__all__ = []
_ = UNSET
