"""``python -m tests.wpt``: runs the WPT files and compares them with expectations.json.

    python -m tests.wpt                 # run all; list what differs from the expectations
    python -m tests.wpt --update        # run all; rewrite expectations.json from the run
    python -m tests.wpt --table         # run all; print the per-directory table (README's)
    python -m tests.wpt url/url-origin.any.js ...   # run these; print every subtest

The WPT copy is $TOYJS_WPT, or ../shared/wpt beside the repository.
"""

from __future__ import annotations

import argparse
import sys
import time

from . import expectations
from .runner import FileResult, find_tests, run_files, serve


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.wpt", description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="test files (paths in the WPT copy) to run alone")
    parser.add_argument("--update", action="store_true", help="rewrite expectations.json from this run")
    parser.add_argument("--table", action="store_true", help="print the per-directory table")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    options = parser.parse_args()

    root = expectations.wpt_root()
    if root is None:
        print("no WPT copy found: set TOYJS_WPT to a web-platform-tests checkout", file=sys.stderr)
        return 2
    tests = find_tests(root)
    chosen = [t for t in tests if t.applies and (not options.files or t.path in options.files)]
    started = time.monotonic()
    with serve(root) as base_url:
        results: dict[str, FileResult] = {}
        for result in run_files(root, chosen, base_url, options.jobs):
            results[result.path] = result
            if options.files:
                _print_file(result)
    elapsed = time.monotonic() - started
    skipped = len([t for t in tests if not t.applies])
    print(f"{len(results)} files run in {elapsed:.0f} s ({skipped} not applicable: window or shadowrealm only)")

    if options.update:
        expectations.write(results.values())
        print(f"wrote {expectations.EXPECTATIONS}")
    if options.table:
        print(expectations.table(tests, results))
    if options.update or options.files:
        return 0
    known = expectations.load()
    differing = 0
    for path, result in sorted(results.items()):
        lines = expectations.differences(result, known.get(path))
        if lines:
            differing += 1
            print(f"{path}:\n  " + "\n  ".join(lines))
    print(f"{differing} files differ from expectations.json")
    return 1 if differing else 0


def _print_file(result: FileResult) -> None:
    print(f"{result.path}: {result.status}" + (f" ({result.message})" if result.message else ""))
    for subtest in result.subtests:
        print(f"  {subtest.status} {subtest.name}" + (f": {subtest.message}" if subtest.message else ""))


sys.exit(main())
