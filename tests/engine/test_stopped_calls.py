"""A call that is stopped runs no more JS: thrown values whose getters never return once hung
the host past every timeout (V8 forgets a termination when it reaches the top, so the next
getter ran with no deadline), and a KeyboardInterrupt raised under a getter was swallowed.
Each case runs in a child interpreter with a deadline of its own, so a hang fails the test."""

import pytest

from conftest import eval_stopped_by_timeout, run_python

HOSTILE_THROWS = {
    "message getter": "throw { get message() { for (;;) {} } }",
    "name getter": "throw { get name() { for (;;) {} } }",
    "stack getter": "throw { get stack() { for (;;) {} } }",
    "proxy": "throw new Proxy({}, { get() { for (;;) {} } })",
    "toString": "throw { toString() { for (;;) {} } }",
    "rejection": "Promise.reject({ get message() { for (;;) {} } })",
    "async rejection": "(async () => { await null; throw { get message() { for (;;) {} } } })()",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_THROWS))
def test_a_thrown_value_is_read_within_the_time_limit(name):
    assert run_python(
        f"""
        with toyjs.Sandbox(timeout=0.5) as box:
            started = time.monotonic()
            try:
                box.eval({HOSTILE_THROWS[name]!r})
            except toyjs.TerminatedError:
                print("stopped", time.monotonic() - started < 5)
            print(box.eval("6 * 7"))
        """
    ) == ["stopped True", "42"]


@pytest.mark.parametrize("name", ["message getter", "proxy", "toString"])
def test_a_thrown_value_is_read_within_an_eval_timeout(name):
    assert eval_stopped_by_timeout(HOSTILE_THROWS[name], 0.5) == ["stopped", "42"]


@pytest.mark.parametrize(
    "code",
    ["throw { get message() { interrupt(); return 'ignored' } }", "({ get x() { interrupt(); return 5 } })"],
    ids=["reading a thrown value", "converting a result"],
)
def test_a_keyboard_interrupt_under_a_getter_reaches_the_caller(code):
    assert run_python(
        f"""
        ctx = toyjs.Isolate().new_context()
        def interrupt():
            raise KeyboardInterrupt
        ctx.expose("interrupt", interrupt)
        try:
            print(ctx.eval({code!r}))
        except KeyboardInterrupt:
            print("KeyboardInterrupt")
        print(ctx.eval("6 * 7"))
        """
    ) == ["KeyboardInterrupt", "42"]
