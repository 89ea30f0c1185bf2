"""toyjs.Runtime from Python: run, eval, expose, and asyncio."""

import asyncio
import contextlib
import io
import textwrap
import threading
import time

import pytest

import toyjs
from toyjs.host.loop import UnhandledRejection, promise_future


def test_run_returns_exit_code_and_prints(tmp_path, capfd):
    app = tmp_path / "app.js"
    app.write_text("console.log('hi from', process.argv.slice(2).join(','));\nprocess.exitCode = 5;\n")
    with toyjs.Runtime() as rt:
        assert rt.run(app, ["a", "b"]) == 5
    assert capfd.readouterr().out == "hi from a,b\n"


def test_run_raises_uncaught_errors(tmp_path):
    app = tmp_path / "app.js"
    app.write_text("setTimeout(() => { throw new Error('boom') }, 1);\n")
    with toyjs.Runtime() as rt, pytest.raises(toyjs.JSError, match="boom"):
        rt.run(app)


def test_unhandled_rejection_is_its_own_error(tmp_path):
    app = tmp_path / "app.js"
    app.write_text("Promise.reject(new TypeError('lost'));\n")
    with toyjs.Runtime() as rt, pytest.raises(toyjs.UnhandledRejection) as info:
        rt.run(app)
    assert info.value.name == "TypeError"


def test_eval_awaits_promises_while_the_loop_runs():
    with toyjs.Runtime() as rt:
        assert rt.eval("1 + 2") == 3
        assert rt.eval("new Promise((resolve) => setTimeout(() => resolve('late'), 5))") == "late"
        with pytest.raises(toyjs.JSError, match="nope"):
            rt.eval("Promise.reject(new Error('nope'))")
        with pytest.raises(toyjs.Error, match="never settle"):
            rt.eval("new Promise(() => {})")


def test_expose_sync_and_async_functions():
    async def fetch_number(n):
        await asyncio.sleep(0.01)
        return n * 2

    async def failing():
        await asyncio.sleep(0)
        raise LookupError("missing")

    with toyjs.Runtime() as rt:
        rt.expose("fetchNumber", fetch_number)
        rt.expose("failing", failing)
        rt.expose("add", lambda a, b: a + b)
        assert rt.eval("add(1, 2)") == 3
        assert rt.eval("fetchNumber(21)") == 42
        assert rt.eval("Promise.all([fetchNumber(1), fetchNumber(2)])") == [2, 4]
        assert rt.eval("failing().catch((e) => e.message)") == "LookupError: missing"
        with pytest.raises(toyjs.JSError) as info:
            rt.eval("failing()")
        assert isinstance(info.value.__cause__, LookupError)


def test_async_api_on_the_callers_loop(tmp_path):
    app = tmp_path / "app.js"
    app.write_text("await new Promise((r) => setTimeout(r, 5));\nconsole.log('done');\n")

    async def main():
        with toyjs.Runtime() as rt:
            assert await rt.eval_async("Promise.resolve(7)") == 7
            promise = rt.context.eval("new Promise((r) => setTimeout(() => r('awaited'), 5))")
            waiter = promise_future(promise)
            await rt.loop.run(until=waiter)
            assert waiter.result() == "awaited"
            assert await rt.run_async(app) == 0

    asyncio.run(main())


def test_await_js_promise_directly():
    async def main():
        with toyjs.Runtime() as rt:
            promise = rt.context.eval("Promise.resolve({ value: 1 })")
            assert await promise == {"value": 1}
            rejected = rt.context.eval("Promise.reject(new Error('x')).catch(() => { throw new Error('y') })")
            with pytest.raises(toyjs.JSError, match="y"):
                await rejected

    asyncio.run(main())


def test_heap_limit_reaches_the_isolate(tmp_path):
    with toyjs.Runtime(heap_limit=32 * 2**20) as rt:
        with pytest.raises(toyjs.HeapLimitError):
            rt.eval("(() => { const hog = []; while (true) hog.push({}) })()")
        assert rt.eval("'recovered'") == "recovered"


def test_module_resolution_as_node_with_read_permission(tmp_path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "index.js").write_text("export const where = 'directory index';\n")
    (tmp_path / "util.mjs").write_text("globalThis.loads = (globalThis.loads ?? 0) + 1; export const u = 'util';\n")
    (tmp_path / "data.json").write_text('{"n": 1}')
    (tmp_path / "app.js").write_text(textwrap.dedent("""\
        import { where } from "./lib/index.js";
        import { u } from "./util.mjs";
        import "./lib/../util.mjs";
        console.log(where, u, globalThis.loads);
        await import("./util.mjs?again");
        console.log(globalThis.loads);
        for (const specifier of ["./lib", "./util", "./data.json"]) {
          try { await import(specifier); } catch (e) { console.log(e.name, e.code); }
        }
        """))
    # import() of a file outside the static graph needs read access to it
    with toyjs.Runtime(permissions=toyjs.Permissions(read=[str(tmp_path)])) as rt:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert rt.run(tmp_path / "app.js") == 0
    assert out.getvalue() == (
        "directory index util 1\n2\nError ERR_UNSUPPORTED_DIR_IMPORT\nError ERR_MODULE_NOT_FOUND\n"
        "TypeError ERR_IMPORT_ASSERTION_TYPE_MISSING\n"
    )


def test_library_features_newer_than_node_20():
    with toyjs.Runtime() as rt:
        assert rt.eval("Object.groupBy([1, 2, 3, 4], (n) => n % 2 ? 'odd' : 'even')") == {"odd": [1, 3], "even": [2, 4]}
        assert rt.eval("Object.getPrototypeOf(Object.groupBy([], () => 'x')) === null")
        assert rt.eval("[...Map.groupBy([1, 2, 3], (n) => n > 1)].map(([k, v]) => [k, v])") == [[False, [1]], [True, [2, 3]]]
        assert rt.eval("(() => { const { promise, resolve } = Promise.withResolvers(); resolve(9); return promise })()") == 9
        assert rt.eval("Array.fromAsync((async function* () { yield 1; yield Promise.resolve(2) })())") == [1, 2]
        assert rt.eval("Array.fromAsync([Promise.resolve(3), 4], (x) => x * 10)") == [30, 40]
        sets = rt.eval(
            "const a = new Set([1, 2, 3]), b = new Set([3, 4]);"
            "[[...a.union(b)], [...a.intersection(b)], [...a.difference(b)], [...a.symmetricDifference(b)],"
            " a.isSubsetOf(new Set([1, 2, 3, 4])), a.isSupersetOf(new Set([1])), a.isDisjointFrom(b),"
            " [...a.union(new Map([[9, 'x']]))]]"
        )
        assert sets == [[1, 2, 3, 4], [3], [1, 2], [1, 2, 4], True, True, False, [1, 2, 3, 9]]
        assert rt.eval("Object.getOwnPropertyDescriptor(Set.prototype, 'union').enumerable") is False
        with pytest.raises(toyjs.JSError) as info:
            rt.eval("new Set().union(5)")
        assert info.value.name == "TypeError"


def test_array_buffer_transfer():
    with toyjs.Runtime() as rt:
        result = rt.eval(
            "const b = new Uint8Array([1, 2, 3, 4]).buffer; const c = b.transfer(6);"
            "[b.byteLength, b.detached, c.byteLength, [...new Uint8Array(c)], c.detached]"
        )
        assert result == [0, True, 6, [1, 2, 3, 4, 0, 0], False]
        assert rt.eval("new ArrayBuffer(3).transferToFixedLength().byteLength") == 3
        with pytest.raises(toyjs.JSError, match="detached"):
            rt.eval("const d = new ArrayBuffer(1); d.transfer(); d.transfer()")


def test_runtimes_start_from_one_snapshot_but_share_no_state():
    """Every runtime deserializes the same startup snapshot; what each one does, and what
    must differ between them (random seeds, clocks, argv), stays its own."""
    with toyjs.Runtime(argv=["first"]) as one, toyjs.Runtime(argv=["second"]) as two:
        one.eval("globalThis.mine = 1; Array.prototype.extra = 2; 0")
        assert two.eval("[typeof mine, [].extra]") == ["undefined", toyjs.undefined]
        assert one.eval("Math.random()") != two.eval("Math.random()")
        assert one.eval("process.argv.at(-1)") == "first"
        assert two.eval("process.argv.at(-1)") == "second"
        time.sleep(0.01)
        with toyjs.Runtime() as three:
            assert three.eval("performance.timeOrigin") > one.eval("performance.timeOrigin")


def test_the_runtimes_argv_reaches_the_program(tmp_path):
    (tmp_path / "main.mjs").write_text("console.log(JSON.stringify(process.argv.slice(2)))\n")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        with toyjs.Runtime(argv=["one", "two"]) as rt:
            assert rt.run(tmp_path / "main.mjs") == 0
        with toyjs.Runtime(argv=["one", "two"]) as rt:
            assert rt.run(tmp_path / "main.mjs", ["three"]) == 0
    assert out.getvalue() == '["one","two"]\n["three"]\n'


@pytest.mark.parametrize("code", ["Promise.reject(new Error('x'))", "(async () => { await null; throw new TypeError('y') })()"])
def test_a_rejection_that_eval_awaited_is_a_js_error_not_an_unhandled_one(code):
    with toyjs.Runtime() as rt, toyjs.Sandbox() as box:
        for run in (rt.eval, box.eval):
            with pytest.raises(toyjs.JSError) as info:
                run(code)
            assert not isinstance(info.value, UnhandledRejection)


def test_a_denial_in_the_python_api_names_the_permissions_field():
    with toyjs.Runtime() as rt:
        with pytest.raises(toyjs.JSError) as info:
            rt.eval("process.env.HOME")
    assert info.value.name == "NotCapable"
    assert 'Requires env access to "HOME", grant it with Permissions(env=...)' in info.value.message


def test_blocking_calls_from_two_threads_take_turns():
    with toyjs.Runtime() as rt:
        rt.eval("globalThis.log = []; 0")
        results = []

        def worker(tag):
            results.append(rt.eval(f"new Promise((resolve) => setTimeout(() => {{ log.push('{tag}'); resolve('{tag}') }}, 20))"))

        threads = [threading.Thread(target=worker, args=(tag,)) for tag in "ab"]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(results) == ["a", "b"] and sorted(rt.eval("log")) == ["a", "b"]


def test_a_blocking_call_from_inside_a_call_is_a_clear_error():
    with toyjs.Runtime() as rt:
        rt.expose("nested", lambda: rt.eval("1"))
        with pytest.raises(toyjs.JSError) as info:
            rt.eval("nested()")
        assert "called from inside another one on the same thread" in info.value.message
        assert rt.eval("2") == 2


def test_process_env_stays_consistent_when_a_program_tries_to_change_it():
    with toyjs.Runtime(permissions=toyjs.Permissions(env=True)) as rt:
        outcome = rt.eval(
            "const tries = [() => Object.defineProperty(process.env, 'X', { value: '1' }),"
            " () => Object.freeze(process.env), () => Object.setPrototypeOf(process.env, {})];"
            "[tries.map((attempt) => { try { attempt(); return 'changed' } catch (e) { return e.name } }),"
            " Array.isArray(Object.keys(process.env)), 'X' in process.env]"
        )
    assert outcome == [["TypeError", "TypeError", "TypeError"], True, False]


def test_what_a_program_sets_in_process_env_stays_its_own():
    import os

    with toyjs.Runtime(permissions=toyjs.Permissions(env=["TOYJS_OWN"])) as rt:
        assert rt.eval("process.env.TOYJS_OWN = 'mine'; process.env.TOYJS_OWN") == "mine"
        assert "TOYJS_OWN" not in os.environ  # the host's environment is untouched
        assert rt.eval("delete process.env.TOYJS_OWN; process.env.TOYJS_OWN") is toyjs.undefined
        with pytest.raises(toyjs.JSError, match="NotCapable"):
            rt.eval("process.env.OTHER = 'x'")
    with toyjs.Runtime(permissions=toyjs.Permissions(env=True)) as rt:
        assert rt.eval("process.env.TOYJS_OWN") is toyjs.undefined  # nor another runtime's


def test_a_time_limits_stop_left_behind_does_not_end_the_next_call():
    """A time limit's timer that fires as its call fails another way (the watchdog stopped
    the JS at the same moment) ends the loop with that call's error after the call ended; the
    end-of-call clean-up forgets it, and the next call runs. (Seen once: a sandbox's eval
    failing with a TerminatedError right after a timed-out module.)"""
    with toyjs.Runtime() as rt:

        async def stopped_after_the_call():
            rt.loop.attach(asyncio.get_running_loop())
            rt.loop.stop_threadsafe(toyjs.TerminatedError("the earlier call ran past its time limit"))
            for _ in range(2):
                await asyncio.sleep(0)  # the stop reaches the loop, which ends with its error
            rt.loop.clear_stop()  # what run_with_time_limit does once its call has ended

        rt._block_on(stopped_after_the_call())
        assert rt.eval("6 * 7") == 42


def test_closing_cancels_the_operations_still_running_and_lets_them_unwind():
    """An operation JS started and never saw settle (a fetch begun just before
    process.exit) is cancelled when the runtime closes, and its clean-up runs before the loop
    closes: left pending, it could be answered by the loop's thread pool (a name lookup)
    into a closed loop, which prints "Event loop is closed" on stderr."""
    unwound = []

    async def forever():
        try:
            await asyncio.Event().wait()
        except BaseException as stop:
            unwound.append(type(stop))
            await asyncio.sleep(0)  # (the loop still runs while it unwinds)
            unwound.append("cleaned up")
            raise

    rt = toyjs.Runtime()
    rt.expose("forever", forever)
    assert rt.eval("forever(); 'started'") == "started"
    assert unwound == []
    rt.close()
    assert unwound == [asyncio.CancelledError, "cleaned up"]
