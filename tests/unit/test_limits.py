"""The core's bounds on what a request can have the emulator hold (emulators/core/limits.py), at the edges."""

from __future__ import annotations

import orjson
import pytest

from emulators.core.http import ApiProblem
from emulators.core.limits import (
    ENCODER_DEPTH,
    MAX_JSON_DEPTH,
    check_body_depth,
    dump_json,
    json_array,
    json_depth,
    too_deep,
)


def nested(depth: int, leaf: object = 1) -> object:
    """A value ``depth`` levels deep, alternating lists and objects."""
    value = leaf
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


def test_depth_counts_containers_not_scalars() -> None:
    assert json_depth(1) == 0 and json_depth("deep") == 0 and json_depth(None) == 0
    assert json_depth([]) == 1 and json_depth({}) == 1
    assert json_depth([1, "a", None]) == 1
    assert json_depth({"a": {"b": []}}) == 3
    assert json_depth(nested(7)) == 7


def test_depth_is_the_deepest_branch_wherever_it_is() -> None:
    assert json_depth([[[[]]], []]) == 4  # first child deepest
    assert json_depth([[], [[[]]]]) == 4  # last child deepest
    assert json_depth({"a": [], "b": {"c": [{}]}, "d": 1}) == 4
    # keys are not values: a key cannot nest
    assert json_depth({"[[[[": 1}) == 1


def test_depth_walks_far_beyond_the_recursion_limit() -> None:
    assert json_depth(nested(5_000)) == 5_000


def test_too_deep_is_strictly_beyond_the_limit() -> None:
    for depth in (MAX_JSON_DEPTH - 1, MAX_JSON_DEPTH, MAX_JSON_DEPTH + 1):
        value = nested(depth)
        body = orjson.dumps(value)
        assert too_deep(body, value) is (depth > MAX_JSON_DEPTH), depth
    assert too_deep(b"[[[]]]", [[[]]], limit=2) and not too_deep(b"[[[]]]", [[[]]], limit=3)
    # At the limit with more brackets than the limit (siblings): walked, and still not too deep.
    assert not too_deep(b"[[],[],{}]", [[], [], {}], limit=2)
    assert too_deep(b"[[[]],[]]", [[[]], []], limit=2)


def test_a_body_with_few_brackets_is_cleared_without_walking_the_value() -> None:
    # The bytes can hold no more levels than brackets: three brackets clear a limit of 3 whatever the value.
    assert not too_deep(b"[{}]{", nested(50), limit=3)
    # Brackets beyond the limit are not enough on their own: the value decides.
    assert not too_deep(b'["[[[[[[", "{{{{{{"]', ["[[[[[[", "{{{{{{"], limit=3)


def test_a_body_nested_too_deep_gets_the_given_status_and_code() -> None:
    check_body_depth(b"[[]]", [[]], 422, limit=2)  # at the limit: accepted
    with pytest.raises(ApiProblem) as refused:
        check_body_depth(b"[[[]]]", [[[]]], 422, limit=2)
    assert refused.value.status == 422
    assert refused.value.code == "too_deep"
    assert "more than 2 levels deep" in refused.value.message


def test_dump_json_stores_compact_json_up_to_the_limit() -> None:
    assert dump_json({"a": [1, "x", None, True]}) == '{"a":[1,"x",null,true]}'
    text = dump_json(nested(MAX_JSON_DEPTH))
    assert json_depth(orjson.loads(text)) == MAX_JSON_DEPTH


def test_dump_json_refuses_a_value_deeper_than_the_limit_with_the_given_status() -> None:
    with pytest.raises(ApiProblem) as refused:
        dump_json(nested(MAX_JSON_DEPTH + 1), 409)
    assert refused.value.status == 409 and refused.value.code == "too_deep"
    assert f"more than {MAX_JSON_DEPTH} levels deep" in refused.value.message
    with pytest.raises(ApiProblem) as default:
        dump_json([[[]]], limit=2)
    assert default.value.status == 400


def test_dump_json_refuses_what_the_encoder_cannot_write_instead_of_crashing() -> None:
    with pytest.raises(ApiProblem) as refused:
        dump_json({"n": 2**64}, 422)
    assert refused.value.status == 422 and "cannot be stored" in refused.value.message
    # The limit stays below the encoder's, with room for a response's wrapping levels.
    assert MAX_JSON_DEPTH + 8 < ENCODER_DEPTH
    # ... which is where orjson stops: ENCODER_DEPTH levels fail (a TypeError), one fewer encodes.
    with pytest.raises(TypeError, match="Recursion limit"):
        orjson.dumps(nested(ENCODER_DEPTH))
    assert json_depth(orjson.loads(orjson.dumps(nested(ENCODER_DEPTH - 1)))) == ENCODER_DEPTH - 1


def test_json_array_is_one_parameter_holding_every_value() -> None:
    assert json_array([1, "a", None]) == '[1,"a",null]'
    assert json_array(()) == "[]"
    assert orjson.loads(json_array(range(100_000))) == list(range(100_000))
