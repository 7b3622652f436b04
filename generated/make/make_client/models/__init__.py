"""Contains all the data models used in inputs/outputs"""

from .create_data_store_record_request import CreateDataStoreRecordRequest
from .create_data_store_request import CreateDataStoreRequest
from .data_store import DataStore
from .data_store_column import DataStoreColumn
from .data_store_columns import DataStoreColumns
from .data_store_columns_response import DataStoreColumnsResponse
from .data_store_list import DataStoreList
from .data_store_record import DataStoreRecord
from .data_store_record_data import DataStoreRecordData
from .data_store_record_fields import DataStoreRecordFields
from .data_store_record_list import DataStoreRecordList
from .data_store_response import DataStoreResponse
from .data_structure_field import DataStructureField
from .delete_all_data_store_records import DeleteAllDataStoreRecords
from .delete_all_data_stores import DeleteAllDataStores
from .delete_data_store_records_by_keys import DeleteDataStoreRecordsByKeys
from .delete_data_stores_by_ids import DeleteDataStoresByIds
from .deleted_data_store import DeletedDataStore
from .deleted_data_store_records import DeletedDataStoreRecords
from .deleted_data_stores import DeletedDataStores
from .list_data_stores_pgsort_by import ListDataStoresPgsortBy
from .list_data_stores_pgsort_dir import ListDataStoresPgsortDir
from .make_error import MakeError
from .make_sub_error import MakeSubError
from .pagination import Pagination
from .update_data_store_request import UpdateDataStoreRequest

__all__ = (
    "CreateDataStoreRecordRequest",
    "CreateDataStoreRequest",
    "DataStore",
    "DataStoreColumn",
    "DataStoreColumns",
    "DataStoreColumnsResponse",
    "DataStoreList",
    "DataStoreRecord",
    "DataStoreRecordData",
    "DataStoreRecordFields",
    "DataStoreRecordList",
    "DataStoreResponse",
    "DataStructureField",
    "DeleteAllDataStoreRecords",
    "DeleteAllDataStores",
    "DeleteDataStoreRecordsByKeys",
    "DeleteDataStoresByIds",
    "DeletedDataStore",
    "DeletedDataStoreRecords",
    "DeletedDataStores",
    "ListDataStoresPgsortBy",
    "ListDataStoresPgsortDir",
    "MakeError",
    "MakeSubError",
    "Pagination",
    "UpdateDataStoreRequest",
)
