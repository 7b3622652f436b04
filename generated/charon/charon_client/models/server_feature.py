from enum import StrEnum


class ServerFeature(StrEnum):
    AICOMPLETION = "aiCompletion"
    APIKEYS = "apiKeys"
    AUTHENTICATION = "authentication"
    BILLING = "billing"
    GAMEASSETS = "gameAssets"
    GITHUBAUTHENTICATION = "githubAuthentication"
    GOOGLEAUTHENTICATION = "googleAuthentication"
    MACHINETRANSLATION = "machineTranslation"
    MICROSOFTAUTHENTICATION = "microsoftAuthentication"
    NONE = "none"
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
