"""The Python API as a library: blocking calls inside a running asyncio loop, eval's time
limit, and a public face without the runtime's internals."""

import asyncio
import gc
import inspect
import pydoc
import re
import sys
import warnings

import pytest

import toyjs
from conftest import run_python

INTERNALS = ("finish_macrotask", "block_on", "eval_handle", "evaluate_for_repl", "loop", "core", "release_resources")


def test_eval_and_run_work_inside_a_running_asyncio_loop(tmp_path):
    app = tmp_path / "app.js"
    app.write_text("setTimeout(() => { console.log('ran'); process.exitCode = 3 }, 1);\n")

    async def application():
        with toyjs.Runtime() as rt:
            first = rt.eval("[1, 2].map((x) => x * 2)")
            late = rt.eval("new Promise((resolve) => setTimeout(() => resolve('late'), 5))")
            code = rt.run(app)
            awaited = await rt.eval_async("Promise.resolve('awaited')")  # the caller's loop, as before
            again = rt.eval("'blocking again'")
            return first, late, code, awaited, again

    assert asyncio.run(application()) == ([2, 4], "late", 3, "awaited", "blocking again")


def test_a_blocking_call_inside_a_loop_raises_js_errors_and_leaves_the_runtime_usable():
    async def application():
        with toyjs.Runtime() as rt:
            with pytest.raises(toyjs.JSError, match="boom"):
                rt.eval("Promise.reject(new Error('boom'))")
            with pytest.raises(toyjs.TerminatedError):
                rt.eval("while (true) {}", timeout=0.2)
            return rt.eval("6 * 7")

    assert asyncio.run(application()) == 42


def test_a_sandbox_blocks_inside_a_running_loop_too():
    async def application():
        with toyjs.Sandbox(timeout=2) as box:
            with pytest.raises(toyjs.TerminatedError):
                box.eval("while (true) {}")
            return box.eval("new Promise((resolve) => setTimeout(() => resolve('late'), 5))")

    assert asyncio.run(application()) == "late"


def test_a_runtime_made_outside_a_loop_serves_blocking_calls_inside_one_and_outside():
    with toyjs.Runtime() as rt:
        assert rt.eval("globalThis.count = 1") == 1

        async def inside():
            return rt.eval("++count")

        assert asyncio.run(inside()) == 2
        assert rt.eval("++count") == 3


def test_a_blocking_call_that_would_wait_for_itself_is_a_clear_error():
    async def application():
        with toyjs.Runtime() as rt:

            async def nested_async():
                return rt.eval("1")  # while eval_async below runs on this very loop

            rt.expose("nestedSync", lambda: rt.eval("1"))  # from inside JS
            rt.expose("nestedAsync", nested_async)
            with pytest.raises(toyjs.JSError) as sync_failure:
                await rt.eval_async("nestedSync()")
            with pytest.raises(toyjs.JSError) as async_failure:
                await rt.eval_async("nestedAsync()")
            return sync_failure.value.message, async_failure.value.message, rt.eval("'still usable'")

    sync_message, async_message, after = asyncio.run(application())
    assert "called from inside another one on the same thread" in sync_message
    assert "await the *_async method instead" in async_message
    assert after == "still usable"


def test_sys_exit_in_a_function_js_called_inside_a_loop_reaches_the_caller():
    async def application():
        with toyjs.Runtime() as rt:
            rt.expose("quit", lambda: sys.exit(3))
            with pytest.raises(SystemExit) as exit:
                rt.eval("quit()")
            return exit.value.code, rt.eval("'usable'")

    assert asyncio.run(application()) == (3, "usable")


# How the Ctrl-C comes: to the process (the kernel hands it to any thread that does not block
# it), or to the driver thread itself, where the JS runs; the waiting thread must raise either way.
SIGINT_SENDERS = {
    "to the process": "os.kill(os.getpid(), signal.SIGINT)",
    "to the driver thread": "signal.pthread_kill(threading.get_ident(), signal.SIGINT)",
}


@pytest.mark.parametrize("sender", SIGINT_SENDERS.values(), ids=SIGINT_SENDERS.keys())
def test_ctrl_c_while_a_blocking_call_waits_inside_a_loop_stops_the_js_and_the_runtime_lives_on(sender):
    lines = run_python(
        f"""
        import asyncio, os, signal, threading

        async def application():
            with toyjs.Runtime() as rt:
                # Ctrl-C once the JS runs (on the runtime's driver thread)
                rt.expose("started", lambda: {sender})
                try:
                    rt.eval("started(); while (true) {{}}")
                except KeyboardInterrupt:
                    print("interrupted")
                print(rt.eval("'usable'"))

        # (not asyncio.run, whose first Ctrl-C cancels its task rather than raising, as a
        # Jupyter kernel's interrupt does)
        asyncio.new_event_loop().run_until_complete(application())
        """
    )
    assert lines == ["interrupted", "usable"]


def test_eval_time_limit_stops_running_and_waiting_code_and_the_runtime_stays_usable():
    with toyjs.Runtime() as rt:
        with pytest.raises(toyjs.TerminatedError, match="the evaluation ran past its time limit of 0.2 s"):
            rt.eval("while (true) {}", timeout=0.2)
        with pytest.raises(toyjs.TerminatedError, match="time limit"):
            rt.eval("globalThis.fired = false; new Promise((resolve) => setTimeout(() => { fired = true; resolve() }, 60000))", timeout=0.2)
        assert rt.eval("6 * 7", timeout=5) == 42
        assert rt.finish() == 0  # the timer the stopped evaluation left was dropped
        assert rt.eval("fired") is False


def test_a_time_limit_that_is_no_time_is_refused_before_anything_runs():
    with toyjs.Runtime() as rt, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(ValueError, match="timeout must be positive"):
            rt.eval("globalThis.ran = true", timeout=-1)
        gc.collect()  # a coroutine made and never awaited would warn by now
        assert [str(warning.message) for warning in caught] == []
        assert rt.eval("typeof globalThis.ran") == "undefined"


def test_eval_async_takes_the_same_time_limit():
    async def application():
        with toyjs.Runtime() as rt:
            with pytest.raises(toyjs.TerminatedError, match="time limit"):
                await rt.eval_async("while (true) {}", timeout=0.2)
            return await rt.eval_async("'after'", timeout=5)

    assert asyncio.run(application()) == "after"


def test_the_runtimes_internals_stay_out_of_help():
    shown = pydoc.render_doc(toyjs.Runtime, renderer=pydoc.plaintext)
    listed = set(re.findall(r"^ \|  (?:async )?(\w+)", shown, re.MULTILINE))  # its methods and properties
    assert {"run", "eval", "eval_async", "expose", "close"} <= listed
    assert listed.isdisjoint(INTERNALS)
    assert [name for name in INTERNALS if hasattr(toyjs.Runtime, name)] == []


def test_every_public_method_of_the_api_has_a_docstring():
    undocumented = []
    for cls in (toyjs.Runtime, toyjs.Isolate, toyjs.Context, toyjs.Sandbox):
        for name, member in inspect.getmembers(cls):
            if name.startswith("_") or not (callable(member) or isinstance(member, property)):
                continue
            if not (inspect.getdoc(member) or "").strip():
                undocumented.append(f"{cls.__name__}.{name}")
    assert undocumented == []
