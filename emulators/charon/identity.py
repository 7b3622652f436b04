"""Authentication: credentials on requests, the sign-in flows, ``/token/``, one-time codes, OAuth 2.0.

Accepted on ``Authorization: Bearer`` (or the seed's ``Basic``): an access token from ``/token/``, an API
key created with ``addApiKeyLogin`` or seeded, or a key the registry accepts (any key without ``--token``;
only the given ones with it), which is provisioned as a user on first use. A one-time code is accepted as
the ``x-authorization`` query parameter on the operations that offer it, once, within 60 s.

Emulator decisions: authorization codes live 5 minutes and are one-use; access tokens 1 hour, refresh
tokens 30 days, and a refresh rotates both; the fake OAuth 2.0 provider signs in whoever it is given a
``code`` for (the user is derived from provider + code); an email-code flow's code is mailed to the outbox.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, quote

import orjson

from emulators.charon.base import json_text, not_found, problem, stable_id
from emulators.charon.tenancy import Tenancy
from emulators.core.auth import TokenRegistry
from emulators.core.http import ApiProblem, FieldProblem, Principal, Request, Response
from emulators.core.vendor import operation

CODE_SECONDS = 300
ACCESS_SECONDS = 3600
REFRESH_SECONDS = 30 * 24 * 3600
ONE_TIME_SECONDS = 60
FLOW_SECONDS = 600
OAUTH_PROVIDERS = ("google", "microsoft", "github")


class Identity(Tenancy):
    # ----------------------------------------------------------------------------------- credentials

    def principal(self, scheme: str, credential: str, registry: TokenRegistry) -> Principal | None:
        user_id = self.credential_user(scheme, credential, registry)
        if user_id is None or not self.active_user(user_id):
            return None
        return Principal(credential, None, subject=user_id)

    def credential_user(self, scheme: str, credential: str, registry: TokenRegistry) -> str | None:
        if scheme == "oneTimeCode":
            return self.take_token(credential, "oneTime")
        token = self.live_token(credential, "access")
        if token is not None:
            return token
        login = self.login_for_key(credential)
        if login is not None and (login["expires"] is None or login["expires"] > self.now()):
            return str(login["user_id"])
        if login is None and registry.principal(credential) is not None:
            return self.provision_api_key(credential)
        return None

    def bearer_user(self, request: Request) -> str | None:
        """The caller of an anonymous operation that says more to a signed-in caller (``getContext``)."""
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() not in ("bearer", "basic") or not value.strip():
            return None
        found = self.principal("bearerAuth", value.strip(), self.registry)
        return found.subject if found else None

    # ---------------------------------------------------------------------------------------- tokens

    def put_token(self, kind: str, user_id: str, seconds: float, data: Any = None, token: str = "") -> str:
        token = token or self.new_code(kind)
        with self.storage.transaction():
            self.storage.execute(
                "INSERT INTO charon_tokens (token, kind, user_id, expires, data) VALUES (?, ?, ?, ?, ?)",
                (token, kind, user_id, self.now() + seconds, json_text(data) if data is not None else None),
            )
        return token

    def live_token(self, token: str, kind: str) -> str | None:
        user_id: str | None = self.storage.scalar(
            "SELECT user_id FROM charon_tokens WHERE token = ? AND kind = ? AND expires > ?",
            (token, kind, self.now()),
        )
        return user_id

    def take_token(self, token: str, kind: str) -> str | None:
        """A one-use token: its user, and it is gone (expired ones are simply not found)."""
        user_id = self.live_token(token, kind)
        if user_id is not None:
            with self.storage.transaction():
                self.storage.execute("DELETE FROM charon_tokens WHERE token = ?", (token,))
        return user_id

    def token_data(self, token: str, kind: str) -> Any:
        raw = self.storage.scalar(
            "SELECT data FROM charon_tokens WHERE token = ? AND kind = ? AND expires > ?",
            (token, kind, self.now()),
        )
        return orjson.loads(raw) if raw else None

    def revoke_tokens(self, user_id: str) -> None:
        with self.storage.transaction():
            self.storage.execute(
                "DELETE FROM charon_tokens WHERE user_id = ? AND kind IN ('access', 'refresh', 'oneTime')",
                (user_id,),
            )

    # ----------------------------------------------------------------------------------------- flows

    def flow_stage(self, user_id: str) -> dict[str, Any]:
        """A finished first step: an authorization code, or the email code step when MFA is on."""
        flow_id = self.new_id()
        if self.storage.scalar("SELECT mfa_email FROM charon_users WHERE id = ?", (user_id,)):
            code = self.new_digits()
            self.put_token("flow", user_id, FLOW_SECONDS, {"code": code}, token=flow_id)
            email = self.storage.scalar("SELECT email FROM charon_users WHERE id = ?", (user_id,))
            self.send_mail(str(email), "Your Charon sign-in code", f"Your sign-in code is {code}.", code)
            return {"flowId": flow_id, "authorizationCode": None, "nextStep": "emailTotpCode"}
        code = self.put_token("code", user_id, CODE_SECONDS)
        return {"flowId": flow_id, "authorizationCode": code, "nextStep": None}

    def send_mail(self, recipient: str, subject: str, body: str, code: str | None = None) -> None:
        with self.storage.transaction():
            self.storage.execute(
                "INSERT INTO charon_outbox (recipient, subject, body, code, created) VALUES (?, ?, ?, ?, ?)",
                (recipient, subject, body, code, self.stamp()),
            )

    @operation("beginApiKeyAuthenticationFlow")
    def begin_api_key_flow(self, request: Request) -> Response:
        user_id = self.credential_user("bearerAuth", request.body["apiKey"], self.registry)
        if (
            user_id is None
            or not self.active_user(user_id)
            or self.live_token(request.body["apiKey"], "access")
        ):
            raise problem(401, "authenticationFailed", "The API key is not valid.")
        return self.ok(self.flow_stage(user_id))

    @operation("beginPasswordAuthenticationFlow")
    def begin_password_flow(self, request: Request) -> Response:
        user = self.storage.one(
            "SELECT * FROM charon_users WHERE lower(email) = lower(?) AND deleted = 0 ORDER BY pk",
            (request.body["email"],),
        )
        if user is None or user["password"] is None or user["password"] != request.body["password"]:
            raise problem(401, "authenticationFailed", "The email or the password is wrong.")
        return self.ok(self.flow_stage(user["id"]))

    @operation("continueAuthenticationFlowWithEmailTotpCode")
    def continue_email_code_flow(self, request: Request) -> Response:
        flow_id = request.body["flowId"]
        data = self.token_data(flow_id, "flow")
        if data is None:
            raise not_found("The authentication flow", "flowId")
        if request.body["code"].strip() != data["code"]:
            raise problem(401, "authenticationFailed", "The code is wrong.")
        user_id = self.take_token(flow_id, "flow")
        assert user_id is not None
        code = self.put_token("code", user_id, CODE_SECONDS)
        return self.ok({"flowId": flow_id, "authorizationCode": code, "nextStep": None})

    @operation("beginOnBehalfAuthenticationFlow")
    def begin_on_behalf_flow(self, request: Request) -> Response:
        caller = self.caller(request)
        if caller["type"] != "administratorAccount":
            raise problem(403, "authorizationFailed", "Only administrator accounts may sign in on behalf.")
        target = request.body["userId"]
        if not self.active_user(target):
            raise not_found("The user", "userId")
        code = self.put_token("code", target, CODE_SECONDS)
        return self.ok({"flowId": self.new_id(), "authorizationCode": code, "nextStep": None})

    @operation("beginOAuth2Authentication")
    def begin_oauth2(self, request: Request) -> Response:
        provider = request.path_params["authenticationProvider"]
        if provider not in OAUTH_PROVIDERS:
            raise problem(
                400,
                "invalidParameterValue",
                f"{provider} is not an OAuth 2.0 provider.",
                "authenticationProvider",
            )
        state = self.put_token("oauthState", "-", FLOW_SECONDS, {"provider": provider})
        callback = quote(f"{request.base_url}/auth/flow/oauth2/{provider}/complete/", safe="")
        location = f"https://oauth.{provider}.example/authorize?state={state}&redirect_uri={callback}"
        return self.ok({"location": location})

    @operation("completeOAuth2Authentication")
    def complete_oauth2(self, request: Request) -> Response:
        provider = request.path_params["authenticationProvider"]
        data = self.token_data(request.query["state"], "oauthState")
        code = request.query.get("code")
        if data is None or data.get("provider") != provider or request.query.get("error") or not code:
            raise problem(401, "authenticationFailed", "The OAuth 2.0 sign-in failed or expired.")
        self.take_token(request.query["state"], "oauthState")
        user_id = stable_id("user", f"{provider}:{code}")
        with self.storage.transaction():
            if self.storage.one("SELECT 1 FROM charon_users WHERE id = ?", (user_id,)) is None:
                email = f"{user_id[:12]}@{provider}.example"
                self.create_user(user_id, f"{provider} user {user_id[:6]}", email, verified=True)
                self.create_workspace(stable_id("workspace", f"{provider}:{code}"), "Personal", user_id)
                self.add_login(user_id, provider, f"{provider}:{code}")
        if not self.active_user(user_id):
            raise problem(401, "authenticationFailed", "The account is deleted.")
        return self.ok(self.flow_stage(user_id))

    # ---------------------------------------------------------------------------------------- /token/

    @operation("issueToken")
    def issue_token(self, request: Request) -> Response:
        form = self._form(request)
        grant = form.get("grant_type")
        if not grant:
            raise ApiProblem(
                400, "grant_type is required.", problems=[FieldProblem("grant_type", "is required")]
            )
        if grant == "authorization_code":
            if not form.get("code"):
                raise ApiProblem(400, "code is required.", problems=[FieldProblem("code", "is required")])
            user_id = self.take_token(form["code"], "code")
        elif grant == "refresh_token":
            if not form.get("refresh_token"):
                raise ApiProblem(400, "refresh_token is required.")
            user_id = self.take_token(form["refresh_token"], "refresh")
        else:
            raise ApiProblem(400, f"Unsupported grant type {grant!r}.", code="unsupported_grant_type")
        if user_id is None or not self.active_user(user_id):
            raise ApiProblem(400, "The code or refresh token is invalid or expired.", code="invalid_grant")
        access = self.put_token("access", user_id, ACCESS_SECONDS)
        refresh = self.put_token("refresh", user_id, REFRESH_SECONDS)
        return Response(
            200,
            {
                "token_type": "bearer",
                "access_token": access,
                "refresh_token": refresh,
                "expires_in": ACCESS_SECONDS,
                "user_id": user_id,
            },
        )

    @staticmethod
    def _form(request: Request) -> dict[str, str]:
        raw = request.body if isinstance(request.body, bytes) else b""
        if "json" in request.body_media_type:
            try:
                parsed = orjson.loads(raw)
            except orjson.JSONDecodeError:
                raise ApiProblem(400, "The body is not valid JSON.") from None
            if not isinstance(parsed, dict) or not all(isinstance(v, str) for v in parsed.values()):
                raise ApiProblem(400, "The token request must be an object of strings.")
            return {str(k): v for k, v in parsed.items()}
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ApiProblem(400, "The body is not UTF-8 form data.") from None
        return dict(parse_qsl(text, keep_blank_values=True))

    @operation("issueOneTimeCode")
    def issue_one_time_code(self, request: Request) -> Response:
        code = self.put_token("oneTime", self.caller_id(request), ONE_TIME_SECONDS)
        return self.ok({"code": code, "expires_in": ONE_TIME_SECONDS})
