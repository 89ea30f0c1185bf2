"""web-platform-tests, toyjs's conformance measure for its web APIs.

Every applicable `.any.js` file of the WPT copy ($TOYJS_WPT, else ../shared/wpt beside the
repository) runs once per session, in worker processes (runner.py); each file's results must
be what expectations.json says, in both directions: a subtest that starts passing must be
taken out of it (``python -m tests.wpt --update`` rewrites it from a run).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from . import expectations
from .runner import FileResult, describe, find_tests, run_files, serve

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

    # The runner itself, on files of its own beside the copy's harness.
    OWN_FILES = {
        "passes.any.js": "test(() => assert_equals(self, globalThis), 'self');"
        " promise_test(async () => assert_equals(location.pathname, '/own/passes.any.worker.js'), 'location');",
        "fails.any.js": "test(() => assert_true(false, 'no'), 'one'); test(() => {}, 'two');",
        "throws.any.js": "test(() => {}, 'before'); throw new Error('top-level');",
        "rejects.any.js": "promise_test(async () => { Promise.reject(new Error('lost')); await new Promise((r) => setTimeout(r, 10)); }, 'p');",
        "spins.any.js": "test(() => { while (true) {} }, 'spins'); test(() => {}, 'after');",
        "idles.any.js": "promise_test(() => new Promise(() => {}), 'never');",
        "waits.any.js": "promise_test(() => new Promise((r) => AbortSignal.timeout(20).onabort = r), 'unref timer');",
        "exits.any.js": "process.exit(3);",
        "window.any.js": "// META: global=window\ntest(() => {}, 'window');",
    }

    @pytest.fixture(scope="module")
    def own_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, FileResult]:
        assert ROOT is not None
        root = tmp_path_factory.mktemp("wpt")
        (root / "resources").symlink_to(ROOT / "resources")
        (root / "own").mkdir()
        for name, source in OWN_FILES.items():
            (root / "own" / name).write_text(source)
        tests = [replace(describe(root, root / "own" / name), time_limit=1.0) for name in OWN_FILES]
        assert [t.path for t in tests if not t.applies] == ["own/window.any.js"]
        with serve(root) as base_url:
            # One worker: the file after the one that ends its process still runs.
            return {r.path.removeprefix("own/"): r for r in run_files(root, [t for t in tests if t.applies], base_url, 1)}

    def outcome(result: FileResult) -> tuple[str, list[tuple[str, str]]]:
        return result.status, [(s.name, s.status) for s in result.subtests]

    def test_runner_outcomes(own_results: dict[str, FileResult]) -> None:
        assert {name: outcome(result) for name, result in own_results.items()} == {
            "passes.any.js": ("OK", [("self", "PASS"), ("location", "PASS")]),
            "fails.any.js": ("OK", [("one", "FAIL"), ("two", "PASS")]),
            "throws.any.js": ("ERROR", [("before", "PASS")]),
            "rejects.any.js": ("ERROR", [("p", "PASS")]),
            "spins.any.js": ("TIMEOUT", [("spins", "TIMEOUT")]),
            "idles.any.js": ("INCOMPLETE", [("never", "TIMEOUT")]),
            "waits.any.js": ("OK", [("unref timer", "PASS")]),
            "exits.any.js": ("CRASH", []),
        }
        assert own_results["exits.any.js"].message.startswith("the process running it ended with exit code")
        assert "top-level" in own_results["throws.any.js"].message
