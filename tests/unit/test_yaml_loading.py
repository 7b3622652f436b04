"""The fast YAML loader must build what PyYAML's own safe loader builds, for everything a spec can hold."""

from __future__ import annotations

import pytest
import yaml

from openapi_toolkit import loading

# YAML 1.1's implicit types are where parsers disagree: booleans spelled `on`/`yes`, octal and sexagesimal
# numbers, timestamps, nulls spelled `~`, merge keys, anchors, block scalars and escapes.
TRICKY = """
openapi: 3.1.0
flags: [on, off, yes, no, true, False, ~, null]
numbers: [0o17, 017, 0x1F, 1_000, 190:20:30, 1e3, 1.5e+3, .inf, -.Inf, .nan]
when: [2026-12-02, 2026-12-02T02:19:03Z]
base: &base {type: string, maxLength: 3}
merged: {<<: *base, minLength: 1}
text: |
  two
  lines
folded: >-
  one
  line
escaped: "tab\\there \\u00e9 \\x41"
200: status written as an integer
"""


def test_it_builds_what_the_safe_loader_builds() -> None:
    fast = loading.parse_yaml(TRICKY)
    assert repr(fast) == repr(yaml.safe_load(TRICKY))  # repr: NaN is not equal to itself
    assert fast["flags"][:4] == [True, False, True, False]
    assert fast["merged"] == {"type": "string", "maxLength": 3, "minLength": 1}


def test_it_uses_the_c_parser_when_pyyaml_has_it() -> None:
    if not yaml.__with_libyaml__:
        pytest.skip("this PyYAML was built without libyaml")
    assert loading.SafeLoader is yaml.CSafeLoader


def test_a_syntax_error_is_a_yaml_error_with_its_position() -> None:
    with pytest.raises(yaml.YAMLError) as raised:
        loading.parse_yaml("a: [1, 2\nb: 3\n")
    mark = getattr(raised.value, "problem_mark", None)
    assert mark is not None and mark.line >= 1
