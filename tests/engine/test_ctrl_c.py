"""Ctrl-C while JS runs on Python's main thread: the call raises what Python's SIGINT handler
raises (KeyboardInterrupt), at once, and the isolate stays usable. Each case runs in a child
interpreter, which sends itself SIGINT from a thread while its main thread is inside JS."""

import textwrap

from conftest import run_python

SEND_SIGINT = """
import os, signal
def sigint_after(seconds):
    def send():
        time.sleep(seconds)
        os.kill(os.getpid(), signal.SIGINT)
    threading.Thread(target=send).start()
"""


def run_sending_sigint(body):
    """run_python, with ``sigint_after(seconds)`` defined."""
    return run_python(SEND_SIGINT + textwrap.dedent(body))


def test_ctrl_c_stops_a_busy_loop_with_keyboard_interrupt_and_the_isolate_goes_on():
    assert run_sending_sigint("""
        ctx = toyjs.Isolate().new_context()
        for delay in (0.01, 0.4):  # before and after the call has run a while
            sigint_after(delay)
            started = time.monotonic()
            try:
                ctx.eval("for (;;) {}")
            except KeyboardInterrupt:
                print("interrupted", time.monotonic() - started < delay + 5)
        print(ctx.eval("6 * 7"))
    """) == ["interrupted True", "interrupted True", "42"]


def test_ctrl_c_reaches_js_called_through_a_handle_and_a_nested_isolate():
    assert run_sending_sigint("""
        outer = toyjs.Isolate().new_context()
        inner = toyjs.Isolate().new_context()
        spin = inner.eval("() => { for (;;) {} }")
        outer.expose("spin", lambda: spin())
        sigint_after(0.2)
        try:
            outer.eval("spin(); 'not reached'")
        except KeyboardInterrupt:
            print("interrupted")
        print(outer.eval("1 + 1"), inner.eval("2 + 2"))
    """) == ["interrupted", "2 4"]


def test_a_handler_that_returns_lets_the_js_go_on():
    assert run_sending_sigint("""
        seen = []
        signal.signal(signal.SIGINT, lambda number, frame: seen.append(number))
        ctx = toyjs.Isolate().new_context()
        sigint_after(0.2)
        print(ctx.eval("const t = Date.now(); while (Date.now() - t < 800) {} 'finished'"), seen)
    """) == ["finished [2]"]


def test_an_exception_a_handler_raises_is_what_the_call_raises():
    assert run_sending_sigint("""
        def handler(number, frame):
            raise LookupError("from the handler")
        signal.signal(signal.SIGINT, handler)
        ctx = toyjs.Isolate().new_context()
        sigint_after(0.2)
        try:
            ctx.eval("for (;;) {}")
        except LookupError as error:
            print(repr(error))
        print(ctx.eval("'usable'"))
    """) == ["LookupError('from the handler')", "usable"]


def test_a_handler_that_calls_into_the_interrupted_isolate_gets_a_clear_error():
    # V8 forbids re-entering an isolate from its interrupt; doing it anyway crashes V8.
    assert run_sending_sigint("""
        ctx = toyjs.Isolate().new_context()
        signal.signal(signal.SIGINT, lambda number, frame: ctx.eval("1"))
        sigint_after(0.2)
        try:
            ctx.eval("for (;;) {}")
        except RuntimeError as error:
            print(error)
        print(ctx.eval("'usable'"))
    """) == ["a Python signal handler cannot call into the isolate whose JS it interrupted", "usable"]


def test_ctrl_c_under_asyncio_run_and_after_it():
    # asyncio.run installs its own SIGINT handler, which cancels the main task at the first
    # Ctrl-C and raises KeyboardInterrupt at the second (as for any blocking call), then
    # puts Python's back.
    assert run_sending_sigint("""
        import asyncio
        async def main():
            ctx = toyjs.Isolate().new_context()
            sigint_after(0.3)
            sigint_after(0.6)
            ctx.eval("for (;;) {}")
        try:
            asyncio.run(main())
        except KeyboardInterrupt:
            print("interrupted")
        ctx = toyjs.Isolate().new_context()
        sigint_after(0.3)
        try:
            ctx.eval("for (;;) {}")
        except KeyboardInterrupt:
            print("interrupted again")
    """) == ["interrupted", "interrupted again"]


def test_ctrl_c_in_a_runtime_while_busy_in_a_timer_or_idle_and_the_runtime_goes_on():
    assert run_sending_sigint("""
        with toyjs.Runtime() as rt:
            for code in ("for (;;) {}",
                         "new Promise(() => setTimeout(() => { for (;;) {} }, 10))",
                         "new Promise((resolve) => setTimeout(resolve, 5000))"):
                sigint_after(0.3)
                try:
                    rt.eval(code)
                except KeyboardInterrupt:
                    print("interrupted")
                print(rt.eval("new Promise((resolve) => setTimeout(() => resolve(7), 10))"))
    """) == ["interrupted", "7"] * 3
