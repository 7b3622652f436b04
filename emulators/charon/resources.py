"""Resource storage: raw uploads with length, media type and MD5; metadata; anonymous download; delete.

Emulator decisions: any signed-in caller may read a resource's metadata (downloads are anonymous anyway);
only its owner (or an administrator account) deletes it; the download answers ``application/octet-stream``,
the one type the spec declares for it (the stored media type is in the metadata).
"""

from __future__ import annotations

import hashlib
from typing import Any

from emulators.charon.base import forbidden, not_found
from emulators.charon.billing import Billing
from emulators.core.http import Request, Response
from emulators.core.storage import Row
from emulators.core.vendor import operation


class Resources(Billing):
    @staticmethod
    def resource_view(row: Row) -> dict[str, Any]:
        return {
            "id": row["id"],
            "ownerId": row["owner_id"],
            "fileName": row["file_name"],
            "purpose": row["purpose"],
            "length": row["length"],
            "mediaType": row["media_type"],
            "md5Hash": row["md5"],
        }

    def _resource(self, resource_id: str) -> Row:
        row = self.storage.one("SELECT * FROM charon_resources WHERE id = ?", (resource_id,))
        if row is None:
            raise not_found("The resource", "resourceId")
        return row

    @operation("createResource")
    def create_resource(self, request: Request) -> Response:
        owner = self.caller_id(request)
        data = request.body  # a required octet-stream body: the core refuses an empty one first
        assert isinstance(data, bytes)
        resource_id = self.new_id()
        media_type = request.query.get("mediaType") or "application/octet-stream"
        with self.storage.transaction():
            self.storage.execute(
                "INSERT INTO charon_resources"
                " (id, owner_id, file_name, purpose, media_type, md5, length, data)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    resource_id,
                    owner,
                    request.query["name"],
                    request.query["purpose"],
                    media_type,
                    hashlib.md5(data, usedforsecurity=False).hexdigest(),
                    len(data),
                    data,
                ),
            )
        return self.ok(self.resource_view(self._resource(resource_id)))

    @operation("getResourceMetadata")
    def get_resource_metadata(self, request: Request) -> Response:
        self.caller_id(request)
        return self.ok(self.resource_view(self._resource(request.path_params["resourceId"])))

    @operation("deleteResource")
    def delete_resource(self, request: Request) -> Response:
        caller = self.caller_id(request)
        row = self._resource(request.path_params["resourceId"])
        if row["owner_id"] != caller and not self.is_admin(caller):
            raise forbidden("Only the resource's owner may delete it.")
        with self.storage.transaction():
            self.storage.execute("DELETE FROM charon_resources WHERE id = ?", (row["id"],))
        return self.done()

    @operation("getResource")
    def get_resource(self, request: Request) -> Response:
        row = self._resource(request.path_params["resourceId"])
        return Response(200, bytes(row["data"]), content_type="application/octet-stream")
