"""The spec lint: every problem is ``name#<JSON pointer>: ...`` and points where the problem is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.lint import lint_spec, main

NAME = "specs/toy.yaml"
THING_GET = "/paths/~1things~1{thingId}/get"
JSON_BODY = "content/application~1json"

CLEAN = """
openapi: 3.1.0
info:
  title: Toy
  version: '1'
paths:
  /things:
    post:
      operationId: createThing
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Thing'}
            example: {id: 1, name: first}
      responses:
        '200':
          description: Created.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
              examples:
                inline: {value: {id: 1, name: first}}
                shared: {$ref: '#/components/examples/Thing'}
          links:
            getThing:
              operationId: getThing
              parameters: {thingId: $response.body#/id}
        '400': {$ref: '#/components/responses/BadRequest'}
  /things/{thingId}:
    parameters:
      - name: thingId
        in: path
        required: true
        description: Id of the thing.
        schema: {type: integer, minimum: 1}
        example: 7
    get:
      operationId: getThing
      parameters:
        - $ref: '#/components/parameters/Verbose'
      responses:
        '200':
          description: The thing.
          headers:
            X-Rate:
              description: Requests left.
              schema: {type: integer}
              example: 10
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
              example: {id: 7, name: seventh, created: '2024-05-01T10:00:00Z'}
        '404': {$ref: '#/components/responses/NotFound'}
components:
  parameters:
    Verbose:
      name: verbose
      in: query
      description: Return every field.
      schema: {type: boolean}
      example: true
  examples:
    Thing:
      value: {id: 2, name: second}
  responses:
    BadRequest:
      description: Invalid request.
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Error'}
          example: {message: bad}
    NotFound:
      description: No such thing.
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Error'}
  schemas:
    Error:
      type: object
      required: [message]
      properties:
        message: {type: string, example: Not found}
    Thing:
      type: object
      required: [id, name]
      properties:
        id: {type: integer, minimum: 1, examples: [1, 2]}
        name: {type: string, maxLength: 20}
        created: {type: string, format: date-time}
        default: {type: boolean, default: false, description: A property named like a keyword.}
"""


@pytest.fixture
def doc() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(CLEAN)
    return loaded


def problems_at(doc: dict[str, Any], pointer: str) -> list[str]:
    return [p for p in lint_spec(doc, name=NAME) if p.startswith(f"{NAME}#{pointer}: ")]


def test_a_clean_spec_has_no_problems(doc: dict[str, Any]) -> None:
    assert lint_spec(doc, name=NAME) == []


def test_duplicate_operation_id_names_both_locations(doc: dict[str, Any]) -> None:
    doc["paths"]["/things/{thingId}"]["get"]["operationId"] = "createThing"
    problems = lint_spec(doc, name=NAME)
    duplicates = [p for p in problems if "duplicate operationId" in p]
    assert duplicates == [
        f"{NAME}#{THING_GET}/operationId: duplicate operationId 'createThing', "
        "also at #/paths/~1things/post/operationId"
    ]


def test_missing_operation_id(doc: dict[str, Any]) -> None:
    del doc["paths"]["/things"]["post"]["operationId"]
    assert problems_at(doc, "/paths/~1things/post") == [
        f"{NAME}#/paths/~1things/post: the operation has no operationId"
    ]


def test_media_type_example_not_matching_its_schema(doc: dict[str, Any]) -> None:
    body = doc["paths"]["/things/{thingId}"]["get"]["responses"]["200"]["content"]["application/json"]
    body["example"]["id"] = "seven"
    [problem] = lint_spec(doc, name=NAME)
    assert problem.startswith(f"{NAME}#{THING_GET}/responses/200/{JSON_BODY}/example: ")
    assert "does not match its schema" in problem
    assert "(at /id)" in problem
    assert "'seven' is not of type 'integer'" in problem


def test_example_format_is_checked(doc: dict[str, Any]) -> None:
    body = doc["paths"]["/things/{thingId}"]["get"]["responses"]["200"]["content"]["application/json"]
    body["example"]["created"] = "yesterday"
    [problem] = lint_spec(doc, name=NAME)
    assert f"{THING_GET}/responses/200/{JSON_BODY}/example: " in problem
    assert "is not a 'date-time'" in problem


def test_examples_values_parameters_headers_and_schemas_are_checked(doc: dict[str, Any]) -> None:
    post_200 = doc["paths"]["/things"]["post"]["responses"]["200"]
    post_200["content"]["application/json"]["examples"]["inline"]["value"]["name"] = 3
    doc["components"]["examples"]["Thing"]["value"] = {"id": 0, "name": "zero"}
    doc["paths"]["/things/{thingId}"]["parameters"][0]["example"] = 0
    doc["paths"]["/things/{thingId}"]["get"]["responses"]["200"]["headers"]["X-Rate"]["example"] = "many"
    doc["components"]["parameters"]["Verbose"]["example"] = "yes"
    doc["components"]["schemas"]["Error"]["properties"]["message"]["example"] = 404
    doc["components"]["schemas"]["Thing"]["properties"]["id"]["examples"] = [1, -1]
    pointers = sorted(p.split(": ", 1)[0].split("#", 1)[1] for p in lint_spec(doc, name=NAME))
    assert pointers == sorted(
        [
            f"/paths/~1things/post/responses/200/{JSON_BODY}/examples/inline/value",
            # a shared example is reported where it is used against a schema
            f"/paths/~1things/post/responses/200/{JSON_BODY}/examples/shared",
            "/paths/~1things~1{thingId}/parameters/0/example",
            f"{THING_GET}/responses/200/headers/X-Rate/example",
            "/components/parameters/Verbose/example",
            "/components/schemas/Error/properties/message/example",
            "/components/schemas/Thing/properties/id/examples/1",
        ]
    )


def test_missing_error_response(doc: dict[str, Any]) -> None:
    del doc["paths"]["/things/{thingId}"]["get"]["responses"]["404"]
    assert lint_spec(doc, name=NAME) == [
        f"{NAME}#{THING_GET}/responses: no 4xx response has the error schema "
        "#/components/schemas/Error as its JSON body"
    ]


def test_a_4xx_response_with_another_schema_does_not_count(doc: dict[str, Any]) -> None:
    doc["paths"]["/things/{thingId}"]["get"]["responses"]["404"] = {
        "description": "Not found.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
    }
    assert problems_at(doc, f"{THING_GET}/responses")


def test_x_error_schema_names_the_error_schema(doc: dict[str, Any]) -> None:
    doc["info"]["x-error-schema"] = "Thing"
    suffix = ": no 4xx response has the error schema #/components/schemas/Thing as its JSON body"
    assert lint_spec(doc, name=NAME) == [
        f"{NAME}#/paths/~1things/post/responses{suffix}",
        f"{NAME}#{THING_GET}/responses{suffix}",
    ]
    doc["info"]["x-error-schema"] = "NoSuchSchema"
    assert problems_at(doc, "/info/x-error-schema") == [
        f"{NAME}#/info/x-error-schema: 'NoSuchSchema' names no schema in components/schemas"
    ]


def test_unknown_link_operation_id(doc: dict[str, Any]) -> None:
    links = doc["paths"]["/things"]["post"]["responses"]["200"]["links"]
    links["getThing"]["operationId"] = "getThingy"
    assert lint_spec(doc, name=NAME) == [
        f"{NAME}#/paths/~1things/post/responses/200/links/getThing/operationId: "
        "unknown operationId 'getThingy'"
    ]


def test_parameter_without_description_or_schema(doc: dict[str, Any]) -> None:
    verbose = doc["components"]["parameters"]["Verbose"]
    del verbose["description"]
    del verbose["schema"]
    del verbose["example"]
    problems = problems_at(doc, "/components/parameters/Verbose")
    assert f"{NAME}#/components/parameters/Verbose: parameter 'verbose' has no description" in problems
    assert f"{NAME}#/components/parameters/Verbose: parameter 'verbose' has no schema" in problems


def test_openapi_validation_errors_are_reported_at_their_pointer(doc: dict[str, Any]) -> None:
    del doc["paths"]["/things/{thingId}"]["get"]["responses"]["200"]["description"]
    doc["components"]["schemas"]["Thing"]["properties"]["name"]["type"] = "strng"
    problems = lint_spec(doc, name=NAME)
    assert f'{NAME}#{THING_GET}/responses/200: "description" is a required property' in problems
    # found by a keyword validator through a $ref, reported where the schema is written
    assert any(p.startswith(f"{NAME}#/components/schemas/Thing/properties/name/type: ") for p in problems)


def test_a_broken_reference_is_reported_without_crashing(doc: dict[str, Any]) -> None:
    doc["components"]["responses"]["NotFound"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Missing"
    }
    problems = lint_spec(doc, name=NAME)
    assert (
        f"{NAME}#/components/responses/NotFound/{JSON_BODY}/schema/$ref: "
        "'#/components/schemas/Missing' points to nothing"
    ) in problems


def test_unquoted_status_codes_are_fine(doc: dict[str, Any]) -> None:
    responses = doc["paths"]["/things/{thingId}"]["get"]["responses"]
    responses[404] = responses.pop("404")  # what YAML makes of an unquoted 404:
    assert lint_spec(doc, name=NAME) == []


def test_cli(tmp_path: Path, doc: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    clean = tmp_path / "clean.yaml"
    clean.write_text(yaml.safe_dump(doc, sort_keys=False))
    assert main([str(clean)]) == 0
    del doc["paths"]["/things"]["post"]["responses"]["400"]
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(doc, sort_keys=False))
    capsys.readouterr()
    assert main([str(clean), str(broken)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1
    assert out[0].endswith(
        "broken.yaml#/paths/~1things/post/responses: no 4xx response has the error schema "
        "#/components/schemas/Error as its JSON body"
    )
