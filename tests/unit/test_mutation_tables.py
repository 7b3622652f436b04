"""The mutation session's rewrite of ``@operation`` handlers into ``handlers`` tables keeps vendors whole.

mutmut skips decorated functions, so ``nox -s mutation`` runs on a copy of the tree with the decorators
turned into table entries; a vendor assembled from one class per capability group (Charon, Qlik) must keep
every handler of every group, or the mutation run would measure an emulator that answers 501.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from emulators.core.registry import VENDORS, load_vendor
from noxfile import MUTATION_ALSO_COPY, handlers_as_tables, has_functions

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from emulators.core.registry import VENDORS, load_vendor
import emulators
tables = {name: load_vendor(name).handlers for name in VENDORS}
print(json.dumps({"package": emulators.__file__, "tables": tables}))
"""


def test_chained_classes_carry_their_parents_entries() -> None:
    source = (
        "class A(VendorEmulator):\n"
        '    @operation("one")\n'
        "    def one(self, request):\n"
        "        return 1\n"
        "\n"
        "\n"
        "class B(A, Other):\n"
        '    """Docs."""\n'
        "\n"
        '    @operation("two")\n'
        "    def two(self, request):\n"
        "        return 2\n"
        "\n"
        "\n"
        "class Plain:\n"
        "    x = 1\n"
    )
    rewritten = handlers_as_tables(source)
    assert "@operation" not in rewritten
    assert "class A(VendorEmulator):\n    handlers = {\n        **VendorEmulator.handlers,\n" in rewritten
    assert "        'one': 'one',\n" in rewritten
    assert (
        "class B(A, Other):\n    handlers = {\n        **A.handlers,\n        'two': 'two',\n    }\n"
        in rewritten
    )
    assert rewritten.endswith("class Plain:\n    x = 1\n")
    assert handlers_as_tables("x = 1\n") == "x = 1\n"


def test_a_class_without_a_base_cannot_register_handlers() -> None:
    with pytest.raises(ValueError, match="class Lone"):
        handlers_as_tables('class Lone:\n    @operation("x")\n    def x(self):\n        pass\n')


def test_every_vendor_keeps_its_handler_table_in_the_rewritten_tree(tmp_path: Path) -> None:
    copy = tmp_path / "emulators"
    shutil.copytree(ROOT / "emulators", copy, ignore=shutil.ignore_patterns("__pycache__"))
    rewritten = 0
    for module in copy.rglob("*.py"):
        source = module.read_text(encoding="utf-8")
        registered = handlers_as_tables(source)
        assert "@operation(" not in registered, module
        if registered != source:
            module.write_text(registered, encoding="utf-8")
            rewritten += 1
    assert rewritten >= len(VENDORS)
    shutil.copytree(ROOT / "specs", tmp_path / "specs")
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=tmp_path, capture_output=True, text=True, timeout=120, check=True
    )
    probed = json.loads(result.stdout)
    assert Path(probed["package"]).is_relative_to(copy)  # the rewritten tree was imported, not this one
    tables = probed["tables"]
    assert tables == {name: load_vendor(name).handlers for name in VENDORS}
    assert all(tables.values())


def test_a_module_without_functions_is_no_mutation_target(tmp_path: Path) -> None:
    """mutmut 3 mutates function bodies only and stops the whole run on a target no test can reach."""
    constants = tmp_path / "tables.py"
    constants.write_text('SCHEMA = """CREATE TABLE t (x INTEGER);"""\nNAMES = ("t",)\n', encoding="utf-8")
    method = tmp_path / "model.py"
    method.write_text("class Model:\n    async def load(self) -> None:\n        pass\n", encoding="utf-8")
    assert (has_functions(constants), has_functions(method)) == (False, True)


def test_the_mutation_tree_copies_every_tracked_folder_the_tests_read() -> None:
    """Without ``overlays/`` the Charon link walk asked the client for an operation the overlay removes."""
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    folders = {path.split("/")[0] for path in tracked if "/" in path}
    # emulators is mutmut's source path (always copied); docs and .ci are read by no test.
    assert folders - {"emulators", "docs", ".ci"} <= set(MUTATION_ALSO_COPY)
    assert "schemathesis.toml" in MUTATION_ALSO_COPY
