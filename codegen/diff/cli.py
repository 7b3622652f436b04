"""The command line: every spec against a git ref, breaking and non-breaking changes."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from codegen.diff.common import ROOT, Change, _dict
from codegen.diff.documents import diff_specs
from openapi_toolkit.loading import parse_yaml


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)


def _history_problem(root: Path, ref: str) -> tuple[str | None, bool]:
    """``(problem, fatal)``: why there is no version at ``ref`` (None if there is one)."""
    try:
        inside = _git(root, "rev-parse", "--is-inside-work-tree")
    except OSError as error:
        return f"git cannot run ({error})", False
    if inside.returncode != 0:
        return f"{root} is not in a git repository", False
    if _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode == 0:
        return None, False
    if _git(root, "rev-parse", "--verify", "--quiet", "HEAD").returncode != 0:
        return "the git repository has no commits yet", False
    return f"git ref {ref!r} does not name a commit", True


def _spec_at(root: Path, ref: str, vendor: str) -> str | None:
    spec = f"{ref}:./specs/{vendor}.yaml"
    if _git(root, "cat-file", "-e", spec).returncode != 0:
        return None
    shown = _git(root, "show", spec)
    if shown.returncode != 0:
        raise RuntimeError(shown.stderr.strip() or f"git show {spec} failed")
    return shown.stdout


def _specs_at(root: Path, ref: str) -> set[str]:
    listed = _git(root, "ls-tree", "--name-only", ref, "specs/")
    return {Path(line).stem for line in listed.stdout.splitlines() if line.endswith(".yaml")}


def _load(text: str, where: str) -> dict[str, Any]:
    document = parse_yaml(text)
    if not isinstance(document, dict):
        raise ValueError(f"{where} is not a YAML mapping")
    return document


def _print_report(
    vendor: str, ref: str, old: dict[str, Any], new: dict[str, Any], changes: list[Change]
) -> None:
    breaking = [change for change in changes if change.breaking]
    other = [change for change in changes if not change.breaking]
    versions = f"{_dict(old.get('info')).get('version')} -> {_dict(new.get('info')).get('version')}"
    bump_kind = "major" if breaking else "minor" if other else "no"
    print(
        f"{vendor}: {len(breaking)} breaking, {len(other)} non-breaking change(s) since {ref} "
        f"(spec version {versions}; {bump_kind} client bump)"
    )
    for title, group in (("breaking", breaking), ("non-breaking", other)):
        print(f"  {title}:")
        for change in group:
            print(f"    - {change.pointer or '/'}: {change.message}")
        if not group:
            print("    (none)")


def main(argv: Sequence[str] | None = None, root: Path | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="api_diff.py",
        description="Report breaking and non-breaking changes of specs/*.yaml since a git ref.",
    )
    parser.add_argument(
        "--base", default="HEAD", metavar="REF", help="git ref to compare with (default: HEAD)"
    )
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 if any change is breaking")
    parser.add_argument(
        "vendors", nargs="*", metavar="VENDOR", help="spec names (default: every specs/*.yaml)"
    )
    args = parser.parse_args(argv)
    root = (root or ROOT).resolve()
    ref: str = args.base

    problem, fatal = _history_problem(root, ref)
    if fatal:
        print(f"api_diff: {problem}", file=sys.stderr)
        return 2
    if problem is not None:
        print(
            f"api_diff: {problem}: there is no version at {ref} to compare with; "
            "every spec is reported as new."
        )

    if args.vendors:
        vendors = [Path(v).stem if v.endswith(".yaml") else v for v in args.vendors]
    else:
        present = {path.stem for path in (root / "specs").glob("*.yaml")}
        vendors = sorted(present | (_specs_at(root, ref) if problem is None else set()))
        if not vendors:
            print(f"api_diff: no specs found in {root / 'specs'}")

    status = 0
    any_breaking = False
    for vendor in vendors:
        path = root / "specs" / f"{vendor}.yaml"
        try:
            old_text = None if problem is not None else _spec_at(root, ref, vendor)
            if old_text is None:
                if path.is_file():
                    print(f"{vendor}: new spec (specs/{vendor}.yaml is absent at {ref})")
                else:
                    print(f"api_diff: no spec specs/{vendor}.yaml here or at {ref}", file=sys.stderr)
                    status = 2
                continue
            old = _load(old_text, f"{ref}:specs/{vendor}.yaml")
            if not path.is_file():
                any_breaking = True
                print(f"{vendor}: spec removed (specs/{vendor}.yaml exists at {ref} only)")
                print(
                    f"  breaking:\n    - /: the whole {vendor} API was removed\n  non-breaking:\n    (none)"
                )
                continue
            new = _load(path.read_text(encoding="utf-8"), f"specs/{vendor}.yaml")
        except (OSError, RuntimeError, ValueError, yaml.YAMLError) as error:
            print(f"api_diff: {vendor}: {error}", file=sys.stderr)
            status = 2
            continue
        changes = diff_specs(old, new)
        any_breaking = any_breaking or any(change.breaking for change in changes)
        _print_report(vendor, ref, old, new, changes)

    if status:
        return status
    return 1 if args.fail_on_breaking and any_breaking else 0
