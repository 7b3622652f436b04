"""Preferences in five layers, and the page context that returns them by layer.

Layers: server default; workspace shared; workspace personal; project shared; project personal. GET answers
the saved object or null; PUT replaces it; PATCH applies RFC 6902 (``jsonpatch``) to the saved object (or
``{}``); ``resetUserPreferences`` clears every personal layer of the caller.

Emulator decisions: reading a layer needs ``view`` on the project (or seeing the workspace); writing a
shared layer needs ``administer`` (project) or owner/administrator (workspace); personal layers are the
caller's own; server defaults are read by anyone signed in and written by administrator accounts. A failed
``test`` is 400 ``jsonPatchTestFailed``; any other patch failure, or a result that is not an object, is 400
``invalidJsonPatchParameter``. ``getContext`` is anonymous: without a credential its scope is ``server``,
signed in ``user``, and with a ``projectName`` (and ``branchName``, default the primary) of a visible
project ``dataSource``; an unknown or invisible project leaves the scope at ``user`` (a page, not an error).
"""

from __future__ import annotations

from typing import Any

import jsonpatch
import orjson

from emulators.charon.base import forbidden, json_text, problem
from emulators.charon.branches import Branches
from emulators.core.http import Request, Response
from emulators.core.storage import Row
from emulators.core.vendor import operation

SERVER_VERSION = "2025.4.3-emulator"
SERVER_FEATURES = [
    "authentication",
    "projectSelection",
    "projectDelete",
    "projectTransfer",
    "projectMembers",
    "projectBranches",
    "projectPermissions",
    "userDelete",
    "revokeTokens",
    "billing",
    "apiKeys",
    "googleAuthentication",
    "microsoftAuthentication",
    "githubAuthentication",
]
WORKSPACE_FEATURES = ["projectMembers", "projectBranches", "projectPermissions"]


class Preferences(Branches):
    # --------------------------------------------------------------------------------------- storage

    def load_layer(self, layer: str, scope_id: str, user_id: str = "") -> Any:
        raw = self.storage.scalar(
            "SELECT value FROM charon_preferences WHERE layer = ? AND scope_id = ? AND user_id = ?",
            (layer, scope_id, user_id),
        )
        return orjson.loads(raw) if raw is not None else None

    def save_layer(self, layer: str, scope_id: str, user_id: str, value: Any) -> None:
        with self.storage.transaction():
            self.storage.execute(
                "INSERT INTO charon_preferences (layer, scope_id, user_id, value) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (layer, scope_id, user_id) DO UPDATE SET value = excluded.value",
                (layer, scope_id, user_id, json_text(value)),
            )

    def patch_layer(self, layer: str, scope_id: str, user_id: str, patch: list[Any]) -> None:
        current = self.load_layer(layer, scope_id, user_id) or {}
        try:
            patched = jsonpatch.JsonPatch(patch).apply(current)
        except jsonpatch.JsonPatchTestFailed as exc:
            raise problem(400, "jsonPatchTestFailed", f"A 'test' operation failed: {exc}") from None
        except (jsonpatch.JsonPatchException, jsonpatch.JsonPointerException, TypeError, ValueError) as exc:
            raise problem(400, "invalidJsonPatchParameter", f"The patch cannot be applied: {exc}") from None
        if not isinstance(patched, dict):
            raise problem(400, "invalidJsonPatchParameter", "Preferences must stay a JSON object.")
        self.save_layer(layer, scope_id, user_id, patched)

    # ---------------------------------------------------------------------------------------- scopes

    def _project_scope(self, request: Request, shared_write: bool) -> str:
        grant = "administer" if shared_write else "view"
        return str(self.project(request.path_params["projectId"], self.caller_id(request), grant)["id"])

    def _workspace_scope(self, request: Request, shared_write: bool) -> str:
        workspace_id, caller = request.path_params["workspaceId"], self.caller_id(request)
        if shared_write:
            return str(self.managed_workspace(workspace_id, caller)["id"])
        return str(self.visible_workspace(workspace_id, caller)["id"])

    def _layer(self, request: Request, layer: str, write: bool) -> tuple[str, str]:
        """(scope id, user id) of a layer after the access check for reading or writing it."""
        personal = layer.endswith("Personal")
        user_id = self.caller_id(request) if personal else ""
        if layer.startswith("project"):
            return self._project_scope(request, write and not personal), user_id
        if layer.startswith("workspace"):
            return self._workspace_scope(request, write and not personal), user_id
        caller = self.caller(request)
        if write and caller["type"] != "administratorAccount":
            raise forbidden("Only administrator accounts may change the server's default preferences.")
        return "", ""

    def _load(self, request: Request, layer: str) -> Response:
        scope_id, user_id = self._layer(request, layer, False)
        return self.ok(self.load_layer(layer, scope_id, user_id))

    def _save(self, request: Request, layer: str) -> Response:
        scope_id, user_id = self._layer(request, layer, True)
        self.save_layer(layer, scope_id, user_id, request.body)
        return self.done()

    def _patch(self, request: Request, layer: str) -> Response:
        scope_id, user_id = self._layer(request, layer, True)
        self.patch_layer(layer, scope_id, user_id, request.body)
        return self.done()

    # ------------------------------------------------------------------------------------ operations

    @operation("loadProjectSharedPreferences")
    def load_project_shared(self, request: Request) -> Response:
        return self._load(request, "projectShared")

    @operation("saveProjectSharedPreferences")
    def save_project_shared(self, request: Request) -> Response:
        return self._save(request, "projectShared")

    @operation("patchProjectSharedPreferences")
    def patch_project_shared(self, request: Request) -> Response:
        return self._patch(request, "projectShared")

    @operation("loadProjectPersonalPreferences")
    def load_project_personal(self, request: Request) -> Response:
        return self._load(request, "projectPersonal")

    @operation("saveProjectPersonalPreferences")
    def save_project_personal(self, request: Request) -> Response:
        return self._save(request, "projectPersonal")

    @operation("patchProjectPersonalPreferences")
    def patch_project_personal(self, request: Request) -> Response:
        return self._patch(request, "projectPersonal")

    @operation("loadWorkspaceSharedPreferences")
    def load_workspace_shared(self, request: Request) -> Response:
        return self._load(request, "workspaceShared")

    @operation("saveWorkspaceSharedPreferences")
    def save_workspace_shared(self, request: Request) -> Response:
        return self._save(request, "workspaceShared")

    @operation("patchWorkspaceSharedPreferences")
    def patch_workspace_shared(self, request: Request) -> Response:
        return self._patch(request, "workspaceShared")

    @operation("loadWorkspacePersonalPreferences")
    def load_workspace_personal(self, request: Request) -> Response:
        return self._load(request, "workspacePersonal")

    @operation("saveWorkspacePersonalPreferences")
    def save_workspace_personal(self, request: Request) -> Response:
        return self._save(request, "workspacePersonal")

    @operation("patchWorkspacePersonalPreferences")
    def patch_workspace_personal(self, request: Request) -> Response:
        return self._patch(request, "workspacePersonal")

    @operation("loadDefaultPreferences")
    def load_default(self, request: Request) -> Response:
        return self._load(request, "serverDefault")

    @operation("saveDefaultPreferences")
    def save_default(self, request: Request) -> Response:
        return self._save(request, "serverDefault")

    @operation("patchDefaultPreferences")
    def patch_default(self, request: Request) -> Response:
        return self._patch(request, "serverDefault")

    @operation("resetUserPreferences")
    def reset_user_preferences(self, request: Request) -> Response:
        with self.storage.transaction():
            self.storage.execute(
                "DELETE FROM charon_preferences WHERE user_id = ?", (self.caller_id(request),)
            )
        return self.done()

    # --------------------------------------------------------------------------------------- context

    @operation("getContext")
    def get_context(self, request: Request) -> Response:
        user_id = self.bearer_user(request)
        layers: dict[str, Any] = {
            "projectPersonal": None,
            "projectShared": None,
            "workspacePersonal": None,
            "workspaceShared": None,
            "serverDefault": self.load_layer("serverDefault", ""),
        }
        context: dict[str, Any] = {
            "scope": "server" if user_id is None else "user",
            "serverCapabilities": {"serverVersion": SERVER_VERSION, "features": SERVER_FEATURES},
            "userId": user_id,
            "workspaceId": None,
            "workspaceCapabilities": None,
            "projectId": None,
            "dataSourceId": None,
            "dataSourceLocation": None,
            "preferences": layers,
        }
        name = request.query.get("projectName")
        found = (
            self._context_project(user_id, name, request.query.get("branchName"))
            if user_id and name
            else None
        )
        if found is not None and user_id is not None:
            project, branch = found
            workspace_id = project["workspace_id"]
            context.update(
                scope="dataSource",
                workspaceId=workspace_id,
                workspaceCapabilities={"features": WORKSPACE_FEATURES},
                projectId=project["id"],
                dataSourceId=branch["id"],
                dataSourceLocation="mongoDataBase",
            )
            layers.update(
                projectPersonal=self.load_layer("projectPersonal", project["id"], user_id),
                projectShared=self.load_layer("projectShared", project["id"]),
                workspacePersonal=self.load_layer("workspacePersonal", workspace_id, user_id),
                workspaceShared=self.load_layer("workspaceShared", workspace_id),
            )
        return self.ok(context)

    def _context_project(self, user_id: str, name: str, branch_name: str | None) -> tuple[Row, Row] | None:
        """The visible project by name (or id) and its branch (default the primary); None = not found."""
        where, params = self.visible_project_filter(user_id)
        project = self.storage.one(
            f"SELECT * FROM charon_projects WHERE (name = ? OR id = ?) AND {where} ORDER BY pk",
            [name, name, *params],
        )
        if project is None:
            return None
        if branch_name:
            branch = self.storage.one(
                "SELECT * FROM charon_branches WHERE project_id = ? AND name = ?",
                (project["id"], branch_name),
            )
        else:
            branch = self.storage.one(
                "SELECT * FROM charon_branches WHERE project_id = ? AND is_primary = 1", (project["id"],)
            )
        return (project, branch) if branch is not None else None
