"""Versioning from a diff: the next semver version and the changelog entry."""

from __future__ import annotations

from codegen.diff.common import SEMVER, Change


def bump(version: str, changes: list[Change]) -> str:
    """The next semver version: breaking -> major (0.x: minor), other changes -> minor (0.x: patch)."""
    match = SEMVER.match(version)
    if match is None:
        raise ValueError(f"not a semver version: {version!r}")
    if not changes:
        return version
    prefix, major, minor, patch = match.group(1), int(match[2]), int(match[3]), int(match[4])
    if any(change.breaking for change in changes):
        major, minor, patch = (0, minor + 1, 0) if major == 0 else (major + 1, 0, 0)
    else:
        major, minor, patch = (0, minor, patch + 1) if major == 0 else (major, minor + 1, 0)
    return f"{prefix}{major}.{minor}.{patch}"


def _bullets(changes: list[Change]) -> list[str]:
    if not changes:
        return ["- None."]
    return [f"- {change.message} (`{change.pointer or '/'}`)" for change in changes]


def changelog_entry(vendor: str, old_version: str, new_version: str, changes: list[Change]) -> str:
    """A markdown changelog section for one vendor's client release."""
    breaking = [change for change in changes if change.breaking]
    other = [change for change in changes if not change.breaking]
    lines = [
        f"## {new_version}",
        "",
        f"Changes to the `{vendor}` API client since {old_version}.",
        "",
        "### Breaking",
        "",
        *_bullets(breaking),
        "",
        "### Added / changed",
        "",
        *_bullets(other),
    ]
    return "\n".join(lines) + "\n"
