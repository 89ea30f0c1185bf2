"""Fetching Debian packages without installing them: ``apt-get download`` and ``dpkg-deb -x``.

Two sources: the system's own APT configuration, or a private one for another suite of the
same Debian archive (the testing suite, which carries Node 24's libnode). The private one
has its own sources list, package lists and cache under the build tree and trusts the
archive keyring the system already has: the system's APT state is never touched, and no
archive host is named here (it is taken from the system's own sources).
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import progress


class PackageError(Exception):
    pass


def _run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(command, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]
    except OSError as exc:
        raise PackageError(f"{command[0]} is not available ({exc})") from exc


def codename() -> str:
    """This system's Debian release name (bookworm, trixie, ...)."""
    try:
        text = Path("/etc/os-release").read_text()
    except OSError as exc:
        raise PackageError("this is not a Debian system (no /etc/os-release)") from exc
    found = re.search(r"^VERSION_CODENAME=\"?([a-z]+)", text, re.MULTILINE)
    if not found:
        raise PackageError("/etc/os-release names no Debian release (VERSION_CODENAME)")
    return found.group(1)


def _source_entries() -> list[dict[str, str]]:
    """The system's APT sources, one-line and deb822 alike, as {URIs, Suites, Signed-By}."""
    entries: list[dict[str, str]] = []
    lists = [Path("/etc/apt/sources.list"), *sorted(Path("/etc/apt/sources.list.d").glob("*.list"))]
    for path in lists:
        try:
            lines = path.read_text().splitlines()
        except OSError:
            continue
        for line in lines:
            found = re.match(r"\s*deb\s+(?:\[([^\]]*)\]\s+)?(\S+)\s+(\S+)", line)
            if found:
                options = dict(o.split("=", 1) for o in (found.group(1) or "").split() if "=" in o)
                entries.append({"URIs": found.group(2), "Suites": found.group(3), "Signed-By": options.get("signed-by", "")})
    for path in sorted(Path("/etc/apt/sources.list.d").glob("*.sources")):
        try:
            stanzas = path.read_text().split("\n\n")
        except OSError:
            continue
        for stanza in stanzas:
            fields = dict(re.findall(r"^([A-Za-z-]+):\s*(.*)$", stanza, re.MULTILINE))
            if "deb" in fields.get("Types", "").split() and fields.get("Enabled", "yes") != "no":
                entries.append(fields)
    return entries


def debian_archive() -> tuple[str, str]:
    """(URI, keyring) of the Debian archive this system installs its own release from."""
    release = codename()
    for entry in _source_entries():
        if release in entry.get("Suites", "").split() and entry.get("URIs"):
            keyring = entry.get("Signed-By") or "/usr/share/keyrings/debian-archive-keyring.gpg"
            if Path(keyring).is_file():
                return entry["URIs"].split()[0], keyring
    raise PackageError(f"no APT source of this system serves Debian {release} with a keyring file")


class Apt:
    """``apt-get download`` from the system's sources (suite=None) or from ``suite`` of the
    system's Debian archive through a private configuration under ``state``."""

    def __init__(self, state: Path, suite: str | None = None) -> None:
        self.environment = dict(os.environ)
        self.suite = suite
        if suite is None:
            return
        uri, keyring = debian_archive()
        for folder in ("lists/partial", "cache/archives/partial"):
            (state / folder).mkdir(parents=True, exist_ok=True)
        (state / "sources.list").write_text(f"deb [signed-by={keyring}] {uri} {suite} main\n")
        (state / "status").touch()
        (state / "apt.conf").write_text(
            f'Dir::Etc::SourceList "{state / "sources.list"}";\n'
            'Dir::Etc::SourceParts "/nonexistent";\n'
            f'Dir::State::Lists "{state / "lists"}";\n'
            f'Dir::State::status "{state / "status"}";\n'
            f'Dir::Cache "{state / "cache"}";\n'
        )
        self.environment["APT_CONFIG"] = str(state / "apt.conf")
        self._update()

    def _update(self) -> None:
        result = _run(["apt-get", "update", "-qq"], env=self.environment)
        if result.returncode != 0 and self.suite is not None:
            raise PackageError(f"`apt-get update` for Debian {self.suite} failed: {result.stderr.strip()}")

    def download(self, packages: list[str], into: Path) -> list[Path]:
        """The .deb files of ``packages`` (already there or downloaded) in ``into``."""
        into.mkdir(parents=True, exist_ok=True)
        wanted = [p for p in packages if not list(into.glob(f"{p}_*.deb"))]
        if wanted:
            progress.say(f"downloading {', '.join(wanted)}" + (f" from Debian {self.suite}" if self.suite else ""))
            result = _run(["apt-get", "download", *wanted], cwd=into, env=self.environment)
            if result.returncode != 0 and self.suite is None and os.geteuid() == 0:
                self._update()  # the system's lists may be missing or old
                result = _run(["apt-get", "download", *wanted], cwd=into, env=self.environment)
            if result.returncode != 0:
                where = f" from Debian {self.suite}" if self.suite else ""
                raise PackageError(f"`apt-get download {' '.join(wanted)}`{where} failed: {result.stderr.strip()}")
        return [next(into.glob(f"{p}_*.deb")) for p in packages]


def field(deb: Path, name: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True).stdout.strip()


def dependencies(deb: Path) -> list[str]:
    """The package names a .deb depends on (the first of each set of alternatives)."""
    depends = field(deb, "Depends")
    return [re.split(r"[\s(:]", alt.split("|")[0].strip())[0] for alt in depends.split(",") if alt.strip()]


def unpack(deb: Path, prefix: Path) -> None:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(prefix)], check=True)

