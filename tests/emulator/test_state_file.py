"""One state file, one owner; a deleted state file is noticed; kill -9 loses no acknowledged write."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from emulators.testing import free_port, start_emulator

pytestmark = pytest.mark.parity("emulator")

TOKEN = "test-token"
AUTH = {"Authorization": f"Token {TOKEN}"}
KILLS = 10


def test_a_second_emulator_on_the_same_state_file_is_refused(tmp_path: Path) -> None:
    state = tmp_path / "make.db"
    first = start_emulator("make", token=TOKEN, state=state)
    try:
        second = subprocess.run(
            [sys.executable, "-m", "emulators", "make", "--port", str(free_port()), "--state", str(state)],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert second.returncode == 2
        lines = second.stderr.strip().splitlines()
        assert len(lines) == 1, second.stderr
        assert "in use by another emulator" in lines[0]
        assert f"pid {first.process.pid}" in lines[0]
        # The first one is untouched by the attempt.
        created = httpx.post(
            f"{first.base_url}/data-stores", headers=AUTH, json={"name": "a", "teamId": 1, "maxSizeMB": 1}
        )
        assert created.status_code == 200
    finally:
        first.stop()
    # Released when its owner stops: the file can be opened again, with the data.
    again = start_emulator("make", token=TOKEN, state=state)
    try:
        listed = httpx.get(f"{again.base_url}/data-stores", headers=AUTH, params={"teamId": 1})
        assert [s["name"] for s in listed.json()["dataStores"]] == ["a"]
    finally:
        again.stop()


def test_a_state_file_deleted_under_a_running_emulator_gets_503_in_the_envelope(tmp_path: Path) -> None:
    state = tmp_path / "make.db"
    running = start_emulator("make", token=TOKEN, state=state)
    try:
        body = {"name": "a", "teamId": 1, "maxSizeMB": 1}
        assert httpx.post(f"{running.base_url}/data-stores", headers=AUTH, json=body).status_code == 200
        state.unlink()
        write = httpx.post(f"{running.base_url}/data-stores", headers=AUTH, json=body)
        assert write.status_code == 503
        assert write.json()["code"] == "SC503"
        assert "deleted or replaced" in write.json()["detail"]
        time.sleep(1.1)  # reads check at most once a second
        read = httpx.get(f"{running.base_url}/data-stores", headers=AUTH, params={"teamId": 1})
        assert read.status_code == 503
    finally:
        running.stop()
    assert running.process.stderr is not None
    assert b"was deleted or replaced" in running.process.stderr.read()


def _writer(base_url: str, acknowledged: list[str], stop: threading.Event, prefix: str) -> None:
    with httpx.Client(base_url=base_url, headers=AUTH, timeout=5) as http:
        n = 0
        while not stop.is_set():
            key = f"{prefix}{n:06d}"
            n += 1
            try:
                response = http.post("/data-stores/1/data", json={"key": key, "data": {"n": n}})
            except httpx.HTTPError:
                return  # killed mid-request: this write was never acknowledged
            if response.status_code == 200:
                acknowledged.append(key)


def test_sigkill_during_writes_loses_no_acknowledged_write(tmp_path: Path) -> None:
    state = tmp_path / "make.db"
    setup = start_emulator("make", token=TOKEN, state=state)
    try:
        store = {"name": "durable", "teamId": 1, "maxSizeMB": 512}
        assert httpx.post(f"{setup.base_url}/data-stores", headers=AUTH, json=store).status_code == 200
    finally:
        setup.stop()
    rng = random.Random(13)
    acknowledged: list[str] = []
    for kill in range(KILLS):
        running = start_emulator("make", token=TOKEN, state=state)
        stop = threading.Event()
        writers = [
            threading.Thread(target=_writer, args=(running.base_url, acknowledged, stop, f"k{kill}w{w}-"))
            for w in range(2)
        ]
        for thread in writers:
            thread.start()
        time.sleep(rng.uniform(0.3, 0.8))
        os.kill(running.process.pid, signal.SIGKILL)
        running.process.wait(timeout=10)
        stop.set()
        for thread in writers:
            thread.join(timeout=10)
    final = start_emulator("make", token=TOKEN, state=state)
    try:
        stored: set[str] = set()
        with httpx.Client(base_url=final.base_url, headers=AUTH, timeout=30) as http:
            while True:
                params = {"pg[limit]": 10000, "pg[offset]": len(stored)}
                listed = http.get("/data-stores/1/data", params=params).json()
                stored |= {r["key"] for r in listed["records"]}
                if len(listed["records"]) < 10000:
                    break
    finally:
        final.stop()
    lost = [key for key in acknowledged if key not in stored]
    print(f"\nkill -9 durability: {KILLS} kills, {len(acknowledged)} acknowledged writes, {len(lost)} lost")
    assert len(acknowledged) > KILLS * 10  # the writers really wrote between the kills
    assert lost == []
    assert listed["count"] == len(stored)  # the store's counter agrees with its records
