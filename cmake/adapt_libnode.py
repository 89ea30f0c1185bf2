"""Fit an unpacked libnode to this system: decide which libraries toyjs ships beside its
extension, check that everything they need is here, and adapt them where an explicit list
allows it.

A libnode built for a newer Debian (Node 24's, V8 13.6, built against glibc 2.43 and GCC 15)
asks the loader for symbol versions an older system lacks. Where such a version is listed in
``WEAKENABLE``, its requirement is marked weak (see ``elf_file.weaken``), and each symbol
wanted at that version, or missing from the system altogether, must be one that toyjs's
compat library defines (``src/toyjs/_core/compat/libnode_compat.cpp``). Anything outside
these two lists is refused, and so is a set of libraries that then fails to load: the caller
falls back to an older V8.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

import elf_file

# (library, symbol version) requirements that may be weakened: new versions of functions an
# older system has under an older version, and the Node-only parts of newer libraries.
WEAKENABLE = {
    ("libc.so.6", "GLIBC_2.38"),
    ("libm.so.6", "GLIBC_2.38"),
    ("libm.so.6", "GLIBC_2.43"),
    ("libstdc++.so.6", "GLIBCXX_3.4.31"),
    ("libstdc++.so.6", "GLIBCXX_3.4.32"),
    ("libstdc++.so.6", "CXXABI_1.3.15"),
    ("libgcc_s.so.1", "GCC_13.0.0"),
    ("libssl.so.3", "OPENSSL_3.2.0"),
    ("libcrypto.so.3", "OPENSSL_3.2.0"),
    ("libcrypto.so.3", "OPENSSL_3.4.0"),
}

# Libraries always taken from the system, never shipped: the C and C++ runtimes, and the ones
# Python itself loads (private copies of OpenSSL or sqlite clash with its ssl and sqlite3).
SYSTEM_ONLY = {
    "libc.so.6",
    "libm.so.6",
    "libstdc++.so.6",
    "libgcc_s.so.1",
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
    "libssl.so.3",
    "libcrypto.so.3",
    "libsqlite3.so.0",
}

COMPAT_NAME = "libtoyjs_compat.so"


class AdaptError(Exception):
    pass


@dataclass
class Adapted:
    libnode: Path  # the copy to link against (in the ship folder) or the system's
    ship: list[Path] = field(default_factory=list)  # files named by soname, compat included


def multiarch() -> str:
    try:
        return subprocess.run(
            ["dpkg-architecture", "-qDEB_HOST_MULTIARCH"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return f"{os.uname().machine}-linux-gnu"


def system_library(soname: str) -> Path | None:
    arch = multiarch()
    for folder in (f"/lib/{arch}", f"/usr/lib/{arch}", "/lib", "/usr/lib", "/lib64", "/usr/lib64"):
        candidate = Path(folder) / soname
        if candidate.exists():
            return candidate
    return None


def closure(
    libnode: Path, prefix_libs: Path, packaged: frozenset[str] = frozenset()
) -> dict[str, tuple[elf_file.SharedLibrary, bool]]:
    """Every library the loader will bring in with libnode: soname -> (library, shipped?).
    The system's copy of a library is used where it has one, except for ``packaged`` sonames."""
    found: dict[str, tuple[elf_file.SharedLibrary, bool]] = {}
    pending = [(libnode.name, libnode, True)]
    while pending:
        soname, path, shipped = pending.pop()
        if soname in found:
            continue
        library = elf_file.read(path)
        found[soname] = (library, shipped)
        for needed in library.needed:
            system = None if needed in packaged else system_library(needed)
            if system is not None:
                pending.append((needed, system, False))
            elif needed in SYSTEM_ONLY:
                raise AdaptError(f"{path.name} needs {needed}, which this system lacks")
            elif (prefix_libs / needed).exists():
                pending.append((needed, prefix_libs / needed, True))
            else:
                raise AdaptError(f"{path.name} needs {needed}, which neither this system nor the packages have")
    return found


def problems(
    libraries: dict[str, tuple[elf_file.SharedLibrary, bool]],
) -> tuple[dict[str, list[elf_file.Requirement]], set[str], list[str]]:
    """(requirements to weaken by soname, symbols the compat library must define, refusals)."""
    to_weaken: dict[str, list[elf_file.Requirement]] = {}
    to_supply: set[str] = set()
    refusals: list[str] = []
    every = [library for library, _ in libraries.values()]
    for soname, (library, shipped) in libraries.items():
        if not shipped:
            continue
        for requirement in library.requirements:
            provider = libraries.get(requirement.file)
            if provider is not None and requirement.version in provider[0].versions_defined:
                continue
            if (requirement.file, requirement.version) not in WEAKENABLE:
                refusals.append(f"{soname} needs {requirement.version} of {requirement.file}")
            elif not requirement.weak:
                to_weaken.setdefault(soname, []).append(requirement)
        for symbol in library.undefined():
            if not any(other.defines(symbol.name, symbol.version) for other in every):
                to_supply.add(symbol.name)
    return to_weaken, to_supply, refusals


def newer_in_packages(
    libraries: dict[str, tuple[elf_file.SharedLibrary, bool]], unbound: set[str], prefix_libs: Path
) -> frozenset[str]:
    """Sonames the system has, but in a version too old for what is left unbound, where the
    packages bring one that defines it (the system's libcares 1.18 beside libnode 137, say):
    those are shipped too. OpenSSL and the C and C++ runtimes never are."""
    newer = set()
    for soname, (_, shipped) in libraries.items():
        candidate = prefix_libs / soname
        if shipped or soname in SYSTEM_ONLY or not unbound or not candidate.exists():
            continue
        if any(elf_file.read(candidate).defines(name, None) for name in unbound):
            newer.add(soname)
    return frozenset(newer)


def plan(
    libnode: Path, supplied: set[str]
) -> tuple[dict[str, tuple[elf_file.SharedLibrary, bool]], dict[str, list[elf_file.Requirement]], set[str], list[str]]:
    """The libraries to load and ship, and what `problems` says of them, taking a packaged
    library over the system's where only the packaged one defines what would stay unbound."""
    packaged: frozenset[str] = frozenset()
    while True:
        libraries = closure(libnode, libnode.parent, packaged)
        to_weaken, to_supply, refusals = problems(libraries)
        newer = newer_in_packages(libraries, to_supply - supplied, libnode.parent)
        if not newer:
            return libraries, to_weaken, to_supply, refusals
        packaged |= newer


def build_compat(compiler: str, source: Path, into: Path) -> elf_file.SharedLibrary:
    into.mkdir(parents=True, exist_ok=True)
    output = into / COMPAT_NAME
    command = [compiler, "-std=c++17", "-O2", "-fPIC", "-shared", "-fno-math-errno", "-o", str(output), str(source)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise AdaptError(f"the compat library did not compile: {result.stderr.strip()[:400]}")
    return elf_file.read(output)


def check_loads(ship: Path, libnode: Path, compat: Path | None) -> str:
    """Load the adapted set in a fresh process, as the extension will (every symbol bound at
    load: libnode is linked with BIND_NOW); returns the V8 version it reports."""
    program = (
        "import ctypes, sys\n"
        "if sys.argv[2]: ctypes.CDLL(sys.argv[2], mode=ctypes.RTLD_GLOBAL)\n"
        "lib = ctypes.CDLL(sys.argv[1])\n"
        "version = lib._ZN2v82V810GetVersionEv\n"
        "version.restype = ctypes.c_char_p\n"
        "print(version().decode())\n"
    )
    environment = {"LD_LIBRARY_PATH": str(ship), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", program, str(libnode), str(compat or "")],
        capture_output=True, text=True, env=environment, timeout=60,
    )
    if result.returncode != 0:
        detail = (result.stderr.strip().splitlines() or [f"exit status {result.returncode}"])[-1]
        raise AdaptError(f"the adapted libnode does not load: {detail}")
    return result.stdout.strip()


def adapt(libnode: Path, ship: Path, compiler: str, compat_source: Path) -> tuple[Adapted, str]:
    """Check libnode (unpacked under a prefix, its sibling libraries beside it) against this
    system; copy what must be shipped into ``ship``, adapted. Returns it and the V8 version."""
    if ship.exists():
        shutil.rmtree(ship)
    compat_library = build_compat(compiler, compat_source, ship)
    supplied = {s.name for s in compat_library.symbols if s.defined}
    libraries, to_weaken, to_supply, refusals = plan(libnode, supplied)
    if refusals:
        raise AdaptError("; ".join(sorted(refusals)[:4]) + (" and more" if len(refusals) > 4 else ""))
    missing = sorted(to_supply - supplied)
    if missing:
        raise AdaptError(f"this system lacks {', '.join(missing[:6])}, which toyjs does not supply")
    shipped: list[Path] = []
    for soname, (library, is_shipped) in libraries.items():
        if is_shipped:
            copy = ship / soname
            shutil.copyfile(library.path.resolve(), copy)
            shipped.append(copy)
    for soname, requirements in to_weaken.items():
        elf_file.weaken(replace(libraries[soname][0], path=ship / soname), requirements)
    compat = None
    if to_supply:
        compat = compat_library.path
        shipped.insert(0, compat)
    else:
        compat_library.path.unlink()
    version = check_loads(ship, ship / libnode.name, compat)
    return Adapted(ship / libnode.name, shipped), version
