"""Branches: create, push (replace), rename/reorder, delete. Each branch owns one data source row.

Emulator decisions: branch operations need ``administer`` (they change what every member works on); a new
branch starts as a copy of the primary branch's game data; a duplicate name is 409
``duplicateUniqueValue``; push copies the whole source over the destination (not a merge) and pushing a
branch onto itself changes nothing; ``newOrdinal`` moves the branch to that 0-based place (clamped); the
primary branch cannot be deleted (400 ``invalidParameterValue``).
"""

from __future__ import annotations

from emulators.charon.base import not_found, problem
from emulators.charon.projects import Projects
from emulators.core.http import Request, Response
from emulators.core.storage import Row
from emulators.core.vendor import operation


class Branches(Projects):
    def branch(self, project_id: str, name: str, parameter: str = "branchName") -> Row:
        row = self.storage.one(
            "SELECT * FROM charon_branches WHERE project_id = ? AND name = ?", (project_id, name)
        )
        if row is None:
            raise not_found(f"The branch {name}", parameter)
        return row

    def _name_free(self, project_id: str, name: str, parameter: str) -> None:
        if self.storage.one(
            "SELECT 1 FROM charon_branches WHERE project_id = ? AND name = ?", (project_id, name)
        ):
            raise problem(409, "duplicateUniqueValue", f"A branch named {name} already exists.", parameter)

    def _changed(self, project: Row, action: str, branch: Row | None, name: str) -> None:
        extra = {"branchName": name, "branchId": branch["id"] if branch is not None else None}
        self.notify(
            self.project_audience(project), {**self.project_event(action, project, **extra), "type": "branch"}
        )

    @operation("createBranch")
    def create_branch(self, request: Request) -> Response:
        project = self.project(request.path_params["projectId"], self.caller_id(request), "administer")
        name = request.body["name"]
        self._name_free(project["id"], name, "name")
        primary = self.storage.scalar(
            "SELECT d.content FROM charon_data_sources d JOIN charon_branches b ON b.id = d.id"
            " WHERE b.project_id = ? AND b.is_primary = 1",
            (project["id"],),
        )
        with self.storage.transaction():
            self.insert_branch(project["id"], self.new_id(), name, primary or "{}")
        self._changed(project, "created", self.branch(project["id"], name), name)
        return self.done()

    @operation("pushBranch")
    def push_branch(self, request: Request) -> Response:
        project = self.project(request.path_params["projectId"], self.caller_id(request), "administer")
        source = self.branch(project["id"], request.path_params["branchName"])
        destination = self.branch(
            project["id"], request.body["destinationBranchName"], "destinationBranchName"
        )
        if source["id"] != destination["id"]:
            with self.storage.transaction():
                self.storage.execute(
                    "UPDATE charon_data_sources SET content = (SELECT content FROM charon_data_sources"
                    " WHERE id = ?), revision = revision + 1 WHERE id = ?",
                    (source["id"], destination["id"]),
                )
        self._changed(project, "pushed", destination, destination["name"])
        return self.done()

    @operation("updateBranch")
    def update_branch(self, request: Request) -> Response:
        project = self.project(request.path_params["projectId"], self.caller_id(request), "administer")
        branch = self.branch(project["id"], request.path_params["branchName"])
        new_name, ordinal = request.body.get("newName"), request.body.get("newOrdinal")
        with self.storage.transaction():
            if new_name is not None and new_name != branch["name"]:
                self._name_free(project["id"], new_name, "newName")
                self.storage.execute(
                    "UPDATE charon_branches SET name = ? WHERE id = ?", (new_name, branch["id"])
                )
            if ordinal is not None:
                self._reorder(project["id"], branch["id"], ordinal)
        self._changed(project, "updated", branch, new_name or branch["name"])
        return self.done()

    def _reorder(self, project_id: str, branch_id: str, ordinal: int) -> None:
        others = [
            row[0]
            for row in self.storage.all(
                "SELECT id FROM charon_branches WHERE project_id = ? AND id != ? ORDER BY ordinal, pk",
                (project_id, branch_id),
            )
        ]
        others.insert(max(0, min(ordinal, len(others))), branch_id)
        for place, found in enumerate(others):
            self.storage.execute("UPDATE charon_branches SET ordinal = ? WHERE id = ?", (place, found))

    @operation("deleteBranch")
    def delete_branch(self, request: Request) -> Response:
        project = self.project(request.path_params["projectId"], self.caller_id(request), "administer")
        branch = self.branch(project["id"], request.path_params["branchName"])
        if branch["is_primary"]:
            raise problem(400, "invalidParameterValue", "The primary branch cannot be deleted.", "branchName")
        with self.storage.transaction():
            self.storage.execute("DELETE FROM charon_branches WHERE id = ?", (branch["id"],))
        self._changed(project, "deleted", branch, branch["name"])
        return self.done()
