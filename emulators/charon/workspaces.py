"""Workspaces: lists, one workspace, rename, quota usage, administrators, members.

Emulator decisions: a workspace's members are its owner, its administrators and every member of one of
its projects; lists are in creation order; only the owner promotes and demotes administrators (the owner
cannot be demoted); quota usage counts members, projects and the bytes of the branches' game data (its
file form until first used, then its documents).
"""

from __future__ import annotations

from emulators.charon.accounts import Accounts
from emulators.charon.base import forbidden, not_found
from emulators.charon.datasource import size_sql
from emulators.core.http import Request, Response
from emulators.core.vendor import operation


class Workspaces(Accounts):
    def visible_workspace_filter(self, user_id: str) -> tuple[str, list[str]]:
        if self.is_admin(user_id):
            return "1 = 1", []
        return "id IN (SELECT workspace_id FROM charon_workspace_members WHERE user_id = ?)", [user_id]

    @operation("getAllWorkspaces")
    def get_all_workspaces(self, request: Request) -> Response:
        where, params = self.visible_workspace_filter(self.caller_id(request))
        rows, total = self.listing("charon_workspaces", where, params, request)
        return self.ok({"processes": [self.workspace_view(r) for r in rows], "total": total})

    @operation("getCurrentWorkspaces")
    def get_current_workspaces(self, request: Request) -> Response:
        rows = self.storage.all(
            "SELECT w.* FROM charon_workspaces w JOIN charon_workspace_members m ON m.workspace_id = w.id"
            " WHERE m.user_id = ? ORDER BY m.pk",
            (self.caller_id(request),),
        )
        return self.ok([self.workspace_view(r) for r in rows])

    @operation("getWorkspace")
    def get_workspace(self, request: Request) -> Response:
        row = self.visible_workspace(request.path_params["workspaceId"], self.caller_id(request))
        return self.ok(self.workspace_view(row))

    @operation("updateWorkspace")
    def update_workspace(self, request: Request) -> Response:
        workspace_id = request.path_params["workspaceId"]
        self.managed_workspace(workspace_id, self.caller_id(request))
        body = request.body
        with self.storage.transaction():
            if body.get("newName") is not None:
                self.storage.execute(
                    "UPDATE charon_workspaces SET name = ? WHERE id = ?", (body["newName"], workspace_id)
                )
            if body.get("newPictureUrl") is not None:
                self.storage.execute(
                    "UPDATE charon_workspaces SET picture_url = ? WHERE id = ?",
                    (body["newPictureUrl"], workspace_id),
                )
        row = self.visible_workspace(workspace_id, self.caller_id(request))
        self.notify(
            self.workspace_audience(workspace_id),
            {"type": "workspace", "action": "updated", "workspaceId": workspace_id},
        )
        return self.ok(self.workspace_view(row))

    @operation("getWorkspaceQuotaUsage")
    def get_quota_usage(self, request: Request) -> Response:
        workspace_id = request.path_params["workspaceId"]
        self.visible_workspace(workspace_id, self.caller_id(request))
        size = self.storage.scalar(
            f"SELECT coalesce(sum({size_sql('b.id')}), 0) FROM charon_branches b"
            " JOIN charon_projects p ON p.id = b.project_id WHERE p.workspace_id = ?",
            (workspace_id,),
        )
        return self.ok(
            {
                "memberCount": len(self.workspace_audience(workspace_id)),
                "projectCount": self.storage.scalar(
                    "SELECT count(*) FROM charon_projects WHERE workspace_id = ?", (workspace_id,)
                ),
                "dataStorageSize": int(size),
                "backupStorageSize": 0,
                "machineTranslationTokens": 0,
                "aiCompletionTokens": 0,
            }
        )

    def _owned(self, request: Request) -> str:
        workspace_id = str(request.path_params["workspaceId"])
        row = self.visible_workspace(workspace_id, self.caller_id(request))
        caller = self.caller_id(request)
        if row["owner_id"] != caller and not self.is_admin(caller):
            raise forbidden("Only the workspace's owner may change its administrators.")
        return workspace_id

    @operation("promoteToWorkspaceAdministrator")
    def promote(self, request: Request) -> Response:
        workspace_id = self._owned(request)
        member = request.query["memberUserId"]
        role = self.workspace_role(workspace_id, member)
        if role is None and not self.active_user(member):
            raise not_found("The user", "memberUserId")
        if role != "owner":
            with self.storage.transaction():
                self.set_workspace_role(workspace_id, member, "administrator")
        return self.done()

    @operation("demoteFromWorkspaceAdministrator")
    def demote(self, request: Request) -> Response:
        workspace_id = self._owned(request)
        member = request.query["memberUserId"]
        if self.workspace_role(workspace_id, member) != "administrator":
            raise not_found("The administrator", "memberUserId")
        with self.storage.transaction():
            self.set_workspace_role(workspace_id, member, "member")
        return self.done()

    @operation("getWorkspaceMembers")
    def get_members(self, request: Request) -> Response:
        workspace_id = request.path_params["workspaceId"]
        self.visible_workspace(workspace_id, self.caller_id(request))
        rows = self.storage.all(
            "SELECT user_id FROM charon_workspace_members WHERE workspace_id = ? ORDER BY pk", (workspace_id,)
        )
        return self.ok([r[0] for r in rows])
