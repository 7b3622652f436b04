"""Stateful runs over the spec's explicit links, every step sent through the generated client.

Schemathesis builds a state machine from the links (create → read / update / delete, store → records, …);
each step's case goes through ``driver.run_case``, so the wire, response and model checks apply to every
step, and values a step extracts from a response feed the next step's request.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from schemathesis.core.transport import Response as StResponse

from tests.contract.conftest import live_target
from tests.contract.driver import ContractTarget, run_case
from tests.contract.test_through_clients import VENDORS
from tests.live import skip_reason


@pytest.mark.parametrize("vendor", VENDORS)
def test_links_through_client(vendor: str, emulator_target: Callable[[str], ContractTarget]) -> None:
    run_state_machine(emulator_target(vendor))


@pytest.mark.live
@pytest.mark.parametrize("vendor", VENDORS)
def test_links_through_client_against_live_sandbox(vendor: str) -> None:
    target = live_target(vendor)
    if target is None:
        pytest.skip(skip_reason(vendor))
    run_state_machine(target)


def run_state_machine(target: ContractTarget) -> None:
    links = sum(
        len(response.get("links") or {})
        for item in target.schema.raw_schema["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        for response in (op.get("responses") or {}).values()
    )
    assert links >= 5, f"specs/{target.vendor}.yaml has too few links for a stateful run"
    machine = target.schema.as_state_machine()
    steps: list[str] = []
    failures: list[str] = []

    class ThroughClient(machine):  # type: ignore[misc, valid-type]
        def call(self, case: Any, **kwargs: Any) -> StResponse:
            if not target.client_can_send(case):
                # A body the typed client cannot express (e.g. a media type its overlay left out): sent as
                # the case says, so the scenario goes on; test_through_clients.py filters such cases out.
                sent = super().call(case, base_url=target.base_url, headers=dict(target.headers), **kwargs)
                return StResponse.from_any(sent)
            try:
                outcome = run_case(target, case)
            except AssertionError as exc:
                failures.append(str(exc)[:2000])
                raise
            steps.append(case.operation.definition.raw["operationId"])
            return StResponse.from_any(outcome.response)

        def validate_response(self, response: Any, case: Any, **kwargs: Any) -> None:
            """``run_case`` has already checked the response against the spec."""

    try:
        ThroughClient.run(
            settings=settings(
                # At most the profile's budget: the main job's end-to-end test runs one case per operation,
                # and a state machine over a 110-operation spec is slow to draw from.
                max_examples=min(10, settings().max_examples),
                stateful_step_count=6,
                deadline=None,
                suppress_health_check=list(HealthCheck),
                # No example database: a scenario saved by an earlier run replays against a server in another
                # state, which Hypothesis reports as a flaky strategy instead of the failure it was.
                phases=[Phase.explicit, Phase.generate, Phase.target],
                database=None,
                derandomize=False,
            )
        )
    except Exception:
        # Replays of a stateful scenario against a live server can diverge; report the first real failure.
        if failures:
            raise AssertionError(failures[0]) from None
        raise
    assert not failures, failures[0]
    # Schemathesis only starts chains at operations it judges likely to succeed with random data, so the
    # operations reached vary by spec: for Rollup its dependency analysis rejects createDataSink as a root
    # (its workspaceId names a resource no operation produces), so chains start at addDataSinkEntries with
    # a random sink and stop at its 404. test_links.py follows every declared link deterministically; here
    # a state machine that stopped after one step would pass with a single request, so require several.
    assert len(steps) > 1, f"the stateful run sent {len(steps)} request(s) through the client"
