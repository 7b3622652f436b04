"""The tests' PostgreSQL: the server ``EMULATOR_TEST_POSTGRES_URL`` names (``.ci/run`` and
``scripts/dev.py test`` start one, see ``devtools/postgres.py``), one fresh schema per emulator so that
tests never see each other's rows. Without the variable the PostgreSQL half skips, saying why.
"""

from __future__ import annotations

import itertools
import os
from urllib.parse import quote

import pytest

from devtools.postgres import URL_VARIABLE

BACKENDS = ("sqlite", "postgresql")
SKIP_REASON = (
    f"{URL_VARIABLE} is not set: no PostgreSQL to test against (.ci/run and scripts/dev.py test start one; "
    "or: python -m devtools.postgres -- pytest ...)"
)
_schemas = itertools.count(1)


def server_url() -> str:
    """The server's URL, or skip the calling test."""
    url = os.environ.get(URL_VARIABLE)
    if not url:
        pytest.skip(SKIP_REASON)
    return url


def fresh_database(label: str = "t") -> str:
    """A ``--state`` URL whose tables live in a new, empty schema (``search_path``) of the test server."""
    import psycopg

    url = server_url()
    schema = f"test_{label}_{os.getpid()}_{next(_schemas)}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        conn.execute(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}options={quote(f'-c search_path={schema}')}"
