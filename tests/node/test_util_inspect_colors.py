"""Colours: util.inspect's (colors: true, inspect.colors and inspect.styles, custom inspectors'
stylize) and the console's, which colours what it inspects where node's would: on a terminal
that has colours (NO_COLOR, NODE_DISABLE_COLORS, TERM=dumb say it has none) or where
FORCE_COLOR asks. Compared with node byte for byte, on pipes and on pseudo-terminals."""

from __future__ import annotations

import os
import pty
import re
import shutil
import subprocess
import sys

import pytest
from conftest import PROGRAMS, assert_same_as_node

INSPECT = PROGRAMS / "node" / "util_inspect_colors.js"
CONSOLE = PROGRAMS / "node" / "console_colors.js"
TOYJS = [sys.executable, "-m", "toyjs", "run", "--allow-read", "--allow-env"]
NODE = [shutil.which("node") or "node"]
COLOR_VARIABLES = ("NO_COLOR", "FORCE_COLOR", "NODE_DISABLE_COLORS", "COLORTERM", "TMUX", "CI", "TERM_PROGRAM")
NODE_PID = re.compile(rb"\(node:\d+\)")


def test_inspect_colours_values_as_node(toyjs, node):
    ours = toyjs("run", "--allow-read", INSPECT, cwd=INSPECT.parent)
    theirs = node(INSPECT, cwd=INSPECT.parent)
    assert_same_as_node(ours, theirs)
    assert '"\\u001b[33m42\\u001b[39m"' in ours.stdout and "cases" in ours.stdout
    # Colour codes take no room: stripped of them, each value is laid out as without colours,
    # but where node counts the codes of `<ref *1>` (a block then breaks sooner).
    assert re.findall(r"^layout differs: (.*)$", ours.stdout, re.M) == ["circular"]


def environment(**variables: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if name not in COLOR_VARIABLES}
    env["TERM"] = "xterm-256color"
    env.update(variables)
    return env


def on_terminal(argv: list[str], env: dict[str, str]) -> bytes:
    """What a command writes on a pseudo-terminal (stdout and stderr), until it exits."""
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(CONSOLE.parent)
        os.execvpe(argv[0], argv, env)
    output = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the other side closed
            break
        if not chunk:
            break
        output += chunk
    os.waitpid(pid, 0)
    os.close(fd)
    return output


TERMINALS = {
    "colours": {},
    "NO_COLOR": {"NO_COLOR": "1"},
    "empty NO_COLOR": {"NO_COLOR": ""},
    "NODE_DISABLE_COLORS": {"NODE_DISABLE_COLORS": "1"},
    "FORCE_COLOR=0": {"FORCE_COLOR": "0"},
    "TERM=dumb": {"TERM": "dumb"},
    "16 colours": {"TERM": "xterm"},
    "unknown terminal": {"TERM": "unknown"},
}


@pytest.mark.parametrize("variables", TERMINALS.values(), ids=TERMINALS.keys())
def test_console_on_a_terminal_as_node(variables):
    env = environment(**variables)
    ours = on_terminal([*TOYJS, str(CONSOLE)], env)
    theirs = on_terminal([*NODE, str(CONSOLE)], env)
    assert ours == theirs
    coloured = variables in ({}, {"TERM": "xterm"})
    assert (b"{ a: \x1b[33m1\x1b[39m" in ours) == coloured
    assert b"a string alone, never coloured: x\r\n" in ours


def test_console_colours_without_the_env_permission(tmp_path):
    env = environment()
    program = tmp_path / "log.js"
    program.write_text("console.log({ a: 1 }, 'b');")
    ours = on_terminal([sys.executable, "-m", "toyjs", "run", str(program)], env)
    assert ours == on_terminal([*NODE, str(program)], env) == b"{ a: \x1b[33m1\x1b[39m } b\r\n"


PIPES = {
    "no colours": {},
    "FORCE_COLOR=1": {"FORCE_COLOR": "1"},
    "empty FORCE_COLOR": {"FORCE_COLOR": ""},
    "FORCE_COLOR=3": {"FORCE_COLOR": "3"},
    "FORCE_COLOR=0": {"FORCE_COLOR": "0"},
    "FORCE_COLOR=false": {"FORCE_COLOR": "false"},
    "unknown FORCE_COLOR": {"FORCE_COLOR": "sometimes"},
    "FORCE_COLOR over NO_COLOR": {"FORCE_COLOR": "1", "NO_COLOR": "1"},
}


@pytest.mark.parametrize("variables", PIPES.values(), ids=PIPES.keys())
def test_console_on_a_pipe_as_node(variables):
    env = environment(**variables)
    ours = subprocess.run([*TOYJS, CONSOLE], capture_output=True, env=env, cwd=CONSOLE.parent, timeout=60)
    theirs = subprocess.run([*NODE, CONSOLE], capture_output=True, env=env, cwd=CONSOLE.parent, timeout=60)
    assert (ours.returncode, ours.stdout) == (0, theirs.stdout)
    assert NODE_PID.sub(b"", ours.stderr) == NODE_PID.sub(b"", theirs.stderr)
    assert (b"\x1b[" in ours.stdout) == (variables.get("FORCE_COLOR") in ("1", "", "3"))


COLOR_DEPTHS = """\
const tty = require("node:tty");
const stream = Object.create(tty.WriteStream.prototype);
const environments = [
  {}, { TERM: "xterm-256color" }, { TERM: "xterm" }, { TERM: "screen-256color" }, { TERM: "dumb", COLORTERM: "truecolor" },
  { TERM: "" }, { TERM: "unknown" }, { TERM: "mosh" }, { TERM: "vt220" }, { TERM: "linux-16color" },
  { TERM: "xterm-256color", CI: "1" }, { CI: "1", GITHUB_ACTIONS: "true" }, { TMUX: "1" }, { COLORTERM: "truecolor" },
  { COLORTERM: "1" }, { TERM_PROGRAM: "iTerm.app", TERM_PROGRAM_VERSION: "3.4" }, { TERM_PROGRAM: "Apple_Terminal" },
  { TEAMCITY_VERSION: "2020.1" }, { TEAMCITY_VERSION: "9.0.1" }, { FORCE_COLOR: "2" }, { FORCE_COLOR: "yes", TERM: "xterm" },
  { NO_COLOR: "", TERM: "xterm" }, { NODE_DISABLE_COLORS: "1", TMUX: "1" },
];
for (const env of environments) console.log(JSON.stringify(env), stream.getColorDepth(env), stream.hasColors(256, env));
"""


def test_colour_depth_from_the_environment_as_node(toyjs, node, tmp_path):
    program = tmp_path / "depths.js"
    program.write_text(COLOR_DEPTHS)
    assert_same_as_node(toyjs("run", program), node(program))


def test_the_console_class_colour_mode_as_node(toyjs, node):
    program = PROGRAMS / "node" / "console_class_colors.js"
    ours = toyjs("run", program, cwd=program.parent)
    theirs = node(program, cwd=program.parent)
    assert_same_as_node(ours, theirs)
    assert "ERR_INCOMPATIBLE_OPTION_PAIR" in ours.stdout and "\\u001b[33m1" in ours.stdout
