"""The breaking-change detector at document level (operations, parameters, security), bump/changelog, and the
CLI against git; the schema-level rules are in test_api_diff_schemas.py."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.diff import Change, bump, changelog_entry, diff_specs
from codegen.diff.cli import main
from codegen.diff.common import ROOT
from tests.unit.api_diff_support import (
    BASE,
    THING_ITEM,
    THINGS_GET,
    diff,
    find,
    only,
    schemas,
)

# ------------------------------------------------------------------------------------------- basics


def test_identical_documents_have_no_changes() -> None:
    assert diff_specs(BASE, copy.deepcopy(BASE)) == []


def test_descriptions_summaries_and_examples_are_ignored() -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["info"]["description"] = "New words."
        get = doc["paths"]["/things"]["get"]
        get["summary"] = "Lists things."
        get["description"] = "Other words."
        get["parameters"][0]["description"] = "How many."
        get["responses"]["200"]["description"] = "Things!"
        get["responses"]["200"]["content"]["application/json"]["example"] = {"items": [{"id": 1}]}
        schemas(doc)["Thing"]["description"] = "A thing, described."
        schemas(doc)["Thing"]["properties"]["name"]["example"] = "chair"
        schemas(doc)["Thing"]["properties"]["name"]["title"] = "Name"
        doc["components"]["securitySchemes"]["token"]["description"] = "Another token."

    assert diff(edit) == []


@pytest.mark.parametrize("path", sorted((ROOT / "specs").glob("*.yaml")), ids=lambda p: p.stem)
def test_each_project_spec_equals_itself(path: Path) -> None:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:  # being edited
        pytest.skip(f"{path.name} does not parse: {error}")
    assert diff_specs(doc, copy.deepcopy(doc)) == []


def test_order_is_deterministic() -> None:
    def edit(doc: dict[str, Any]) -> None:
        del doc["paths"]["/things"]["post"]
        schemas(doc)["Thing"]["properties"]["status"]["enum"].append("lost")
        doc["paths"]["/things"]["get"]["parameters"].append({"name": "q", "in": "query", "schema": {}})

    first = diff(edit)
    assert len(first) == 3
    assert diff(edit) == first


# ------------------------------------------------------------------------------------ operations


def test_operation_removed_is_breaking() -> None:
    changes = diff(lambda doc: doc["paths"]["/things/{thingId}"].pop("delete"))
    change = only(changes, f"{THING_ITEM}/delete", True, "DELETE /things/{thingId}")
    assert "deleteThing" in change.message and "removed" in change.message
    assert bump("1.4.2", changes) == "2.0.0"


def test_operation_added_is_not_breaking() -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["paths"]["/things/{thingId}"]["patch"] = {
            "operationId": "updateThing",
            "responses": {"200": {"description": "ok"}},
        }

    only(diff(edit), f"{THING_ITEM}/patch", False, "added")


def test_operation_id_renamed_is_breaking() -> None:
    changes = diff(lambda doc: doc["paths"]["/things"]["get"].update(operationId="listAllThings"))
    change = only(changes, f"{THINGS_GET}/operationId", True, "operationId renamed")
    assert "listThings" in change.message and "listAllThings" in change.message


def test_renamed_path_parameter_is_compared_as_the_same_endpoint() -> None:
    def edit(doc: dict[str, Any]) -> None:
        item = doc["paths"].pop("/things/{thingId}")
        item["parameters"][0]["name"] = "id"
        doc["paths"]["/things/{id}"] = item

    changes = diff(edit)
    assert all(c.breaking for c in changes)
    find(changes, f"{THING_ITEM}/parameters/0", "GET /things/{id}: parameter 'thingId' (path) removed")
    find(changes, "/paths/~1things~1{id}/parameters/0", "DELETE /things/{id}: new required parameter 'id'")
    assert len(changes) == 4
    assert not [c for c in changes if "operation" in c.message]


# ------------------------------------------------------------------------------------ parameters


def test_parameter_removed_is_breaking_and_bumps_major() -> None:
    changes = diff(lambda doc: doc["paths"]["/things"]["get"]["parameters"].pop(0))
    only(changes, f"{THINGS_GET}/parameters/0", True, "parameter 'limit' (query) removed")
    assert bump("1.4.2", changes) == "2.0.0"


def test_optional_parameter_added_is_not_breaking_and_bumps_minor() -> None:
    param = {"name": "sort", "in": "query", "schema": {"type": "string"}}
    changes = diff(lambda doc: doc["paths"]["/things"]["get"]["parameters"].append(param))
    only(changes, f"{THINGS_GET}/parameters/2", False, "optional parameter 'sort'")
    assert bump("1.4.2", changes) == "1.5.0"


def test_new_required_parameter_is_breaking() -> None:
    param = {"name": "X-Team", "in": "header", "required": True, "schema": {"type": "string"}}
    changes = diff(lambda doc: doc["paths"]["/things"]["get"]["parameters"].append(param))
    only(changes, f"{THINGS_GET}/parameters/2", True, "new required parameter 'x-team' (header)")


def test_parameter_made_required_is_breaking() -> None:
    changes = diff(lambda doc: doc["paths"]["/things"]["get"]["parameters"][0].update(required=True))
    only(changes, f"{THINGS_GET}/parameters/0", True, "is now required")


def test_parameter_moved_to_another_location_is_breaking() -> None:
    changes = diff(lambda doc: doc["components"]["parameters"]["Cursor"].update({"in": "header"}))
    only(changes, "/components/parameters/Cursor", True, "moved from query to header")


def test_parameter_type_changed_through_ref_is_breaking() -> None:
    changes = diff(lambda doc: doc["components"]["parameters"]["Cursor"].update(schema={"type": "integer"}))
    change = only(changes, "/components/parameters/Cursor/schema/type", True, "type changed")
    assert "string to integer" in change.message


def test_parameter_tighter_maximum_is_breaking_and_looser_is_not() -> None:
    def tighten(doc: dict[str, Any]) -> None:
        doc["paths"]["/things"]["get"]["parameters"][0]["schema"]["maximum"] = 50

    def relax(doc: dict[str, Any]) -> None:
        doc["paths"]["/things"]["get"]["parameters"][0]["schema"]["maximum"] = 500

    pointer = f"{THINGS_GET}/parameters/0/schema/maximum"
    only(diff(tighten), pointer, True, "tightened")
    only(diff(relax), pointer, False, "relaxed")


# -------------------------------------------------------------------------------------- security


def test_security_changes() -> None:
    scheme = diff(lambda doc: doc["components"]["securitySchemes"]["token"].update(name="X-Api-Key"))
    only(scheme, "/components/securitySchemes/token/name", True, "security scheme 'token'")

    def bearer(doc: dict[str, Any]) -> None:
        doc["components"]["securitySchemes"]["bearer"] = {"type": "http", "scheme": "bearer"}
        doc["security"] = [{"bearer": []}]

    changes = diff(bearer)
    assert find(changes, "/security", "token no longer accepted").breaking
    assert not find(changes, "/components/securitySchemes/bearer").breaking

    scope = diff(
        lambda doc: doc["paths"]["/things/{thingId}"]["delete"].update(security=[{"token": ["admin"]}])
    )
    assert any(c.breaking and "token[write] no longer accepted" in c.message for c in scope)

    anonymous = diff(lambda doc: doc["paths"]["/things/{thingId}"]["delete"]["security"].append({}))
    only(anonymous, f"{THING_ITEM}/delete/security", False, "anonymous access")


# ------------------------------------------------------------------------------- bump / changelog

BREAKING = [Change(True, "/paths/~1a/get", "operation GET /a removed")]
ADDED = [Change(False, "/paths/~1b/get", "operation GET /b added")]


def test_bump() -> None:
    assert bump("1.4.2", BREAKING + ADDED) == "2.0.0"
    assert bump("1.4.2", ADDED) == "1.5.0"
    assert bump("1.4.2", []) == "1.4.2"
    assert bump("0.3.1", BREAKING) == "0.4.0"
    assert bump("0.3.1", ADDED) == "0.3.2"
    assert bump("0.3.1", []) == "0.3.1"
    assert bump("v2.0.1", ADDED) == "v2.1.0"
    assert bump("1.0.0-rc.1", BREAKING) == "2.0.0"
    with pytest.raises(ValueError, match="semver"):
        bump("v2", ADDED)


def test_changelog_entry() -> None:
    text = changelog_entry("make", "1.4.2", "2.0.0", ADDED + BREAKING)
    assert text.startswith("## 2.0.0\n")
    assert "`make`" in text and "1.4.2" in text
    breaking, added = text.split("### Breaking")[1].split("### Added / changed")
    assert "- operation GET /a removed (`/paths/~1a/get`)" in breaking
    assert "GET /b" not in breaking
    assert "- operation GET /b added (`/paths/~1b/get`)" in added
    assert text == changelog_entry("make", "1.4.2", "2.0.0", ADDED + BREAKING)
    empty = changelog_entry("make", "1.4.2", "1.5.0", ADDED)
    assert empty.split("### Breaking")[1].split("###")[0].strip() == "- None."


# ------------------------------------------------------------------------------------------- CLI

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(root: Path, *args: str) -> None:
    subprocess.run(
        [
            "git",
            "-c",
            "user.name=test",
            "-c",
            "user.email=test@example.com",
            "-c",
            "commit.gpgsign=false",
            *args,
        ],
        cwd=root,
        check=True,
        capture_output=True,
    )


def write(root: Path, name: str, doc: dict[str, Any]) -> None:
    (root / "specs").mkdir(exist_ok=True)
    (root / "specs" / f"{name}.yaml").write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q")
    write(tmp_path, "toy", BASE)
    git(tmp_path, "add", "specs")
    git(tmp_path, "commit", "-q", "-m", "spec")
    return tmp_path


@needs_git
def test_cli_reports_breaking_changes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = copy.deepcopy(BASE)
    new["paths"]["/things"]["get"]["parameters"].pop(0)
    new["paths"]["/things"]["get"]["parameters"].append({"name": "sort", "in": "query", "schema": {}})
    write(repo, "toy", new)
    write(repo, "extra", BASE)

    assert main(["--base", "HEAD", "toy", "extra"], root=repo) == 0
    out = capsys.readouterr().out
    toy = out.split("extra:")[0]
    assert "toy: 1 breaking, 1 non-breaking" in toy
    breaking, non_breaking = toy.split("non-breaking:")
    assert f"{THINGS_GET}/parameters/0: GET /things: parameter 'limit' (query) removed" in breaking
    assert "'sort'" in non_breaking
    assert "extra: new spec" in out

    assert main(["--base", "HEAD", "--fail-on-breaking"], root=repo) == 1
    assert main(["--fail-on-breaking", "extra"], root=repo) == 0


@needs_git
def test_cli_without_changes_and_with_bad_input(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--fail-on-breaking"], root=repo) == 0
    out = capsys.readouterr().out
    assert "toy: 0 breaking, 0 non-breaking" in out and "(none)" in out

    assert main(["--base", "no-such-ref"], root=repo) == 2
    assert "no-such-ref" in capsys.readouterr().err
    assert main(["missing"], root=repo) == 2
    assert "missing" in capsys.readouterr().err

    (repo / "specs" / "toy.yaml").unlink()
    assert main(["--fail-on-breaking"], root=repo) == 1
    assert "toy: spec removed" in capsys.readouterr().out


@needs_git
def test_cli_without_history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "toy", BASE)
    assert main([], root=tmp_path) == 0  # not a git repository
    out = capsys.readouterr().out
    assert "not in a git repository" in out and "toy: new spec" in out

    git(tmp_path, "init", "-q")
    assert main(["--fail-on-breaking"], root=tmp_path) == 0  # a repository without commits
    out = capsys.readouterr().out
    assert "no commits yet" in out and "toy: new spec" in out


def test_script_runs_standalone() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "api_diff.py"), "--help"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT.parent,
    )
    assert result.returncode == 0, result.stderr
    assert "--fail-on-breaking" in result.stdout
