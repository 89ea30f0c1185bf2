"""node:diagnostics_channel against node, and a subscriber's error, which Node throws again as
an uncaught exception once the publish is over."""


def test_same_output_as_node(toyjs, node, programs):
    program = programs / "node" / "diagnostics_channel.mjs"
    ours = toyjs("run", program)
    theirs = node(program)
    assert theirs.code == 0, theirs.stderr
    assert (ours.code, ours.stdout, ours.stderr) == (theirs.code, theirs.stdout, theirs.stderr)


def test_a_failing_subscriber_does_not_stop_the_others(toyjs, node, tmp_path):
    program = tmp_path / "failing.mjs"
    program.write_text(
        'import { channel } from "node:diagnostics_channel";\n'
        'const c = channel("c");\n'
        'c.subscribe(() => { throw new Error("subscriber fails"); });\n'
        'c.subscribe((message) => console.log("second got", message));\n'
        'c.publish("m");\n'
        'console.log("after publish");\n'
        'setTimeout(() => console.log("never runs"), 10);\n'
    )
    ours = toyjs("run", program)
    theirs = node(program)
    assert ours.code == theirs.code == 1
    assert ours.stdout == theirs.stdout == "second got m\nafter publish\n"
    assert "Error: subscriber fails" in ours.stderr
