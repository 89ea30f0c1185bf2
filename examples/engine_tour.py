"""A tour of the toyjs engine API: run it with `python examples/engine_tour.py`."""

import threading

import toyjs

with toyjs.Isolate(heap_limit=64 * 2**20) as isolate:
    ctx = isolate.new_context()

    # Values cross both ways; JS functions are callable from Python.
    print("1 + 1 =", ctx.eval("1 + 1"))
    ctx.globals["config"] = {"greeting": "Hello", "targets": ["Python", "V8"]}
    greet = ctx.eval("(name) => `${config.greeting}, ${name}!`")
    print(greet("world"))

    # Python functions are callable from JS, and their exceptions become JS errors.
    ctx.expose("word_count", lambda text: len(text.split()))
    print("words:", ctx.eval("word_count('the quick brown fox')"))

    # A JS exception arrives as toyjs.JSError with its JS stack.
    try:
        ctx.eval("function parse(s) {\n  return JSON.parse(s);\n}\nparse('{oops');", filename="parse.js")
    except toyjs.JSError as error:
        print(f"caught {error.name} at {error.filename}:{error.line}: {error.message}")

    # Live handles: a Map stays a Map.
    inventory = ctx.eval("new Map([['apples', 3], ['pears', 5]])")
    print("pears:", inventory["pears"], "| kinds:", inventory.keys())

    # Runaway code is stopped, and the isolate stays usable.
    try:
        ctx.eval("while (true) {}", timeout=0.2)
    except toyjs.TerminatedError:
        print("infinite loop stopped by the timeout")
    threading.Timer(0.1, isolate.terminate).start()
    try:
        ctx.eval("for (;;) {}")
    except toyjs.TerminatedError:
        print("infinite loop stopped by isolate.terminate() from another thread")

    # Exhausting the heap raises instead of killing the process.
    try:
        ctx.eval("(() => { const hog = []; while (true) hog.push({n: hog.length}) })()")
    except toyjs.HeapLimitError as error:
        print("heap limit:", error)

    # Promises and async functions settle at the end of each call.
    done = ctx.eval("(async () => { await null; return 'async result' })()")
    print("promise:", done.state, done.result())
    print("still alive:", ctx.eval("'yes'"), "| V8", toyjs.V8_VERSION)
