"""Contains all the data models used in inputs/outputs"""

from .any_value_map import AnyValueMap
from .batch_of_ids import BatchOfIds
from .data_asset import DataAsset
from .data_asset_info import DataAssetInfo
from .data_asset_list import DataAssetList
from .data_field import DataField
from .data_set import DataSet
from .data_set_list import DataSetList
from .data_store import DataStore
from .data_store_info import DataStoreInfo
from .data_store_list import DataStoreList
from .data_store_update import DataStoreUpdate
from .error import Error
from .error_response import ErrorResponse
from .field_data_type import FieldDataType
from .field_data_type_name import FieldDataTypeName
from .json_patch_operation import JsonPatchOperation
from .json_patch_operation_op import JsonPatchOperationOp
from .new_data_store import NewDataStore
from .operational import Operational
from .page_link import PageLink
from .page_links import PageLinks
from .schema import Schema
from .table_connection_info import TableConnectionInfo
from .table_connection_info_additional_properties import (
    TableConnectionInfoAdditionalProperties,
)
from .user_tag import UserTag

__all__ = (
    "AnyValueMap",
    "BatchOfIds",
    "DataAsset",
    "DataAssetInfo",
    "DataAssetList",
    "DataField",
    "DataSet",
    "DataSetList",
    "DataStore",
    "DataStoreInfo",
    "DataStoreList",
    "DataStoreUpdate",
    "Error",
    "ErrorResponse",
    "FieldDataType",
    "FieldDataTypeName",
    "JsonPatchOperation",
    "JsonPatchOperationOp",
    "NewDataStore",
    "Operational",
    "PageLink",
    "PageLinks",
    "Schema",
    "TableConnectionInfo",
    "TableConnectionInfoAdditionalProperties",
    "UserTag",
)
