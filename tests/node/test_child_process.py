"""node:child_process against node (spawn and its events, pipes, ENOENT, exec/execFile and
their errors, the sync forms), and toyjs's own: the run permission (--allow-run, with a list,
from Python), and that no child outlives its program."""

import os

import pytest

import toyjs
from toyjs.cli.flags import split_permission_flags
from toyjs.host.grants import Permissions

from conftest import assert_same_as_node, run_python


def test_same_output_as_node(toyjs, node, programs):
    folder = programs / "node"
    ours = toyjs("run", "--allow-run", folder / "child_process.mjs", cwd=folder)
    theirs = node(folder / "child_process.mjs", cwd=folder)
    assert_same_as_node(ours, theirs)


def test_a_child_gets_the_programs_process_env(toyjs, node, programs):
    program = programs / "node" / "child_process_env.mjs"
    assert_same_as_node(toyjs("run", "--allow-run", "--allow-env", program), node(program))


def permissions_output(toyjs, programs, *flags):
    folder = programs / "node"
    outcome = toyjs("run", *flags, folder / "child_process_permissions.mjs", cwd=folder)
    assert outcome.code == 0, outcome.stderr
    return outcome.stdout.splitlines()


def test_nothing_runs_without_allow_run(toyjs, programs):
    assert permissions_output(toyjs, programs) == [
        'echo NotCapable ERR_ACCESS_DENIED Requires run access to "echo", run again with --allow-run',
        '/bin/echo NotCapable ERR_ACCESS_DENIED Requires run access to "/bin/echo", run again with --allow-run',
        'sh NotCapable ERR_ACCESS_DENIED Requires run access to "sh", run again with --allow-run',
        'no-such-program-here NotCapable ERR_ACCESS_DENIED Requires run access to "no-such-program-here", run again with --allow-run',
        "LD_PRELOAD NotCapable Requires run access, run again with --allow-run",
    ]


def test_a_listed_program_runs_by_name_or_path_and_others_do_not(toyjs, programs):
    assert permissions_output(toyjs, programs, "--allow-run=echo") == [
        "echo started",
        "/bin/echo started",
        'sh NotCapable ERR_ACCESS_DENIED Requires run access to "sh", run again with --allow-run',
        'no-such-program-here NotCapable ERR_ACCESS_DENIED Requires run access to "no-such-program-here", run again with --allow-run',
        "LD_PRELOAD NotCapable Requires run access, run again with --allow-run",
    ]


def test_allow_run_grants_every_program(toyjs, programs):
    assert permissions_output(toyjs, programs, "--allow-run") == [
        "echo started",
        "/bin/echo started",
        "sh started",
        "no-such-program-here ENOENT",
        "LD_PRELOAD allowed",
    ]


def test_allow_all_includes_run():
    assert split_permission_flags(["run", "-A", "app.js"])[0].run is True
    assert split_permission_flags(["run", "--allow-run=git,echo", "--allow-run=sh", "app.js"])[0].run == ("git", "echo", "sh")
    assert Permissions.allow_all().run is True
    assert Permissions().run is False


def test_permissions_from_python_name_the_field(programs):
    program = str(programs / "node" / "child_process_permissions.mjs")
    lines = run_python(
        f"""
        with toyjs.Runtime(permissions=toyjs.Permissions(run=["echo"])) as runtime:
            runtime.run({program!r})
        """
    )
    assert lines[:3] == [
        "echo started",
        "/bin/echo started",
        'sh NotCapable ERR_ACCESS_DENIED Requires run access to "sh", grant it with Permissions(run=...)',
    ]


def test_a_worker_cannot_ask_for_more_than_run_grants():
    parent = Permissions(run=["echo"])
    assert parent.narrow({"run": ["/bin/echo"]}).run == ("/bin/echo",)
    assert parent.narrow({"run": "inherit"}).run == ("echo",)
    with pytest.raises(toyjs.Error, match="Can't escalate"):
        parent.narrow({"run": ["sh"]})
    with pytest.raises(toyjs.Error, match="Can't escalate"):
        parent.narrow({"run": True})


def test_an_unrefd_child_is_killed_when_its_program_ends(toyjs, programs):
    folder = programs / "node"
    outcome = toyjs("run", "--allow-run", folder / "child_process_unref.mjs", cwd=folder, timeout=30)
    assert outcome.code == 0, outcome.stderr
    pid = int(outcome.stdout)
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # killed and reaped, not left running (nor a zombie of a gone parent)
