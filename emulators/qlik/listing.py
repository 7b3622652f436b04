"""Qlik's list envelope: one page of ``{data, page, limit, pages, total, links}``, filtered, sorted and
paged in SQL."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from emulators.core.http import Request, Response
from emulators.core.storage import Row, order_by
from emulators.qlik.base import QlikCore
from emulators.qlik.model import sortable_fields
from emulators.qlik.wire import list_params, project_fields

DEFAULT_LIMIT = 20
MAX_OFFSET = 2**62  # pages beyond this hold nothing; keeps OFFSET inside SQLite's 64-bit integers


class Listing(QlikCore):
    def _list(
        self,
        request: Request,
        *,
        source: str,
        columns: str,
        where: str,
        params: list[Any],
        schema: str,
        render: Callable[[Row], dict[str, Any]],
        total: tuple[str, list[Any]] | None = None,
    ) -> Response:
        """One page in the vendor's list envelope; filtering, sorting and paging happen in SQL.

        ``total``: the statement (and its parameters) that sums the stored counts of the list's rows;
        without it the rows are counted (for a collection that stays small: a tenant's data stores)."""
        limit: int = request.query.get("limit", DEFAULT_LIMIT)
        page: int = request.query.get("page", 0)
        sort, projections = list_params(request, "sort", "projections")
        alias = source.split()[1]
        sortable = sortable_fields(schema, alias, self.storage.dialect)
        fields = [(name.removeprefix("-"), name.startswith("-")) for name in sort]
        fields = [(name, descending) for name, descending in fields if name in sortable]
        tiebreak = f"{alias}.seq {'DESC' if fields and fields[0][1] else 'ASC'}"
        order = order_by(fields, sortable, tiebreak)
        counted, counted_params = total or (f"SELECT count(*) FROM {source} WHERE {where}", params)
        total_rows = int(self.storage.scalar(counted, counted_params) or 0)
        offset = page * limit
        rows = (
            self.storage.all(
                f"SELECT {columns} FROM {source} WHERE {where} {order} LIMIT ? OFFSET ?",
                (*params, limit, offset),
            )
            if offset < min(total_rows, MAX_OFFSET)
            else []
        )
        pages = math.ceil(total_rows / limit)
        root = urlsplit(request.base_url)
        base = f"{root.scheme}://{root.netloc}{request.path}"
        extra = [("sort", ",".join(sort))] if sort else []
        if projections:
            extra.append(("projections", ",".join(projections)))

        def link(number: int) -> dict[str, str]:
            query = urlencode([("page", number), ("limit", limit), *extra], quote_via=quote)
            return {"href": f"{base}?{query}"}

        links = {"self": link(page), "first": link(0), "last": link(max(pages - 1, 0))}
        if page < pages - 1:
            links["next"] = link(page + 1)
        if page > 0:
            links["prev"] = link(page - 1)
        return Response(
            200,
            {
                "data": [project_fields(render(row), projections) for row in rows],
                "page": page,
                "limit": limit,
                "pages": pages,
                "total": total_rows,
                "links": links,
            },
        )
