"""The generator pipeline: drift check, determinism, content-hash skip, and errors that write nothing."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from codegen import generate

VENDORS = [v for v in generate.vendors() if (generate.GENERATED / v / "pyproject.toml").exists()]


def test_generated_clients_are_up_to_date_with_their_specs() -> None:
    """The drift check CI relies on: regenerating into a temp dir gives exactly what is committed."""
    assert VENDORS
    assert generate.check(VENDORS) == 0


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of specs/ and overlays/ the generator reads from, and a generated/ it writes to."""
    for name in ("specs", "overlays"):
        shutil.copytree(generate.ROOT / name, tmp_path / name)
    shutil.copytree(generate.GENERATED / "make", tmp_path / "generated" / "make")
    monkeypatch.setattr(generate, "SPECS", tmp_path / "specs")
    monkeypatch.setattr(generate, "OVERLAYS", tmp_path / "overlays")
    monkeypatch.setattr(generate, "GENERATED", tmp_path / "generated")
    monkeypatch.setattr(generate, "ROOT", tmp_path)
    return tmp_path


def test_check_fails_after_a_one_character_spec_edit(
    sandbox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = sandbox / "specs" / "make.yaml"
    text = spec.read_text()
    assert "Returns the data store `dataStoreId`." in text
    spec.write_text(
        text.replace("Returns the data store `dataStoreId`.", "Returns the data store `dataStoreId`!")
    )
    assert generate.check(["make"]) == 1
    out = capsys.readouterr().out
    assert "make: generated/make is out of date" in out
    assert "get_data_store.py" in out


def test_unchanged_inputs_skip_generation_and_changed_ones_regenerate(sandbox: Path) -> None:
    assert generate.generate("make", force=False) == "unchanged"
    spec = sandbox / "specs" / "make.yaml"
    spec.write_text(
        spec.read_text().replace("Returns the data store `dataStoreId`.", "Returns one data store.")
    )
    assert generate.generate("make", force=False) == "generated"
    module = sandbox / "generated" / "make" / "make_client" / "api" / "data_stores" / "get_data_store.py"
    assert "Returns one data store." in module.read_text()
    assert generate.generate("make", force=False) == "unchanged"


def test_generation_is_deterministic(tmp_path: Path) -> None:
    generate.build_package("make", tmp_path / "one")
    generate.build_package("make", tmp_path / "two")
    comparison = filecmp.dircmp(tmp_path / "one", tmp_path / "two")
    assert generate.tree_diff(tmp_path / "one", tmp_path / "two") == []
    assert comparison.left_list == comparison.right_list


def test_malformed_spec_names_the_file_and_writes_nothing(sandbox: Path) -> None:
    before = (sandbox / "generated" / "make" / "make_client" / "client.py").read_text()
    spec = sandbox / "specs" / "make.yaml"
    spec.write_text(spec.read_text() + "\n  broken: [unclosed\n")
    with pytest.raises(generate.GenerationError, match=r"specs/make\.yaml:\d+:\d+#: not valid YAML"):
        generate.generate("make", force=True)
    assert (sandbox / "generated" / "make" / "make_client" / "client.py").read_text() == before
    assert not [p for p in (sandbox / "generated").iterdir() if p.name.startswith(".")]


def test_overlay_target_matching_nothing_is_an_error_with_its_pointer(sandbox: Path) -> None:
    overlay = sandbox / "overlays" / "make.yaml"
    overlay.write_text(
        overlay.read_text() + "  - target: $.paths['/no-such-path'].get\n    update:\n      summary: x\n"
    )
    with pytest.raises(generate.GenerationError, match=r"overlays/make\.yaml#/actions/1/target"):
        generate.generate("make", force=True)


def test_duplicate_operation_ids_are_rejected(sandbox: Path) -> None:
    spec = sandbox / "specs" / "make.yaml"
    text = spec.read_text()
    operation_line = "\n      operationId: deleteDataStore\n"  # the operation's own line, not a link's
    assert operation_line in text
    spec.write_text(text.replace(operation_line, "\n      operationId: getDataStore\n", 1))
    with pytest.raises(generate.GenerationError, match="getDataStore"):
        generate.generate("make", force=True)


def test_removing_a_parameter_is_breaking_and_bumps_the_major_version(sandbox: Path) -> None:
    spec = sandbox / "specs" / "make.yaml"
    text = spec.read_text()
    reference = "        - $ref: '#/components/parameters/PgSortDir'\n"
    assert text.count(reference) == 1
    spec.write_text(text.replace(reference, ""))
    before = _version(sandbox)
    major = f"{int(before.split('.')[0]) + 1}.0.0"
    assert generate.generate("make", force=False) == "generated"
    assert _version(sandbox) == major
    changelog = (sandbox / "generated" / "make" / "CHANGELOG.md").read_text()
    assert changelog.index(f"## {major}") < changelog.index(f"## {before}")
    assert "### Breaking" in changelog and "pg[sortDir]" in changelog
    facts = (sandbox / "generated" / "make" / "make_client" / "_facts.py").read_text()
    assert f"datastore-api-kit-make-client/{major}" in facts


def test_a_description_change_keeps_the_version(sandbox: Path) -> None:
    spec = sandbox / "specs" / "make.yaml"
    before = _version(sandbox)
    spec.write_text(
        spec.read_text().replace("Returns the data store `dataStoreId`.", "Returns one data store.")
    )
    assert generate.generate("make", force=False) == "generated"
    assert _version(sandbox) == before


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=cwd, check=True, capture_output=True
    )


def _version(sandbox: Path) -> str:
    text = (sandbox / "generated" / "make" / "pyproject.toml").read_text()
    return text.split('version = "', 1)[1].split('"', 1)[0]


def test_versions_are_bumped_against_the_committed_client_not_the_last_run(sandbox: Path) -> None:
    """Iterating on a spec must not ratchet the version: each run compares with the client at git HEAD."""
    _git(sandbox, "init", "-q")
    _git(sandbox, "add", "-A")
    _git(sandbox, "commit", "-qm", "baseline")
    spec = sandbox / "specs" / "make.yaml"
    original = spec.read_text()
    committed = _version(sandbox)
    next_major = f"{int(committed.split('.')[0]) + 1}.0.0"
    reference = "        - $ref: '#/components/parameters/PgSortDir'\n"
    spec.write_text(original.replace(reference, ""))
    assert generate.generate("make", force=True) == "generated"
    assert _version(sandbox) == next_major
    assert generate.generate("make", force=True) == "generated"
    assert _version(sandbox) == next_major, "a second run bumped again"
    changelog = (sandbox / "generated" / "make" / "CHANGELOG.md").read_text()
    assert changelog.count(f"## {next_major}") == 1

    spec.write_text(original)
    assert generate.generate("make", force=False) == "generated"
    assert _version(sandbox) == committed, "reverting the edit must give back the committed version"
    assert f"## {next_major}" not in (sandbox / "generated" / "make" / "CHANGELOG.md").read_text()


def test_client_distribution_names_carry_the_project_prefix() -> None:
    """Bare names (``make-client``, ``charon-client``) belong to unrelated projects on PyPI."""
    for vendor in VENDORS:
        pyproject = (generate.GENERATED / vendor / "pyproject.toml").read_text()
        assert f'name = "datastore-api-kit-{vendor}-client"' in pyproject


def test_a_runtime_change_bumps_the_minor_version_once_and_is_recorded(
    sandbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = sandbox / "CHANGES.md"
    recorded = generate.RUNTIME_CHANGES.read_text()
    note = "- Retries log louder."
    notes.write_text(recorded + note + "\n")
    monkeypatch.setattr(generate, "RUNTIME_CHANGES", notes)
    before = _version(sandbox)
    major, minor, _ = before.split(".")
    minor_bump = f"{major}.{int(minor) + 1}.0"

    assert generate.generate("make", force=True) == "generated"
    changelog = (sandbox / "generated" / "make" / "CHANGELOG.md").read_text()
    assert _version(sandbox) == minor_bump
    assert (
        changelog.index(f"## {minor_bump}")
        < changelog.index("### Client runtime changed")
        < changelog.index(note)
    )
    assert changelog.count(note) == 1
    assert changelog.index(note) < changelog.index(f"## {before}")

    assert generate.generate("make", force=True) == "generated"  # already recorded: no second bump
    assert _version(sandbox) == minor_bump
    assert (sandbox / "generated" / "make" / "CHANGELOG.md").read_text() == changelog


def whoami(vendor: str) -> tuple[str, int]:
    return vendor, os.getpid()


def test_vendors_are_generated_in_parallel_processes_in_order() -> None:
    found = generate.per_vendor(whoami, ["rollup", "charon", "make"])
    assert [vendor for vendor, _ in found] == ["rollup", "charon", "make"]
    assert os.getpid() not in {pid for _, pid in found}
    assert generate.per_vendor(whoami, ["make"]) == [("make", os.getpid())]  # one vendor: in this process


def test_a_run_with_nothing_to_do_starts_no_process(
    sandbox: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    handed: list[list[str]] = []

    def per_vendor(work: object, todo: list[str]) -> list[tuple[str, float]]:
        handed.append(list(todo))
        return []

    monkeypatch.setattr(generate, "vendors", lambda: ["make"])
    monkeypatch.setattr(generate, "per_vendor", per_vendor)
    assert generate.main([]) == 0
    assert handed == [[]] and "make: unchanged" in capsys.readouterr().out
