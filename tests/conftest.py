import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import toyjs as toyjs_package

PROGRAMS = Path(__file__).parent / "programs"


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str


def run_command(command, cwd=None, stdin=None, timeout=60):
    done = subprocess.run(
        command, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=timeout,
        env={**os.environ, "NO_COLOR": "1"},
    )
    return Outcome(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def toyjs():
    """Runs the real `toyjs` command (as `python -m toyjs`)."""

    def run(*args, cwd=None, stdin=None, timeout=60):
        return run_command([sys.executable, "-m", "toyjs", *map(str, args)], cwd=cwd, stdin=stdin, timeout=timeout)

    return run


@pytest.fixture
def node():
    """Runs node, the behaviour reference, on the same program."""
    executable = shutil.which("node")
    assert executable, "node must be installed: it is the reference the runtime is compared with"

    def run(*args, cwd=None, timeout=60):
        return run_command([executable, *map(str, args)], cwd=cwd, timeout=timeout)

    return run


@pytest.fixture
def programs():
    return PROGRAMS


@pytest.fixture
def isolate():
    with toyjs_package.Isolate() as iso:
        yield iso


@pytest.fixture
def ctx(isolate):
    with isolate.new_context() as context:
        yield context
