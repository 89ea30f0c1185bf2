"""The build's choice of V8 (cmake/find_libnode.py): the routes' order, the fallback and its one
line, and the pinned versions. The downloads themselves are stood in for here; CI builds both
engines for real (.ci/run)."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "cmake"))

import debian_packages  # noqa: E402
import find_libnode  # noqa: E402


@pytest.fixture
def no_explicit_prefix(monkeypatch):
    monkeypatch.delenv("TOYJS_LIBNODE_PREFIX", raising=False)


def stand_in_adapted(prefix, build, compiler, compat, source):
    return find_libnode.Found(prefix, prefix / "libnode.so", "10.2.154" if "system" in str(prefix) else "13.6.233", source)


def test_the_modern_engine_comes_first(no_explicit_prefix, monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(find_libnode, "fetched", lambda build, suite, runtime: tmp_path / f"prefix-{suite}")
    monkeypatch.setattr(find_libnode, "adapted", stand_in_adapted)
    found = find_libnode.locate(tmp_path, "g++", tmp_path / "compat.cpp")
    assert (found.version, found.source) == ("13.6.233", "Debian testing's libnode137, adapted")
    assert capsys.readouterr().err == ""


def test_a_failed_modern_route_falls_back_and_says_why_in_one_line(no_explicit_prefix, monkeypatch, tmp_path, capsys):
    def fetched(build, suite, runtime):
        if suite == "testing":
            raise find_libnode.NotFound("Debian testing's libnode-dev now needs libnode141, not libnode137")
        return tmp_path / "prefix-system"

    monkeypatch.setattr(find_libnode, "fetched", fetched)
    monkeypatch.setattr(find_libnode, "in_prefix", lambda prefix: None)  # no libnode-dev installed
    monkeypatch.setattr(find_libnode, "adapted", stand_in_adapted)
    found = find_libnode.locate(tmp_path, "g++", tmp_path / "compat.cpp")
    assert found.version == "10.2.154"
    assert found.source.startswith("Debian packages of this system's release; V8 13.6 is not usable here")
    assert "libnode141" in found.source
    message = capsys.readouterr().err
    assert message.count("\n") == 1 and "falling back" in message and "libnode141" in message


def test_an_explicit_prefix_has_no_fallback(monkeypatch, tmp_path):
    monkeypatch.setenv("TOYJS_LIBNODE_PREFIX", str(tmp_path / "empty"))
    with pytest.raises(find_libnode.NotFound, match="holds no usr/include/node/v8.h"):
        find_libnode.locate(tmp_path, "g++", tmp_path / "compat.cpp")


def test_a_newer_runtime_package_is_not_taken(monkeypatch, tmp_path):
    class Apt:
        def __init__(self, state, suite):
            pass

        def download(self, packages, into):
            return [tmp_path / f"{p}.deb" for p in packages]

    monkeypatch.setattr(debian_packages, "Apt", Apt)
    monkeypatch.setattr(debian_packages, "dependencies", lambda deb: ["libc6", "libnode141", "node-acorn"])
    with pytest.raises(find_libnode.NotFound, match="now needs libnode141, not libnode137"):
        find_libnode.fetched(tmp_path, "testing", "libnode137")
    with pytest.raises(find_libnode.NotFound, match="libnode141, which this toyjs does not support"):
        find_libnode.fetched(tmp_path, None, None)


def test_only_the_tested_v8_majors_are_accepted(tmp_path):
    (tmp_path / "v8-version.h").write_text(
        "#define V8_MAJOR_VERSION 14\n#define V8_MINOR_VERSION 1\n#define V8_BUILD_NUMBER 7\n"
    )
    version = find_libnode.v8_version(tmp_path)
    assert version == "14.1.7"
    with pytest.raises(find_libnode.NotFound, match="holds V8 14.1.7"):
        find_libnode.check_supported(version, "somewhere")
    find_libnode.check_supported("13.6.233", "somewhere")
