"""Creating users, their logins and personal workspaces, and provisioning a user for a fresh API key.

No Charon API creates a workspace, so the emulator gives every new user a personal one (the vendor does
the same on sign-up) and the control plane seeds more. A fresh API key accepted by the registry becomes a
user with a personal workspace whose ids are derived from the key: stable across restarts and resets.
"""

from __future__ import annotations

from emulators.charon.access import Access
from emulators.charon.base import secret_hash, stable_id
from emulators.core.storage import Row

DEFAULT_PACKAGE = "free"


class Tenancy(Access):
    def create_user(
        self,
        user_id: str,
        name: str,
        email: str,
        *,
        kind: str = "personalAccount",
        password: str | None = None,
        verified: bool = False,
    ) -> None:
        self.storage.execute(
            "INSERT INTO charon_users (id, type, name, email, verified_email, password, created)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (user_id, kind, name, email, email if verified else None, password, self.stamp()),
        )

    def add_login(self, user_id: str, provider: str, secret: str, expires: float | None = None) -> str:
        login_id = self.new_id()
        self.storage.execute(
            "INSERT INTO charon_logins (id, user_id, provider, secret, token_series, expires)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (login_id, user_id, provider, secret_hash(secret), self.new_id(), expires),
        )
        return login_id

    def create_workspace(self, workspace_id: str, name: str, owner_id: str) -> None:
        self.storage.execute(
            "INSERT INTO charon_workspaces (id, name, owner_id, package, created) VALUES (?, ?, ?, ?, ?)",
            (workspace_id, name, owner_id, DEFAULT_PACKAGE, self.stamp()),
        )
        self.set_workspace_role(workspace_id, owner_id, "owner")

    def set_workspace_role(self, workspace_id: str, user_id: str, role: str) -> None:
        self.storage.execute(
            "INSERT INTO charon_workspace_members (workspace_id, user_id, role) VALUES (?, ?, ?)"
            " ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = excluded.role",
            (workspace_id, user_id, role),
        )

    def new_user_with_workspace(
        self, name: str, email: str, *, kind: str = "personalAccount", password: str | None = None
    ) -> str:
        user_id = self.new_id()
        self.create_user(user_id, name, email, kind=kind, password=password)
        self.create_workspace(self.new_id(), f"{name}'s workspace", user_id)
        return user_id

    def provision_api_key(self, api_key: str, *, name: str | None = None, email: str | None = None) -> str:
        """The user of an accepted API key, created with a personal workspace the first time it is seen."""
        user_id = stable_id("user", api_key)
        with self.storage.transaction():
            if self.storage.one("SELECT 1 FROM charon_users WHERE id = ?", (user_id,)) is None:
                name = name or f"API key user {user_id[:6]}"
                self.create_user(user_id, name, email or f"user-{user_id[:8]}@charon.local", verified=True)
                self.create_workspace(stable_id("workspace", api_key), f"{name}'s workspace", user_id)
            if self.login_for_key(api_key) is None:
                self.add_login(user_id, "apiKey", api_key)
        return user_id

    def login_for_key(self, api_key: str) -> Row | None:
        return self.storage.one(
            "SELECT * FROM charon_logins WHERE provider = 'apiKey' AND secret = ? AND enabled = 1",
            (secret_hash(api_key),),
        )

    def active_user(self, user_id: str) -> bool:
        deleted = self.storage.scalar("SELECT deleted FROM charon_users WHERE id = ?", (user_id,))
        return bool(deleted == 0)
