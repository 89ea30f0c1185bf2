"""Locate Debian's libnode (the V8 that toyjs links), fetching it when the system lacks it.

Run by CMakeLists.txt at configure time. It writes a CMake include file that sets
LIBNODE_INCLUDE_DIR, LIBNODE_LIBRARY and LIBNODE_BUNDLE (shared libraries to ship inside
the wheel because the system does not have them).

Order of preference:
1. ``TOYJS_LIBNODE_PREFIX``: a directory laid out like ``/`` holding ``usr/include/node/v8.h``.
2. The system's own ``libnode-dev`` (installable on Debian 13).
3. Debian's packages downloaded with ``apt-get download`` and unpacked into a private prefix.
   On Debian 12 machines that hold NodeSource's nodejs, ``apt-get install libnode-dev`` would
   have to downgrade node and fails, but the packages themselves unpack and link fine.
"""

from __future__ import annotations

import glob
import os
import re
import subprocess
import sys
from pathlib import Path

HELP = (
    "toyjs needs V8 from Debian's libnode: install the package libnode-dev "
    "(apt-get install libnode-dev), or make `apt-get download libnode-dev` work "
    "(run `apt-get update` as root), or point TOYJS_LIBNODE_PREFIX at an unpacked copy."
)


class NotFound(Exception):
    pass


def multiarch() -> str:
    try:
        return subprocess.run(
            ["dpkg-architecture", "-qDEB_HOST_MULTIARCH"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return f"{os.uname().machine}-linux-gnu"


def find_in_prefix(prefix: Path) -> tuple[Path, Path] | None:
    include = prefix / "usr/include/node"
    if not (include / "v8.h").is_file():
        return None
    libs = sorted(glob.glob(str(prefix / f"usr/lib/{multiarch()}/libnode.so.*")))
    libs = [lib for lib in libs if re.search(r"libnode\.so\.\d+$", lib)]
    if not libs:
        return None
    return include, Path(libs[-1])


def installed(package: str) -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${db:Status-Status}", package], capture_output=True, text=True
    )
    return result.returncode == 0 and result.stdout.strip() == "installed"


def apt_download(packages: list[str], into: Path) -> None:
    def attempt() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["apt-get", "download", *packages], cwd=into, capture_output=True, text=True
        )

    try:
        result = attempt()
    except OSError as exc:
        raise NotFound(f"apt-get is not available ({exc})") from exc
    if result.returncode != 0 and os.geteuid() == 0:
        subprocess.run(["apt-get", "update", "-qq"], capture_output=True)
        result = attempt()
    if result.returncode != 0:
        raise NotFound(f"`apt-get download {' '.join(packages)}` failed: {result.stderr.strip()}")


def deb_field(deb: Path, field: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), field], capture_output=True, text=True, check=True
    ).stdout.strip()


def package_names(depends: str) -> list[str]:
    return [re.split(r"[\s(:]", alt.split("|")[0].strip())[0] for alt in depends.split(",") if alt.strip()]


def fetch(cache: Path) -> tuple[Path, Path, list[Path]]:
    """Download libnode-dev, its libnode runtime and any shared library the system lacks."""
    prefix = cache / "prefix"
    debs = cache / "debs"
    stamp = cache / "bundle.txt"
    found = find_in_prefix(prefix)
    if found and stamp.is_file():
        return (*found, [Path(p) for p in stamp.read_text().split()])

    debs.mkdir(parents=True, exist_ok=True)
    apt_download(["libnode-dev"], debs)
    dev = next(debs.glob("libnode-dev_*.deb"))
    runtime_pkg = next(p for p in package_names(deb_field(dev, "Depends")) if re.fullmatch(r"libnode\d+", p))
    apt_download([runtime_pkg], debs)
    runtime = next(debs.glob(f"{runtime_pkg}_*.deb"))
    missing = [
        p for p in package_names(deb_field(runtime, "Depends"))
        if p.startswith("lib") and p != "libc6" and not installed(p)
    ]
    if missing:
        apt_download(missing, debs)
    bundle: list[Path] = []
    for deb in debs.glob("*.deb"):
        subprocess.run(["dpkg-deb", "-x", str(deb), str(prefix)], check=True)
    for pkg in missing:
        deb = next(debs.glob(f"{pkg}_*.deb"))
        listing = subprocess.run(
            ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
        ).stdout
        for line in listing.splitlines():
            path = line.split()[5].lstrip(".")
            if re.search(r"\.so\.\d+$", path):
                bundle.append(prefix / path.lstrip("/"))
    found = find_in_prefix(prefix)
    if not found:
        raise NotFound(f"the unpacked packages in {prefix} hold no usable libnode")
    bundle.append(found[1])
    stamp.write_text("\n".join(str(p) for p in bundle))
    return (*found, bundle)


def locate(cache: Path) -> tuple[Path, Path, list[Path], str]:
    explicit = os.environ.get("TOYJS_LIBNODE_PREFIX")
    if explicit:
        found = find_in_prefix(Path(explicit))
        if not found:
            raise NotFound(f"TOYJS_LIBNODE_PREFIX={explicit} holds no usr/include/node/v8.h and libnode.so.N")
        return (*found, [], "TOYJS_LIBNODE_PREFIX")
    found = find_in_prefix(Path("/"))
    if found:
        return (*found, [], "the system's libnode-dev")
    return (*fetch(cache), "Debian packages unpacked into " + str(cache / "prefix"))


def main() -> int:
    cache, out = Path(sys.argv[1]), Path(sys.argv[2])
    try:
        include, library, bundle, source = locate(cache)
    except NotFound as exc:
        print(f"toyjs: {exc}.\n{HELP}", file=sys.stderr)
        return 1
    # Each entry is "real file|soname": the wheel ships the file under the name the loader asks for.
    bundle_list = ";".join(f"{p.resolve()}|{p.name}" for p in bundle)
    out.write_text(
        f'set(LIBNODE_INCLUDE_DIR "{include}")\n'
        f'set(LIBNODE_LIBRARY "{library}")\n'
        f'set(LIBNODE_BUNDLE "{bundle_list}")\n'
        f'set(LIBNODE_SOURCE "{source}")\n'
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
