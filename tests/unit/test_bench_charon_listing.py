"""The Charon listing benchmark (run by ``nox -s bench``) builds the data it claims and times every query:
a benchmark no test runs breaks unnoticed."""

from __future__ import annotations

import re

import pytest

from tests.bench import charon_listing


def test_every_query_runs_on_both_collections_with_the_totals_it_claims(
    capsys: pytest.CaptureFixture[str],
) -> None:
    charon_listing.main(["--large", "1200", "--small", "100", "--repeat", "1"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("filled 100 + 1200 documents")
    totals = {}
    for line in lines[1:]:
        found = re.fullmatch(
            r"(.+?)\s+[\d.]+ ms\s+[\d.]+ ms\s+ratio\s+[\d.]+\s+\(total (\d+) / (\d+)\)", line
        )
        assert found, line
        totals[found.group(1)] = (int(found.group(2)), int(found.group(3)))
    assert totals == {
        "first page": (100, 1200),
        "sorted by Damage desc": (100, 1200),
        # Same matches at both sizes: the comparison of page cost the issue asks for.
        "filter Batch = 1": (50, 50),
        # Damage is seq % 1000: seq 7 in the small one, seq 7 and 1007 in the large one.
        "filter Damage = 7": (1, 2),
        "skip 50": (100, 1200),
    }
