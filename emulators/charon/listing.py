"""``listDocuments`` for root documents: filters, sorters, full-text query and paging as one SQL query
over the indexed values (``charon_document_values``), so a page costs about the same at a million
documents as at a hundred.

Emulator decisions: ``like`` means "contains" (``%``/``_`` are literal); comparisons on Number, Integer and
Logical properties are numeric (a numeric string value is read as a number), others compare text
(case-folded unless ``caseSensitive``); ``equal null`` matches a missing value; ``notEqual`` matches missing
values too; ``in`` takes an array; ascending sorts put missing values first (``NULLS FIRST``), descending
last; ties keep creation order. ``query`` matches any text in the document (case-insensitive).
Case-sensitive ``like`` uses ``replace`` (in both engines; SQLite's ``LIKE`` ignores case).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from emulators.charon import store
from emulators.charon.base import problem
from emulators.charon.schemas import NUMERIC_TYPES, Property, SchemaModel
from emulators.core.storage import Storage

OPERATORS = {"greaterThan": ">", "greaterThanOrEqual": ">=", "lessThan": "<", "lessThanOrEqual": "<="}
ALL = 2147483647


def _escaped(text: str) -> str:
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_")


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


@dataclass
class Query:
    """SQL pieces built from one list request."""

    joins: list[str] = field(default_factory=list)
    join_params: list[Any] = field(default_factory=list)
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    driver: str | None = None  # the first sorter's values alias, which drives the scan when present
    filtered: bool = False  # filters or a query: the total must be counted
    searched: bool = False  # a full-text query: the count needs the document rows


def property_of(schema: SchemaModel, name: Any, where: str) -> Property:
    found = schema.find(name) if isinstance(name, str) else None
    if found is None:
        raise problem(400, "invalidParameterValue", f"The schema has no property {name!r}.", where)
    return found


@dataclass(frozen=True)
class Condition:
    """One filter, read once and then rendered as SQL (root documents, from the values table) or evaluated
    in memory (embedded documents, from ``store.indexed_value``): both read the same columns the same way."""

    column: str  # "number_value", "text_value" or "folded_value"
    operator: str
    target: Any  # the column value compared with (a list for ``in``); None: matches nothing
    null: bool = False  # ``in`` with a null member, or ``equal``/``notEqual`` null: about missing values


def condition(prop: Property, raw: dict[str, Any], where: str) -> Condition:
    operator, value = raw.get("operator"), raw.get("value")
    sensitive = bool(raw.get("caseSensitive"))
    numeric = prop.data_type in NUMERIC_TYPES and operator != "like"

    def column_value(item: Any) -> Any:
        if numeric:
            return _number(item)
        try:
            text = item if isinstance(item, str) else store.key_of(item)
        except orjson.JSONEncodeError:  # an integer beyond 64 bits
            raise problem(400, "invalidParameterValue", "A filter value is out of range.", where) from None
        return text if sensitive else text.lower()

    column = "number_value" if numeric else "text_value" if sensitive else "folded_value"
    if operator == "in":
        if not isinstance(value, list):
            raise problem(400, "invalidParameterValue", "'in' takes an array.", where)
        items = [column_value(v) for v in value if v is not None]
        return Condition(column, "in", items, null=any(v is None for v in value))
    # The spec's enum refuses any other operator before the handler runs.
    if value is None:
        return Condition(column, str(operator), None, null=operator in ("equal", "notEqual"))
    return Condition(column, str(operator), column_value(value))


def _sql(found: Condition, alias: str) -> tuple[str, list[Any]]:
    column = f"{alias}.{found.column}"
    if found.operator == "in":
        items = list(found.target)
        parts = [f"{column} IN ({', '.join('?' * len(items))})"] if items else []
        if found.null:
            parts.append(f"{column} IS NULL")
        return ("(" + " OR ".join(parts) + ")") if parts else "1 = 0", items
    if found.null:
        return f"{column} {'IS NULL' if found.operator == 'equal' else 'IS NOT NULL'}", []
    if found.target is None:
        return "1 = 0", []
    if found.operator == "equal":
        return f"{column} = ?", [found.target]
    if found.operator == "notEqual":
        return f"({column} IS NULL OR {column} <> ?)", [found.target]
    if found.operator == "like":
        if found.column == "text_value":
            if found.target == "":
                return f"{column} IS NOT NULL", []
            # replace() is in both engines (instr is SQLite's only); SQLite's LIKE ignores case.
            return f"replace({column}, ?, '') <> {column}", [found.target]
        return f"{column} LIKE ? ESCAPE '!'", [f"%{_escaped(found.target)}%"]
    return f"{column} {OPERATORS[found.operator]} ?", [found.target]


def build(schema: SchemaModel, body: dict[str, Any]) -> Query:
    query = Query()
    for index, raw in enumerate(body.get("sorters") or []):
        prop = property_of(schema, raw.get("property"), f"sorters/{index}")
        alias = f"s{index}"
        column = "number_value" if prop.data_type in NUMERIC_TYPES else "text_value"
        descending = raw.get("direction") == "descending"
        query.order.append(f"{alias}.{column} {'DESC NULLS LAST' if descending else 'ASC NULLS FIRST'}")
        if query.driver is None:
            query.driver = alias
            query.where.append(f"{alias}.property = ?")
            query.params.append(prop.name)
        else:
            query.joins.append(
                f"JOIN charon_document_values {alias} ON {alias}.scope = d.scope"
                f" AND {alias}.schema_id = d.schema_id AND {alias}.doc_key = d.doc_key"
                f" AND {alias}.property = ?"
            )
            query.join_params.append(prop.name)
    for index, raw in enumerate(body.get("filters") or []):
        prop = property_of(schema, raw.get("property"), f"filters/{index}")
        alias = f"f{index}"
        condition_sql, values = _sql(condition(prop, raw, f"filters/{index}"), alias)
        if query.driver is None:
            # Without a sorter the first filter's index range drives the scan (matches in creation order).
            query.driver = alias
            query.where.append(f"{alias}.property = ? AND {condition_sql}")
        else:
            key = query.driver  # correlate on the driving row, so a count needs no document rows
            query.where.append(
                f"EXISTS (SELECT 1 FROM charon_document_values {alias} WHERE {alias}.scope = {key}.scope"
                f" AND {alias}.schema_id = {key}.schema_id AND {alias}.doc_key = {key}.doc_key"
                f" AND {alias}.property = ? AND {condition_sql})"
            )
        query.params += [prop.name, *values]
        query.filtered = True
    text = body.get("query")
    if isinstance(text, str) and text:
        query.filtered = query.searched = True
        query.where.append("d.search LIKE ? ESCAPE '!'")
        query.params.append(f"%{_escaped(text.lower())}%")
    query.order.append(f"{query.driver}.seq" if query.driver else "d.seq")
    return query


def page(
    storage: Storage, scope: str, schema: SchemaModel, body: dict[str, Any]
) -> tuple[list[dict[str, Any]], int]:
    """(documents of the page, total matches) for root documents of ``schema``."""
    query = build(schema, body)
    if query.driver:
        # The first sorter's (or filter's) index range drives; CROSS JOIN keeps SQLite from reordering.
        source = (
            f"charon_document_values {query.driver} CROSS JOIN charon_documents d {' '.join(query.joins)}"
        )
        base = [
            f"{query.driver}.scope = ?",
            f"{query.driver}.schema_id = ?",
            f"d.scope = {query.driver}.scope",
            f"d.schema_id = {query.driver}.schema_id",
            f"d.doc_key = {query.driver}.doc_key",
        ]
    else:
        source = f"charon_documents d {' '.join(query.joins)}"
        base = ["d.scope = ?", "d.schema_id = ?"]
    where = " AND ".join(base + query.where)
    params = [*query.join_params, scope, schema.id, *query.params]
    skip, take = body.get("skip") or 0, body.get("take")
    sql = f"SELECT d.body FROM {source} WHERE {where} ORDER BY {', '.join(query.order)} LIMIT ? OFFSET ?"
    found = storage.all(sql, [*params, ALL if take is None else take, skip])
    if query.filtered and query.driver and not query.searched:
        # Value rows only: a count over the matches' index entries, not over their documents.
        counted = " AND ".join([f"{query.driver}.scope = ?", f"{query.driver}.schema_id = ?", *query.where])
        sql = f"SELECT count(*) FROM charon_document_values {query.driver} WHERE {counted}"
        total = int(storage.scalar(sql, [scope, schema.id, *query.params]))
    elif query.filtered:
        total = int(storage.scalar(f"SELECT count(*) FROM {source} WHERE {where}", params))
    else:  # every document has a row per property, so a sorter does not change the count
        total = store.count(storage, scope, schema.id)
    return [orjson.loads(row[0]) for row in found], total


def project(document: dict[str, Any], select: list[str] | None) -> dict[str, Any]:
    """The ``select`` projection: the named JSON Pointers (top level or nested), ``Id`` always kept."""
    if not select:
        return document
    result: dict[str, Any] = {"Id": document.get("Id")}
    for pointer in select:
        parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]
        source: Any = document
        for part in parts:
            if not isinstance(source, dict) or part not in source:
                break  # a missing member (a present null is kept)
            source = source[part]
        else:
            # Each prefix in the result is a new object or the document's own object on this path.
            target = result
            for part in parts[:-1]:
                target = target.setdefault(part, {})
            target[parts[-1]] = source
    return result
