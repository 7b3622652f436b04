from enum import StrEnum
from typing import Any

from .._runtime import unknown_enum_member


class ServerFeature(StrEnum):
    AI_COMPLETION = "aiCompletion"
    API_KEYS = "apiKeys"
    AUTHENTICATION = "authentication"
    BILLING = "billing"
    GAME_ASSETS = "gameAssets"
    GITHUB_AUTHENTICATION = "githubAuthentication"
    GOOGLE_AUTHENTICATION = "googleAuthentication"
    MACHINE_TRANSLATION = "machineTranslation"
    MICROSOFT_AUTHENTICATION = "microsoftAuthentication"
    NONE = "none"
    PRIVACY_POLICY = "privacyPolicy"
    PROJECT_BRANCHES = "projectBranches"
    PROJECT_CUSTOMIZATION = "projectCustomization"
    PROJECT_DELETE = "projectDelete"
    PROJECT_MEMBERS = "projectMembers"
    PROJECT_PERMISSIONS = "projectPermissions"
    PROJECT_SELECTION = "projectSelection"
    PROJECT_TRANSFER = "projectTransfer"
    REMOTE_LOGGING = "remoteLogging"
    REVOKE_TOKENS = "revokeTokens"
    TERMS_OF_SERVICE = "termsOfService"
    UI_EXTENSIONS = "uiExtensions"
    UI_EXTENSION_UPLOAD = "uiExtensionUpload"
    USER_DELETE = "userDelete"
    AICOMPLETION = "aiCompletion"
    APIKEYS = "apiKeys"
    GAMEASSETS = "gameAssets"
    GITHUBAUTHENTICATION = "githubAuthentication"
    GOOGLEAUTHENTICATION = "googleAuthentication"
    MACHINETRANSLATION = "machineTranslation"
    MICROSOFTAUTHENTICATION = "microsoftAuthentication"
    PRIVACYPOLICY = "privacyPolicy"
    PROJECTBRANCHES = "projectBranches"
    PROJECTCUSTOMIZATION = "projectCustomization"
    PROJECTDELETE = "projectDelete"
    PROJECTMEMBERS = "projectMembers"
    PROJECTPERMISSIONS = "projectPermissions"
    PROJECTSELECTION = "projectSelection"
    PROJECTTRANSFER = "projectTransfer"
    REMOTELOGGING = "remoteLogging"
    REVOKETOKENS = "revokeTokens"
    TERMSOFSERVICE = "termsOfService"
    UIEXTENSIONS = "uiExtensions"
    UIEXTENSIONUPLOAD = "uiExtensionUpload"
    USERDELETE = "userDelete"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # A value the spec does not list (a newer server): kept as its string, warned about once.
        return unknown_enum_member(cls, value, __name__.split(".")[0])
