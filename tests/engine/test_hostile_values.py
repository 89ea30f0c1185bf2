"""Values built to break the conversion between Python and JS, and handles on odd values:
each once took the host down (segfault) or outside its limits. Each runs in a child
interpreter, so that a crash fails the test instead of ending the test run."""

from conftest import run_python


def test_a_holey_array_longer_than_the_heap_comes_back_as_a_live_array():
    assert run_python(
        """
        ctx = toyjs.Isolate().new_context()
        huge = ctx.eval("const a = [1, 2]; a.length = 2 ** 32 - 1; a")
        print(type(huge).__name__, len(huge), huge[1])
        ctx.expose("receive", lambda a: type(a).__name__)
        print(ctx.eval("receive(a)"))
        print(ctx.eval("[1, , 3]"))  # short holey arrays still copy, holes as undefined
        """
    ) == ["JSObject 4294967295 2", "JSObject", "[1, undefined, 3]"]


def test_a_sandbox_result_is_copied_within_its_limits():
    assert run_python(
        """
        with toyjs.Sandbox(timeout=1, heap_limit=64 * 2**20) as box:
            started = time.monotonic()
            result = box.eval("const a = []; a.length = 2 ** 26; a")
            print(type(result).__name__, time.monotonic() - started < 1)
            try:  # a rope of 2**28 characters costs V8 little, its copy 256 MiB
                box.eval("let s = 'x'; for (let i = 0; i < 28; i++) s = s + s; s")
            except toyjs.HeapLimitError:
                print("HeapLimitError")
            print(box.eval("1 + 1"))
        """
    ) == ["JSObject True", "HeapLimitError", "2"]


def test_a_copy_is_stopped_by_the_time_limit():
    # A long real array: its copy into Python is part of the call, and obeys its timeout.
    assert run_python(
        """
        isolate = toyjs.Isolate()
        ctx = isolate.new_context()
        ctx.expose("slow", lambda: time.sleep(0.001) or 1)
        ctx.eval("globalThis.rows = Array.from({ length: 20000 }, () => ({ get x() { return slow() } }))")
        started = time.monotonic()
        try:
            ctx.eval("rows", timeout=0.3)
        except toyjs.TerminatedError:
            print("stopped", time.monotonic() - started < 5)
        print(ctx.eval("rows.length"))
        """
    ) == ["stopped True", "20000"]


def test_repr_hash_and_str_of_handles_on_primitives():
    assert run_python(
        """
        ctx = toyjs.Isolate().new_context()
        for code in ["42", "'text'", "10n ** 70n", "true", "null", "undefined", "Symbol('s')", "-0"]:
            handle = ctx.eval(code, as_handle=True)
            print(repr(handle), str(handle), hash(handle) == hash(ctx.eval(code, as_handle=True)) or code)
        print(hash(ctx.eval("'ab' + 'c'", as_handle=True)) == hash(ctx.eval("'abc'", as_handle=True)))
        print(hash(ctx.eval("0", as_handle=True)) == hash(ctx.eval("-0", as_handle=True)))
        print(repr(ctx.eval("'y'.repeat(1000)", as_handle=True)).endswith("yyy...>"))
        """
    ) == [
        "<toyjs.JSObject number 42> 42 True",
        "<toyjs.JSObject string text> text True",
        f"<toyjs.JSObject bigint 1{'0' * 59}...> 1{'0' * 70} True",
        "<toyjs.JSObject boolean true> true True",
        "<toyjs.JSObject object null> null True",
        "<toyjs.JSObject undefined undefined> undefined True",
        "<toyjs.JSObject Symbol(s)> Symbol(s) Symbol('s')",  # a symbol is only equal to itself
        "<toyjs.JSObject number 0> 0 True",
        "True",
        "True",
        "True",
    ]


def test_int_subclasses_convert_by_their_value_alone():
    assert run_python(
        """
        class Hostile(int):
            def __abs__(self):
                raise RuntimeError("__abs__ ran")
            def __lt__(self, other):
                raise RuntimeError("__lt__ ran")
        class Lying(int):
            def __abs__(self):
                return "not a number"
        ctx = toyjs.Isolate().new_context()
        for value in [Hostile(2**70), Hostile(-2**70), Lying(-(2**64) - 5), Hostile(5), Hostile(-2**63)]:
            ctx.globals["v"] = value
            print(ctx.eval("typeof v + ' ' + String(v)"))
        """
    ) == [
        "bigint 1180591620717411303424",
        "bigint -1180591620717411303424",
        "bigint -18446744073709551621",
        "number 5",
        "bigint -9223372036854775808",
    ]


def test_python_code_that_empties_the_container_being_converted():
    assert run_python(
        """
        class Emptying:
            def __init__(self, container):
                self.container = container
            def __call__(self):
                return 1
            @property
            def __name__(self):
                self.container.clear()
                return "emptying"
        class ClearingZone(datetime.tzinfo):
            def utcoffset(self, moment):
                victim.clear()
                return datetime.timedelta(0)
        ctx = toyjs.Isolate().new_context()
        victim = []
        victim.extend([Emptying(victim), "kept " * 3, ["inner", 1]])
        print(ctx.eval("(v) => [typeof v[0], v[1], v[2]]")(victim), victim)
        victim = {}
        victim.update(first=Emptying(victim), second="kept " * 3, third=[2])
        try:
            ctx.eval("(v) => Object.keys(v).join()")(victim)
        except RuntimeError as error:  # as Python's own iteration of a dict that changes size
            print(error, victim)
        victim = []
        victim.extend([datetime.datetime(2020, 1, 1, tzinfo=ClearingZone()), "after " * 2])
        print(ctx.eval("(v) => [v.length, v[0].toISOString()]")(victim), victim)
        """
    ) == [
        "['function', 'kept kept kept ', ['inner', 1]] []",
        "dict changed size during conversion (in argument 1['first']) {}",
        "[2, '2020-01-01T00:00:00.000Z'] []",
    ]


def test_datetimes_after_the_year_5000_keep_their_milliseconds():
    assert run_python(
        """
        ctx = toyjs.Isolate().new_context()
        wrong = []
        utc = datetime.timezone.utc
        for year in range(5000, 10000, 13):
            for micros in (1000, 7000, 999000, 123000):
                moment = datetime.datetime(year, 3, 4, 5, 6, 7, micros, tzinfo=utc)
                ctx.globals["d"] = moment
                if ctx.eval("d") != moment:
                    wrong.append(moment)
        print(len(wrong))
        ctx.globals["d"] = datetime.datetime(1969, 12, 31, 23, 59, 59, 999500, tzinfo=utc)
        print(ctx.eval("d.getTime()"))  # cut toward zero, as JS's TimeClip
        plus_two = datetime.timezone(datetime.timedelta(hours=2))
        ctx.globals["d"] = datetime.datetime(2000, 1, 1, 2, 0, tzinfo=plus_two)
        print(ctx.eval("d.toISOString()"))
        """
    ) == ["0", "0", "2000-01-01T00:00:00.000Z"]


def test_recursion_on_a_thread_with_a_small_stack_is_a_range_error():
    assert run_python(
        """
        threading.stack_size(512 * 1024)
        outcome = []
        def work():
            ctx = toyjs.Isolate().new_context()
            try:
                ctx.eval("(function down(n) { return down(n + 1) + 1 })(0)")
            except toyjs.JSError as error:
                outcome.append(error.name)
            outcome.append(ctx.eval("(function down(n) { return n ? down(n - 1) : 'deep enough' })(2000)"))
        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
        print(outcome)
        """
    ) == ["['RangeError', 'deep enough']"]


def test_messages_the_budget_refuses_raise_instead_of_aborting():
    assert run_python(
        """
        sender = toyjs.Isolate().new_context()
        messages = []
        post = sender.message_function(lambda message, key: messages.append(message))
        sender.globals["post"] = post
        sender.eval("for (let i = 0; i < 200; i++) { const b = new ArrayBuffer(1 << 20); post(b, [b]) }")
        receiver = toyjs.Isolate(heap_limit=32 * 2**20).new_context()
        take = receiver.eval("(batch) => batch.length")
        for attempt in (lambda: take(messages[:100]), lambda: receiver.globals.__setitem__("m", messages[100:])):
            try:
                attempt()
            except (toyjs.JSError, toyjs.HeapLimitError) as error:
                print(type(error).__name__)
        print(receiver.eval("'usable'"))
        """
    ) == ["HeapLimitError", "HeapLimitError", "usable"]


def test_a_child_forked_after_v8_started_gets_a_clear_error_not_a_crash():
    assert run_python(
        """
        import gc, os
        ctx = toyjs.Isolate().new_context()
        ctx.eval("1 + 1")
        pid = os.fork()
        if pid == 0:
            outcome = []
            for attempt in (lambda: ctx.eval("2 + 2"), toyjs.Isolate, toyjs.Runtime):
                try:
                    attempt()
                except RuntimeError as error:
                    outcome.append("spawn" in str(error))
            del ctx, attempt
            gc.collect()  # dropping the parent's copies must not touch V8 either
            os._exit(0 if outcome == [True, True, True] else 3)
        _, status = os.waitpid(pid, 0)
        print(os.waitstatus_to_exitcode(status), ctx.eval("3 + 3"))
        """
    ) == ["0 6"]
