"""The main job's report for people: one self-contained HTML page and the same content in Markdown.

Sections: the verdict; a summary row per vendor; then per vendor its phases (with the file holding each
phase's full output), every operation (cases, failures, statuses seen against those documented, flags) and
each failure with a curl line and the client call that reproduce it.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from devtools.fuzzjob.results import TESTED, JobResult, OperationResult, VendorResult

STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1200px;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}
td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}
th{background:#f3f3f3}.ok{color:#176f2c}.bad{color:#b00020;font-weight:600}.muted{color:#777}
code,pre{font:12px ui-monospace,monospace}
pre{background:#f7f7f7;padding:8px;overflow-x:auto;white-space:pre-wrap}
"""


def _statuses(op: OperationResult) -> str:
    return ", ".join(f"{code} x{count}" for code, count in sorted(op.statuses.items())) or "-"


def _coverage(op: OperationResult) -> str:
    seen = set(op.statuses) & set(op.documented)
    return f"{len(seen)}/{len(op.documented)}"


def _verdict(vendor: VendorResult) -> str:
    if vendor.state != TESTED:
        return f"{vendor.state}: {vendor.reason}" if vendor.reason else vendor.state
    return "ok" if vendor.ok else "FAILURES"


def summary_rows(job: JobResult) -> list[list[str]]:
    rows = []
    for v in job.vendors:
        flagged = sum(1 for op in v.operations if op.flags) if v.state == TESTED else 0
        rows.append(
            [
                v.vendor,
                _verdict(v),
                str(len(v.operations)),
                str(v.cases),
                str(sum(p.failures for p in v.phases)),
                str(flagged),
                f"{sum(p.seconds for p in v.phases):.1f}s",
            ]
        )
    return rows


SUMMARY_HEAD = ["vendor", "result", "operations", "cases", "failures", "flagged operations", "time"]


def selection_note(job: JobResult) -> str:
    return f" Only the operations matching {', '.join(job.selection)} (--operation)." if job.selection else ""


def flagged_note(job: JobResult) -> str:
    count = sum(1 for v in job.vendors for op in v.operations if op.needs_attention)
    return f" {count} operation(s) never reached a success status: see their flags." if count else ""


PHASE_HEAD = ["phase", "cases", "failures", "exit", "time", "full output"]
OPERATION_HEAD = ["operation", "method and path", "cases", "failures", "statuses seen", "documented", "flags"]


def _operation_row(op: OperationResult) -> list[str]:
    return [
        op.operation_id,
        f"{op.method} {op.path}",
        str(op.cases),
        str(op.failure_count),
        _statuses(op),
        _coverage(op),
        "; ".join(op.flags) or "-",
    ]


def render_markdown(job: JobResult) -> str:
    def table(head: list[str], rows: list[list[str]]) -> list[str]:
        cells = [head, ["---"] * len(head), *rows]
        return ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in cells] + [""]

    verdict = "all contracts hold" if job.ok else "FAILURES"
    notes = flagged_note(job) + selection_note(job)
    out = [
        "# Main job report",
        "",
        f"**{verdict}**.{notes} {job.examples} cases per operation requested; "
        f"{job.seconds:.0f}s in all; {datetime.now(UTC):%Y-%m-%d %H:%M} UTC.",
        "",
        f"Regeneration: {job.generation}",
        "",
        *table(SUMMARY_HEAD, summary_rows(job)),
    ]
    for v in job.vendors:
        out += [f"## {v.vendor}: {v.title}", "", f"Result: {_verdict(v)}", ""]
        if v.phases:
            out += table(
                PHASE_HEAD,
                [
                    [p.name, str(p.cases), str(p.failures), str(p.exit_code), f"{p.seconds:.1f}s", p.output]
                    for p in v.phases
                ],
            )
        if v.state == TESTED:
            out += table(OPERATION_HEAD, [_operation_row(op) for op in v.operations])
        for op in v.operations:
            for failure in op.failures:
                out += [f"### {v.vendor}.{op.operation_id} failed", "", "```", failure.message]
                out += [f"client call: {failure.call}", f"curl: {failure.curl}", "```", ""]
        for phase in v.phases:
            for group in phase.failure_groups:
                ops = ", ".join(group.get("operations") or [])
                out += [f"- {phase.name}: {group.get('title')} ({group.get('code')}) in {ops}"]
    return "\n".join(out).rstrip() + "\n"


def _html_table(head: list[str], rows: list[list[str]], bad_column: int | None = None) -> str:
    parts = ["<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr>"]
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            cls = ""
            if i == bad_column:
                cls = ' class="ok"' if cell in ("-", "ok") else ' class="bad"'
            cells.append(f"<td{cls}>{html.escape(cell)}</td>")
        parts.append("<tr>" + "".join(cells) + "</tr>")
    return "\n".join(parts) + "</table>"


def render_html(job: JobResult) -> str:
    verdict = "all contracts hold" if job.ok else "FAILURES"
    notes = flagged_note(job) + selection_note(job)
    body = [
        "<h1>Main job report</h1>",
        f'<p><b class="{"ok" if job.ok else "bad"}">{verdict}</b>.{html.escape(notes)} '
        f"{job.examples} cases per operation requested; {job.seconds:.0f}s in all; "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC.</p>",
        f'<p class="muted">Regeneration: {html.escape(job.generation)}</p>',
        _html_table(SUMMARY_HEAD, summary_rows(job), bad_column=1),
    ]
    for v in job.vendors:
        body.append(f'<h2 id="{html.escape(v.vendor)}">{html.escape(v.vendor)}: {html.escape(v.title)}</h2>')
        body.append(f"<p>Result: {html.escape(_verdict(v))}</p>")
        if v.phases:
            rows = [
                [p.name, str(p.cases), str(p.failures), str(p.exit_code), f"{p.seconds:.1f}s", p.output]
                for p in v.phases
            ]
            body.append(_html_table(PHASE_HEAD, rows))
        if v.state == TESTED:
            body.append(_html_table(OPERATION_HEAD, [_operation_row(op) for op in v.operations], 6))
        for op in v.operations:
            for failure in op.failures:
                name = html.escape(f"{v.vendor}.{op.operation_id}")
                text = html.escape(f"{failure.message}\n\nclient call: {failure.call}\ncurl: {failure.curl}")
                body.append(f"<details open><summary class=bad>{name}</summary><pre>{text}</pre></details>")
        for phase in v.phases:
            for group in phase.failure_groups:
                ops = ", ".join(group.get("operations") or [])
                body.append(
                    f"<p class=bad>{html.escape(phase.name)}: {html.escape(str(group.get('title')))} "
                    f"({html.escape(str(group.get('code')))}) in {html.escape(ops)}</p>"
                )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Main job report</title>'
        f"<style>{STYLE}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )


def render_terminal(job: JobResult) -> str:
    lines = []
    for v in job.vendors:
        lines.append(f"\n== {v.vendor}: {_verdict(v)} ==")
        if v.state != TESTED:
            continue
        lines.append(f"{'operation':34} {'cases':>6} {'fail':>5}  statuses seen (documented)  flags")
        for op in v.operations:
            lines.append(
                f"{op.operation_id:34} {op.cases:>6} {op.failure_count:>5}  "
                f"{_statuses(op)} ({_coverage(op)})  {'; '.join(op.flags)}"
            )
        for p in v.phases:
            lines.append(
                f"{p.name}: {p.cases} cases, {p.failures} failures, exit {p.exit_code}, {p.seconds:.1f}s"
            )
            for group in p.failure_groups:
                ops = ", ".join(group.get("operations") or [])
                lines.append(f"  failed: {group.get('title')} ({group.get('code')}) in {ops or '-'}")
        for op in v.operations:
            for failure in op.failures[:1]:
                lines.append(f"  {op.operation_id} failed: {failure.message[:300]}")
    return "\n".join(lines)
