"""How a generated client names its resources and methods (deterministic; collisions fail generation).

1. Resource: one per tag (an operation's first tag; ``default`` when it has none), named by the tag's
   snake_case (``Data stores`` -> ``data_stores``). A tag nests under another when its name starts with
   the other's name in the singular plus ``_`` (``data_store_records`` under ``data_stores``); its
   attribute is the rest (``client.data_stores.records``). The longest such parent wins.
2. Method: the operationId in snake_case with the resource's noun removed: the first run of words after the
   verb equal to the resource's full noun (``data_store_record``) or its last noun (``record``), in singular
   or plural form, the last noun only in a nested resource (``list_data_store_records`` -> ``list``,
   ``get_data_store`` -> ``get``,
   ``get_process_result_raw`` -> ``get_result_raw``). When only the verb is left, the noun was plural and the
   verb is not ``list``/``get``, ``_many`` is added (``delete_data_stores`` -> ``delete_many``), so a bulk
   operation never takes the name of the single one. A Python keyword gets a trailing ``_`` (``import_``).
"""

from __future__ import annotations

import keyword

from openapi_python_client.strings import snake_case


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def plural(word: str) -> str:
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def _strip_noun(words: list[str], noun: list[str]) -> tuple[list[str], bool] | None:
    """``words`` without the first run (after the verb) equal to ``noun``; whether that run was plural."""
    base = [*noun[:-1], singular(noun[-1])]
    size = len(base)
    for start in range(1, len(words) - size + 1):
        run = words[start : start + size]
        if run[:-1] != base[:-1]:
            continue
        if run[-1] == base[-1]:
            return words[:start] + words[start + size :], False
        if run[-1] == plural(base[-1]):
            return words[:start] + words[start + size :], True
    return None


def method_name(operation_id: str, nouns: list[list[str]]) -> str:
    """The method name of an operation in a resource whose nouns (full first, then leaf) are ``nouns``."""
    words = snake_case(operation_id).split("_")
    for noun in nouns:
        stripped = _strip_noun(words, noun)
        if stripped is None:
            continue
        rest, was_plural = stripped
        if len(rest) == 1 and was_plural and rest[0] not in {"list", "get"}:
            rest = [rest[0], "many"]
        words = rest
        break
    name = "_".join(words)
    return name + "_" if keyword.iskeyword(name) else name
