"""The baseline: a bare Starlette route on the same server stack (uvicorn + httptools + uvloop)."""

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


async def get_store(request: Request) -> JSONResponse:
    return JSONResponse(BODY)


app = Starlette(routes=[Route("/api/v2/data-stores/{dataStoreId:int}", get_store)])

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
