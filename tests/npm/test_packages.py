"""Real npm packages, among the most downloaded, run under toyjs and node: for each package a
program written from its README (tests/npm/programs), compared byte for byte (exit code,
stdout, stderr). The packages are pinned in tests/npm/package.json and its lockfile, and
installed once per test session with `npm ci`.

A program that fails under toyjs is marked xfail (strict) with the precise cause, so that the
list below is the to-do list of the module system: a package that starts working fails the run
until its mark is removed."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).parent
PROGRAMS = sorted(path for path in (HERE / "programs").iterdir() if path.suffix in (".js", ".mjs"))

# Why a package's program does not (yet) give node's output under toyjs: program name -> cause.
NOT_YET: dict[str, str] = {}

# Programs that talk to a server they start themselves on 127.0.0.1 (and nothing else).
LOCAL_NETWORK = {"axios", "compression", "cookie-parser", "cors", "express", "morgan", "ws"}


@pytest.fixture(scope="session")
def installed_packages():
    """Installs the pinned packages into tests/npm/node_modules (git-ignored), once a session.
    No skip: without npm the packages cannot be measured, and that is a failure. npm's cache
    serves what it already holds (--prefer-offline), so only a fresh machine needs the network;
    no install scripts run (none of these packages needs one)."""
    npm = shutil.which("npm")
    assert npm, "npm must be installed (it comes with node): the npm package tests install their packages with it"
    done = subprocess.run(
        [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"],
        cwd=HERE, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, f"npm ci failed in {HERE}:\n{done.stdout}\n{done.stderr}"
    return HERE / "node_modules"


def program_case(path):
    name = path.stem
    marks = [pytest.mark.xfail(strict=True, reason=NOT_YET[name])] if name in NOT_YET else []
    return pytest.param(path, id=name, marks=marks)


def test_every_marked_package_has_a_program():
    assert set(NOT_YET) <= {path.stem for path in PROGRAMS}


def pinned_packages():
    return json.loads((HERE / "package.json").read_text())["dependencies"]


def test_every_package_is_pinned_and_has_a_program():
    pinned = pinned_packages()
    assert all(re.fullmatch(r"\d+\.\d+\.\d+", version) for version in pinned.values()), pinned
    assert sorted(pinned) == sorted(path.stem for path in PROGRAMS)
    assert len(pinned) >= 30


def has_an_es_module_entry(manifest):
    """Whether node can load the package (or a subpath of it) as an ES module: `"type":
    "module"`, an `import` condition or an .mjs file among its exports."""
    exports = json.dumps(manifest.get("exports"))
    return manifest.get("type") == "module" or '"import"' in exports or ".mjs" in exports


def test_two_thirds_of_the_packages_are_commonjs_only(installed_packages):
    manifests = [json.loads((installed_packages / name / "package.json").read_text()) for name in pinned_packages()]
    commonjs_only = [manifest["name"] for manifest in manifests if not has_an_es_module_entry(manifest)]
    assert len(commonjs_only) * 3 >= len(manifests) * 2, commonjs_only


@pytest.mark.parametrize("program", [program_case(path) for path in PROGRAMS])
def test_package_program_as_node(installed_packages, toyjs, node, program):
    relative = program.relative_to(HERE)
    theirs = node(relative, cwd=HERE)
    network = ["--allow-net=127.0.0.1"] if program.stem in LOCAL_NETWORK else []
    ours = toyjs("run", "--allow-read", "--allow-env", *network, relative, cwd=HERE)
    assert (ours.code, ours.stdout, ours.stderr) == (theirs.code, theirs.stdout, theirs.stderr)
