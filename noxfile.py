"""nox sessions. Each installs the pinned tools from pyproject.toml ([dev]) plus the generated clients.

Run through the project's entry point, nothing to activate: ``python3 scripts/dev.py nox -s lint``.

nox -s lint typecheck tests      # what CI's test command (scripts/dev.py test) covers, split up
nox -s generate                  # regenerate every client (no-op when specs are unchanged)
nox -s contract                  # heavy fuzzing through the clients (Hypothesis profile "fuzz")
nox -s bench                     # throughput ratios (emulator vs bare Starlette, client vs raw httpx)
nox -s api-diff -- --base REF    # breaking / non-breaking spec changes since REF
"""

from __future__ import annotations

import ast
import re
import sys
import time
from collections import Counter
from pathlib import Path

import nox

sys.path.insert(0, str(Path(__file__).parent))
from devtools import postgres
from devtools.quality import lint_checks, type_checks

nox.options.default_venv_backend = "venv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["lint", "typecheck", "tests"]

ROOT = Path(__file__).parent
CLIENTS = sorted(str(p.parent) for p in (ROOT / "generated").glob("*/pyproject.toml"))
# The interpreter nox runs under (the project's .venv through scripts/dev.py): any Python 3.11+ works,
# and naming one version would fail on machines that have only another.
PYTHON: str | None = None


DECORATED = re.compile(r'^    @operation\("(\w+)"\)\n(?=    def (\w+)\()', re.M)
CLASS = re.compile(r"^class (\w+)(?:\(([^)]*)\))?:\n", re.M)


def handlers_as_tables(source: str) -> str:
    """``source`` with each class's ``@operation("id")`` handlers turned into entries of its ``handlers``.

    mutmut skips decorated functions; the table is the registration VendorEmulator also supports. It starts
    from the first base's table: a class's own ``handlers`` is taken as given, so a capability group that
    subclasses another (a vendor package, one module per group) must carry its parents' entries.
    """
    heads = list(CLASS.finditer(source))
    parts, done = [], 0
    for index, head in enumerate(heads):
        end = heads[index + 1].start() if index + 1 < len(heads) else len(source)
        body = source[head.end() : end]
        # (op ids and names are \w+: nothing in the table needs quoting beyond repr)
        table = "".join(f"        {m[1]!r}: {m[2]!r},\n" for m in DECORATED.finditer(body))
        parts.append(source[done : head.end()])
        if table:
            base = (head[2] or "").split(",")[0].strip()
            if not base:
                raise ValueError(f"class {head[1]} registers handlers but has no base class")
            parts.append(f"    handlers = {{\n        **{base}.handlers,\n{table}    }}\n")
            body = DECORATED.sub("", body)
        parts.append(body)
        done = end
    parts.append(source[done:])
    return "".join(parts)


# What mutmut's upper- or lower-casing of a string leaves unchanged: SQL text (keywords and unquoted names
# ignore case) and a subscript by a snake_case column name (``sqlite3.Row`` ignores case; PostgreSQL's row
# does not, and its half of the suite kills those). A JSON key, a code or a message is none of these.
SQL_TEXT = re.compile(
    r"\b(SELECT|INSERT INTO|UPDATE|DELETE|FROM|WHERE|ORDER BY|JOIN|CREATE|AS)\b|\?", re.IGNORECASE
)
STRING = re.compile(r"""(\[)?("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')(\])?""")
COLUMN = re.compile(r"^[a-z][a-z0-9_]*$")


def _case_insensitive_here(before: str, after: str) -> bool:
    """Whether ``after`` differs from ``before`` only by the case of SQL text or of a row's column key."""
    if before == after or before.lower() != after.lower():
        return False
    for found in STRING.finditer(before):
        start, end = found.span(2)
        if before[start:end] == after[start:end]:
            continue
        text = found.group(2)[1:-1]
        subscript = found.group(1) is not None and found.group(3) is not None
        if not (SQL_TEXT.search(text) or (subscript and COLUMN.match(text))):
            return False
    outside = STRING.sub("", before)
    return outside == STRING.sub("", after)


def only_case_changed(diff: str) -> bool:
    """Whether a mutant's diff (``mutmut show``) changes nothing but the case of SQL text or column keys.

    mutmut upper- and lower-cases every string literal. The report lists such survivors apart; each is
    still read by hand (a snake_case dict key that is not a column would be listed here too).
    """
    lines = diff.splitlines()
    removed = [line[1:] for line in lines if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in lines if line.startswith("+") and not line.startswith("+++")]
    if not removed or len(removed) != len(added):
        return False
    return all(_case_insensitive_here(a, b) for a, b in zip(removed, added, strict=True))


#: What mutmut copies into its ``mutants/`` tree besides ``emulators``: everything the tests read. A folder
#: left out is read as missing, not as an error (the contract driver applies no overlay when ``overlays/``
#: is absent, and then looks for a client function the overlay removed), so a test checks the list against
#: the tracked tree.
MUTATION_ALSO_COPY = (
    *("tests", "scripts", "specs", "overlays", "schemathesis.toml", "generated"),
    *("devtools", "openapi_toolkit", "codegen"),
)


def module_targets(package: str, tests: list[str]) -> dict[str, list[str]]:
    """One mutation target per module of the vendor package ``emulators/<package>``, each against ``tests``.

    A whole package is one run of an hour or more; a module is one that finishes, and mutmut's per-test
    selection still runs each mutant against only the tests that reached its function.
    """
    folder = ROOT / "emulators" / package
    modules = sorted(m.relative_to(ROOT).as_posix() for m in folder.rglob("*.py") if has_functions(m))
    return dict.fromkeys(modules, tests)


def has_functions(module: Path) -> bool:
    """mutmut 3 mutates only function bodies: a module of constants (``charon/tables.py``: the DDL, checked
    by the query-plan and migration tests) has no mutant a test could reach, and mutmut stops the whole run
    on it ("could not find any test case for any mutant")."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return any(isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) for node in ast.walk(tree))


def matching_files(*patterns: str) -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for pattern in patterns for p in ROOT.glob(pattern))


def install(session: nox.Session) -> None:
    session.install("-e", ".[dev,bench]", *[arg for c in CLIENTS for arg in ("-e", c)])


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    session.install("ruff==0.17.6")
    for check in lint_checks(ROOT):
        session.run("python", "-m", *check.args)


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    install(session)
    for check in type_checks(ROOT):
        with session.chdir(check.cwd):
            session.run("python", "-m", *check.args)


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    install(session)
    session.run("python", "scripts/generate.py", *session.posargs)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    install(session)
    # The PostgreSQL half runs against a throwaway local server, as in dev.py test and .ci/run.
    with postgres.running() as url:
        env = {postgres.URL_VARIABLE: url} if url else {}
        session.run("pytest", *session.posargs, env=env)


@nox.session(python=PYTHON)
def contract(session: nox.Session) -> None:
    install(session)
    session.run("python", "scripts/fuzz.py", *(session.posargs or ["--examples", "100"]))


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    install(session)
    session.run("python", "-m", "tests.bench", *session.posargs)
    # Charon: a listDocuments page at 1,000,000 documents against one at 100 (the engine issue's figure).
    session.run("python", "-m", "tests.bench.charon_listing")


@nox.session(name="api-diff", python=PYTHON)
def api_diff(session: nox.Session) -> None:
    install(session)
    session.run("python", "scripts/api_diff.py", *session.posargs)


@nox.session(python=PYTHON, default=False)
def mutation(session: nox.Session) -> None:
    """Mutation testing (mutmut 3.8.1) of each vendor module and of the core; not in the default run.

    nox -s mutation                          # every target below, one after the other (many hours)
    nox -s mutation -- emulators/make.py     # one target (a vendor package: emulators/qlik/*)
    nox -s mutation -- emulators/qlik/stores.py emulators/charon/tables.py   # one module of a package
    nox -s mutation -- --max-children=2 emulators/make.py   # two mutants at a time (default one)

    Each target is mutated against only the emulator tests that cover it. mutmut skips decorated
    functions, i.e. every ``@operation`` handler, so the run works on a throw-away copy of the tree in
    which each ``@operation("id")`` becomes an entry of the class's ``handlers`` table (the registration
    VendorEmulator already supports, same behaviour). The session prints each survivor with its diff and
    does not fail on them: each is judged by hand. mutmut runs each mutant against only the tests that
    reached the mutated function (its per-test selection, from a first instrumented run), stopping at the
    first failure; the results and every survivor's diff are also written to reports/mutation/<target>.txt.
    """
    import shutil
    import tempfile

    qlik_tests = [
        "tests/emulator/test_qlik.py",
        "tests/emulator/test_qlik_catalog.py",
        "tests/emulator/test_qlik_seeding.py",
        "tests/emulator/test_state_migration.py",  # the migrations of an older state (qlik/base.py)
        "tests/emulator/test_query_plans.py::test_qlik_lists_read_indexes",  # sort indexes (qlik/model.py)
        "tests/contract/test_links.py::test_every_link_works_through_the_client[qlik]",  # prepare_link_walk
        "tests/unit/test_qlik_wire.py",
    ]
    targets = {
        "emulators/make.py": ["tests/emulator/test_make.py", "tests/emulator/test_make_core.py"],
        "emulators/qlik/*": qlik_tests,
        **module_targets("qlik", qlik_tests),
        "emulators/rollup.py": ["tests/emulator/test_rollup.py", "tests/emulator/test_rollup_fields.py"],
        # Charon only per module (111 operations: the package at once would be many hours), each against
        # every Charon test; the per-test selection keeps a mutant to the tests that reach its function.
        **module_targets(
            "charon",
            [
                *matching_files("tests/emulator/test_charon_*.py", "tests/unit/test_charon_*.py"),
                "tests/contract/test_links.py::test_every_link_works_through_the_client[charon]",  # link walk
            ],
        ),
        "emulators/core/*": [
            "tests/emulator",
            "tests/unit/test_emulator_core.py",
            "tests/unit/test_ratelimit.py",
        ],
        # One core module at a time, against the tests that exercise it (a run of all of core/* is hours).
        # (not the depth sweeps of tests/emulator/test_input_bounds.py: a minute per mutant of json_depth)
        "emulators/core/limits.py": ["tests/unit/test_limits.py", "tests/unit/test_emulator_core.py"],
        "emulators/core/auth.py": [
            "tests/unit/test_auth_schemes.py",
            "tests/unit/test_emulator_core.py",
            "tests/emulator/test_control_plane.py",
        ],
        # (not tests/emulator/test_faults.py: its client retries wait real seconds on every mutant)
        "emulators/core/control.py": [
            "tests/unit/test_control_actions.py",
            "tests/emulator/test_control_plane.py",
        ],
    }
    # One mutant at a time by default: the machine it runs on is shared, and the tests are CPU-bound.
    children = [arg for arg in session.posargs if arg.startswith("--max-children=")]
    wanted = [arg for arg in session.posargs if arg not in children]
    max_children = children[-1].partition("=")[2] if children else "1"
    unknown = sorted(set(wanted) - set(targets))
    if unknown:
        session.error(f"unknown mutation target(s) {unknown}; known: {sorted(targets)}")
    install(session)
    session.install("mutmut==3.8.1")
    with tempfile.TemporaryDirectory(prefix="mutation-") as tmp:
        copy = Path(tmp) / "tree"
        ignore = shutil.ignore_patterns(".git", ".venv", ".nox", "mutants", "reports")
        shutil.copytree(ROOT, copy, ignore=ignore)
        for module in (copy / "emulators").rglob("*.py"):
            source = module.read_text(encoding="utf-8")
            registered = handlers_as_tables(source)
            if registered != source:
                module.write_text(registered, encoding="utf-8")
        session.chdir(copy)
        pyproject = (copy / "pyproject.toml").read_text(encoding="utf-8")
        saved = ROOT / "reports" / "mutation"
        saved.mkdir(parents=True, exist_ok=True)
        for target in wanted or list(targets):
            config = {
                "source_paths": ["emulators"],
                "only_mutate": [target],
                "pytest_add_cli_args_test_selection": targets[target],
                "pytest_add_cli_args": ["-p", "no:cacheprovider", "-q"],
                # mutmut's time limit is (the tests' call time + this) x 15; the call time leaves out each
                # test's setup (a reset of the emulator, ~0.4 s), so with the default of 1 s a survivor that
                # runs 20 tests on a loaded machine was reported as a timeout.
                "timeout_constant": 10.0,
                "also_copy": list(MUTATION_ALSO_COPY),
            }
            lines = "".join(f"{key} = {value!r}\n".replace("'", '"') for key, value in config.items())
            (copy / "pyproject.toml").write_text(f"{pyproject}\n[tool.mutmut]\n{lines}", encoding="utf-8")
            shutil.rmtree(copy / "mutants", ignore_errors=True)
            started = time.monotonic()
            session.run("nice", "-n", "10", "mutmut", "run", "--max-children", max_children, external=True)
            minutes = (time.monotonic() - started) / 60
            results = str(session.run("mutmut", "results", "--all", "true", silent=True) or "")
            statuses = [line.strip().partition(": ")[::2] for line in results.splitlines() if ": " in line]
            counts = Counter(status for _, status in statuses)
            summary = ", ".join(f"{count} {status}" for status, count in counts.most_common())
            # The copy is deleted at the end: keep each survivor's diff now, to be judged by hand.
            diffs: dict[str, list[str]] = {"survivors": [], "case-only survivors": []}
            for name, status in statuses:
                if status not in {"killed", "caught by type check"}:
                    diff = str(session.run("mutmut", "show", name, silent=True) or "")
                    diffs["case-only survivors" if only_case_changed(diff) else "survivors"].append(diff)
            report = [f"# mutmut run of {target}: {len(statuses)} mutants ({summary}) in {minutes:.1f} min"]
            for heading, shown in diffs.items():
                report += [f"\n## {len(shown)} {heading}\n", *shown]
            text = "\n".join(report)
            print(text)
            (saved / f"{target.replace('/', '.').replace('*', 'all')}.txt").write_text(text, encoding="utf-8")
