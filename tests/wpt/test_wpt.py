"""web-platform-tests, toyjs's conformance measure for its web APIs.

Every applicable `.any.js` file of the WPT copy ($TOYJS_WPT, else ../shared/wpt beside the
repository) runs once per session, in worker processes (runner.py); each file's results must
be what expectations.json says, in both directions: a subtest that starts passing must be
taken out of it (``python -m tests.wpt --update`` rewrites it from a run).
"""

from __future__ import annotations

import pytest

from . import expectations
from .runner import FileResult, find_tests, run_files, serve

ROOT = expectations.wpt_root()
TESTS = [t for t in find_tests(ROOT) if t.applies] if ROOT is not None else []


@pytest.fixture(scope="module")
def results() -> dict[str, FileResult]:
    assert ROOT is not None
    with serve(ROOT) as base_url:
        return {result.path: result for result in run_files(ROOT, TESTS, base_url)}


@pytest.fixture(scope="module")
def expected() -> expectations.Expectations:
    return expectations.load()


if ROOT is None:

    def test_wpt() -> None:
        pytest.skip("WPT did not run: no copy found; set TOYJS_WPT to a web-platform-tests checkout")

else:

    @pytest.mark.parametrize("path", [t.path for t in TESTS])
    def test_wpt_file(path: str, results: dict[str, FileResult], expected: expectations.Expectations) -> None:
        assert expectations.differences(results[path], expected.get(path)) == []

    def test_expectations_name_only_files_that_run(expected: expectations.Expectations) -> None:
        assert sorted(set(expected) - {t.path for t in TESTS}) == []
