"""What toyjs is expected to fail in WPT (expectations.json), and the per-directory table.

expectations.json maps a test file (its path in the WPT copy) to
``{"status": "TIMEOUT", "reason": "why", "fail": {"why": ["subtest name", ...], ...}}``:
``status`` (left out when the harness completes, "OK") is the file's own, ``fail`` the
subtests that do not pass, grouped by a short reason (the failure's message unless someone
wrote a better one). ``{"flaky": "why"}`` (written by hand, kept by --update) marks a file
whose outcome varies from run to run: only a crash of it counts. A file that is not listed passes whole. ``python -m tests.wpt --update``
writes it from a run: a reason written by hand is kept while its subtests still fail.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from .runner import FileResult, TestFile

EXPECTATIONS = Path(__file__).with_name("expectations.json")
REPOSITORY = Path(__file__).parents[2]
REASON_LENGTH = 100

Expectations = dict[str, dict]

# The rows of the WPT copy's README table: their label, the folders they count, and the
# reference figures it gives (files all-pass, subtests passing) for node 20, node 24, deno.
TABLE_ROWS: tuple[tuple[str, tuple[str, ...], tuple[tuple[int, int], ...]], ...] = (
    ("console, timers, atob, microtask-queuing, hr-time",
     ("console/", "html/webappapis/timers/", "html/webappapis/atob/", "html/webappapis/microtask-queuing/",
      "hr-time/"), ((16, 329), (16, 329), (17, 330))),
    ("structured-clone", ("html/webappapis/structured-clone/",), ((0, 129), (0, 134), (0, 133))),
    ("url", ("url/",), ((17, 2000), (20, 2021), (16, 1931))),
    ("encoding", ("encoding/",), ((13, 7077), (17, 7480), (19, 7485))),
    ("dom/abort + dom/events", ("dom/abort/", "dom/events/"), ((8, 54), (9, 57), (11, 73))),
    ("fetch/api", ("fetch/api/",), ((43, 920), (43, 921), (44, 938))),
    ("FileAPI", ("FileAPI/",), ((7, 156), (8, 304), (23, 361))),
    ("streams", ("streams/",), ((63, 1164), (68, 1174), (65, 1171))),
    ("WebCryptoAPI", ("WebCryptoAPI/",), ((65, 29997), (91, 33938), (77, 32865))),
    ("compression", ("compression/",), ((1, 8), (5, 59), (5, 59))),
)
REFERENCE_TOTAL = ((233, 41834), (277, 46417), (277, 45346))


def wpt_root() -> Path | None:
    """The WPT copy: $TOYJS_WPT, else ../shared/wpt beside the repository, if it exists."""
    named = os.environ.get("TOYJS_WPT")
    root = Path(named) if named else REPOSITORY.parent / "shared" / "wpt"
    return root if (root / "resources" / "testharness.js").is_file() else None


def load() -> Expectations:
    return json.loads(EXPECTATIONS.read_text(encoding="utf-8"))


def _reason(status: str, message: str | None) -> str:
    first_line = (message or "").strip().splitlines()[0] if (message or "").strip() else ""
    reason = f"{status}: {first_line}" if first_line else status
    return reason if len(reason) <= REASON_LENGTH else reason[: REASON_LENGTH - 3] + "..."


def expected_failures(entry: dict | None) -> dict[str, str]:
    """An entry's failing subtests: name -> reason."""
    return {name: reason for reason, names in (entry or {}).get("fail", {}).items() for name in names}


def expected_of(result: FileResult, known: dict | None = None) -> dict | None:
    """The expectations entry that describes ``result`` (None when it passes whole); reasons
    of ``known`` (the entry so far) are kept for subtests that still fail."""
    kept = expected_failures(known)
    entry: dict = {}
    if result.status != "OK":
        entry["status"] = result.status
        entry["reason"] = (known or {}).get("reason") or _reason(result.status, result.message)
    by_reason: dict[str, list[str]] = {}
    seen = set()
    for subtest in result.subtests:
        if subtest.status != "PASS" and subtest.name not in seen:
            seen.add(subtest.name)
            reason = kept.get(subtest.name) or _reason(subtest.status, subtest.message)
            by_reason.setdefault(reason, []).append(subtest.name)
    if by_reason:
        entry["fail"] = by_reason
    return entry or None


def differences(result: FileResult, expected: dict | None) -> list[str]:
    """How a file's run differs from its expectations, one line per difference."""
    expected = expected or {}
    if "flaky" in expected:
        # Its outcome varies from run to run: only a failure of the host or the runner counts.
        broken = result.status in ("CRASH", "RUNNER_ERROR")
        return [f"file status {result.status}: {result.message}"] if broken else []
    lines = []
    status = expected.get("status", "OK")
    if result.status != status:
        lines.append(f"file status {result.status} (expected {status}): {result.message}")
    failing = {s.name: s for s in result.subtests if s.status != "PASS"}
    expected_failing = expected_failures(expected)
    ran = {s.name for s in result.subtests}
    for name, subtest in failing.items():
        if name not in expected_failing:
            lines.append(f"newly failing: {name!r}: {subtest.status} {subtest.message}")
    for name in expected_failing:
        if name not in failing:
            now = "passes" if name in ran else "no longer runs"
            lines.append(f"expected to fail but {now}: {name!r} (remove it from expectations.json)")
    return lines


def write(results: Iterable[FileResult]) -> None:
    known = load() if EXPECTATIONS.exists() else {}
    entries = {}
    for result in sorted(results, key=lambda r: r.path):
        flaky = known.get(result.path, {}).get("flaky")
        entry = {"flaky": flaky} if flaky else expected_of(result, known.get(result.path))
        if entry is not None:
            entries[result.path] = entry
    EXPECTATIONS.write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def table(tests: list[TestFile], results: dict[str, FileResult]) -> str:
    """The README table, with toyjs's figures beside the reference ones."""

    def cell(figures: tuple[int, int]) -> str:
        return f"{figures[0]} / {figures[1]}"

    def count(prefixes: tuple[str, ...]) -> tuple[int, int]:
        chosen = [results[t.path] for t in tests if t.path.startswith(prefixes) and t.path in results]
        return sum(r.passed for r in chosen), sum(s.status == "PASS" for r in chosen for s in r.subtests)

    lines = ["| dir | toyjs | node 20 | node 24 | deno 2.9 |", "|---|---|---|---|---|"]
    for label, prefixes, reference in TABLE_ROWS:
        lines.append(f"| {label} | {cell(count(prefixes))} | {' | '.join(map(cell, reference))} |")
    all_prefixes = tuple(p for _, prefixes, _ in TABLE_ROWS for p in prefixes)
    total = f"total ({len(tests)} files)"
    lines.append(f"| {total} | {cell(count(all_prefixes))} | {' | '.join(map(cell, REFERENCE_TOTAL))} |")
    return "\n".join(lines)
