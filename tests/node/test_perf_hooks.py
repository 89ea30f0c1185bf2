"""node:perf_hooks against node: performance, observers (marks, measures, timerified
functions), buffered delivery and takeRecords; what toyjs leaves out says so."""


def test_perf_hooks_as_node(toyjs, node, programs):
    program = programs / "node" / "perf_hooks.mjs"
    ours = toyjs("run", program, cwd=program.parent)
    theirs = node(program, cwd=program.parent)
    assert theirs.code == 0, theirs.stderr
    assert (ours.code, ours.stdout, ours.stderr) == (theirs.code, theirs.stdout, theirs.stderr)


def test_what_toyjs_does_not_have(toyjs, tmp_path):
    program = tmp_path / "missing.mjs"
    program.write_text(
        'import { monitorEventLoopDelay, createHistogram, PerformanceObserver } from "node:perf_hooks";\n'
        "for (const fn of [monitorEventLoopDelay, createHistogram]) {\n"
        "  try { fn(); } catch (error) { console.log(error.code); }\n"
        "}\n"
        "console.log(PerformanceObserver.supportedEntryTypes.join());\n"
    )
    assert toyjs("run", program).stdout == "ERR_NOT_IMPLEMENTED\nERR_NOT_IMPLEMENTED\nfunction,mark,measure\n"


def test_observers_survive_replaced_builtins(toyjs, tmp_path):
    program = tmp_path / "tampered.mjs"
    program.write_text(
        'import { performance, PerformanceObserver } from "node:perf_hooks";\n'
        "const observer = new PerformanceObserver((list) => console.log(list.getEntries().length));\n"
        'observer.observe({ entryTypes: ["mark"] });\n'
        "Array.prototype.push = () => { throw new Error('push'); };\n"
        "Set.prototype.forEach = () => { throw new Error('forEach'); };\n"
        'performance.mark("a"); performance.mark("b");\n'
        "setTimeout(() => observer.disconnect(), 5);\n"
    )
    result = toyjs("run", program)
    assert (result.stdout, result.stderr) == ("2\n", "")
