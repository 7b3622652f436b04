"""What the api-diff tests share: a small base document, pointers into it, and a diff of one mutation."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import yaml

from codegen.diff import Change, diff_specs

BASE_YAML = """
openapi: 3.1.0
info: {title: Toy, version: '1'}
security:
  - token: []
paths:
  /things:
    get:
      operationId: listThings
      summary: List things.
      description: Every thing.
      parameters:
        - {name: limit, in: query, description: Page size., schema: {type: integer, maximum: 100}}
        - $ref: '#/components/parameters/Cursor'
      responses:
        '200':
          description: The things.
          content:
            application/json:
              schema:
                type: object
                required: [items]
                properties:
                  items: {type: array, items: {$ref: '#/components/schemas/Thing'}}
              example: {items: []}
        '400': {description: Bad request.}
    post:
      operationId: createThing
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/ThingInput'}
      responses:
        '201':
          description: Created.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
  /things/{thingId}:
    parameters:
      - {name: thingId, in: path, required: true, schema: {type: string}}
    get:
      operationId: getThing
      responses:
        '200': {$ref: '#/components/responses/Thing'}
        '404': {description: Not found.}
    delete:
      operationId: deleteThing
      security:
        - token: [write]
      responses:
        '204': {description: Deleted.}
components:
  parameters:
    Cursor: {name: cursor, in: query, description: Page cursor., schema: {type: string}}
  responses:
    Thing:
      description: One thing.
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Thing'}
  schemas:
    Thing:
      type: object
      description: A thing.
      required: [id, name, status]
      properties:
        id: {type: integer}
        name: {type: string, example: lamp}
        status: {type: string, enum: [active, archived]}
        score: {type: number}
        parent: {$ref: '#/components/schemas/Thing'}
        children: {type: array, items: {$ref: '#/components/schemas/Thing'}}
    ThingInput:
      type: object
      additionalProperties: false
      required: [name]
      properties:
        name: {type: string}
        kind: {type: string, enum: [a, b]}
        weight: {type: number}
        note: {type: [string, 'null']}
        tags: {type: array, items: {type: string}}
  securitySchemes:
    token: {type: apiKey, in: header, name: Authorization, description: A token.}
"""
BASE: dict[str, Any] = yaml.safe_load(BASE_YAML)

THINGS_GET = "/paths/~1things/get"
THINGS_POST = "/paths/~1things/post"
THING_ITEM = "/paths/~1things~1{thingId}"
THING = "/components/schemas/Thing"
INPUT = "/components/schemas/ThingInput"


def diff(mutate: Callable[[dict[str, Any]], object]) -> list[Change]:
    new = copy.deepcopy(BASE)
    mutate(new)
    return diff_specs(BASE, new)


def schemas(doc: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = doc["components"]["schemas"]
    return result


def find(changes: list[Change], pointer: str, text: str = "") -> Change:
    hits = [c for c in changes if c.pointer == pointer and text in c.message]
    assert len(hits) == 1, f"no single change at {pointer} with {text!r} in {changes}"
    return hits[0]


def only(changes: list[Change], pointer: str, breaking: bool, text: str = "") -> Change:
    assert len(changes) == 1, changes
    change = find(changes, pointer, text)
    assert change.breaking is breaking, change
    return change
