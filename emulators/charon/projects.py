"""Projects: lists, create (with its primary branch), update, delete, transfer, invitations, members, grants.

Emulator decisions: only the owner or an administrator of a workspace creates projects in it; a new
project's primary branch is named ``main`` (the vendor's name) and its creator holds every grant; deleting
needs ``administer`` (or workspace owner/administrator), transferring needs owner/administrator of both
workspaces; inviting an email no user has creates a placeholder account and mails an invitation
(``response: emailSent``), inviting an existing user sends ``sent``; inviting a member again changes
nothing; an accepted invitation grants ``view``.
"""

from __future__ import annotations

from typing import Any

import orjson

from emulators.charon.base import forbidden, json_text, not_found
from emulators.charon.datasource import drop_data_source
from emulators.charon.workspaces import Workspaces
from emulators.core.http import Request, Response
from emulators.core.storage import Row
from emulators.core.vendor import operation

TOOLS_VERSION = "2025.1.1"
PRIMARY_BRANCH = "main"


def empty_game_data(project_id: str, name: str) -> dict[str, Any]:
    """A new data source: project settings and no schemas (what the engine issue starts from)."""
    return {
        "ToolsVersion": TOOLS_VERSION,
        "RevisionHash": "0" * 24,
        "ChangeNumber": 0,
        "Collections": {
            "ProjectSettings": [
                {"Id": project_id, "Name": name, "PrimaryLanguage": "en-US", "Languages": ""}
            ],
            "Schema": [],
        },
    }


class Projects(Workspaces):
    def visible_project_filter(self, user_id: str) -> tuple[str, list[str]]:
        if self.is_admin(user_id):
            return "1 = 1", []
        return (
            "(id IN (SELECT project_id FROM charon_project_members WHERE user_id = ?)"
            " OR workspace_id IN (SELECT workspace_id FROM charon_workspace_members WHERE user_id = ?"
            " AND role IN ('owner', 'administrator')))",
            [user_id, user_id],
        )

    @operation("getAllProjects")
    def get_all_projects(self, request: Request) -> Response:
        where, params = self.visible_project_filter(self.caller_id(request))
        rows, total = self.listing("charon_projects", where, params, request)
        return self.ok({"processes": [self.project_view(r) for r in rows], "total": total})

    @operation("getCurrentProjects")
    def get_current_projects(self, request: Request) -> Response:
        rows = self.storage.all(
            "SELECT p.* FROM charon_projects p JOIN charon_project_members m ON m.project_id = p.id"
            " WHERE m.user_id = ? ORDER BY m.pk",
            (self.caller_id(request),),
        )
        return self.ok([self.project_view(r) for r in rows])

    @operation("createProject")
    def create_project(self, request: Request) -> Response:
        caller = self.caller_id(request)
        body = request.body
        workspace = self.managed_workspace(body["workspaceId"], caller)
        project_id, branch_id = self.new_id(), self.new_id()
        with self.storage.transaction():
            self.storage.execute(
                "INSERT INTO charon_projects (id, workspace_id, name, tags, scripting_language, created)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    project_id,
                    workspace["id"],
                    body["name"],
                    json_text(body.get("tags") or []),
                    body["scriptingLanguage"],
                    self.stamp(),
                ),
            )
            self.storage.execute(
                "INSERT INTO charon_project_members (project_id, user_id, grants) VALUES (?, ?, ?)",
                (project_id, caller, json_text(["view", "edit", "design", "administer"])),
            )
            self.insert_branch(
                project_id, branch_id, PRIMARY_BRANCH, empty_game_data(project_id, body["name"])
            )
            self.storage.execute("UPDATE charon_branches SET is_primary = 1 WHERE id = ?", (branch_id,))
        row = self.project(project_id, caller)
        self.notify(self.project_audience(row), self.project_event("created", row))
        return self.ok(self.project_view(row))

    def insert_branch(self, project_id: str, branch_id: str, name: str, content: Any) -> None:
        ordinal = self.storage.scalar(
            "SELECT coalesce(max(ordinal), -1) + 1 FROM charon_branches WHERE project_id = ?", (project_id,)
        )
        self.storage.execute(
            "INSERT INTO charon_branches (id, project_id, name, is_primary, ordinal) VALUES (?, ?, ?, 0, ?)",
            (branch_id, project_id, name, ordinal),
        )
        text = content if isinstance(content, str) else json_text(content)
        self.storage.execute("INSERT INTO charon_data_sources (id, content) VALUES (?, ?)", (branch_id, text))

    @operation("getProject")
    def get_project(self, request: Request) -> Response:
        return self.ok(
            self.project_view(self.project(request.path_params["projectId"], self.caller_id(request)))
        )

    @operation("updateProject")
    def update_project(self, request: Request) -> Response:
        row = self.project(request.path_params["projectId"], self.caller_id(request), "administer")
        body = request.body
        changes = {
            "name": body.get("newName"),
            "picture_url": body.get("newPictureUrl"),
            "tags": json_text(body["newTags"]) if body.get("newTags") is not None else None,
        }
        with self.storage.transaction():
            for column, value in changes.items():
                if value is not None:
                    self.storage.execute(
                        f"UPDATE charon_projects SET {column} = ? WHERE id = ?", (value, row["id"])
                    )
        row = self.project(row["id"], self.caller_id(request))
        self.notify(self.project_audience(row), self.project_event("updated", row))
        return self.ok(self.project_view(row))

    def _may_manage(self, row: Row, caller: str) -> bool:
        return self.workspace_role(row["workspace_id"], caller) in (
            "owner",
            "administrator",
        ) or self.is_admin(caller)

    @operation("deleteProject")
    def delete_project(self, request: Request) -> Response:
        caller = self.caller_id(request)
        row = self.project(request.path_params["projectId"], caller, "administer")
        audience = self.project_audience(row)
        with self.storage.transaction():
            self.storage.execute("DELETE FROM charon_preferences WHERE scope_id = ?", (row["id"],))
            for branch in self.storage.all(
                "SELECT id FROM charon_branches WHERE project_id = ?", (row["id"],)
            ):
                drop_data_source(self.storage, branch[0])
            self.storage.execute("DELETE FROM charon_projects WHERE id = ?", (row["id"],))
        self.notify(audience, self.project_event("deleted", row))
        return self.done()

    @operation("transferProject")
    def transfer_project(self, request: Request) -> Response:
        caller = self.caller_id(request)
        row = self.project(request.path_params["projectId"], caller)
        if not self._may_manage(row, caller):
            raise forbidden("Only the workspace's owner and administrators may transfer its projects.")
        destination = self.managed_workspace(request.body["newWorkspaceId"], caller)
        with self.storage.transaction():
            self.storage.execute(
                "UPDATE charon_projects SET workspace_id = ? WHERE id = ?", (destination["id"], row["id"])
            )
            for member in self.storage.all(
                "SELECT user_id FROM charon_project_members WHERE project_id = ?", (row["id"],)
            ):
                self.storage.execute(
                    "INSERT INTO charon_workspace_members (workspace_id, user_id, role)"
                    " VALUES (?, ?, 'member') ON CONFLICT DO NOTHING",
                    (destination["id"], member[0]),
                )
        moved = self.project(row["id"], caller)
        audience = self.project_audience(row) | self.project_audience(moved)
        self.notify(audience, self.project_event("transferred", moved, fromWorkspaceId=row["workspace_id"]))
        return self.done()

    @operation("inviteIntoProject")
    def invite(self, request: Request) -> Response:
        caller = self.caller_id(request)
        row = self.project(request.path_params["projectId"], caller, "administer")
        name, email = request.body["name"], request.body["email"]
        user = self.storage.one(
            "SELECT * FROM charon_users WHERE lower(email) = lower(?) AND deleted = 0 ORDER BY pk", (email,)
        )
        with self.storage.transaction():
            if user is None:
                invited, response = self.new_user_with_workspace(name, email), "emailSent"
                self.send_mail(
                    email, "You are invited to a Charon project", f"Join the project {row['name']}."
                )
            else:
                invited, response = user["id"], "sent"
            member = self.storage.one(
                "SELECT 1 FROM charon_project_members WHERE project_id = ? AND user_id = ?",
                (row["id"], invited),
            )
            if member is None:
                self.storage.execute(
                    "INSERT INTO charon_invitations"
                    " (id, project_id, invited_user_id, initiator_user_id, response, created)"
                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (project_id, invited_user_id) DO UPDATE"
                    " SET response = excluded.response, initiator_user_id = excluded.initiator_user_id",
                    (self.new_id(), row["id"], invited, caller, response, self.stamp()),
                )
        self.notify(
            self.project_audience(row) | {invited}, self.project_event("invited", row, userId=invited)
        )
        return self.done()

    @operation("expelFromProject")
    def expel(self, request: Request) -> Response:
        row = self.project(request.path_params["projectId"], self.caller_id(request), "administer")
        member = request.query["memberUserId"]
        audience = self.project_audience(row)
        with self.storage.transaction():
            gone = self.storage.execute(
                "DELETE FROM charon_project_members WHERE project_id = ? AND user_id = ?", (row["id"], member)
            ).rowcount
            gone += self.storage.execute(
                "DELETE FROM charon_invitations WHERE project_id = ? AND invited_user_id = ?",
                (row["id"], member),
            ).rowcount
            if not gone:
                raise not_found("The member", "memberUserId")
            self.storage.execute(
                "DELETE FROM charon_workspace_members"
                " WHERE workspace_id = ? AND user_id = ? AND role = 'member'"
                " AND NOT EXISTS (SELECT 1 FROM charon_project_members m JOIN charon_projects p"
                " ON p.id = m.project_id WHERE p.workspace_id = ? AND m.user_id = ?)",
                (row["workspace_id"], member, row["workspace_id"], member),
            )
        self.notify(audience, self.project_event("memberLeft", row, userId=member))
        return self.done()

    @operation("updateProjectPermissions")
    def update_permissions(self, request: Request) -> Response:
        row = self.project(request.path_params["projectId"], self.caller_id(request), "administer")
        with self.storage.transaction():
            for permission in request.body["permissions"]:
                grants = [g for g in ("view", "edit", "design", "administer") if g in permission["grants"]]
                changed = self.storage.execute(
                    "UPDATE charon_project_members SET grants = ? WHERE project_id = ? AND user_id = ?",
                    (orjson.dumps(grants).decode(), row["id"], permission["memberUserId"]),
                ).rowcount
                if not changed:
                    raise not_found(f"The member {permission['memberUserId']}", "permissions")
        self.notify(self.project_audience(row), self.project_event("permissionsChanged", row))
        return self.done()
