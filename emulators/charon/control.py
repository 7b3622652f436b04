"""The control plane's Charon part: seed users and workspaces, read the outbox, move the clock.

- ``POST /_emulator/seed`` ``{"users": [{"email", "name"?, "apiKey"?, "password"?, "type"?}],
  "workspaces": [{"name", "owner", "administrators"?: [...], "members"?: [...]}]}``; users in workspaces
  are named by email. Every seeded user also gets a personal workspace. All or nothing; answers the ids.
- ``GET /_emulator/outbox``: every email sent (password resets, sign-in codes, invitations), oldest first.
- ``POST /_emulator/clock`` ``{"advance": seconds}``: moves the emulator's clock forward (code expiry).
- ``POST /_emulator/process`` ``{"dataSourceId", "type"?}``: starts a process that runs until stopped
  (every real process finishes before its call answers); answers ``{"id"}``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import orjson

from emulators.charon.base import stable_id
from emulators.charon.sourcecode import SourceCode
from emulators.charon.store import forget_metadata
from emulators.core.http import ApiProblem, Response

if TYPE_CHECKING:
    import httpx

USER_TYPES = ("personalAccount", "businessAccount", "administratorAccount")
RUNNABLE_PROCESSES = ("validate", "import", "export", "backup", "restore", "generateSourceCode", "translate")


class Control(SourceCode):
    @classmethod
    def prepare_link_walk(cls, api: httpx.Client, control: httpx.Client, token: str) -> dict[str, Any]:
        """The API can create neither workspaces nor administrators: the walk's key is seeded as an
        administrator account (getAllUsers and getAllProjects list what administrators see); the rest is
        what a live walk makes through the API too."""
        administrator = {"email": "link-walk@example.com", "apiKey": token, "type": "administratorAccount"}
        control.post("/_emulator/seed", json={"users": [administrator]}).raise_for_status()
        return cls.prepare_live_link_walk(api, token)

    @classmethod
    def prepare_live_link_walk(cls, api: httpx.Client, token: str) -> dict[str, Any]:
        """Through the API with the walk's key only: its user's first workspace (a key's user has its
        personal one from the first call on) instead of the spec's example id (a workspace of nobody's), and
        a project there whose primary branch's data source has the ``Item`` schema the document examples
        use."""
        workspaces = api.get("/workspace/my/").raise_for_status().json()["result"]
        me = api.get("/user/me/").raise_for_status().json()["result"]
        project = (
            api.put(
                "/project/",
                json={"workspaceId": workspaces[0]["id"], "name": "walk", "scriptingLanguage": "cSharp"},
            )
            .raise_for_status()
            .json()["result"]
        )
        data_source = project["branches"][0]["id"]
        # The spec's document examples are of an ``Item`` collection: give the walk's data source that schema.
        item = {
            "Id": "592fc86c983a36266c0912a0",
            "Name": "Item",
            "Properties": [
                {"Name": "Id", "DataType": 0, "Uniqueness": 1, "Requirement": 2},
                {"Name": "Name", "DataType": 0},
                {"Name": "Damage", "DataType": 13},
            ],
        }
        api.put(
            f"/datasource/{data_source}/collection/Schema/", json=item, params={"validationOptions": ""}
        ).raise_for_status()
        return {"workspaceId": workspaces[0]["id"], "userId": me["id"], "dataSourceId": data_source}

    def control(self, method: str, action: str, body: bytes) -> Response | None:
        if (method, action) == ("GET", "outbox"):
            rows = self.storage.all("SELECT * FROM charon_outbox ORDER BY seq")
            messages = [
                {
                    "to": r["recipient"],
                    "subject": r["subject"],
                    "body": r["body"],
                    "code": r["code"],
                    "sentAt": r["created"],
                }
                for r in rows
            ]
            return Response(200, {"messages": messages})
        if (method, action) == ("POST", "process"):
            return self._start_process(self._json(body))
        return None

    def _start_process(self, payload: dict[str, Any]) -> Response:
        """``{"dataSourceId", "type"?}``: a process that runs until stopped (to test ``stopProcess``)."""
        data_source, kind = payload.get("dataSourceId"), payload.get("type", "export")
        if not isinstance(data_source, str) or not self.storage.one(
            "SELECT 1 FROM charon_branches WHERE id = ?", (data_source,)
        ):
            raise ApiProblem(400, "dataSourceId must name an existing data source (a branch id).")
        if kind not in RUNNABLE_PROCESSES:
            raise ApiProblem(400, "type must be a process type other than load.")
        return Response(200, {"id": self.start_running_process(data_source, kind)})

    @staticmethod
    def _json(body: bytes) -> dict[str, Any]:
        try:
            value = orjson.loads(body or b"{}")
        except orjson.JSONDecodeError:
            raise ApiProblem(400, "The body is not valid JSON.") from None
        if not isinstance(value, dict):
            raise ApiProblem(400, "The body must be a JSON object.")
        return value

    def reset(self, tenant: str | None = None) -> None:
        super().reset(tenant)
        forget_metadata()  # hashes start over after a reset

    def seed(self, payload: Any, tenant: str | None = None) -> Response:
        if not isinstance(payload, dict) or set(payload) - {"users", "workspaces"}:
            raise ApiProblem(400, 'The seed is {"users": [...], "workspaces": [...]}.')
        # Absent is empty; anything else (null and {} too) must be an array.
        users, workspaces = payload.get("users", []), payload.get("workspaces", [])
        if not isinstance(users, list) or not isinstance(workspaces, list):
            raise ApiProblem(400, "users and workspaces must be arrays.")
        created: dict[str, list[dict[str, Any]]] = {"users": [], "workspaces": []}
        with self.storage.transaction():
            for index, raw in enumerate(users):
                created["users"].append(self._seed_user(raw, f"users/{index}"))
            for index, raw in enumerate(workspaces):
                created["workspaces"].append(self._seed_workspace(raw, f"workspaces/{index}"))
        return Response(200, created)

    def _seed_user(self, raw: Any, where: str) -> dict[str, Any]:
        if not isinstance(raw, dict) or not isinstance(raw.get("email"), str) or "@" not in raw["email"]:
            raise ApiProblem(400, f"{where}: an object with an email is required.")
        kind = raw.get("type", "personalAccount")
        if kind not in USER_TYPES:
            raise ApiProblem(400, f"{where}/type must be one of {', '.join(USER_TYPES)}.")
        email, name = raw["email"], str(raw.get("name") or raw["email"].split("@")[0])
        if self.storage.one("SELECT 1 FROM charon_users WHERE lower(email) = lower(?)", (email,)):
            raise ApiProblem(409, f"{where}: a user with the email {email} exists.")
        api_key, password = raw.get("apiKey"), raw.get("password")
        if api_key is not None and (not isinstance(api_key, str) or not api_key):
            raise ApiProblem(400, f"{where}/apiKey must be a non-empty string.")
        if api_key:
            user_id = self.provision_api_key(api_key, name=name, email=email)
            workspace_id = stable_id("workspace", api_key)
        else:
            user_id = self.new_user_with_workspace(name, email)
            workspace_id = str(
                self.storage.scalar("SELECT id FROM charon_workspaces WHERE owner_id = ?", (user_id,))
            )
        self.storage.execute(
            "UPDATE charon_users SET type = ?, password = ? WHERE id = ?", (kind, password, user_id)
        )
        if password:
            self.add_login(user_id, "emailPassword", email)
        return {"id": user_id, "email": email, "apiKey": api_key, "workspaceId": workspace_id}

    def _user_by_email(self, email: Any, where: str) -> str:
        found = self.storage.scalar(
            "SELECT id FROM charon_users WHERE lower(email) = lower(?) AND deleted = 0", (str(email),)
        )
        if found is None:
            raise ApiProblem(400, f"{where}: no user with the email {email}.")
        return str(found)

    def _seed_workspace(self, raw: Any, where: str) -> dict[str, Any]:
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or "owner" not in raw:
            raise ApiProblem(400, f"{where}: an object with a name and an owner (email) is required.")
        workspace_id = self.new_id()
        self.create_workspace(workspace_id, raw["name"], self._user_by_email(raw["owner"], f"{where}/owner"))
        for role, key in (("administrator", "administrators"), ("member", "members")):
            emails = raw.get(key, [])
            if not isinstance(emails, list):
                raise ApiProblem(400, f"{where}/{key} must be an array of emails.")
            for index, email in enumerate(emails):
                self.set_workspace_role(
                    workspace_id, self._user_by_email(email, f"{where}/{key}/{index}"), role
                )
        return {"id": workspace_id, "name": raw["name"]}
