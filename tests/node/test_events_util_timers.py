"""node:events, node:util (with util/types), node:timers and node:timers/promises: programs
whose output must equal node's, byte for byte but for the process id in warning lines."""

import re
import textwrap

import pytest
from conftest import assert_same_as_node



@pytest.mark.parametrize("name", ["events.mjs", "util.mjs", "timers.mjs"])
def test_module_as_node(toyjs, node, programs, name):
    program = programs / "node" / name
    assert_same_as_node(toyjs("run", program, cwd=program.parent), node(program, cwd=program.parent))


def test_warnings_carry_the_process_id(toyjs, programs):
    # The comparison above hides the pid; it must still be the program's own.
    program = programs / "node" / "events.mjs"
    ours = toyjs("run", program, cwd=program.parent)
    pids = set(re.findall(r"\(node:(\d+)\) MaxListenersExceededWarning", ours.stderr))
    assert len(pids) == 1 and int(pids.pop()) > 0


DEBUGLOG = """\
    import util from "node:util";
    const alpha = util.debuglog("alpha");
    const beta = util.debuglog("beta");
    const gamma = util.debuglog("gamma-x", (log) => console.log("callback", typeof log));
    console.log(alpha.enabled, beta.enabled);
    alpha("hello %s", "world", { n: 1 });
    beta("not shown");
    gamma("wildcard");
"""


def test_debuglog_follows_node_debug(toyjs, node, tmp_path, monkeypatch):
    program = tmp_path / "debuglog.mjs"
    program.write_text(textwrap.dedent(DEBUGLOG))
    monkeypatch.setenv("NODE_DEBUG", "Alpha,GAMMA-*")
    ours = toyjs("run", "--allow-env", program)
    theirs = node(program)
    pid = re.compile(r"^([A-Z-]+) \d+:", re.M)
    assert (ours.code, ours.stdout) == (theirs.code, theirs.stdout)
    assert pid.sub(r"\1 PID:", ours.stderr) == pid.sub(r"\1 PID:", theirs.stderr)
    assert "ALPHA" in ours.stderr and "GAMMA-X" in ours.stderr and "BETA" not in ours.stderr


def test_debuglog_is_off_when_the_environment_may_not_be_read(toyjs, tmp_path, monkeypatch):
    program = tmp_path / "debuglog.mjs"
    program.write_text(textwrap.dedent(DEBUGLOG))
    monkeypatch.setenv("NODE_DEBUG", "alpha")
    ours = toyjs("run", program)
    assert (ours.code, ours.stdout, ours.stderr) == (0, "false false\ncallback function\n", "")


TAMPERED = """\
    import EventEmitter, { once } from "node:events";
    import { promisify, isDeepStrictEqual, inspect } from "node:util";
    import { setTimeout as sleep } from "node:timers/promises";
    Function.prototype.call = () => { throw new Error("call replaced"); };
    Function.prototype.apply = () => { throw new Error("apply replaced"); };
    Reflect.apply = () => { throw new Error("Reflect.apply replaced"); };
    Array.prototype.push = () => { throw new Error("push replaced"); };
    Array.prototype[Symbol.iterator] = () => { throw new Error("iterator replaced"); };
    Promise.resolve = () => { throw new Error("Promise.resolve replaced"); };
    const e = new EventEmitter();
    e.on("x", (a, b) => console.log("one", a, b));
    e.on("x", (...args) => console.log("two", args.length));
    e.once("x", () => console.log("once"));
    e.emit("x", 1, 2);
    e.emit("x", 1, 2, 3, 4, 5);
    e.removeAllListeners("x");
    setTimeout(() => e.emit("later", "v"), 1);
    console.log("once resolved", (await once(e, "later"))[0]);
    console.log(await promisify((cb) => cb(null, "promisified"))());
    const left = new Map().set({ a: 1 }, [1]);
    const right = new Map().set({ a: 1 }, [1]);
    console.log(isDeepStrictEqual(left, right), await sleep(1, "slept"));
"""


def test_modules_survive_a_program_replacing_built_ins(toyjs, tmp_path):
    program = tmp_path / "tampered.mjs"
    program.write_text(textwrap.dedent(TAMPERED))
    ours = toyjs("run", program)
    assert (ours.code, ours.stderr) == (0, "")
    assert ours.stdout == "one 1 2\ntwo 2\nonce\none 1 2\ntwo 5\nonce resolved v\npromisified\ntrue slept\n"
