"""Fetch the fallback engine for a second build: Debian 12's libnode (Node 18, V8 10.2) and the
libraries it needs, unpacked into a prefix for TOYJS_LIBNODE_PREFIX. CI and the benchmarks
build it beside the default engine so that neither route rots.

Usage: python3 cmake/fetch_fallback_libnode.py DIR (prints the prefix, DIR/prefix-bookworm).
"""

from __future__ import annotations

import sys
from pathlib import Path

from debian_packages import PackageError
from find_libnode import NotFound, fetched

if __name__ == "__main__":
    try:
        print(fetched(Path(sys.argv[1]).resolve(), "bookworm", "libnode108"))
    except (NotFound, PackageError) as exc:
        sys.exit(f"toyjs: the fallback libnode could not be fetched: {exc}")
