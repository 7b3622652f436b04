"""Connection-level limits (``emulators.core.guard``) over raw sockets: header size and count, idle and
slow connections, the connection cap, protocol garbage; every refusal in the vendor's envelope."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import httpx
import orjson
import pytest

from emulators.core.guard import ServerLimits
from emulators.testing import InProcessEmulator, serve_in_thread

pytestmark = pytest.mark.parity("emulator")

TOKEN = "test-token"
LIMITS = ServerLimits(header_timeout=0.5, keep_alive_timeout=1, max_connections=8)


@pytest.fixture(scope="module")
def emulator() -> Iterator[InProcessEmulator]:
    running = serve_in_thread("rollup", token=TOKEN, limits=LIMITS)
    try:
        yield running
    finally:
        running.stop()


def connect(emulator: InProcessEmulator) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", emulator.port), timeout=5)
    return sock


def read_all(sock: socket.socket) -> bytes:
    chunks = []
    while True:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def status_and_body(raw: bytes) -> tuple[int, dict[str, object]]:
    head, _, body = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    parsed: dict[str, object] = orjson.loads(body)
    return status, parsed


def request(path: str, headers: dict[str, str]) -> bytes:
    lines = [f"GET {path} HTTP/1.1", "Host: 127.0.0.1", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def test_a_64_kib_header_block_is_refused_with_431_in_the_envelope(emulator: InProcessEmulator) -> None:
    with connect(emulator) as sock:
        sock.sendall(request("/v1/health", {"x-api-key": TOKEN, "X-Big": "a" * 65536}))
        status, body = status_and_body(read_all(sock))
    assert status == 431
    assert body["statusCode"] == 431
    assert "16384 bytes" in str(body["message"])


def test_a_header_block_sent_in_pieces_is_refused_before_it_is_buffered(emulator: InProcessEmulator) -> None:
    with connect(emulator) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: ")
        for _ in range(64):  # 64 x 1 KiB, never ending the header block
            try:
                sock.sendall(b"b" * 1024)
            except (BrokenPipeError, ConnectionResetError):
                break
        status, _ = status_and_body(read_all(sock))
    assert status == 431


def test_more_header_fields_than_the_limit_get_431(emulator: InProcessEmulator) -> None:
    headers = {f"X-H{i}": "v" for i in range(LIMITS.max_headers + 1)}
    with connect(emulator) as sock:
        sock.sendall(request("/", headers))
        status, body = status_and_body(read_all(sock))
    assert status == 431
    assert "header fields" in str(body["message"])


def test_headers_within_the_limits_are_served(emulator: InProcessEmulator) -> None:
    headers = {"x-api-key": TOKEN, "X-Pad": "p" * 8000, **{f"X-H{i}": "v" for i in range(50)}}
    response = httpx.get(f"{emulator.base_url}/v1/workspace/not-a-uuid/data-sink", headers=headers)
    assert response.status_code == 404  # routed and answered by the vendor: the limits let it through


def test_an_idle_connection_is_closed_within_the_header_timeout(emulator: InProcessEmulator) -> None:
    with connect(emulator) as sock:
        started = time.monotonic()
        assert read_all(sock) == b""  # closed without a word: it never sent anything
        waited = time.monotonic() - started
    assert LIMITS.header_timeout * 0.8 <= waited < LIMITS.header_timeout + 1.5


def test_a_slow_request_gets_408_after_the_header_timeout(emulator: InProcessEmulator) -> None:
    with connect(emulator) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # and never the blank line
        started = time.monotonic()
        status, body = status_and_body(read_all(sock))
        waited = time.monotonic() - started
    assert status == 408
    assert body["statusCode"] == 408
    assert waited < LIMITS.header_timeout + 1.5


def test_a_keep_alive_connection_stays_open_between_requests_then_idles_out(
    emulator: InProcessEmulator,
) -> None:
    with connect(emulator) as sock:
        for _ in range(3):
            sock.sendall(request("/nowhere", {}))
            assert sock.recv(65536).startswith(b"HTTP/1.1 404")
            time.sleep(LIMITS.header_timeout / 3)
        started = time.monotonic()
        assert read_all(sock) == b""
        assert time.monotonic() - started < LIMITS.header_timeout + 1.5


def test_connections_beyond_the_cap_get_503_with_retry_after(emulator: InProcessEmulator) -> None:
    held = [connect(emulator) for _ in range(LIMITS.max_connections)]
    try:
        time.sleep(0.1)
        with connect(emulator) as extra:
            raw = read_all(extra)
        status, body = status_and_body(raw)
        assert status == 503
        assert b"retry-after: 1" in raw.lower()
        assert body["statusCode"] == 503
    finally:
        for sock in held:
            sock.close()
    time.sleep(0.2)
    assert httpx.get(f"{emulator.root_url}/nowhere").status_code == 404  # served again once they left


def test_protocol_garbage_gets_400_in_the_envelope_not_plain_text(emulator: InProcessEmulator) -> None:
    with connect(emulator) as sock:
        sock.sendall(b"\x16\x03\x01 not http at all\r\n\r\n")
        status, body = status_and_body(read_all(sock))
    assert status == 400
    assert body == {"statusCode": 400, "message": "Invalid HTTP request received.", "error": "Bad Request"}


def test_the_default_connection_cap_stays_below_the_file_descriptor_limit() -> None:
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, hard))
        assert ServerLimits().max_connections == 192
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    assert ServerLimits().max_connections <= 500
