"""The main job's verdicts and reports, from a hand-made result: what fails the job, what is only listed."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from devtools.fuzzjob.junit import write_junit
from devtools.fuzzjob.pages import render_html, render_markdown
from devtools.fuzzjob.phases import contract_tests, subset_arguments
from devtools.fuzzjob.results import (
    NO_EMULATOR,
    NOT_SELECTED,
    TESTED,
    Failure,
    JobResult,
    OperationResult,
    Phase,
    VendorResult,
    merge_client_stats,
    selected,
    spec_operations,
)
from devtools.fuzzjob.run import main as fuzz_main


def operation(op_id: str, statuses: dict[str, int], **extra: object) -> OperationResult:
    op = OperationResult(op_id, "GET", f"/{op_id}", ["200", "404"], cases=sum(statuses.values()))
    op.statuses = statuses
    for key, value in extra.items():
        setattr(op, key, value)
    return op


def phase(failures: int = 0, exit_code: int = 0) -> Phase:
    return Phase("cases through the client", 1.0, exit_code, 10, failures, "client-fuzzing.txt")


def vendor(*operations: OperationResult, phases: list[Phase] | None = None) -> VendorResult:
    return VendorResult("acme", "Acme API", TESTED, operations=list(operations), phases=phases or [phase()])


def test_an_operation_that_never_succeeded_is_flagged_without_failing_the_vendor(tmp_path: Path) -> None:
    only_404 = operation("deleteThings", {"404": 100})
    assert only_404.flags == ["never reached a success status"]
    assert only_404.needs_attention and vendor(only_404).ok
    succeeded = operation("getThing", {"200": 3, "404": 97})
    assert not succeeded.needs_attention and not succeeded.flags
    job = JobResult(1, 1.0, [vendor(only_404, succeeded)], "")
    assert "1 operation(s) never reached a success status" in render_markdown(job)
    write_junit(job, tmp_path / "junit.xml")
    cases = {c.get("name"): c for c in ET.parse(tmp_path / "junit.xml").getroot().iter("testcase")}
    skipped = cases["deleteThings"].find("skipped")
    assert skipped is not None and skipped.get("message") == "never reached a success status"
    assert cases["getThing"].find("skipped") is None


def test_an_operation_the_vendor_declares_unfinished_may_not_succeed_but_is_still_flagged() -> None:
    unfinished = operation("exportThings", {"501": 5}, expected_unfinished="not implemented yet")
    unfinished.documented.append("501")
    assert vendor(unfinished).ok
    assert unfinished.flags == ["never succeeded (not implemented yet)"]


def test_failing_cases_undocumented_statuses_and_unrun_operations_fail_the_vendor() -> None:
    assert not vendor(operation("a", {"200": 1}, failure_count=1)).ok
    assert not vendor(operation("b", {"200": 1, "500": 1})).ok
    assert not vendor(OperationResult("c", "GET", "/c", ["200"])).ok
    assert not vendor(operation("d", {"200": 1}), phases=[phase(exit_code=1)]).ok
    assert not vendor(operation("e", {"200": 1}), phases=[phase(failures=2)]).ok


def test_a_vendor_without_an_emulator_is_listed_without_failing_the_job() -> None:
    missing = VendorResult("newco", "NewCo API", NO_EMULATOR, "client generated, emulator missing")
    job = JobResult(2, 3.0, [vendor(operation("getThing", {"200": 1})), missing], "acme: unchanged")
    assert job.ok
    assert "no emulator: client generated, emulator missing" in render_markdown(job)
    assert "newco" in render_html(job)


def job_with_a_failure() -> JobResult:
    broken = operation("getThing", {"200": 1, "400": 1}, failure_count=1)
    broken.failures = [
        Failure("getThing: wire query differs", "curl -X GET http://h/x", "acme_client.get_thing(...)")
    ]
    missing = VendorResult("newco", "NewCo API", NO_EMULATOR, "client generated, emulator missing")
    missing.operations = [OperationResult("listThings", "GET", "/things", ["200"])]
    return JobResult(2, 3.0, [vendor(broken), missing], "acme: generated")


def test_junit_report_parses_and_counts_failures_and_skips(tmp_path: Path) -> None:
    job = job_with_a_failure()
    path = tmp_path / "junit.xml"
    write_junit(job, path)
    root = ET.parse(path).getroot()
    assert root.tag == "testsuites"
    cases = {f"{c.get('classname')}.{c.get('name')}": c for c in root.iter("testcase")}
    failure = cases["acme.client.getThing"].find("failure")
    assert failure is not None and "curl -X GET http://h/x" in (failure.text or "")
    assert cases["newco.client.listThings"].find("skipped") is not None
    assert root.get("failures") == "1" and root.get("skipped") == "1"
    assert int(root.get("tests", "0")) == len(cases)


def test_pages_carry_the_reproduction_of_each_failure() -> None:
    job = job_with_a_failure()
    assert not job.ok
    for page in (render_markdown(job), render_html(job)):
        assert "FAILURES" in page
        assert "acme_client.get_thing(...)" in page
        assert "curl -X GET http://h/x" in page


def test_html_escapes_what_the_server_said() -> None:
    job = job_with_a_failure()
    job.vendors[0].operations[0].failures[0].message = "<script>alert(1)</script>"
    assert "<script>alert" not in render_html(job)


def test_client_stats_are_merged_by_operation_id(tmp_path: Path) -> None:
    document = {"paths": {"/x/{id}": {"get": {"operationId": "getX", "responses": {"200": {}, "404": {}}}}}}
    operations = spec_operations(document)
    assert [(o.operation_id, o.method, o.documented) for o in operations] == [("getX", "GET", ["200", "404"])]
    stats = tmp_path / "contract-acme.json"
    stats.write_text(
        '{"getX": {"cases": 4, "failures": 1, "statuses": {"200": 3, "404": 1},'
        ' "examples": [{"message": "m", "curl": "c", "call": "k"}]}}'
    )
    merge_client_stats(operations, stats)
    assert operations[0].cases == 4 and operations[0].failure_count == 1
    assert operations[0].statuses == {"200": 3, "404": 1}
    assert operations[0].failures == [Failure("m", "c", "k")]


def test_client_stats_of_several_workers_add_up(tmp_path: Path) -> None:
    document = {"paths": {"/x": {"get": {"operationId": "getX", "responses": {"200": {}}}}}}
    operations = spec_operations(document)
    for worker, (cases, status) in {"gw0": (3, "201"), "gw1": (2, "404")}.items():
        (tmp_path / f"contract-acme.{worker}.json").write_text(
            f'{{"getX": {{"cases": {cases}, "failures": 1, "statuses": {{"{status}": {cases}, "200": 1}},'
            f' "examples": [{{"message": "{worker}", "curl": "c", "call": "k"}}]}}}}'
        )
        merge_client_stats(operations, tmp_path / f"contract-acme.{worker}.json")
    assert operations[0].cases == 5 and operations[0].failure_count == 2
    assert operations[0].statuses == {"201": 3, "404": 2, "200": 2}
    assert [f.message for f in operations[0].failures] == ["gw0", "gw1"]


def test_operation_patterns_match_the_operation_id_or_the_vendor_qualified_id() -> None:
    assert selected("make", "getDataStore", [])  # no pattern: everything
    assert selected("make", "getDataStore", ["getDataStore"])
    assert selected("qlik", "getDataStore", ["getData*"])
    assert selected("make", "getDataStore", ["make.getDataStore"])
    assert not selected("qlik", "getDataStore", ["make.getDataStore"])
    assert not selected("make", "getDataStores", ["getDataStore"])  # whole-id match, not a substring
    assert not selected("make", "getdatastore", ["getDataStore"])  # operationIds are case-sensitive


def test_a_selected_run_sends_only_the_selected_operations_cases() -> None:
    ops = [operation("getThing", {}), operation("exportThing", {}, expected_unfinished="501 until built")]
    node = "tests/contract/test_through_clients.py::test_operation_through_client[acme.getThing]"
    assert contract_tests("acme", ops, only_these=True) == [node]
    whole = contract_tests("acme", ops, only_these=False)
    assert whole[0] == "tests/contract" and "acme" in whole[-1]
    # schemathesis run gets each selected operation (unfinished ones too: they must answer their 501) and no
    # stateful phase, which is an error on a subset without links.
    arguments = subset_arguments(ops)
    assert arguments[:4] == ["--include-operation-id", "getThing", "--include-operation-id", "exportThing"]
    assert arguments[4:] == ["--phases", "examples,coverage,fuzzing"]


def test_a_vendor_none_of_whose_operations_is_selected_is_listed_without_failing_the_job() -> None:
    idle = VendorResult("newco", "NewCo API", NOT_SELECTED, "no operation matches --operation")
    job = JobResult(1, 1.0, [vendor(operation("getThing", {"200": 1})), idle], "", ("getThing",))
    assert job.ok
    page = render_markdown(job)
    assert "not selected: no operation matches --operation" in page
    assert "Only the operations matching getThing (--operation)." in page
    assert "(--operation)" not in render_markdown(JobResult(1, 1.0, [vendor(operation("x", {"200": 1}))], ""))


def test_an_operation_pattern_that_matches_nothing_is_refused_before_anything_runs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stopped:
        fuzz_main(["--operation", "noSuchOperation*", "--reports", "/nonexistent/never-written"])
    assert stopped.value.code == 2
    assert "--operation noSuchOperation* matches no operation" in capsys.readouterr().err
