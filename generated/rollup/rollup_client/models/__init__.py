"""Contains all the data models used in inputs/outputs"""

from .create_data_sink_entry_request import CreateDataSinkEntryRequest
from .create_data_sink_request import CreateDataSinkRequest
from .data_sink import DataSink
from .data_sink_entry import DataSinkEntry
from .data_sink_summary import DataSinkSummary
from .error import Error
from .icon import Icon
from .icon_metadata import IconMetadata
from .update_data_sink_entry_request import UpdateDataSinkEntryRequest
from .update_data_sink_request import UpdateDataSinkRequest

__all__ = (
    "CreateDataSinkEntryRequest",
    "CreateDataSinkRequest",
    "DataSink",
    "DataSinkEntry",
    "DataSinkSummary",
    "Error",
    "Icon",
    "IconMetadata",
    "UpdateDataSinkEntryRequest",
    "UpdateDataSinkRequest",
)
