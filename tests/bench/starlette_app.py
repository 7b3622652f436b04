"""The baseline: bare Starlette routes on the same server stack (uvicorn + httptools + uvloop), answering
the same bodies as the emulators' Make ``getDataStore`` and Charon ``getCurrentUser`` (from constants)."""

from __future__ import annotations

import argparse

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

BODY = {
    "dataStore": {
        "id": 1,
        "name": "bench",
        "records": 0,
        "size": "0",
        "maxSize": "1048576",
        "teamId": 1,
        "datastructureId": None,
    }
}


CHARON_ME = {
    "result": {
        "id": "8dbeac8d9de8539800e2ed9e",
        "type": "personalAccount",
        "profile": {
            "name": "API key user 8dbeac",
            "pictureUrl": None,
            "email": "user-8dbeac8d@charon.local",
            "verifiedEmail": "user-8dbeac8d@charon.local",
        },
        "logins": [
            {
                "id": "6500c4a00000000000000001",
                "isEnabled": True,
                "tokenSeries": "6500c4a00000000000000002",
                "provider": "apiKey",
            }
        ],
        "invitations": [],
        "workspaces": ["a521c4b3a2e8b0b821416101"],
        "workspaceAliases": [],
        "projectAliases": [],
        "creationTime": "2026-12-01T20:38:43.859Z",
    }
}


async def get_store(request: Request) -> JSONResponse:
    return JSONResponse(BODY)


async def get_me(request: Request) -> JSONResponse:
    return JSONResponse(CHARON_ME)


app = Starlette(
    routes=[
        Route("/api/v2/data-stores/{dataStoreId:int}", get_store),
        Route("/api/v1/user/me/", get_me),
    ]
)

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=args.port,
        loop="uvloop",
        http="httptools",
        log_level="warning",
        access_log=False,
    )
