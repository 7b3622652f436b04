"""Injected faults: a status in the vendor's envelope, latency, or a dropped connection, per operation.

A fault targets an operationId (``getDataStore``) or a request path (``/api/v1/data-stores``, matched
exactly, or as a prefix when it ends with ``*``), and fires for the next ``times`` matching calls, for a
``fraction`` of them, or for every one until removed. The first matching fault that fires wins; latency
is applied before the status or the drop, and a fault with latency only lets the request through.
Fractions draw from the run's ``Entropy``, so a seeded run fails the same calls every time.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
from dataclasses import dataclass, field
from typing import Any

from emulators.core.clock import Entropy
from emulators.core.http import ApiProblem
from emulators.core.requestlog import OPERATION_KEY

MAX_FAULTS = 100  # a test sets a handful; the cap keeps a runaway loop from growing the list forever
MAX_LATENCY = 60.0


@dataclass
class Fault:
    id: int
    target: str
    status: int | None = None
    retry_after: float | None = None
    latency: float = 0.0
    drop: bool = False
    times: int | None = None  # None: until removed
    fraction: float | None = None
    message: str | None = None
    fired: int = field(default=0)

    def matches(self, operation_id: str | None, path: str) -> bool:
        if self.target.endswith("*"):
            return path.startswith(self.target[:-1])
        return self.target in (operation_id, path)

    def describe(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "target": self.target}
        for name in ("status", "retry_after", "times", "fraction", "message"):
            if getattr(self, name) is not None:
                out[_camel(name)] = getattr(self, name)
        if self.latency:
            out["latency"] = self.latency
        if self.drop:
            out["drop"] = True
        out["fired"] = self.fired
        return out

    def response(self, vendor: Any, operation_id: str | None) -> Any:
        """The injected answer, in ``vendor``'s envelope for ``operation_id`` (the operation the request
        would have reached: a vendor may shape one operation's errors differently); a fault with latency only
        is never answered."""
        problem = self.problem()
        problem.operation_id = operation_id
        return vendor.error_response(problem)

    def problem(self) -> ApiProblem:
        assert self.status is not None
        headers = {}
        if self.retry_after is not None:
            headers["Retry-After"] = f"{self.retry_after:g}"
        message = self.message or f"Injected fault: {self.status}"
        return ApiProblem(self.status, message, code="injected", headers=headers)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


class FaultSet:
    def __init__(self, entropy: Entropy | None = None) -> None:
        self.entropy = entropy or Entropy()
        self._faults: list[Fault] = []
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def __bool__(self) -> bool:
        return bool(self._faults)

    def add(self, spec: Any) -> Fault:
        """A fault from its JSON form; ``ApiProblem`` 400 when the form is wrong."""
        fault = _parse(spec, next(self._ids))
        with self._lock:
            if len(self._faults) >= MAX_FAULTS:
                raise ApiProblem(400, f"At most {MAX_FAULTS} faults at once; DELETE some first")
            self._faults.append(fault)
        return fault

    def list(self) -> list[dict[str, Any]]:
        return [fault.describe() for fault in self._faults]

    def remove(self, fault_id: int | None = None) -> int:
        with self._lock:
            before = len(self._faults)
            self._faults = [f for f in self._faults if fault_id is not None and f.id != fault_id]
            return before - len(self._faults)

    def pick(self, operation_id: str | None, path: str) -> Fault | None:
        """The fault to apply to this call, if any (counted as fired); spent faults are removed."""
        with self._lock:
            for fault in self._faults:
                if not fault.matches(operation_id, path):
                    continue
                if fault.fraction is not None and self.entropy.random() >= fault.fraction:
                    continue
                fault.fired += 1
                if fault.times is not None and fault.fired >= fault.times:
                    self._faults.remove(fault)
                return fault
        return None


def _parse(spec: Any, fault_id: int) -> Fault:
    if not isinstance(spec, dict):
        raise ApiProblem(400, "A fault is an object with a target and a status, latency or drop")
    known = {"target", "operation", "status", "retryAfter", "latency", "drop", "times", "fraction", "message"}
    unknown = sorted(set(spec) - known)
    if unknown:
        raise ApiProblem(400, f"Unknown fault member(s): {', '.join(unknown)}")
    target = spec.get("target", spec.get("operation"))
    status, retry_after, latency = spec.get("status"), spec.get("retryAfter"), spec.get("latency", 0)
    times, fraction, drop, message = (
        spec.get("times"),
        spec.get("fraction"),
        spec.get("drop", False),
        spec.get("message"),
    )
    problems = []
    if not isinstance(target, str) or not target:
        problems.append("target (an operationId or a path) is required")
    if status is not None and (not _is_int(status) or not 400 <= status <= 599):
        problems.append("status must be an integer from 400 to 599")
    if retry_after is not None and (not _is_number(retry_after) or retry_after < 0):
        problems.append("retryAfter must be a number of seconds >= 0")
    if not _is_number(latency) or not 0 <= latency <= MAX_LATENCY:
        problems.append(f"latency must be seconds from 0 to {MAX_LATENCY:g}")
    if times is not None and (not _is_int(times) or times < 1):
        problems.append("times must be an integer >= 1")
    if fraction is not None and (not _is_number(fraction) or not 0 < fraction <= 1):
        problems.append("fraction must be a number in (0, 1]")
    if not isinstance(drop, bool):
        problems.append("drop must be a boolean")
    if message is not None and not isinstance(message, str):
        problems.append("message must be a string")
    if not problems and status is None and not drop and not latency:
        problems.append("give a status, a latency or drop: true")
    if not problems and status is not None and drop:
        problems.append("status and drop exclude each other")
    if problems:
        raise ApiProblem(400, "Invalid fault: " + "; ".join(problems))
    return Fault(
        id=fault_id,
        target=str(target),
        status=status,
        retry_after=retry_after,
        latency=float(latency),
        drop=drop,
        times=times,
        fraction=fraction,
        message=message,
    )


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


async def apply_fault(faults: FaultSet, router: Any, scope: Any, receive: Any) -> Fault | None:
    """The fault for this request, after its latency; ``None`` when the request goes on as usual.

    A dropped connection is aborted here (the guarded protocol puts ``emulator.abort`` in the scope); the
    app then sends nothing. Control-plane paths are never faulted.
    """
    path = scope.get("path", "")
    if path.startswith("/_emulator/"):
        return None
    found = router.match(path, scope["method"])
    operation = found[0].operations.get(scope["method"]) if found else None
    operation_id = operation.operation_id if operation else None
    fault = faults.pick(operation_id, path)
    if fault is None:
        return None
    scope[OPERATION_KEY] = operation_id  # the handler, which would say, does not run
    if fault.latency:
        await asyncio.sleep(fault.latency)
    if fault.drop:
        abort = scope.get("emulator.abort")
        if abort is not None:
            abort()
            # Wait for the server to see the connection gone, so it does not answer 500 in our place.
            for _ in range(100):
                if (await receive())["type"] == "http.disconnect":
                    break
        return fault
    return fault if fault.status is not None else None
