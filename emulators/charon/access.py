"""Who may see and change what, and the JSON shapes of users, workspaces, projects and branches.

Emulator decisions (the vendor documents the grants, not every check): a project or workspace the caller
cannot see answers 404 ``resourceNotFound`` (its existence is not revealed); one it can see but may not
change answers 403 ``authorizationFailed``. The workspace owner and its administrators hold every grant on
the workspace's projects. ``administratorAccount`` users see everything.
"""

from __future__ import annotations

from typing import Any

import orjson

from emulators.charon.base import CharonCore, forbidden, not_found
from emulators.charon.datasource import size_sql
from emulators.core.storage import Row

GRANTS = ("view", "edit", "design", "administer")
FREE_SUBSCRIPTION_START = "2024-01-01"


class Access(CharonCore):
    # ------------------------------------------------------------------------------------ workspaces

    def workspace_role(self, workspace_id: str, user_id: str) -> str | None:
        role: str | None = self.storage.scalar(
            "SELECT role FROM charon_workspace_members WHERE workspace_id = ? AND user_id = ?",
            (workspace_id, user_id),
        )
        return role

    def visible_workspace(self, workspace_id: str, user_id: str) -> Row:
        row = self.storage.one("SELECT * FROM charon_workspaces WHERE id = ?", (workspace_id,))
        if row is None or (self.workspace_role(workspace_id, user_id) is None and not self.is_admin(user_id)):
            raise not_found("The workspace", "workspaceId")
        return row

    def managed_workspace(self, workspace_id: str, user_id: str) -> Row:
        """A workspace the caller owns or administers (403 when it can only see it)."""
        row = self.visible_workspace(workspace_id, user_id)
        if self.workspace_role(workspace_id, user_id) not in ("owner", "administrator") and not self.is_admin(
            user_id
        ):
            raise forbidden("Only the workspace's owner and administrators may do this.")
        return row

    def workspace_audience(self, workspace_id: str) -> set[str]:
        rows = self.storage.all(
            "SELECT user_id FROM charon_workspace_members WHERE workspace_id = ?", (workspace_id,)
        )
        return {row[0] for row in rows}

    # -------------------------------------------------------------------------------------- projects

    def grants(self, project: Row, user_id: str) -> set[str]:
        if self.workspace_role(project["workspace_id"], user_id) in ("owner", "administrator"):
            return set(GRANTS)
        if self.is_admin(user_id):
            return set(GRANTS)
        raw = self.storage.scalar(
            "SELECT grants FROM charon_project_members WHERE project_id = ? AND user_id = ?",
            (project["id"], user_id),
        )
        return set(orjson.loads(raw)) if raw else set()

    def project(self, project_id: str, user_id: str, grant: str = "view") -> Row:
        """The project if the caller holds ``grant`` on it: 404 when it cannot see it, 403 otherwise."""
        row = self.storage.one("SELECT * FROM charon_projects WHERE id = ?", (project_id,))
        if row is None:
            raise not_found("The project", "projectId")
        held = self.grants(row, user_id)
        is_member = self.storage.one(
            "SELECT 1 FROM charon_project_members WHERE project_id = ? AND user_id = ?", (project_id, user_id)
        )
        if not held and not is_member:
            raise not_found("The project", "projectId")
        if grant not in held:
            raise forbidden(f"The '{grant}' permission on this project is required.")
        return row

    def project_audience(self, project: Row) -> set[str]:
        rows = self.storage.all(
            "SELECT user_id FROM charon_project_members WHERE project_id = ?", (project["id"],)
        )
        managers = self.storage.all(
            "SELECT user_id FROM charon_workspace_members WHERE workspace_id = ?"
            " AND role IN ('owner', 'administrator')",
            (project["workspace_id"],),
        )
        return {row[0] for row in rows} | {row[0] for row in managers}

    # ----------------------------------------------------------------------------------------- views

    def user_view(self, user: Row) -> dict[str, Any]:
        logins = self.storage.all("SELECT * FROM charon_logins WHERE user_id = ? ORDER BY pk", (user["id"],))
        invitations = self.storage.all(
            "SELECT * FROM charon_invitations"
            " WHERE invited_user_id = ? AND response != 'declined' ORDER BY pk",
            (user["id"],),
        )
        workspaces = self.storage.all(
            "SELECT workspace_id FROM charon_workspace_members WHERE user_id = ? ORDER BY pk", (user["id"],)
        )
        return {
            "id": user["id"],
            "type": user["type"],
            "profile": {
                "name": user["name"],
                "pictureUrl": user["picture_url"],
                "email": user["email"],
                "verifiedEmail": user["verified_email"],
            },
            "logins": [self.login_view(row) for row in logins],
            "invitations": [self.invitation_view(row) for row in invitations],
            "workspaces": [row[0] for row in workspaces],
            "workspaceAliases": [],
            "projectAliases": [],
            "creationTime": user["created"],
        }

    @staticmethod
    def login_view(row: Row) -> dict[str, Any]:
        return {
            "id": row["id"],
            "isEnabled": bool(row["enabled"]),
            "tokenSeries": row["token_series"],
            "provider": row["provider"],
        }

    @staticmethod
    def invitation_view(row: Row) -> dict[str, Any]:
        return {
            "id": row["id"],
            "invitedUserId": row["invited_user_id"],
            "initiatorUserId": row["initiator_user_id"],
            "projectId": row["project_id"],
            "response": row["response"],
            "creationTime": row["created"],
        }

    def workspace_view(self, row: Row) -> dict[str, Any]:
        admins = self.storage.all(
            "SELECT user_id FROM charon_workspace_members WHERE workspace_id = ? AND role = 'administrator'"
            " ORDER BY pk",
            (row["id"],),
        )
        projects = self.storage.all(
            "SELECT id FROM charon_projects WHERE workspace_id = ? ORDER BY pk", (row["id"],)
        )
        return {
            "id": row["id"],
            "name": row["name"],
            "pictureUrl": row["picture_url"],
            "ownerUserId": row["owner_id"],
            "subscription": {
                "id": row["id"],
                "externalId": None,
                "packageName": row["package"],
                "startDate": FREE_SUBSCRIPTION_START,
                "endDate": None,
                "usedResources": [],
                "cost": {"externalId": None, "period": "monthly", "currencyCode": "usd", "amount": 0},
            },
            "administratorUserIds": [r[0] for r in admins],
            "projects": [r[0] for r in projects],
        }

    def branch_view(self, row: Row) -> dict[str, Any]:
        size = self.storage.scalar(f"SELECT {size_sql('?')}", (row["id"], row["id"]))
        return {
            "id": row["id"],
            "name": row["name"],
            "isPrimary": bool(row["is_primary"]),
            "databaseName": f"charon_{row['id']}",
            "location": "mongoDataBase",
            "dataSize": int(size),  # size_sql coalesces each sum to 0: never NULL
            "backupSize": 0,
        }

    def project_view(self, row: Row) -> dict[str, Any]:
        branches = self.storage.all(
            "SELECT * FROM charon_branches WHERE project_id = ? ORDER BY ordinal, pk", (row["id"],)
        )
        members = self.storage.all(
            "SELECT user_id, grants FROM charon_project_members WHERE project_id = ? ORDER BY pk",
            (row["id"],),
        )
        invitations = self.storage.all(
            "SELECT * FROM charon_invitations WHERE project_id = ? ORDER BY pk", (row["id"],)
        )
        return {
            "id": row["id"],
            "name": row["name"],
            "pictureUrl": row["picture_url"],
            "tags": orjson.loads(row["tags"]),
            "scriptingLanguage": row["scripting_language"],
            "workspaceId": row["workspace_id"],
            "branches": [self.branch_view(b) for b in branches],
            "memberUserIds": [m[0] for m in members],
            "invitations": [self.invitation_view(i) for i in invitations],
            "permissions": [{"memberUserId": m[0], "grants": orjson.loads(m[1])} for m in members],
        }
