"""node:os, node:tty and node:constants against node on this machine, plus what node cannot
be compared with: the env permission that guards facts about the machine and the user."""

import os
import pty
import socket
import subprocess
import sys

import pytest


def same_as_node(toyjs, node, programs, name, *flags):
    program = programs / "node" / name
    ours = toyjs("run", *flags, program)
    theirs = node(program)
    assert theirs.code == 0, theirs.stderr
    assert (ours.code, ours.stdout, ours.stderr) == (theirs.code, theirs.stdout, theirs.stderr)
    return ours


def test_os_same_output_as_node(toyjs, node, programs):
    same_as_node(toyjs, node, programs, "os.mjs", "--allow-env")


def test_constants_same_output_as_node(toyjs, node, programs):
    same_as_node(toyjs, node, programs, "constants.mjs")


def test_os_values_are_pythons(toyjs, tmp_path):
    program = tmp_path / "values.mjs"
    program.write_text(
        'import os from "node:os";\n'
        "console.log(os.hostname());\n"
        "console.log(os.totalmem());\n"
        "console.log(os.uptime());\n"
        "console.log(os.freemem());\n"
    )
    hostname, total, uptime, free = toyjs("run", "--allow-env", program).stdout.splitlines()
    meminfo = dict(line.split(":", 1) for line in open("/proc/meminfo").read().splitlines())
    assert hostname == socket.gethostname()
    assert int(total) == int(meminfo["MemTotal"].split()[0]) * 1024
    assert abs(float(uptime) - float(open("/proc/uptime").read().split()[0])) < 30
    assert abs(int(free) - int(meminfo["MemAvailable"].split()[0]) * 1024) < 2**30


@pytest.mark.parametrize(
    "environment",
    [
        {"TMPDIR": "/x/"},
        {"TMPDIR": "/"},
        {"TMPDIR": "//"},
        {"TMPDIR": "", "TMP": "/y//"},
        {"TEMP": "/z"},
        {"TMPDIR": "relative/"},
        {},
        {"HOME": ""},
        {"HOME": "/somewhere/else/"},
    ],
)
def test_tmpdir_and_homedir_follow_the_environment(toyjs, node, tmp_path, monkeypatch, environment):
    for name in ("TMPDIR", "TMP", "TEMP"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    program = tmp_path / "dirs.mjs"
    program.write_text('import os from "node:os";\nconsole.log(JSON.stringify([os.tmpdir(), os.homedir()]));\n')
    ours = toyjs("run", "--allow-env", program)
    assert ours.stdout == node(program).stdout


def test_facts_about_the_machine_and_user_need_the_env_permission(toyjs, tmp_path):
    program = tmp_path / "denied.mjs"
    program.write_text(
        'import os from "node:os";\n'
        'for (const name of ["hostname", "release", "version", "uptime", "loadavg", "totalmem", "freemem",'
        ' "cpus", "networkInterfaces", "homedir", "userInfo", "getPriority", "tmpdir"]) {\n'
        "  try { os[name](); console.log(name, 'allowed'); } catch (error) { console.log(name, error.name); }\n"
        "}\n"
        "try { os.setPriority(0); } catch (error) { console.log('setPriority', error.name); }\n"
        "console.log(os.platform(), os.arch(), os.type(), os.machine(), os.endianness(), os.EOL === '\\n',"
        " os.availableParallelism() > 0, os.constants.signals.SIGINT);\n"
    )
    denied = toyjs("run", program)
    lines = denied.stdout.splitlines()
    assert lines[:-1] == [f"{name} NotCapable" for name in (
        "hostname", "release", "version", "uptime", "loadavg", "totalmem", "freemem", "cpus",
        "networkInterfaces", "homedir", "userInfo", "getPriority", "tmpdir", "setPriority")]
    machine = os.uname().machine
    assert lines[-1] == f"linux {'x64' if machine == 'x86_64' else machine} Linux {machine} LE true true 2"
    allowed = toyjs("run", "--allow-env", program)
    assert "NotCapable" not in allowed.stdout


def run_with_terminal_stdin(command):
    """Runs `command` with a pseudo-terminal as stdin and pipes as stdout and stderr."""
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(command, stdin=follower, capture_output=True, text=True, timeout=60)
    finally:
        os.close(leader)
        os.close(follower)
    return done.returncode, done.stdout, done.stderr


def test_tty_isatty_same_as_node(programs):
    import shutil

    program = programs / "node" / "tty.mjs"
    ours = run_with_terminal_stdin([sys.executable, "-m", "toyjs", "run", str(program)])
    theirs = run_with_terminal_stdin([shutil.which("node"), str(program)])
    assert theirs[0] == 0, theirs[2]
    assert ours == theirs
    assert "\n0 true\n1 false\n" in ours[1]
