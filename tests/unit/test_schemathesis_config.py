"""schemathesis.toml, read with Schemathesis' own loader: every exclusion applies to one vendor only.

For each spec, the checks switched off for its operations are computed with the file minus that vendor's
``[[project]]``: then nothing may be switched off for it. So no top-level ``[[operations]]`` and no other
vendor's project (even one sharing an operationId) can reach a vendor's operations.
"""

from __future__ import annotations

import copy
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.config import SchemathesisConfig

from codegen.generate import ROOT
from openapi_toolkit.loading import read_yaml

CONFIG = ROOT / "schemathesis.toml"
SPECS = sorted((ROOT / "specs").glob("*.yaml"))
# The shared operationIds the per-vendor projects exist for; the test below must see them in two specs.
SHARED_IDS = {"createDataStore", "listDataStores", "getDataStore", "deleteDataStores"}


def raw_config() -> dict[str, Any]:
    return tomllib.loads(CONFIG.read_text(encoding="utf-8"))


def title_of(spec: Path) -> str:
    title: str = read_yaml(spec)["info"]["title"]
    return title


def operation_ids(spec: Path) -> set[str]:
    document = read_yaml(spec)
    operations = (op for item in document["paths"].values() for op in item.values() if isinstance(op, dict))
    return {op["operationId"] for op in operations if "operationId" in op}


def check_names() -> list[str]:
    """Every check ``schemathesis run`` knows (the CLI loads them all the same way)."""
    load_all_checks()
    names: list[str] = sorted(CHECKS.get_all_names())
    assert "use_after_free" in names and "positive_data_acceptance" in names
    return names


def load(spec: Path, config: SchemathesisConfig) -> tuple[Any, dict[str, Any]]:
    """The schema loaded with ``config`` and its operations by operationId."""
    schema: Any = schemathesis.openapi.from_path(spec, config=config)
    operations = (result.ok() for result in schema.get_all_operations())
    return schema, {op.definition.raw["operationId"]: op for op in operations}


def switched_off(spec: Path, data: dict[str, Any]) -> dict[str, set[str]]:
    """operationId → the checks ``data`` switches off for it, as Schemathesis resolves them."""
    schema, operations = load(spec, SchemathesisConfig.from_dict(copy.deepcopy(data)))
    found: dict[str, set[str]] = {}
    for operation_id, operation in operations.items():
        checks = schema.config.checks_config_for(operation=operation)
        off = {name for name in check_names() if checks.get_by_name(name=name).enabled is False}
        if off:
            found[operation_id] = off
    return found


def without_project(data: dict[str, Any], title: str) -> dict[str, Any]:
    return {**data, "project": [p for p in data.get("project", []) if p.get("title") != title]}


def test_exclusions_live_only_in_projects() -> None:
    data = raw_config()
    assert "operations" not in data, "a top-level [[operations]] applies to every vendor: use a [[project]]"
    titles = [project["title"] for project in data["project"]]
    assert len(titles) == len(set(titles))
    spec_titles = {title_of(spec) for spec in SPECS}
    # A project whose title names no spec is dead configuration (a renamed spec would silently lose it).
    assert set(titles) <= spec_titles, set(titles) - spec_titles


@pytest.mark.parametrize("spec", SPECS, ids=[spec.stem for spec in SPECS])
def test_no_check_is_switched_off_by_another_vendors_configuration(spec: Path) -> None:
    data = raw_config()
    assert switched_off(spec, without_project(data, title_of(spec))) == {}


@pytest.mark.parametrize("spec", SPECS, ids=[spec.stem for spec in SPECS])
def test_every_exclusion_matches_an_operation_of_its_vendor(spec: Path) -> None:
    """An exclusion that matches nothing (a typo, a renamed operation) would silently keep nothing."""
    data = raw_config()
    title = title_of(spec)
    for project in data["project"]:
        if project["title"] != title:
            continue
        for index, exclusion in enumerate(project.get("operations", [])):
            if exclusion.get("enabled") is False:  # the operation is skipped whole, not a check of it
                _, operations = load(spec, SchemathesisConfig.from_dict({}))
                named = exclusion.get("include-operation-id")
                pattern = exclusion.get("include-operation-id-regex")
                assert named in operations or (pattern and any(re.search(pattern, o) for o in operations)), (
                    f"{spec.name}: [[project.operations]] #{index} skips nothing"
                )
                continue
            only = {**data, "project": [{**project, "operations": [exclusion]}]}
            assert switched_off(spec, only), f"{spec.name}: [[project.operations]] #{index} matches nothing"


def test_shared_operation_ids_keep_their_checks_for_the_other_vendor() -> None:
    """The leak this layout fixes: Qlik's exclusions on shared ids used to switch checks off for Make."""
    data = raw_config()
    by_vendor = {spec.stem: switched_off(spec, data) for spec in SPECS if spec.stem in {"make", "qlik"}}
    assert "listDataStores" not in by_vendor["make"]
    assert "getDataStore" not in by_vendor["make"]
    assert "deleteDataStores" not in by_vendor["make"]
    assert "createDataStore" not in by_vendor["qlik"]
    # ...while each vendor keeps its own, reasoned exclusion on the same id.
    assert by_vendor["make"]["createDataStore"] == {"positive_data_acceptance"}
    assert by_vendor["qlik"]["listDataStores"] == {"negative_data_rejection"}
    assert by_vendor["qlik"]["deleteDataStores"] == {"ensure_resource_availability"}
    make, qlik = (operation_ids(ROOT / "specs" / f"{vendor}.yaml") for vendor in ("make", "qlik"))
    assert make & qlik >= SHARED_IDS


def test_cli_checks_all_overrides_the_exclusions() -> None:
    """Why nothing runs ``schemathesis run --checks all``: that override re-enables what the file disables."""
    spec = ROOT / "specs" / "make.yaml"
    assert switched_off(spec, raw_config())["createDataStore"] == {"positive_data_acceptance"}
    config = SchemathesisConfig.from_dict(raw_config())
    config.projects.override.checks.update(included_check_names=["all"])
    schema, operations = load(spec, config)
    checks = schema.config.checks_config_for(operation=operations["createDataStore"])
    assert checks.positive_data_acceptance.enabled is True
