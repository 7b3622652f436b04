"""User accounts: sign-up, profiles, passwords and resets, MFA, API keys, token revocation, invitations.

Emulator decisions: a user's own account (or an ``administratorAccount``) may be read and changed; another
existing user's answers 403, an unknown id 404. ``deleteUser`` is a soft delete: the profile is stripped,
logins and tokens go, and the account can no longer sign in. A password reset mails a 32-hex code valid
for one hour; ``requestPasswordReset`` answers 204 whether or not the email is known (it reveals nothing).
A declined invitation stays on the project with ``response: declined`` and leaves the user's list.
"""

from __future__ import annotations

from typing import Any

from emulators.charon.base import forbidden, not_found, problem
from emulators.charon.identity import Identity
from emulators.core.http import Request, Response
from emulators.core.storage import Row
from emulators.core.vendor import operation

RESET_SECONDS = 3600


class Accounts(Identity):
    def own_user(self, request: Request, user_id: str) -> Row:
        """The user ``user_id`` if it is the caller (or the caller is an administrator account)."""
        caller = self.caller(request)
        user = self.storage.one("SELECT * FROM charon_users WHERE id = ? AND deleted = 0", (user_id,))
        if user is None:
            raise not_found("The user", "userId")
        if user_id != caller["id"] and caller["type"] != "administratorAccount":
            raise forbidden("You may only act on your own account.")
        return user

    def email_taken(self, email: str, except_id: str = "") -> bool:
        found = self.storage.one(
            "SELECT 1 FROM charon_users WHERE lower(email) = lower(?) AND deleted = 0 AND id != ?",
            (email, except_id),
        )
        return found is not None

    @operation("getAllUsers")
    def get_all_users(self, request: Request) -> Response:
        if self.caller(request)["type"] != "administratorAccount":
            raise forbidden("Only administrator accounts may list users.")
        rows, total = self.listing("charon_users", "deleted = 0", [], request, ("name", "email"))
        return self.ok({"users": [self.user_view(r) for r in rows], "total": total})

    def listing(
        self,
        table: str,
        where: str,
        params: list[Any],
        request: Request,
        searched: tuple[str, ...] = ("name",),
    ) -> tuple[list[Row], int]:
        """The ``skip``/``take`` page of ``table``'s rows matching ``where`` (in creation order), narrowed by
        ``query`` (a substring of any ``searched`` column, in any case), and how many match in all."""
        query = request.query.get("query")
        if query:
            # lower() on both sides: PostgreSQL's LIKE is case-sensitive, SQLite's is not.
            where += " AND (" + " OR ".join(f"lower({column}) LIKE ?" for column in searched) + ")"
            params = [*params, *[f"%{query.lower()}%"] * len(searched)]
        total = int(self.storage.scalar(f"SELECT count(*) FROM {table} WHERE {where}", params))
        return self.page(f"SELECT * FROM {table} WHERE {where} ORDER BY pk", params, request), total

    def page(self, sql: str, params: list[Any], request: Request) -> list[Row]:
        """``skip``/``take`` in SQL; no ``take`` = everything after ``skip`` (the largest LIMIT both
        engines take: SQLite's ``-1`` is refused by PostgreSQL)."""
        take = request.query.get("take")
        return self.storage.all(
            f"{sql} LIMIT ? OFFSET ?",
            [*params, 2**63 - 1 if take is None else take, request.query.get("skip") or 0],
        )

    @operation("createUser")
    def create_user_account(self, request: Request) -> Response:
        body = request.body
        if self.email_taken(body["email"]):
            raise problem(409, "duplicateEmail", "A user with this email already exists.", "email")
        password = (body.get("passwordCredential") or {}).get("password")
        with self.storage.transaction():
            user_id = self.new_user_with_workspace(body["name"], body["email"], password=password)
            if body.get("pictureUrl"):
                self.storage.execute(
                    "UPDATE charon_users SET picture_url = ? WHERE id = ?", (body["pictureUrl"], user_id)
                )
            if password:
                self.add_login(user_id, "emailPassword", body["email"])
        return self.done(201)

    @operation("getPublicUserProfiles")
    def get_public_profiles(self, request: Request) -> Response:
        self.caller(request)
        found = []
        for user_id in dict.fromkeys(request.body):
            row = self.storage.one("SELECT * FROM charon_users WHERE id = ? AND deleted = 0", (user_id,))
            if row is not None:
                found.append(self.public_view(row))
        return self.ok(found)

    @staticmethod
    def public_view(row: Row) -> dict[str, Any]:
        return {"id": row["id"], "name": row["name"], "pictureUrl": row["picture_url"]}

    @operation("getCurrentUser")
    def get_current_user(self, request: Request) -> Response:
        return self.ok(self.user_view(self.caller(request)))

    @operation("requestPasswordReset")
    def request_password_reset(self, request: Request) -> Response:
        email = request.body["email"]
        user = self.storage.one(
            "SELECT * FROM charon_users WHERE lower(email) = lower(?) AND deleted = 0", (email,)
        )
        if user is not None:
            code = self.put_token("passwordReset", user["id"], RESET_SECONDS)
            self.send_mail(user["email"], "Reset your Charon password", f"Your reset code is {code}.", code)
        return self.done()

    @operation("resetPassword")
    def reset_password(self, request: Request) -> Response:
        user_id = self.take_token(request.body["code"], "passwordReset")
        if user_id is None:
            raise problem(400, "invalidParameterValue", "The reset code is invalid or expired.", "code")
        with self.storage.transaction():
            self.storage.execute(
                "UPDATE charon_users SET password = ? WHERE id = ?", (request.body["newPassword"], user_id)
            )
        return self.done()

    @operation("getUser")
    def get_user(self, request: Request) -> Response:
        return self.ok(self.user_view(self.own_user(request, request.path_params["userId"])))

    @operation("updateUser")
    def update_user(self, request: Request) -> Response:
        user = self.own_user(request, request.path_params["userId"])
        body = request.body
        if body.get("newEmail") and self.email_taken(body["newEmail"], user["id"]):
            raise problem(409, "duplicateEmail", "A user with this email already exists.", "newEmail")
        changes = {
            "name": body.get("newName"),
            "email": body.get("newEmail"),
            "picture_url": body.get("newPictureUrl"),
        }
        with self.storage.transaction():
            for column, value in changes.items():
                if value is not None:
                    self.storage.execute(
                        f"UPDATE charon_users SET {column} = ? WHERE id = ?", (value, user["id"])
                    )
        return self.ok(self.user_view(self.own_user(request, user["id"])))

    @operation("deleteUser")
    def delete_user(self, request: Request) -> Response:
        user = self.own_user(request, request.path_params["userId"])
        with self.storage.transaction():
            self.storage.execute(
                "UPDATE charon_users SET deleted = 1, name = 'Deleted user', email = '', picture_url = NULL,"
                " verified_email = NULL, password = NULL WHERE id = ?",
                (user["id"],),
            )
            self.storage.execute("DELETE FROM charon_logins WHERE user_id = ?", (user["id"],))
            self.storage.execute("DELETE FROM charon_tokens WHERE user_id = ?", (user["id"],))
        return self.done()

    @operation("getPublicUserProfile")
    def get_public_profile(self, request: Request) -> Response:
        self.caller(request)
        row = self.storage.one(
            "SELECT * FROM charon_users WHERE id = ? AND deleted = 0", (request.path_params["userId"],)
        )
        if row is None:
            raise not_found("The user", "userId")
        return self.ok(self.public_view(row))

    @operation("changePassword")
    def change_password(self, request: Request) -> Response:
        user = self.own_user(request, request.path_params["userId"])
        if user["password"] is None or user["password"] != request.body["currentPassword"]:
            raise problem(400, "invalidParameterValue", "The current password is wrong.", "currentPassword")
        with self.storage.transaction():
            self.storage.execute(
                "UPDATE charon_users SET password = ? WHERE id = ?", (request.body["newPassword"], user["id"])
            )
        return self.done()

    @operation("configureMfaEmailTotpCode")
    def configure_mfa(self, request: Request) -> Response:
        user = self.own_user(request, request.path_params["userId"])
        with self.storage.transaction():
            self.storage.execute(
                "UPDATE charon_users SET mfa_email = ? WHERE id = ?",
                (int(request.body["isEnabled"]), user["id"]),
            )
        return self.done()

    @operation("revokeAllTokens")
    def revoke_all_tokens(self, request: Request) -> Response:
        self.revoke_tokens(self.own_user(request, request.path_params["userId"])["id"])
        return self.done()

    @operation("addApiKeyLogin")
    def add_api_key(self, request: Request) -> Response:
        user = self.own_user(request, request.path_params["userId"])
        seconds = request.body.get("expirationTimeSeconds")
        api_key = "chk_" + self.new_code("apiKey") + self.new_code("apiKey")
        with self.storage.transaction():
            login_id = self.add_login(
                user["id"], "apiKey", api_key, self.now() + seconds if seconds else None
            )
        login = self.storage.one("SELECT * FROM charon_logins WHERE id = ?", (login_id,))
        assert login is not None
        return self.ok({"userLogin": self.login_view(login), "apiKey": api_key})

    @operation("deleteApiKeyLogin")
    def delete_api_key(self, request: Request) -> Response:
        user = self.own_user(request, request.path_params["userId"])
        with self.storage.transaction():
            gone = self.storage.execute(
                "DELETE FROM charon_logins WHERE id = ? AND user_id = ? AND provider = 'apiKey'",
                (request.query["id"], user["id"]),
            ).rowcount
        if not gone:
            raise not_found("The API key", "id")
        return self.done()

    def own_invitation(self, request: Request) -> Row:
        user = self.own_user(request, request.path_params["userId"])
        row = self.storage.one(
            "SELECT * FROM charon_invitations"
            " WHERE id = ? AND invited_user_id = ? AND response != 'declined'",
            (request.path_params["invitationId"], user["id"]),
        )
        if row is None:
            raise not_found("The invitation", "invitationId")
        return row

    @operation("acceptInvitation")
    def accept_invitation(self, request: Request) -> Response:
        invitation = self.own_invitation(request)
        project = self.storage.one("SELECT * FROM charon_projects WHERE id = ?", (invitation["project_id"],))
        assert project is not None
        user_id = invitation["invited_user_id"]
        with self.storage.transaction():
            self.storage.execute("DELETE FROM charon_invitations WHERE id = ?", (invitation["id"],))
            self.storage.execute(
                "INSERT INTO charon_project_members (project_id, user_id, grants) VALUES (?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                (project["id"], user_id, '["view"]'),
            )
            self.storage.execute(
                "INSERT INTO charon_workspace_members (workspace_id, user_id, role)"
                " VALUES (?, ?, 'member') ON CONFLICT DO NOTHING",
                (project["workspace_id"], user_id),
            )
        self.notify(self.project_audience(project), self.project_event("memberJoined", project))
        return self.done()

    @operation("declineInvitation")
    def decline_invitation(self, request: Request) -> Response:
        invitation = self.own_invitation(request)
        with self.storage.transaction():
            self.storage.execute(
                "UPDATE charon_invitations SET response = 'declined' WHERE id = ?", (invitation["id"],)
            )
        return self.done()

    @staticmethod
    def project_event(action: str, project: Row, **extra: Any) -> dict[str, Any]:
        return {
            "type": "project",
            "action": action,
            "projectId": project["id"],
            "workspaceId": project["workspace_id"],
            **extra,
        }
