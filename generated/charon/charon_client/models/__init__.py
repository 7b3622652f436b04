"""Contains all the data models used in inputs/outputs"""

from .add_api_key_login_response import AddApiKeyLoginResponse
from .add_api_key_request import AddApiKeyRequest
from .api_error import ApiError
from .api_key_authenticate_request import ApiKeyAuthenticateRequest
from .authentication_flow_stage import AuthenticationFlowStage
from .authentication_flow_stage_next_step_type_1 import (
    AuthenticationFlowStageNextStepType1,
)
from .authentication_flow_stage_next_step_type_2_type_1 import (
    AuthenticationFlowStageNextStepType2Type1,
)
from .authentication_flow_stage_next_step_type_3_type_1 import (
    AuthenticationFlowStageNextStepType3Type1,
)
from .authentication_provider import AuthenticationProvider
from .authentication_redirect import AuthenticationRedirect
from .backup_response import BackupResponse
from .backup_result import BackupResult
from .begin_api_key_authentication_flow_response import (
    BeginApiKeyAuthenticationFlowResponse,
)
from .begin_o_auth_2_authentication_response import BeginOAuth2AuthenticationResponse
from .begin_on_behalf_authentication_flow_response import (
    BeginOnBehalfAuthenticationFlowResponse,
)
from .begin_password_authentication_flow_response import (
    BeginPasswordAuthenticationFlowResponse,
)
from .begin_transaction_request import BeginTransactionRequest
from .billing_account import BillingAccount
from .billing_period import BillingPeriod
from .branch import Branch
from .branch_location import BranchLocation
from .bulk_change_documents_response import BulkChangeDocumentsResponse
from .bulk_change_record import BulkChangeRecord
from .bulk_change_record_status import BulkChangeRecordStatus
from .bulk_change_result import BulkChangeResult
from .complete_o_auth_2_authentication_response import (
    CompleteOAuth2AuthenticationResponse,
)
from .configure_email_code_mfa_request import ConfigureEmailCodeMfaRequest
from .continue_authentication_flow_with_email_totp_code_response import (
    ContinueAuthenticationFlowWithEmailTotpCodeResponse,
)
from .create_branch_request import CreateBranchRequest
from .create_document_response import CreateDocumentResponse
from .create_project_request import CreateProjectRequest
from .create_project_response import CreateProjectResponse
from .create_resource_response import CreateResourceResponse
from .create_result import CreateResult
from .created_api_key import CreatedApiKey
from .currency_amount import CurrencyAmount
from .currency_code import CurrencyCode
from .data_document import DataDocument
from .data_document_meta import DataDocumentMeta
from .data_source_capabilities import DataSourceCapabilities
from .data_source_limits import DataSourceLimits
from .data_source_read_only_reason import DataSourceReadOnlyReason
from .delete_document_response import DeleteDocumentResponse
from .delete_result import DeleteResult
from .documents_statistics_record import DocumentsStatisticsRecord
from .documents_statistics_record_validation_error_count import (
    DocumentsStatisticsRecordValidationErrorCount,
)
from .email_password_authenticate_request import EmailPasswordAuthenticateRequest
from .email_totp_code_authenticate_request import EmailTotpCodeAuthenticateRequest
from .error_code import ErrorCode
from .error_response import ErrorResponse
from .examine_response import ExamineResponse
from .export_mode import ExportMode
from .export_response import ExportResponse
from .export_result import ExportResult
from .filter_ import Filter
from .filter_operator import FilterOperator
from .find_document_response import FindDocumentResponse
from .find_request import FindRequest
from .find_result import FindResult
from .formula_type import FormulaType
from .formula_type_kind import FormulaTypeKind
from .formula_type_list import FormulaTypeList
from .game_data_document import GameDataDocument
from .game_data_document_collections import GameDataDocumentCollections
from .generate_source_code_request import GenerateSourceCodeRequest
from .generate_source_code_request_indentation import (
    GenerateSourceCodeRequestIndentation,
)
from .generate_source_code_request_line_endings import (
    GenerateSourceCodeRequestLineEndings,
)
from .generate_source_code_request_optimizations_item import (
    GenerateSourceCodeRequestOptimizationsItem,
)
from .get_all_projects_response import GetAllProjectsResponse
from .get_all_users_response import GetAllUsersResponse
from .get_all_workspaces_response import GetAllWorkspacesResponse
from .get_billing_account_response import GetBillingAccountResponse
from .get_capabilities_response import GetCapabilitiesResponse
from .get_context_response import GetContextResponse
from .get_current_projects_response import GetCurrentProjectsResponse
from .get_current_user_response import GetCurrentUserResponse
from .get_current_workspaces_response import GetCurrentWorkspacesResponse
from .get_customer_portal_url_request import GetCustomerPortalUrlRequest
from .get_customer_portal_url_response import GetCustomerPortalUrlResponse
from .get_data_source_present_users_response import GetDataSourcePresentUsersResponse
from .get_formula_types_response import GetFormulaTypesResponse
from .get_loading_progress_response import GetLoadingProgressResponse
from .get_membership_packages_response import GetMembershipPackagesResponse
from .get_payment_status_response import GetPaymentStatusResponse
from .get_process_response import GetProcessResponse
from .get_project_response import GetProjectResponse
from .get_public_user_profile_response import GetPublicUserProfileResponse
from .get_public_user_profiles_response import GetPublicUserProfilesResponse
from .get_resource_metadata_response import GetResourceMetadataResponse
from .get_upcoming_payment_response import GetUpcomingPaymentResponse
from .get_user_response import GetUserResponse
from .get_workspace_members_response import GetWorkspaceMembersResponse
from .get_workspace_quota_usage_response import GetWorkspaceQuotaUsageResponse
from .get_workspace_response import GetWorkspaceResponse
from .import_mode import ImportMode
from .import_response import ImportResponse
from .invite_into_project_request import InviteIntoProjectRequest
from .issue_one_time_code_response import IssueOneTimeCodeResponse
from .issue_token_request import IssueTokenRequest
from .issue_token_request_grant_type import IssueTokenRequestGrantType
from .json_object import JsonObject
from .json_patch import JsonPatch
from .json_patch_operation import JsonPatchOperation
from .list_documents_request import ListDocumentsRequest
from .list_documents_response import ListDocumentsResponse
from .list_formula_types_response import ListFormulaTypesResponse
from .list_processes_response import ListProcessesResponse
from .list_result import ListResult
from .load_default_preferences_response import LoadDefaultPreferencesResponse
from .load_project_personal_preferences_response import (
    LoadProjectPersonalPreferencesResponse,
)
from .load_project_shared_preferences_response import (
    LoadProjectSharedPreferencesResponse,
)
from .load_workspace_personal_preferences_response import (
    LoadWorkspacePersonalPreferencesResponse,
)
from .load_workspace_shared_preferences_response import (
    LoadWorkspaceSharedPreferencesResponse,
)
from .log_message_request import LogMessageRequest
from .make_payment_request import MakePaymentRequest
from .make_payment_response import MakePaymentResponse
from .membership_package import MembershipPackage
from .membership_package_features import MembershipPackageFeatures
from .membership_package_features_backup import MembershipPackageFeaturesBackup
from .membership_package_features_projects_type_0 import (
    MembershipPackageFeaturesProjectsType0,
)
from .membership_package_features_service_tokens_type_0 import (
    MembershipPackageFeaturesServiceTokensType0,
)
from .membership_package_features_storage_type_0 import (
    MembershipPackageFeaturesStorageType0,
)
from .membership_price import MembershipPrice
from .membership_subscription import MembershipSubscription
from .o_auth_error_response import OAuthErrorResponse
from .o_auth_error_response_error import OAuthErrorResponseError
from .o_auth_success_response import OAuthSuccessResponse
from .o_auth_success_response_token_type import OAuthSuccessResponseTokenType
from .on_behalf_authenticate_request import OnBehalfAuthenticateRequest
from .one_time_code import OneTimeCode
from .page_context import PageContext
from .page_context_scope import PageContextScope
from .payment_invoice import PaymentInvoice
from .payment_invoice_line_item import PaymentInvoiceLineItem
from .payment_invoice_status import PaymentInvoiceStatus
from .pick_documents_response import PickDocumentsResponse
from .preferences import Preferences
from .preferences_by_layer import PreferencesByLayer
from .presence_info import PresenceInfo
from .presence_info_focused_object_type_0 import PresenceInfoFocusedObjectType0
from .presence_info_page import PresenceInfoPage
from .presence_info_route_parameters import PresenceInfoRouteParameters
from .process_list import ProcessList
from .process_state import ProcessState
from .process_type import ProcessType
from .process_workflow_status import ProcessWorkflowStatus
from .project import Project
from .project_alias import ProjectAlias
from .project_list import ProjectList
from .project_membership_invitation import ProjectMembershipInvitation
from .project_membership_invitation_response import ProjectMembershipInvitationResponse
from .project_permission import ProjectPermission
from .project_permission_grants_item import ProjectPermissionGrantsItem
from .public_user_profile import PublicUserProfile
from .push_branch_request import PushBranchRequest
from .redirect_result import RedirectResult
from .redirect_result_redirect_action import RedirectResultRedirectAction
from .resource_usage import ResourceUsage
from .resource_usage_type import ResourceUsageType
from .restore_response import RestoreResponse
from .restore_result import RestoreResult
from .scripting_language import ScriptingLanguage
from .server_capabilities import ServerCapabilities
from .server_feature import ServerFeature
from .sorter import Sorter
from .sorter_direction import SorterDirection
from .start_subscription_session_request import StartSubscriptionSessionRequest
from .start_subscription_session_response import StartSubscriptionSessionResponse
from .statistics_result import StatisticsResult
from .stop_process_response import StopProcessResponse
from .stored_resource_metadata import StoredResourceMetadata
from .stored_resource_purpose import StoredResourcePurpose
from .target_source_code_language import TargetSourceCodeLanguage
from .taxation_type import TaxationType
from .transfer_project_request import TransferProjectRequest
from .upcoming_payment_parameters import UpcomingPaymentParameters
from .update_billing_account_request import UpdateBillingAccountRequest
from .update_billing_account_response import UpdateBillingAccountResponse
from .update_branch_request import UpdateBranchRequest
from .update_document_response import UpdateDocumentResponse
from .update_project_permissions_request import UpdateProjectPermissionsRequest
from .update_project_request import UpdateProjectRequest
from .update_project_response import UpdateProjectResponse
from .update_result import UpdateResult
from .update_user_request import UpdateUserRequest
from .update_user_response import UpdateUserResponse
from .update_workspace_request import UpdateWorkspaceRequest
from .update_workspace_response import UpdateWorkspaceResponse
from .user import User
from .user_change_password_request import UserChangePasswordRequest
from .user_creation_password_credential import UserCreationPasswordCredential
from .user_creation_request import UserCreationRequest
from .user_list import UserList
from .user_login import UserLogin
from .user_password_reset_request import UserPasswordResetRequest
from .user_presence_info import UserPresenceInfo
from .user_profile import UserProfile
from .user_reset_password_request import UserResetPasswordRequest
from .user_type import UserType
from .validate_response import ValidateResponse
from .validate_result import ValidateResult
from .validation_error import ValidationError
from .validation_option import ValidationOption
from .validation_record import ValidationRecord
from .workspace import Workspace
from .workspace_alias import WorkspaceAlias
from .workspace_capabilities import WorkspaceCapabilities
from .workspace_list import WorkspaceList
from .workspace_quota_usage import WorkspaceQuotaUsage

__all__ = (
    "AddApiKeyLoginResponse",
    "AddApiKeyRequest",
    "ApiError",
    "ApiKeyAuthenticateRequest",
    "AuthenticationFlowStage",
    "AuthenticationFlowStageNextStepType1",
    "AuthenticationFlowStageNextStepType2Type1",
    "AuthenticationFlowStageNextStepType3Type1",
    "AuthenticationProvider",
    "AuthenticationRedirect",
    "BackupResponse",
    "BackupResult",
    "BeginApiKeyAuthenticationFlowResponse",
    "BeginOAuth2AuthenticationResponse",
    "BeginOnBehalfAuthenticationFlowResponse",
    "BeginPasswordAuthenticationFlowResponse",
    "BeginTransactionRequest",
    "BillingAccount",
    "BillingPeriod",
    "Branch",
    "BranchLocation",
    "BulkChangeDocumentsResponse",
    "BulkChangeRecord",
    "BulkChangeRecordStatus",
    "BulkChangeResult",
    "CompleteOAuth2AuthenticationResponse",
    "ConfigureEmailCodeMfaRequest",
    "ContinueAuthenticationFlowWithEmailTotpCodeResponse",
    "CreateBranchRequest",
    "CreatedApiKey",
    "CreateDocumentResponse",
    "CreateProjectRequest",
    "CreateProjectResponse",
    "CreateResourceResponse",
    "CreateResult",
    "CurrencyAmount",
    "CurrencyCode",
    "DataDocument",
    "DataDocumentMeta",
    "DataSourceCapabilities",
    "DataSourceLimits",
    "DataSourceReadOnlyReason",
    "DeleteDocumentResponse",
    "DeleteResult",
    "DocumentsStatisticsRecord",
    "DocumentsStatisticsRecordValidationErrorCount",
    "EmailPasswordAuthenticateRequest",
    "EmailTotpCodeAuthenticateRequest",
    "ErrorCode",
    "ErrorResponse",
    "ExamineResponse",
    "ExportMode",
    "ExportResponse",
    "ExportResult",
    "Filter",
    "FilterOperator",
    "FindDocumentResponse",
    "FindRequest",
    "FindResult",
    "FormulaType",
    "FormulaTypeKind",
    "FormulaTypeList",
    "GameDataDocument",
    "GameDataDocumentCollections",
    "GenerateSourceCodeRequest",
    "GenerateSourceCodeRequestIndentation",
    "GenerateSourceCodeRequestLineEndings",
    "GenerateSourceCodeRequestOptimizationsItem",
    "GetAllProjectsResponse",
    "GetAllUsersResponse",
    "GetAllWorkspacesResponse",
    "GetBillingAccountResponse",
    "GetCapabilitiesResponse",
    "GetContextResponse",
    "GetCurrentProjectsResponse",
    "GetCurrentUserResponse",
    "GetCurrentWorkspacesResponse",
    "GetCustomerPortalUrlRequest",
    "GetCustomerPortalUrlResponse",
    "GetDataSourcePresentUsersResponse",
    "GetFormulaTypesResponse",
    "GetLoadingProgressResponse",
    "GetMembershipPackagesResponse",
    "GetPaymentStatusResponse",
    "GetProcessResponse",
    "GetProjectResponse",
    "GetPublicUserProfileResponse",
    "GetPublicUserProfilesResponse",
    "GetResourceMetadataResponse",
    "GetUpcomingPaymentResponse",
    "GetUserResponse",
    "GetWorkspaceMembersResponse",
    "GetWorkspaceQuotaUsageResponse",
    "GetWorkspaceResponse",
    "ImportMode",
    "ImportResponse",
    "InviteIntoProjectRequest",
    "IssueOneTimeCodeResponse",
    "IssueTokenRequest",
    "IssueTokenRequestGrantType",
    "JsonObject",
    "JsonPatch",
    "JsonPatchOperation",
    "ListDocumentsRequest",
    "ListDocumentsResponse",
    "ListFormulaTypesResponse",
    "ListProcessesResponse",
    "ListResult",
    "LoadDefaultPreferencesResponse",
    "LoadProjectPersonalPreferencesResponse",
    "LoadProjectSharedPreferencesResponse",
    "LoadWorkspacePersonalPreferencesResponse",
    "LoadWorkspaceSharedPreferencesResponse",
    "LogMessageRequest",
    "MakePaymentRequest",
    "MakePaymentResponse",
    "MembershipPackage",
    "MembershipPackageFeatures",
    "MembershipPackageFeaturesBackup",
    "MembershipPackageFeaturesProjectsType0",
    "MembershipPackageFeaturesServiceTokensType0",
    "MembershipPackageFeaturesStorageType0",
    "MembershipPrice",
    "MembershipSubscription",
    "OAuthErrorResponse",
    "OAuthErrorResponseError",
    "OAuthSuccessResponse",
    "OAuthSuccessResponseTokenType",
    "OnBehalfAuthenticateRequest",
    "OneTimeCode",
    "PageContext",
    "PageContextScope",
    "PaymentInvoice",
    "PaymentInvoiceLineItem",
    "PaymentInvoiceStatus",
    "PickDocumentsResponse",
    "Preferences",
    "PreferencesByLayer",
    "PresenceInfo",
    "PresenceInfoFocusedObjectType0",
    "PresenceInfoPage",
    "PresenceInfoRouteParameters",
    "ProcessList",
    "ProcessState",
    "ProcessType",
    "ProcessWorkflowStatus",
    "Project",
    "ProjectAlias",
    "ProjectList",
    "ProjectMembershipInvitation",
    "ProjectMembershipInvitationResponse",
    "ProjectPermission",
    "ProjectPermissionGrantsItem",
    "PublicUserProfile",
    "PushBranchRequest",
    "RedirectResult",
    "RedirectResultRedirectAction",
    "ResourceUsage",
    "ResourceUsageType",
    "RestoreResponse",
    "RestoreResult",
    "ScriptingLanguage",
    "ServerCapabilities",
    "ServerFeature",
    "Sorter",
    "SorterDirection",
    "StartSubscriptionSessionRequest",
    "StartSubscriptionSessionResponse",
    "StatisticsResult",
    "StopProcessResponse",
    "StoredResourceMetadata",
    "StoredResourcePurpose",
    "TargetSourceCodeLanguage",
    "TaxationType",
    "TransferProjectRequest",
    "UpcomingPaymentParameters",
    "UpdateBillingAccountRequest",
    "UpdateBillingAccountResponse",
    "UpdateBranchRequest",
    "UpdateDocumentResponse",
    "UpdateProjectPermissionsRequest",
    "UpdateProjectRequest",
    "UpdateProjectResponse",
    "UpdateResult",
    "UpdateUserRequest",
    "UpdateUserResponse",
    "UpdateWorkspaceRequest",
    "UpdateWorkspaceResponse",
    "User",
    "UserChangePasswordRequest",
    "UserCreationPasswordCredential",
    "UserCreationRequest",
    "UserList",
    "UserLogin",
    "UserPasswordResetRequest",
    "UserPresenceInfo",
    "UserProfile",
    "UserResetPasswordRequest",
    "UserType",
    "ValidateResponse",
    "ValidateResult",
    "ValidationError",
    "ValidationOption",
    "ValidationRecord",
    "Workspace",
    "WorkspaceAlias",
    "WorkspaceCapabilities",
    "WorkspaceList",
    "WorkspaceQuotaUsage",
)
