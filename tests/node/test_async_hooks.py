"""node:async_hooks against node: AsyncLocalStorage's stores follow awaits, timers, immediates,
ticks and microtasks (V8's continuation-preserved data carries them along promises), and
AsyncResource, bind and snapshot restore the context they captured."""

import pytest
from conftest import V8_MAJOR

# V8 10.2 (the fallback engine) has no continuation-preserved data: a store does not follow an
# await there (timers, ticks and immediates still carry it).
needs_v8_12 = pytest.mark.skipif(V8_MAJOR < 12, reason="stores follow awaits on V8 12 and later")


@needs_v8_12
@pytest.mark.parametrize("name", ["async_hooks.mjs", "async_local_storage.mjs"])
def test_async_hooks_as_node(toyjs, node, programs, name):
    program = programs / "node" / name
    ours = toyjs("run", program, cwd=program.parent)
    theirs = node(program, cwd=program.parent)
    assert theirs.code == 0, theirs.stderr
    assert (ours.code, ours.stdout, ours.stderr) == (theirs.code, theirs.stdout, theirs.stderr)


@needs_v8_12
def test_commonjs_require(toyjs, node, tmp_path):
    program = tmp_path / "als.cjs"
    program.write_text(
        'const { AsyncLocalStorage } = require("async_hooks");\n'
        "const als = new AsyncLocalStorage();\n"
        "als.run({ user: 'ann' }, async () => {\n"
        "  await new Promise((resolve) => setTimeout(resolve, 1));\n"
        "  process.nextTick(() => console.log(als.getStore()));\n"
        "});\n"
        "console.log(als.getStore());\n"
    )
    assert toyjs("run", program).stdout == node(program).stdout == "undefined\n{ user: 'ann' }\n"


def test_an_error_in_run_restores_the_context(toyjs, tmp_path):
    program = tmp_path / "restore.mjs"
    program.write_text(
        'import { AsyncLocalStorage } from "node:async_hooks";\n'
        "const als = new AsyncLocalStorage();\n"
        "try { als.run(1, () => { throw new Error('x'); }); } catch {}\n"
        "setTimeout(() => console.log(als.getStore()), 1);\n"
        "console.log(als.getStore());\n"
    )
    assert toyjs("run", program).stdout == "undefined\nundefined\n"
