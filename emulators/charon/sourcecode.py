"""Source-code generation and its templates, capabilities, and validation recorded as a process.

Emulator decisions: capabilities report the location ``mongoDataBase`` (as the branches do) and advisory
transaction limits (one minute to start, thirty to run); a caller without ``edit`` sees the data source
read-only with the reason ``noEditPermission``.
"""

from __future__ import annotations

import time

import orjson

from emulators.charon import datasource, formats, sourcegen
from emulators.charon.gamedata_io import GameDataIO
from emulators.charon.schemas import SCHEMA_COLLECTION
from emulators.core.http import Request, Response
from emulators.core.vendor import operation

ZIP = "application/zip"
TRANSACTION_MAX_START = "00:01:00"
TRANSACTION_MAX_EXECUTION = "00:30:00"


class SourceCode(GameDataIO):
    @operation("generateSourceCode")
    def generate_source_code(self, request: Request) -> Response:
        started = time.perf_counter()
        data_source = self.present_data_source(request, "view")
        schemas = datasource.snapshot(self.storage, data_source)["Collections"].get(SCHEMA_COLLECTION) or []
        options = request.body if isinstance(request.body, dict) else {}
        data = sourcegen.generate(schemas, options)
        self.record_process(request, data_source, "generateSourceCode", data, ZIP, started, "Generated")
        return self.raw_response(request, data, ZIP, "source-code")

    @operation("getSourceCodeGenerationTemplate")
    def get_source_code_generation_template(self, request: Request) -> Response:
        self.present_data_source(request, "view")
        return self.raw_response(request, sourcegen.templates(), ZIP, "templates")

    @operation("getCapabilities")
    def get_capabilities(self, request: Request) -> Response:
        data_source = self.present_data_source(request, "view")
        project_id = self.storage.scalar(
            "SELECT project_id FROM charon_branches WHERE id = ?", (data_source,)
        )
        project = self.storage.one("SELECT * FROM charon_projects WHERE id = ?", (project_id,))
        assert project is not None  # present_data_source checked it
        read_only = "edit" not in self.grants(project, self.caller_id(request))
        limits = {
            "transactionMaxStartTime": TRANSACTION_MAX_START,
            "transactionMaxExecutionTime": TRANSACTION_MAX_EXECUTION,
            "readOnly": read_only,
            "readOnlyReasons": ["noEditPermission"] if read_only else [],
        }
        return self.ok({"location": "mongoDataBase", "limits": limits})

    @operation("validate")
    def validate_as_process(self, request: Request) -> Response:
        started = time.perf_counter()
        response = self.validate_data_source(request)
        data_source = str(request.path_params["dataSourceId"])
        data = orjson.dumps(response.body["result"])
        self.record_process(request, data_source, "validate", data, formats.JSON, started, "Validated")
        return response
