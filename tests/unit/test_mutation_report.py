"""The mutation session's report: which survivors change only letter case, and which modules are targets.

A case-only survivor is listed apart (SQL text and ``sqlite3.Row`` keys ignore case), so the rule must not
swallow a survivor that changes anything else on the line.
"""

from __future__ import annotations

from noxfile import ROOT, matching_files, module_targets, only_case_changed


def diff(removed: list[str], added: list[str]) -> str:
    head = "# m: survived\n--- a.py\n+++ a.py\n@@ -1,3 +1,3 @@\n     context\n"
    return head + "".join(f"-{line}\n" for line in removed) + "".join(f"+{line}\n" for line in added)


def test_a_case_change_of_sql_or_a_key_is_case_only() -> None:
    sql = '        "SELECT id FROM t WHERE x = ?", (x,)'
    assert only_case_changed(diff([sql], [sql.lower()]))
    key = '    ids = [r["id"] for r in rows]'
    assert only_case_changed(diff([key], [key.replace('"id"', '"ID"')]))


def test_any_other_change_is_not() -> None:
    assert not only_case_changed(diff(['    x = "a"'], ['    x = "XXaXX"']))
    assert not only_case_changed(diff(["    if a < b:"], ["    if a <= b:"]))
    # the same line twice (no change), a dropped line, and a diff with nothing removed
    assert not only_case_changed(diff(["    x = 1"], ["    x = 1"]))
    assert not only_case_changed(diff(["    x = 1", "    y = 2"], ["    X = 1"]))
    assert not only_case_changed(diff([], ["    x = 1"]))
    # one case-only line does not excuse another that changes more
    assert not only_case_changed(diff(['    a = "Q"', "    b = 1"], ['    a = "q"', "    b = 2"]))


def test_the_case_of_a_json_key_a_code_or_a_message_matters() -> None:
    key = '    return {"pictureUrl": url}'
    assert not only_case_changed(diff([key], [key.replace("pictureUrl", "pictureurl")]))
    member = '    doc["spaceId"] = store["spaceId"]'
    assert not only_case_changed(diff([member], [member.replace('doc["spaceId"]', 'doc["SPACEID"]')]))
    role = '    if role == "owner":'
    assert not only_case_changed(diff([role], [role.replace("owner", "OWNER")]))
    message = '    raise ApiProblem(400, "The data store is not valid.")'
    assert not only_case_changed(diff([message], [message.lower()]))
    row = '    return load_doc(row["doc"])'
    assert only_case_changed(diff([row], [row.replace('"doc"', '"DOC"')]))


def test_every_module_of_a_package_is_a_target_with_the_given_tests() -> None:
    targets = module_targets("qlik", ["tests/emulator/test_qlik.py"])
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "emulators/qlik").glob("*.py")}
    assert set(targets) == modules - {"emulators/qlik/__init__.py"}
    assert set(map(tuple, targets.values())) == {("tests/emulator/test_qlik.py",)}
    charon = module_targets("charon", [])
    assert "emulators/charon/formats/xliff.py" in charon  # subpackages too
    assert "emulators/charon/__init__.py" not in charon


def test_matching_files_expands_patterns_sorted() -> None:
    found = matching_files("tests/unit/test_mutation_*.py")
    assert found == sorted(found)
    assert "tests/unit/test_mutation_report.py" in found
    assert all(f.startswith("tests/unit/test_mutation_") for f in found)
