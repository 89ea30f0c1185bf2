"""Find the V8 that toyjs links: Debian's libnode (the shared library of Node.js, which exports
V8's whole embedder API), fetched and adapted when the system lacks it.

Run by CMakeLists.txt at configure time: ``find_libnode.py BUILD_DIR OUTPUT CXX COMPAT_SOURCE``.
It writes a CMake include file setting LIBNODE_INCLUDE_DIR, LIBNODE_LIBRARY, LIBNODE_BUNDLE
(shared libraries to ship inside the package, each file named by its soname), V8_VERSION and
LIBNODE_SOURCE, and beside it ``generated/v8_source.h``, which tells the extension where its
V8 came from (``toyjs --version`` says it, with the reason when the build fell back).

Routes, in order:
1. ``TOYJS_LIBNODE_PREFIX``: a directory laid out like ``/`` with ``usr/include/node/v8.h`` and
   ``usr/lib/<arch>/libnode.so.N`` (and any library beside it the system lacks). No fallback.
2. V8 13.6: Debian's Node 24 packages (``libnode137``) from the testing suite of the system's
   Debian archive, through a private APT configuration, adapted to this system
   (adapt_libnode.py) and checked by loading them.
3. The system's own ``libnode-dev`` (Debian 13: V8 11.3).
4. The system's Debian release's packages, downloaded and unpacked (Debian 12: V8 10.2).
   On Debian 12 machines that hold NodeSource's nodejs, ``apt-get install libnode-dev`` would
   have to downgrade node and fails, but the packages themselves unpack and link fine.
When route 2 fails, one line says why and the next route is taken.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import debian_packages
import progress
from adapt_libnode import AdaptError, adapt, multiarch
from debian_packages import PackageError

# The libnode runtimes whose V8 toyjs is built and tested against (package -> V8 major). A
# newer soname is not taken blindly: its V8 has not been tried.
SUPPORTED = {"libnode108": 10, "libnode115": 11, "libnode137": 13}
MODERN_PACKAGE, MODERN_SUITE = "libnode137", "testing"

HELP = (
    "toyjs needs V8 from Debian's libnode: install the package libnode-dev "
    "(apt-get install libnode-dev), or make `apt-get download libnode-dev` work "
    "(run `apt-get update` as root), or point TOYJS_LIBNODE_PREFIX at an unpacked copy."
)


class NotFound(Exception):
    pass


@dataclass
class Found:
    include: Path
    library: Path
    version: str
    source: str
    bundle: list[Path] = field(default_factory=list)


def v8_version(include: Path) -> str:
    text = (include / "v8-version.h").read_text()
    parts = [re.search(rf"#define V8_{name} (\d+)", text) for name in ("MAJOR_VERSION", "MINOR_VERSION", "BUILD_NUMBER")]
    if not all(parts):
        raise NotFound(f"{include}/v8-version.h names no V8 version")
    return ".".join(p.group(1) for p in parts)  # type: ignore[union-attr]


def check_supported(version: str, where: str) -> None:
    if int(version.split(".")[0]) not in SUPPORTED.values():
        raise NotFound(f"{where} holds V8 {version}; toyjs supports V8 majors {sorted(set(SUPPORTED.values()))}")


def in_prefix(prefix: Path) -> tuple[Path, Path] | None:
    include = prefix / "usr/include/node"
    libs = sorted((prefix / "usr/lib" / multiarch()).glob("libnode.so.*"))
    libs = [lib for lib in libs if re.fullmatch(r"libnode\.so\.\d+", lib.name)]
    if not (include / "v8.h").is_file() or not libs:
        return None
    return include, libs[-1]


def adapted(prefix: Path, build: Path, compiler: str, compat: Path, source: str) -> Found:
    located = in_prefix(prefix)
    if located is None:
        raise NotFound(f"{prefix} holds no usr/include/node/v8.h and usr/lib/{multiarch()}/libnode.so.N")
    include, library = located
    version = v8_version(include)
    check_supported(version, str(prefix))
    try:
        result, loaded = adapt(library, build / "ship", compiler, compat)
    except AdaptError as exc:
        raise NotFound(str(exc)) from exc
    if not loaded.startswith(version):
        raise NotFound(f"the headers in {prefix} are V8 {version}, the library is V8 {loaded}")
    return Found(include, result.libnode, loaded, source, result.ship)


def fetched(build: Path, suite: str | None, runtime: str | None) -> Path:
    """Download libnode-dev, its libnode runtime and their libraries; unpack them into a prefix.
    ``runtime`` pins the runtime package; None takes whichever supported one the suite has."""
    name = suite or "system"
    apt = debian_packages.Apt(build / f"apt-{name}", suite)
    debs = build / f"debs-{name}"
    dev, = apt.download(["libnode-dev"], debs)
    runtimes = [p for p in debian_packages.dependencies(dev) if re.fullmatch(r"libnode\d+", p)]
    if not runtimes:
        raise NotFound(f"{dev.name} depends on no libnode runtime")
    if runtime is not None and runtimes[0] != runtime:
        raise NotFound(f"Debian {suite}'s libnode-dev now needs {runtimes[0]}, not {runtime}")
    if runtimes[0] not in SUPPORTED:
        raise NotFound(f"Debian's libnode-dev needs {runtimes[0]}, which this toyjs does not support")
    node, = apt.download(runtimes, debs)
    # The libraries libnode needs, except the C and C++ runtimes (the system's are used).
    libraries = [
        p for p in debian_packages.dependencies(node)
        if p.startswith("lib") and p not in ("libc6", "libgcc-s1", "libstdc++6")
    ]
    debs_all = [dev, node, *apt.download(libraries, debs)]
    prefix = build / f"prefix-{name}"
    for deb in debs_all:
        debian_packages.unpack(deb, prefix)
    return prefix


def locate(build: Path, compiler: str, compat: Path) -> Found:
    explicit = os.environ.get("TOYJS_LIBNODE_PREFIX")
    if explicit:
        return adapted(Path(explicit), build, compiler, compat, f"TOYJS_LIBNODE_PREFIX={explicit}")
    try:
        prefix = fetched(build, MODERN_SUITE, MODERN_PACKAGE)
        return adapted(prefix, build, compiler, compat, f"Debian {MODERN_SUITE}'s {MODERN_PACKAGE}, adapted")
    except (NotFound, PackageError) as exc:
        reason = f"V8 13.6 is not usable here: {exc}"
        print(f"toyjs: {reason}; falling back to this system's Debian libnode.", file=sys.stderr)
    system = in_prefix(Path("/"))
    if system:
        include, library = system
        version = v8_version(include)
        check_supported(version, "the system's libnode-dev")
        return Found(include, library, version, f"the system's libnode-dev; {reason}")
    try:
        prefix = fetched(build, None, None)
    except PackageError as exc:
        raise NotFound(str(exc)) from exc
    return adapted(prefix, build, compiler, compat, f"Debian packages of this system's release; {reason}")


def main() -> int:
    build, out, compiler, compat = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
    build.mkdir(parents=True, exist_ok=True)
    try:
        found = locate(build, compiler, compat)
    except NotFound as exc:
        print(f"toyjs: {exc}.\n{HELP}", file=sys.stderr)
        return 1
    progress.say(f"V8 {found.version} from {found.source}")
    source = re.sub(r'["\\;$]', "'", found.source)  # plain text inside a CMake string
    out.write_text(
        f'set(LIBNODE_INCLUDE_DIR "{found.include}")\n'
        f'set(LIBNODE_LIBRARY "{found.library}")\n'
        f'set(LIBNODE_BUNDLE "{";".join(str(p) for p in found.bundle)}")\n'
        f'set(V8_VERSION "{found.version}")\n'
        f'set(LIBNODE_SOURCE "{source}")\n'
    )
    header = out.parent / "generated" / "v8_source.h"
    header.parent.mkdir(exist_ok=True)
    printable = "".join(c if " " <= c <= "~" else "?" for c in found.source)
    header.write_text(f"#define TOYJS_V8_SOURCE {json.dumps(printable)}\n")  # a valid C string literal
    return 0


if __name__ == "__main__":
    sys.exit(main())
