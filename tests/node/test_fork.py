"""child_process.fork and the IPC channel: against node (messages both ways in json and
advanced serialization, disconnects, exits, errors, spawn with an 'ipc' slot), and toyjs's
own: fork needs run access to "toyjs" and the child gets no more than its parent; a child left
running does not keep its program alive, and does not outlive it."""

import os
from pathlib import Path

import pytest

from toyjs.host.grants import Permissions
from toyjs.node.child_process.fork import permission_flags


def test_same_output_as_node(same_as_node, programs):
    same_as_node(programs / "node" / "fork.mjs", "--allow-run", "--allow-env")


def permissions_output(toyjs, programs, *flags):
    folder = programs / "node"
    outcome = toyjs("run", *flags, folder / "fork_permissions.mjs", cwd=folder)
    assert outcome.code == 0, outcome.stderr
    return outcome.stdout.splitlines()


ESCALATION = "execArgv --allow-net NotCapable ERR_ACCESS_DENIED Can't escalate parent thread permissions"
INTERPRETER = "env PYTHONPATH NotCapable ERR_ACCESS_DENIED Requires run access, run again with --allow-run"


def test_fork_needs_run_access_to_toyjs(toyjs, programs):
    assert permissions_output(toyjs, programs) == [
        'fork NotCapable ERR_ACCESS_DENIED Requires run access to "toyjs", run again with --allow-run',
        ESCALATION,
        INTERPRETER,
    ]


def test_allow_run_toyjs_forks_a_child_with_nothing_more(toyjs, programs):
    assert permissions_output(toyjs, programs, "--allow-run=toyjs") == [
        "fork child: env HOME NotCapable, env PATH NotCapable, run echo NotCapable, net NotCapable",
        ESCALATION,
        INTERPRETER,
    ]


def test_the_child_gets_the_parents_grants(toyjs, programs):
    child = "child: env HOME allowed, env PATH NotCapable, run echo allowed, net NotCapable"
    assert permissions_output(toyjs, programs, "--allow-run", "--allow-env=HOME") == [
        f"fork {child}",
        ESCALATION,
        f"env PYTHONPATH {child}",  # with every program granted, the interpreter's variables are too
    ]


def test_grants_are_handed_on_as_flags_meaning_the_same_in_the_child(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    granted = Permissions(read=["data", "a,b"], write=True, env=["HOME"], run=["sh", "no-such-program-here"], net=["127.0.0.1:80"])
    assert permission_flags(granted) == [
        "--allow-net=127.0.0.1:80",
        f"--allow-read={Path(tmp_path, 'data').resolve()}",  # absolute; "a,b" cannot be said
        "--allow-write",
        "--allow-env=HOME",
        f"--allow-run={Path(os.path.realpath('/bin/sh'))}",  # the program itself; a name for none is dropped
    ]
    assert permission_flags(Permissions()) == []


def test_a_child_left_running_neither_holds_nor_outlives_its_program(toyjs, programs):
    folder = programs / "node"
    outcome = toyjs("run", "--allow-run", folder / "fork_unref.mjs", cwd=folder, timeout=30)
    assert outcome.code == 0, outcome.stderr
    for pid in map(int, outcome.stdout.split()):
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
