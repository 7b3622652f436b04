"""The pytest plugin as another project sees it: a folder holding nothing but a test file.

The inner run is a subprocess with its working directory in ``tmp_path`` and no ``PYTHONPATH``, so the
fixtures can only come from the ``pytest11`` entry point and the clients only from their installs (editable
ones in the suite's own venv; regular wheels in a fresh venv for the ``slow`` test).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ENTRY_POINT = "datastore_emulators"  # [project.entry-points.pytest11] in pyproject.toml

# What a user would write. Test order matters: the second test must not see what the first one created.
USER_TESTS = f"""\
import sys
import uuid
from pathlib import Path

from make_client.api.data_stores import create_data_store, get_data_store, list_data_stores
from make_client.models import CreateDataStoreRequest
from rollup_client.api.data_sinks import create_data_sink, get_data_sink, list_data_sinks
from rollup_client.models import CreateDataSinkRequest

WORKSPACE = uuid.UUID("7b0c2f4e-1d3a-4c5b-9e6f-0a1b2c3d4e5f")
TEAM = 1


def test_plugin_comes_from_its_entry_point(pytestconfig):
    assert pytestconfig.pluginmanager.get_plugin({ENTRY_POINT!r}) is not None
    assert {str(REPO)!r} not in [str(Path(p or ".").resolve()) for p in sys.path]


def test_create_then_read_back(make_emulator, rollup_emulator):
    created = create_data_store.sync(
        client=make_emulator.client,
        body=CreateDataStoreRequest(name="orders", team_id=TEAM, max_size_mb=1),
    ).data_store
    assert created.name == "orders"
    assert get_data_store.sync(created.id, client=make_emulator.client).data_store.name == "orders"
    listed = list_data_stores.sync(client=make_emulator.client, team_id=TEAM).data_stores
    assert [(s.id, s.name) for s in listed] == [(created.id, "orders")]

    sink = create_data_sink.sync(
        WORKSPACE, client=rollup_emulator.client, body=CreateDataSinkRequest(label="local"), client_id="t"
    )
    assert sink.label == "local"
    assert get_data_sink.sync(WORKSPACE, str(sink.id), client=rollup_emulator.client).label == "local"
    assert [s.id for s in list_data_sinks.sync(WORKSPACE, client=rollup_emulator.client)] == [sink.id]


def test_each_test_starts_empty(make_emulator, rollup_emulator):
    assert list_data_stores.sync(client=make_emulator.client, team_id=TEAM).data_stores == []
    assert list_data_sinks.sync(WORKSPACE, client=rollup_emulator.client) == []
"""

# With the project installed but no generated client: .base_url works, .client names what to install.
USER_TESTS_WITHOUT_CLIENTS = """\
import httpx
import pytest


def test_base_url_works_without_the_client(make_emulator):
    response = httpx.get(
        make_emulator.base_url + "/data-stores",
        params={"teamId": 1},
        headers={"Authorization": "Token " + make_emulator.token},
    )
    assert response.status_code == 200, response.text
    assert response.json()["dataStores"] == []


def test_client_names_the_package_to_install(make_emulator):
    with pytest.raises(ImportError, match="pip install path/to/datastore-api-kit/generated/make"):
        make_emulator.client
"""


def outside_env() -> dict[str, str]:
    """This environment minus whatever could hand the inner run the repository or other plugins."""
    dropped = {"PYTHONPATH", "PYTEST_ADDOPTS", "PYTEST_PLUGINS", "PYTEST_DISABLE_PLUGIN_AUTOLOAD"}
    env = {key: value for key, value in os.environ.items() if key not in dropped}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_pytest(python: str | Path, project: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(python), "-m", "pytest", str(project), "-p", "no:cacheprovider", "-q", "-rA"],
        cwd=project,
        env=outside_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def assert_passed(result: subprocess.CompletedProcess[str], at_least: int) -> None:
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    summary = output.strip().splitlines()[-1]
    passed = re.search(r"(\d+) passed", summary)
    assert passed is not None and int(passed.group(1)) >= at_least, output
    assert not re.search(r"\d+ (failed|errors?|skipped)", summary), output


def write_project(folder: Path, tests: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "test_with_emulators.py").write_text(tests, encoding="utf-8")
    return folder


def test_fixtures_work_in_a_project_that_only_installed_the_packages(tmp_path: Path) -> None:
    project = write_project(tmp_path, USER_TESTS)
    assert sorted(p.name for p in project.iterdir()) == ["test_with_emulators.py"]
    assert_passed(run_pytest(sys.executable, project), at_least=3)


def copy_sources(source: Path, target: Path) -> Path:
    """A clean copy to build from: pip builds in the source tree, which must not touch the checkout."""
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "build", "*.egg-info", ".*")
    shutil.copytree(source, target, ignore=skip)
    return target


@pytest.mark.slow
def test_fresh_venv_with_regular_installs(tmp_path: Path) -> None:
    """What a new user does: a new venv, ``pip install`` (not editable) of the project, then the clients."""
    sources = tmp_path / "sources"
    sources.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, sources / name)
    for folder in ("emulators", "openapi_toolkit", "specs"):
        copy_sources(REPO / folder, sources / folder)
    clients = [copy_sources(REPO / "generated" / v, tmp_path / "clients" / v) for v in ("make", "rollup")]

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]

    def install(*args: str) -> None:
        done = subprocess.run(
            [*pip, *args], cwd=tmp_path, env=outside_env(), capture_output=True, text=True, timeout=600
        )
        assert done.returncode == 0, done.stdout + done.stderr

    # The project alone: the fixtures serve, .client explains what is missing.
    install(str(sources), f"pytest=={pytest.__version__}")
    assert_passed(run_pytest(python, write_project(tmp_path / "no_clients", USER_TESTS_WITHOUT_CLIENTS)), 2)

    # Then the clients: the same tests as above, against wheels instead of the checkout.
    install(*(str(c) for c in clients))
    shown = subprocess.run(
        [str(python), "-c", "import emulators, make_client; print(emulators.__file__, make_client.__file__)"],
        cwd=tmp_path,
        env=outside_env(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(REPO) not in shown and str(env_dir) in shown, shown
    assert_passed(run_pytest(python, write_project(tmp_path / "with_clients", USER_TESTS)), 3)
